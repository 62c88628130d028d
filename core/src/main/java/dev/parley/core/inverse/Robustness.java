package dev.parley.core.inverse;

import dev.parley.core.graph.GraphModel;
import dev.parley.core.stability.Concept;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The robustness margin of every verdict: for each state and concept, the fewest adjacent swaps in
 * the preferences (see {@link PreferenceSpace}) that reverse whether the state is an equilibrium —
 * that break an equilibrium, or make a non-equilibrium one. Searched up to a bound; beyond it the
 * margin is reported as "more than" the depth completed.
 */
public final class Robustness {
  private Robustness() {}

  /**
   * One verdict's margin: {@code swaps} when a reversing change was found ({@code change} is a
   * nearest one), else -1 and no change within {@code moreThan} swaps exists ({@code never}: no
   * change of the varied preferences can reverse it).
   */
  public record Margin(
      int state,
      Concept concept,
      boolean equilibrium,
      int swaps,
      int moreThan,
      boolean never,
      MinimalChange.Result change) {
    public boolean found() {
      return swaps >= 0;
    }
  }

  /** Margins per concept (outer, in the given order) and state (inner, by index). */
  public static Margin[][] margins(
      PreferenceSpace space, List<Concept> concepts, int bound, long budgetPerSearch) {
    GraphModel model = space.model();
    int m = model.stateCount();
    Margin[][] out = new Margin[concepts.size()][m];
    int[][] current = space.payoffs(space.identity());
    OpponentReach reach = OpponentReach.of(model);
    IntStream.range(0, m)
        .parallel()
        .forEach(
            s -> {
              TargetCheck check = new TargetCheck(model, s, reach);
              for (int c = 0; c < concepts.size(); c++) {
                out[c][s] = margin(space, check, concepts.get(c), current, bound, budgetPerSearch);
              }
            });
    return out;
  }

  /** The margin of one state under one concept. */
  public static Margin margin(
      PreferenceSpace space,
      TargetCheck check,
      Concept c,
      int[][] current,
      int bound,
      long budget) {
    boolean eq = check.equilibrium(c, current);
    MinimalChange.Result r = MinimalChange.forTarget(space, check, c, !eq, bound, budget);
    if (r.found()) {
      return new Margin(check.target(), c, eq, r.distance(), -1, false, r);
    }
    return new Margin(check.target(), c, eq, -1, r.searchedDepth(), r.exhausted(), r);
  }
}
