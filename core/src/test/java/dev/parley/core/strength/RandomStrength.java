package dev.parley.core.strength;

import dev.parley.core.GraphForms;
import dev.parley.core.RandomModels;
import dev.parley.core.graph.GraphModel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Seeded random models with random strength of preference: option form for odd seeds, graph form
 * (where the opponents can undo a move) for even ones; per decision maker up to three declared
 * pairs and, half the time, a payoff gap over values that follow its payoffs.
 */
final class RandomStrength {
  final GraphModel model;
  final List<List<int[]>> pairs = new ArrayList<>();
  final double[] gaps;
  final double[][] values;

  RandomStrength(long seed) {
    this.model =
        GraphModel.of(seed % 2 == 1 ? RandomModels.conflict(seed) : GraphForms.random(seed));
    Random rnd = new Random(seed * 7919 + 5);
    int n = model.dmCount();
    int m = model.stateCount();
    gaps = new double[n];
    values = new double[n][];
    for (int i = 0; i < n; i++) {
      int[] p = model.payoffs(i);
      List<int[]> ps = new ArrayList<>();
      for (int k = rnd.nextInt(4); k > 0; k--) {
        int a = rnd.nextInt(m);
        int b = rnd.nextInt(m);
        if (p[a] != p[b]) {
          ps.add(p[a] > p[b] ? new int[] {a, b} : new int[] {b, a});
        }
      }
      pairs.add(ps);
      gaps[i] = Double.NaN;
      if (rnd.nextBoolean()) {
        // written payoffs: 3 per rank, so that a gap of 3 or 6 is one or two ranks
        values[i] = Arrays.stream(p).mapToDouble(x -> 3.0 * x + 1).toArray();
        gaps[i] = 3.0 * (1 + rnd.nextInt(3));
      }
    }
  }

  Strength strength() {
    return Strength.declared(model, pairs, gaps, values);
  }

  StrengthReference reference() {
    return new StrengthReference(model, pairs, gaps, values);
  }
}
