package dev.parley.core.probability;

import dev.parley.core.graph.GraphModel;
import dev.parley.core.model.Provenance;
import dev.parley.core.model.StatePattern;
import dev.parley.core.state.StateSpace;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Seeded random probabilities and thresholds for the probabilistic tests. */
final class ProbabilityTesting {
  private ProbabilityTesting() {}

  /** The pattern naming exactly state {@code s}. */
  static StatePattern exact(GraphModel model, int s) {
    StateSpace space = model.space();
    return model.isGraphForm()
        ? StateSpace.graphPattern(s)
        : StatePattern.exact(space.code(s), space.optionCount());
  }

  /**
   * Up to six stated comparisons per decision maker, with probabilities on a grid of tenths (so
   * that they coincide with each other and with thresholds) or anywhere; sometimes the reverse too,
   * leaving room for indifference; and a random threshold for some decision makers.
   */
  static ProbabilitySpec randomSpec(GraphModel model, long seed) {
    Random rnd = new Random(seed * 7919 + 5);
    int n = model.dmCount();
    int m = model.stateCount();
    List<List<StatedProbability>> stated = new ArrayList<>();
    List<Double> dmThresholds = new ArrayList<>();
    double[] grid = {0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1};
    for (int d = 0; d < n; d++) {
      List<StatedProbability> list = new ArrayList<>();
      List<Long> used = new ArrayList<>();
      int count = rnd.nextInt(Math.min(7, m * (m - 1) / 2 + 1));
      for (int k = 0; k < count; k++) {
        int a = rnd.nextInt(m);
        int b = rnd.nextInt(m);
        if (a == b || used.contains((long) a * m + b) || used.contains((long) b * m + a)) {
          continue;
        }
        used.add((long) a * m + b);
        double p = rnd.nextInt(4) == 0 ? rnd.nextDouble() : grid[rnd.nextInt(grid.length)];
        list.add(new StatedProbability(exact(model, a), exact(model, b), p, Provenance.NONE));
        if (rnd.nextInt(4) == 0) {
          double rest = (Probabilities.ONE - Probabilities.micro(p)) / (double) Probabilities.ONE;
          list.add(
              new StatedProbability(
                  exact(model, b), exact(model, a), rest * rnd.nextDouble(), Provenance.NONE));
        }
      }
      stated.add(list);
      dmThresholds.add(rnd.nextInt(3) == 0 ? grid[rnd.nextInt(grid.length - 1)] : null);
    }
    Double threshold = rnd.nextBoolean() ? null : grid[1 + rnd.nextInt(8)];
    return new ProbabilitySpec(stated, dmThresholds, threshold);
  }
}
