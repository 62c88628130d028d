package dev.parley.core.attitude;

import dev.parley.core.GraphForms;
import dev.parley.core.RandomModels;
import dev.parley.core.graph.GraphModel;
import dev.parley.core.model.Conflict;
import dev.parley.core.stability.Concept;
import java.util.Random;

/** Shared helpers of the relational tests: random attitudes, strict payoffs, concept pairs. */
public final class RelationalTesting {
  private RelationalTesting() {}

  /**
   * The random model of {@code seed}: for odd seeds an option-form model ({@link RandomModels}),
   * for even seeds a graph-form one ({@link #randomGraph}). Both kinds are needed: in option form
   * the opponents can never undo the focal decision maker's move, so some sanctions (the return to
   * s that totally neutral attitudes rely on) exist only in graph form.
   */
  public static GraphModel model(long seed) {
    return GraphModel.of(seed % 2 == 1 ? RandomModels.conflict(seed) : randomGraph(seed));
  }

  /** {@link GraphForms#random}. */
  static Conflict randomGraph(long seed) {
    return GraphForms.random(seed);
  }

  /** Each e_ij drawn uniformly from {+1, 0, −1}, seeded. */
  static Attitudes randomAttitudes(int n, long seed) {
    Random rnd = new Random(seed * 31 + 7);
    int[][] e = new int[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        e[i][j] = rnd.nextInt(3) - 1;
      }
    }
    return new Attitudes(e);
  }

  /** The same model with strict preferences: each decision maker's payoffs a random permutation. */
  static GraphModel strict(GraphModel model, long seed) {
    Random rnd = new Random(seed * 131 + 3);
    int m = model.stateCount();
    int[][] payoffs = new int[model.dmCount()][m];
    for (int d = 0; d < payoffs.length; d++) {
      for (int s = 0; s < m; s++) {
        payoffs[d][s] = s;
      }
      for (int s = m - 1; s > 0; s--) {
        int k = rnd.nextInt(s + 1);
        int t = payoffs[d][s];
        payoffs[d][s] = payoffs[d][k];
        payoffs[d][k] = t;
      }
    }
    return model.withPayoffs(payoffs);
  }

  /** The standard concept a relational one generalises. */
  static Concept standard(RelationalConcept c) {
    return c.standard();
  }
}
