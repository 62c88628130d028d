package dev.parley.core.uncertainty;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.RandomModels;
import dev.parley.core.graph.GraphModel;
import dev.parley.core.stability.Concept;
import dev.parley.core.stability.ReferenceSolver;
import dev.parley.core.stability.StabilityEngine;
import dev.parley.core.stability.StabilityResult;
import dev.parley.core.uncertainty.UnknownStability.Variant;
import java.util.BitSet;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The four variants of each concept under unknown preference (docs/semantics.md §1.8). */
class UnknownStabilityTest {

  private static GraphModel model(long seed) {
    while (true) {
      GraphModel g = GraphModel.of(RandomModels.conflict(seed++));
      if (g.stateCount() <= 14) {
        return g;
      }
    }
  }

  private static UnknownPreferences randomUnknown(GraphModel g, Random rnd) {
    UnknownPreferences u = UnknownPreferences.none(g.dmCount(), g.stateCount());
    for (int d = 0; d < g.dmCount(); d++) {
      int pairs = rnd.nextInt(1 + g.stateCount());
      for (int k = 0; k < pairs; k++) {
        int a = rnd.nextInt(g.stateCount());
        int b = rnd.nextInt(g.stateCount());
        if (a != b) {
          u = u.with(d, a, b);
        }
      }
    }
    return u;
  }

  @Test
  void withNothingUnknownEveryVariantIsTheStandardConcept() {
    for (long seed = 1; seed <= 25; seed++) {
      GraphModel g = model(seed * 7);
      UnknownStability.Result r =
          UnknownStability.analyze(g, UnknownPreferences.none(g.dmCount(), g.stateCount()));
      StabilityResult std =
          new StabilityEngine().analyze(g, EnumSet.copyOf(UnknownStability.CONCEPTS));
      for (Concept c : UnknownStability.CONCEPTS) {
        for (Variant v : Variant.values()) {
          for (int d = 0; d < g.dmCount(); d++) {
            assertThat(r.stableFor(c, v, d))
                .as("seed %d %s %s", seed, c, v)
                .isEqualTo(std.stableFor(c, d));
          }
        }
      }
    }
  }

  @Test
  void variantsFollowTheirDefinitionsAndNest() {
    Random rnd = new Random(3);
    for (long seed = 1; seed <= 30; seed++) {
      GraphModel g = model(seed * 13);
      UnknownPreferences u = randomUnknown(g, rnd);
      UnknownStability.Result r = UnknownStability.analyze(g, u);
      ReferenceSolver.Literal lit = ReferenceSolver.literal(g);
      int n = g.dmCount();
      int m = g.stateCount();
      // the opponents' credible steps: better or unknown, from the state left
      int[][][] credible = new int[n][m][];
      for (int j = 0; j < n; j++) {
        for (int x = 0; x < m; x++) {
          final int jj = j;
          final int xx = x;
          credible[j][x] =
              lit.moves(j, x).stream()
                  .filter(y -> g.payoff(jj, y) > g.payoff(jj, xx) || u.unknown(jj, y, xx))
                  .mapToInt(Integer::intValue)
                  .toArray();
        }
      }
      for (Variant v : Variant.values()) {
        for (int i = 0; i < n; i++) {
          Set<Integer> opp = lit.opponents(i);
          for (int s = 0; s < m; s++) {
            final int ii = i;
            final int ss = s;
            boolean nash = true;
            boolean gmr = true;
            boolean smr = true;
            boolean seq = true;
            for (int q : lit.moves(i, s)) {
              boolean unknownQ = u.unknown(i, q, s);
              boolean better = !unknownQ && g.payoff(i, q) > g.payoff(i, s);
              if (!(better || (unknownQ && v.unknownMoves()))) {
                continue;
              }
              nash = false;
              java.util.function.IntPredicate sanction =
                  x ->
                      u.unknown(ii, x, ss)
                          ? v.unknownSanctions()
                          : g.payoff(ii, x) <= g.payoff(ii, ss);
              Set<Integer> all = lit.reach(opp, q, false);
              gmr &= all.stream().anyMatch(sanction::test);
              smr &=
                  all.stream()
                      .anyMatch(
                          x ->
                              sanction.test(x)
                                  && lit.moves(ii, x).stream().allMatch(sanction::test));
              BitSet cred = ReferenceSolver.legalReach(credible, opp, q);
              seq &= cred.stream().anyMatch(sanction::test);
            }
            assertThat(r.stableFor(Concept.NASH, v, i).get(s)).isEqualTo(nash);
            assertThat(r.stableFor(Concept.GMR, v, i).get(s)).isEqualTo(gmr);
            assertThat(r.stableFor(Concept.SMR, v, i).get(s)).isEqualTo(smr);
            assertThat(r.stableFor(Concept.SEQ, v, i).get(s))
                .as("seed %d SEQ %s", seed, v)
                .isEqualTo(seq);
          }
        }
      }
      // a ⊆ b ⊆ c and a ⊆ d ⊆ c
      for (Concept c : UnknownStability.CONCEPTS) {
        for (int d = 0; d < n; d++) {
          BitSet a = r.stableFor(c, Variant.A, d);
          BitSet b = r.stableFor(c, Variant.B, d);
          BitSet cc = r.stableFor(c, Variant.C, d);
          BitSet dd = r.stableFor(c, Variant.D, d);
          assertThat(subset(a, b) && subset(b, cc) && subset(a, dd) && subset(dd, cc))
              .as("seed %d %s nesting", seed, c)
              .isTrue();
        }
      }
      // Nash_a = Nash_b and Nash_c = Nash_d
      assertThat(r.equilibria(Concept.NASH, Variant.A))
          .isEqualTo(r.equilibria(Concept.NASH, Variant.B));
      assertThat(r.equilibria(Concept.NASH, Variant.C))
          .isEqualTo(r.equilibria(Concept.NASH, Variant.D));
    }
  }

  @Test
  void pairsAreUnorderedAndListed() {
    UnknownPreferences u = UnknownPreferences.none(2, 5).with(1, 4, 2).with(1, 2, 4).with(0, 0, 3);
    assertThat(u.unknown(1, 2, 4)).isTrue();
    assertThat(u.unknown(1, 4, 2)).isTrue();
    assertThat(u.unknown(0, 4, 2)).isFalse();
    assertThat(u.count(1)).isEqualTo(1);
    assertThat(u.pairs(1)).containsExactly(new int[] {2, 4});
    assertThat(new HashSet<>(List.of(u.isEmpty()))).containsExactly(false);
  }

  private static boolean subset(BitSet a, BitSet b) {
    BitSet x = (BitSet) a.clone();
    x.andNot(b);
    return x.isEmpty();
  }
}
