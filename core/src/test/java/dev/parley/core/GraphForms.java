package dev.parley.core;

import dev.parley.core.graph.GraphModel;
import dev.parley.core.model.Conflict;
import dev.parley.core.model.DecisionMaker;
import dev.parley.core.model.MoveEdits;
import dev.parley.core.model.MoveSpec;
import dev.parley.core.model.NamedState;
import dev.parley.core.model.PreferenceSpec;
import dev.parley.core.model.StatePattern;
import dev.parley.core.state.StateSpace;
import java.util.ArrayList;
import java.util.List;

/** Writes any analysed model again in graph form: its states, its moves and its payoffs. */
public final class GraphForms {
  private GraphForms() {}

  /** The graph-form conflict with the same states (same order), moves and preferences. */
  public static Conflict of(GraphModel model) {
    Conflict c = model.conflict();
    int m = model.stateCount();
    Conflict.Builder b = Conflict.builder().title(c.title() + " (graph form)").graphForm(true);
    for (int s = 0; s < m; s++) {
      b.namedState(new NamedState("s" + (s + 1), null, StateSpace.graphPattern(s)));
    }
    for (int d = 0; d < model.dmCount(); d++) {
      DecisionMaker dm = c.decisionMakers().get(d);
      b.decisionMaker(new DecisionMaker(dm.id(), dm.name(), null, List.of(), null));
      List<MoveSpec> moves = new ArrayList<>();
      for (int s = 0; s < m; s++) {
        int[] to = model.moves().moves(d, s);
        if (to.length > 0) {
          List<StatePattern> ps = new ArrayList<>();
          for (int t : to) {
            ps.add(StateSpace.graphPattern(t));
          }
          moves.add(new MoveSpec(StateSpace.graphPattern(s), ps, null));
        }
      }
      b.moveEdits(d, MoveEdits.graph(moves));
      List<PreferenceSpec.Payoffs.Entry> entries = new ArrayList<>();
      for (int s = 0; s < m; s++) {
        entries.add(
            new PreferenceSpec.Payoffs.Entry(StateSpace.graphPattern(s), model.payoff(d, s)));
      }
      b.preference(new PreferenceSpec.Payoffs(entries));
    }
    return b.build();
  }
}
