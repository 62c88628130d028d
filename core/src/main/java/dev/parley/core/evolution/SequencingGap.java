package dev.parley.core.evolution;

import dev.parley.core.model.GraphModel;
import dev.parley.core.stability.Move;
import java.util.ArrayList;
import java.util.List;

/**
 * A state that every decision maker strictly prefers to a starting state (typically the status quo)
 * but that no legal sequence of unilateral improvements reaches from it. For each decision maker
 * whose options differ between the two states, {@code soloSteps} records what happens if it makes
 * its own part of the change alone, first: that step is possible but not an improvement for it, so
 * each side waits for the other to commit first.
 */
public record SequencingGap(int from, int target, List<SoloStep> soloSteps) {
  public SequencingGap {
    soloSteps = List.copyOf(soloSteps);
  }

  /**
   * Decision maker {@code dm}'s own part of the change, made alone from {@code from}: {@code move}
   * (null when it is not a legal move, e.g. the intermediate state is infeasible) and whether it
   * would be an improvement for {@code dm}.
   */
  public record SoloStep(int dm, Move move, boolean improvement) {}

  /** Every such state, in state order. */
  public static List<SequencingGap> find(GraphModel model, int from) {
    ReachTree byImprovements = ReachTree.of(model, from, true);
    List<SequencingGap> gaps = new ArrayList<>();
    for (int t = 0; t < model.stateCount(); t++) {
      if (t == from || byImprovements.reaches(t)) {
        continue;
      }
      boolean allPrefer = true;
      for (int d = 0; d < model.dmCount() && allPrefer; d++) {
        allPrefer = model.payoff(d, t) > model.payoff(d, from);
      }
      if (!allPrefer) {
        continue;
      }
      gaps.add(new SequencingGap(from, t, soloSteps(model, from, t)));
    }
    return gaps;
  }

  static List<SoloStep> soloSteps(GraphModel model, int from, int target) {
    List<SoloStep> steps = new ArrayList<>();
    long a = model.space().code(from);
    long b = model.space().code(target);
    for (int d = 0; d < model.dmCount(); d++) {
      long own = model.optionMask(d);
      long change = (a ^ b) & own;
      if (change == 0) {
        continue;
      }
      int mid = model.space().indexOf(a ^ change);
      Move move = mid >= 0 && model.moves().hasMove(d, from, mid) ? new Move(d, from, mid) : null;
      steps.add(new SoloStep(d, move, move != null && model.improves(d, from, mid)));
    }
    return steps;
  }
}
