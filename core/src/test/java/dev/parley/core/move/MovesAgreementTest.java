package dev.parley.core.move;

import static org.assertj.core.api.Assertions.fail;

import dev.parley.core.EachSeed;
import dev.parley.core.RandomModels;
import dev.parley.core.graph.GraphModel;
import dev.parley.core.reach.LegalReach;
import dev.parley.core.stability.ReferenceSolver;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.LongStream;

/**
 * {@link OptionMoves} and {@link LegalReach} agree with the literal definitions of the reference
 * (docs/semantics.md §1.1 and §1.3) on random models.
 */
class MovesAgreementTest {
  static LongStream seeds() {
    return RandomModels.seeds(300);
  }

  @EachSeed
  void optionMovesAreTheUnilateralMovesOfTheDefinition(long seed) {
    GraphModel model = RandomModels.model(seed);
    ReferenceSolver.Literal ref = ReferenceSolver.literal(model);
    for (int i = 0; i < model.dmCount(); i++) {
      for (int s = 0; s < model.stateCount(); s++) {
        int[] engine = model.moves().moves(i, s);
        Set<Integer> engineSet = Arrays.stream(engine).boxed().collect(Collectors.toSet());
        if (!engineSet.equals(ref.moves(i, s)) || engine.length != engineSet.size()) {
          fail(
              "seed %d, DM %d, R(%d) (%s): OptionMoves gives %s, the reference %s (0-based)",
              seed, i + 1, s + 1, model.space().yn(s), Arrays.toString(engine), ref.moves(i, s));
        }
      }
    }
  }

  @EachSeed
  void minOverReachIsTheMinimumOverTheLegalSequences(long seed) {
    GraphModel model = RandomModels.model(seed);
    ReferenceSolver.Literal ref = ReferenceSolver.literal(model);
    Random rnd = new Random(seed);
    int n = model.dmCount();
    int m = model.stateCount();
    // every source on small models; 32 random sources on large ones (one search per source)
    int[] sources = m <= 128 ? IntStream.range(0, m).toArray() : rnd.ints(32, 0, m).toArray();
    for (int[] coalition : coalitions(n, rnd)) {
      Set<Integer> members = new LinkedHashSet<>();
      for (int j : coalition) {
        members.add(j);
      }
      int[] payoff = model.payoffs(rnd.nextInt(n));
      int[] random = rnd.ints(m, -5, 6).toArray();
      boolean exact = m <= 64;
      List<int[]> values = new ArrayList<>(List.of(payoff, random));
      if (exact) {
        // indicator of each state: its minimum is 0 exactly when the state is reachable
        for (int t = 0; t < m; t++) {
          int[] v = new int[m];
          Arrays.fill(v, 1);
          v[t] = 0;
          values.add(v);
        }
      }
      for (boolean improving : new boolean[] {false, true}) {
        LegalReach.MoveFilter filter =
            improving ? (dm, from, to) -> model.improves(dm, from, to) : LegalReach.MoveFilter.ALL;
        int[][] mins =
            LegalReach.minOverReach(model.moves(), coalition, filter, values.toArray(int[][]::new));
        for (int s : sources) {
          BitSet reach = ref.reachBits(members, s, improving);
          for (int v = 0; v < 2; v++) {
            int[] val = values.get(v);
            int expected = reach.stream().map(x -> val[x]).min().orElse(LegalReach.NONE);
            if (mins[v][s] != expected) {
              fail(
                  "%s, value array %d: LegalReach gives %d, the reference %d",
                  where(seed, coalition, improving, s), v, mins[v][s], expected);
            }
          }
          if (exact) {
            BitSet engineReach = new BitSet();
            for (int t = 0; t < m; t++) {
              if (mins[2 + t][s] == 0) {
                engineReach.set(t);
              }
            }
            if (!engineReach.equals(reach)) {
              fail(
                  "%s: LegalReach reaches %s, the reference %s (0-based states)",
                  where(seed, coalition, improving, s), engineReach, reach);
            }
          }
        }
      }
    }
  }

  private static String where(long seed, int[] coalition, boolean improving, int s) {
    return String.format(
        "seed %d, coalition %s (0-based), %s from state %d",
        seed, Arrays.toString(coalition), improving ? "R_H^+" : "R_H", s + 1);
  }

  /**
   * Every singleton, the full set and two random subsets in random order (the coalitions N − i are
   * checked through the stability concepts in EngineAgreementTest).
   */
  private static List<int[]> coalitions(int n, Random rnd) {
    List<int[]> out = new ArrayList<>();
    int[] full = new int[n];
    for (int j = 0; j < n; j++) {
      out.add(new int[] {j});
      full[j] = j;
    }
    out.add(full);
    for (int r = 0; r < 2; r++) {
      List<Integer> all = new ArrayList<>();
      for (int j = 0; j < n; j++) {
        all.add(j);
      }
      Collections.shuffle(all, rnd);
      int size = 2 + rnd.nextInt(n - 1);
      out.add(all.subList(0, size).stream().mapToInt(Integer::intValue).toArray());
    }
    return out;
  }
}
