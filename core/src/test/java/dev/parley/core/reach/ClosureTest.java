package dev.parley.core.reach;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.RandomModels;
import dev.parley.core.graph.GraphModel;
import dev.parley.core.model.Conflict;
import dev.parley.core.model.Reversibility;
import dev.parley.core.move.MoveGraph;
import dev.parley.core.stability.Concept;
import dev.parley.core.stability.StabilityEngine;
import dev.parley.core.stability.StabilityResult;
import java.util.EnumSet;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The fast paths of {@link LegalReach#minOverClosure} — plain reachability for option form, and
 * union-find when every option is reversible — give exactly min(v[s], min over R_H(s)), the exact
 * legal-sequence result; and an explicit copy of the same moves (which takes the product-graph
 * path) gives the same stability.
 */
class ClosureTest {
  static LongStream seeds() {
    return RandomModels.seeds(250);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void closureEqualsExactReachPlusStart(long seed) {
    Random rnd = new Random(seed);
    Conflict c = RandomModels.conflict(seed);
    if (seed % 3 == 0) {
      c = allReversible(c); // exercise the union-find path
    }
    GraphModel g = GraphModel.of(c);
    int n = g.dmCount();
    int[] coalition = randomCoalition(rnd, n);
    int[] values = rnd.ints(g.stateCount(), 0, 7).toArray();
    for (boolean improvementsOnly : new boolean[] {false, true}) {
      LegalReach.MoveFilter f =
          improvementsOnly ? (dm, a, b) -> g.improves(dm, a, b) : LegalReach.MoveFilter.ALL;
      int[] exact = LegalReach.minOverReach(g.moves(), coalition, f, values)[0];
      int[] closure = LegalReach.minOverClosure(g, coalition, improvementsOnly, values)[0];
      for (int s = 0; s < g.stateCount(); s++) {
        assertThat(closure[s])
            .as("seed %d improvementsOnly %s state %d", seed, improvementsOnly, s + 1)
            .isEqualTo(Math.min(values[s], exact[s]));
      }
    }
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void explicitMovesGiveTheSameStability(long seed) {
    GraphModel g = RandomModels.model(seed);
    int n = g.dmCount();
    int m = g.stateCount();
    int[][] offsets = new int[n][m + 1];
    int[][] targets = new int[n][];
    for (int d = 0; d < n; d++) {
      int count = 0;
      for (int s = 0; s < m; s++) {
        count += g.moves().moves(d, s).length;
        offsets[d][s + 1] = count;
      }
      targets[d] = new int[count];
      for (int s = 0; s < m; s++) {
        int[] mv = g.moves().moves(d, s);
        System.arraycopy(mv, 0, targets[d], offsets[d][s], mv.length);
      }
    }
    int[][] payoffs = new int[n][];
    for (int d = 0; d < n; d++) {
      payoffs[d] = g.payoffs(d).clone();
    }
    GraphModel explicit =
        new GraphModel(g.conflict(), g.space(), MoveGraph.explicit(m, offsets, targets), payoffs);
    assertThat(explicit.moves().composable()).isFalse();
    EnumSet<Concept> all = EnumSet.allOf(Concept.class);
    StabilityResult a = new StabilityEngine().analyze(g, all);
    StabilityResult b = new StabilityEngine().analyze(explicit, all);
    for (Concept concept : all) {
      for (int d = 0; d < n; d++) {
        assertThat(b.stableFor(concept, d))
            .as("seed %d %s dm %d", seed, concept, d)
            .isEqualTo(a.stableFor(concept, d));
      }
    }
  }

  @org.junit.jupiter.api.Test
  void removeSqueezesOutBits() {
    Random rnd = new Random(7);
    for (int trial = 0; trial < 2000; trial++) {
      long code = rnd.nextLong() >>> rnd.nextInt(40);
      long bits = rnd.nextLong() >>> rnd.nextInt(40);
      long expected = 0;
      int pos = 0;
      for (int t = 0; t < 64; t++) {
        if ((bits >>> t & 1L) == 0) {
          expected |= (code >>> t & 1L) << pos++;
        }
      }
      assertThat(GroupLayout.remove(code, bits))
          .as("code %x bits %x", code, bits)
          .isEqualTo(expected);
    }
  }

  private static int[] randomCoalition(Random rnd, int n) {
    int mask;
    do {
      mask = rnd.nextInt(1 << n);
    } while (mask == 0);
    int[] out = new int[Integer.bitCount(mask)];
    for (int d = 0, k = 0; d < n; d++) {
      if ((mask >>> d & 1) != 0) {
        out[k++] = d;
      }
    }
    return out;
  }

  private static Conflict allReversible(Conflict c) {
    var dms = c.decisionMakers();
    var rebuilt = Conflict.builder().title(c.title());
    for (var dm : dms) {
      var opts =
          dm.options().stream()
              .map(
                  o ->
                      new dev.parley.core.model.Option(
                          o.id(), o.name(), o.description(), Reversibility.BOTH, o.provenance()))
              .toList();
      rebuilt.decisionMaker(
          new dev.parley.core.model.DecisionMaker(
              dm.id(), dm.name(), dm.description(), opts, dm.provenance()));
    }
    c.infeasibilities().forEach(rebuilt::infeasibility);
    rebuilt.preferences(c.preferences());
    return rebuilt.build();
  }
}
