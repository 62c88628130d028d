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
import java.util.Random;

/** Writes any analysed model again in graph form: its states, its moves and its payoffs. */
public final class GraphForms {
  private GraphForms() {}

  /** The graph-form conflict with the same states (same order), moves and preferences. */
  public static Conflict of(GraphModel model) {
    Conflict c = model.conflict();
    int m = model.stateCount();
    int n = model.dmCount();
    List<String> ids = new ArrayList<>();
    int[][][] moves = new int[n][m][];
    int[][] payoffs = new int[n][m];
    for (int d = 0; d < n; d++) {
      ids.add(c.decisionMakers().get(d).id());
      for (int s = 0; s < m; s++) {
        moves[d][s] = model.moves().moves(d, s);
        payoffs[d][s] = model.payoff(d, s);
      }
    }
    return of(c.title() + " (graph form)", ids, moves, payoffs);
  }

  /**
   * A graph-form conflict: states s1..sm, and for each decision maker (named by {@code ids}) its
   * moves {@code moves[d][s]} (target states) and payoffs {@code payoffs[d][s]}.
   */
  public static Conflict of(String title, List<String> ids, int[][][] moves, int[][] payoffs) {
    int m = payoffs[0].length;
    Conflict.Builder b = Conflict.builder().title(title).graphForm(true);
    for (int s = 0; s < m; s++) {
      b.namedState(new NamedState("s" + (s + 1), null, StateSpace.graphPattern(s)));
    }
    for (int d = 0; d < ids.size(); d++) {
      b.decisionMaker(new DecisionMaker(ids.get(d), null, null, List.of(), null));
      List<MoveSpec> specs = new ArrayList<>();
      for (int s = 0; s < m; s++) {
        if (moves[d][s].length > 0) {
          List<StatePattern> ps = new ArrayList<>();
          for (int t : moves[d][s]) {
            ps.add(StateSpace.graphPattern(t));
          }
          specs.add(new MoveSpec(StateSpace.graphPattern(s), ps, null));
        }
      }
      b.moveEdits(d, MoveEdits.graph(specs));
      List<PreferenceSpec.Payoffs.Entry> entries = new ArrayList<>();
      for (int s = 0; s < m; s++) {
        entries.add(new PreferenceSpec.Payoffs.Entry(StateSpace.graphPattern(s), payoffs[d][s]));
      }
      b.preference(new PreferenceSpec.Payoffs(entries));
    }
    return b.build();
  }

  /** A random graph-form conflict: 2 to 12 states, 2 to 4 parties, random moves and payoffs. */
  public static Conflict random(long seed) {
    Random rnd = new Random(seed * 977 + 11);
    int m = 2 + rnd.nextInt(11);
    int n = 2 + rnd.nextInt(3);
    double density = 0.1 + 0.5 * rnd.nextDouble();
    List<String> ids = new ArrayList<>();
    int[][][] moves = new int[n][m][];
    int[][] payoffs = new int[n][m];
    for (int d = 0; d < n; d++) {
      ids.add("D" + (d + 1));
      for (int s = 0; s < m; s++) {
        List<Integer> to = new ArrayList<>();
        for (int q = 0; q < m; q++) {
          if (q != s && rnd.nextDouble() < density) {
            to.add(q);
          }
        }
        moves[d][s] = to.stream().mapToInt(Integer::intValue).toArray();
        payoffs[d][s] = rnd.nextInt(Math.max(2, m / 2));
      }
    }
    return of("random graph " + seed, ids, moves, payoffs);
  }
}
