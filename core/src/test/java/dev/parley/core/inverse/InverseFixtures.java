package dev.parley.core.inverse;

import dev.parley.core.RandomModels;
import dev.parley.core.graph.GraphModel;
import dev.parley.core.stability.Concept;
import dev.parley.core.stability.ReferenceSolver;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;

/** Small random models and brute force over preference spaces, for the inverse tests. */
final class InverseFixtures {
  private InverseFixtures() {}

  /** Random models with at most {@code maxStates} states, from seeds 1, 2, ... */
  static List<GraphModel> models(int count, int maxStates) {
    List<GraphModel> out = new ArrayList<>();
    for (long seed = 1; out.size() < count; seed++) {
      GraphModel g = RandomModels.model(seed);
      if (g.stateCount() <= maxStates && g.stateCount() >= 3) {
        out.add(g);
      }
    }
    return out;
  }

  /** A random slice of at most {@code maxItems} tiers for each decision maker that gets one. */
  static PreferenceSpace randomSpace(GraphModel g, Random rnd, int maxItems, double share) {
    PreferenceSpace space = PreferenceSpace.fixed(g);
    for (int d = 0; d < g.dmCount(); d++) {
      int tiers = PreferenceSpace.tiers(g, d).length;
      if (tiers < 2 || rnd.nextDouble() > share) {
        continue;
      }
      int len = 2 + rnd.nextInt(Math.min(maxItems, tiers) - 1);
      int from = rnd.nextInt(tiers - len + 1);
      space = space.withRanking(d, from, from + len - 1);
    }
    return space;
  }

  /** Every profile of the space (product of all orders). */
  static List<int[][]> profiles(PreferenceSpace space) {
    List<int[][]> out = new ArrayList<>();
    int[] varied = space.varied();
    int[][] orders = space.identity();
    while (true) {
      int[][] copy = new int[orders.length][];
      for (int d = 0; d < orders.length; d++) {
        copy[d] = orders[d] == null ? null : orders[d].clone();
      }
      out.add(copy);
      int k = varied.length - 1;
      while (k >= 0 && !Permutations.next(orders[varied[k]])) {
        orders[varied[k]] = Permutations.identity(orders[varied[k]].length);
        k--;
      }
      if (k < 0) {
        return out;
      }
    }
  }

  /** The reference verdict: is {@code s} an equilibrium under {@code c} with these payoffs? */
  static boolean referenceEquilibrium(GraphModel g, int[][] payoffs, Concept c, int s) {
    return new ReferenceSolver()
        .analyze(g.withPayoffs(payoffs), EnumSet.of(c))
        .equilibria(c)
        .get(s);
  }

  /** Reference verdicts of every state under every concept: [concept ordinal] -> equilibria. */
  static java.util.BitSet[] referenceEquilibria(GraphModel g, int[][] payoffs) {
    var r = new ReferenceSolver().analyze(g.withPayoffs(payoffs), EnumSet.allOf(Concept.class));
    java.util.BitSet[] out = new java.util.BitSet[Concept.values().length];
    for (Concept c : Concept.values()) {
      out[c.ordinal()] = r.equilibria(c);
    }
    return out;
  }

  /** Reference per-DM verdicts: [concept ordinal][dm]. */
  static java.util.BitSet[][] referenceStable(GraphModel g, int[][] payoffs) {
    var r = new ReferenceSolver().analyze(g.withPayoffs(payoffs), EnumSet.allOf(Concept.class));
    java.util.BitSet[][] out = new java.util.BitSet[Concept.values().length][g.dmCount()];
    for (Concept c : Concept.values()) {
      for (int d = 0; d < g.dmCount(); d++) {
        out[c.ordinal()][d] = r.stableFor(c, d);
      }
    }
    return out;
  }

  /** Random orders for every varied decision maker. */
  static int[][] randomProfile(PreferenceSpace space, Random rnd) {
    int[][] o = space.identity();
    for (int d : space.varied()) {
      for (int x = o[d].length - 1; x > 0; x--) {
        int y = rnd.nextInt(x + 1);
        int t = o[d][x];
        o[d][x] = o[d][y];
        o[d][y] = t;
      }
    }
    return o;
  }

  /** The orders of a change in full: the identity for every decision maker the change leaves. */
  static int[][] normalise(PreferenceSpace space, int[][] orders) {
    int[][] o = space.identity();
    for (int d : space.varied()) {
      if (orders[d] != null) {
        o[d] = orders[d];
      }
    }
    return o;
  }
}
