package dev.parley.core.reach;

import static org.assertj.core.api.Assertions.fail;

import dev.parley.core.EachSeed;
import dev.parley.core.move.MoveGraph;
import dev.parley.core.stability.ReferenceSolver;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.LongStream;

/**
 * {@link LegalReach} on random graph-form move graphs, which option form cannot produce: arbitrary
 * arcs, common moves (one arc in several decision makers' sets) and arbitrary "improvement"
 * filters. In option form two consecutive moves of one decision maker always compose into one move,
 * so the rule that nobody moves twice in a row only shows here.
 */
class GraphFormReachTest {
  static LongStream seeds() {
    return LongStream.rangeClosed(1, 300);
  }

  @EachSeed
  void minOverReachMatchesTheLegalSequences(long seed) {
    Random rnd = new Random(seed ^ 0x5DEECE66DL);
    int n = 2 + rnd.nextInt(3);
    int m = 2 + rnd.nextInt(30);
    double density = 0.02 + rnd.nextDouble() * 0.2;
    List<List<TreeSet<Integer>>> arcs = new ArrayList<>();
    for (int j = 0; j < n; j++) {
      List<TreeSet<Integer>> rows = new ArrayList<>();
      for (int x = 0; x < m; x++) {
        TreeSet<Integer> row = new TreeSet<>();
        for (int y = 0; y < m; y++) {
          if (x != y && rnd.nextDouble() < density) {
            row.add(y);
          }
        }
        rows.add(row);
      }
      arcs.add(rows);
    }
    // common moves: copy some arcs of one decision maker into another's set
    for (int c = rnd.nextInt(6); c > 0; c--) {
      int a = rnd.nextInt(n);
      int b = rnd.nextInt(n);
      int x = rnd.nextInt(m);
      if (a != b && !arcs.get(a).get(x).isEmpty()) {
        arcs.get(b).get(x).add(arcs.get(a).get(x).first());
      }
    }
    int[][] offsets = new int[n][m + 1];
    int[][] targets = new int[n][];
    int[][][] all = new int[n][m][];
    for (int j = 0; j < n; j++) {
      List<Integer> flat = new ArrayList<>();
      for (int x = 0; x < m; x++) {
        all[j][x] = arcs.get(j).get(x).stream().mapToInt(Integer::intValue).toArray();
        flat.addAll(arcs.get(j).get(x));
        offsets[j][x + 1] = flat.size();
      }
      targets[j] = flat.stream().mapToInt(Integer::intValue).toArray();
    }
    MoveGraph g = MoveGraph.explicit(m, offsets, targets);
    int[][] pay = new int[n][];
    for (int j = 0; j < n; j++) {
      pay[j] = rnd.ints(m, 0, 4).toArray();
    }
    int[][][] better = new int[n][m][];
    for (int j = 0; j < n; j++) {
      for (int x = 0; x < m; x++) {
        int jj = j;
        int xx = x;
        better[j][x] = Arrays.stream(all[j][x]).filter(y -> pay[jj][y] > pay[jj][xx]).toArray();
      }
    }
    int[][] values = new int[m + 1][];
    values[0] = pay[0];
    for (int t = 0; t < m; t++) {
      values[t + 1] = new int[m];
      Arrays.fill(values[t + 1], 1);
      values[t + 1][t] = 0;
    }
    for (int[] coalition : coalitions(n, rnd)) {
      Set<Integer> members = new LinkedHashSet<>();
      for (int j : coalition) {
        members.add(j);
      }
      for (boolean improving : new boolean[] {false, true}) {
        LegalReach.MoveFilter filter =
            improving ? (dm, from, to) -> pay[dm][to] > pay[dm][from] : LegalReach.MoveFilter.ALL;
        int[][] mins = LegalReach.minOverReach(g, coalition, filter, values);
        for (int s = 0; s < m; s++) {
          BitSet reach = ReferenceSolver.legalReach(improving ? better : all, members, s);
          BitSet engine = new BitSet();
          for (int t = 0; t < m; t++) {
            if (mins[t + 1][s] == 0) {
              engine.set(t);
            }
          }
          int expectedMin = reach.stream().map(x -> pay[0][x]).min().orElse(LegalReach.NONE);
          if (!engine.equals(reach) || mins[0][s] != expectedMin) {
            fail(
                "seed %d, coalition %s (0-based), %s from %d: LegalReach reaches %s (min %d), the"
                    + " reference %s (min %d)",
                seed,
                Arrays.toString(coalition),
                improving ? "R_H^+" : "R_H",
                s,
                engine,
                mins[0][s],
                reach,
                expectedMin);
          }
        }
      }
    }
  }

  private static List<int[]> coalitions(int n, Random rnd) {
    List<int[]> out = new ArrayList<>();
    for (int j = 0; j < n; j++) {
      out.add(new int[] {j});
    }
    int[] full = new int[n];
    for (int j = 0; j < n; j++) {
      full[n - 1 - j] = j; // reversed order: the result must not depend on it
    }
    out.add(full);
    if (n > 2) {
      int[] pair = {rnd.nextInt(n), 0};
      pair[1] = (pair[0] + 1 + rnd.nextInt(n - 1)) % n;
      out.add(pair);
    }
    return out;
  }
}
