package dev.parley.core.inverse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.graph.GraphModel;
import dev.parley.core.stability.Concept;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The smallest change under SEQ, SIM and SEQ+SIM by certificates and blocks ({@link
 * CertificateSearch}, used by {@link MinimalChange#forTarget} and so by robustness and inverse)
 * against the literal breadth-first search over orders ({@link MinimalChange#forTargetBySearch},
 * unlimited budget), state by state on seeded random models with whole rankings and random slices.
 */
class CertificateSearchTest {
  private static final List<Concept> COUPLED = List.of(Concept.SEQ, Concept.SIM, Concept.SEQSIM);

  @Test
  void sameMarginsAsTheBreadthFirstSearchStateByState() {
    Random rnd = new Random(21);
    int found = 0;
    int deep = 0;
    int far = 0;
    int never = 0;
    int beyond = 0;
    int compared = 0;
    for (GraphModel g : InverseFixtures.models(36, 16)) {
      PreferenceSpace space =
          rnd.nextBoolean()
              ? PreferenceSpace.wholeRankings(g)
              : InverseFixtures.randomSpace(g, rnd, 5, 0.8);
      if (space.varied().length == 0) {
        continue;
      }
      int bound = 1 + rnd.nextInt(5);
      int[][] current = space.payoffs(space.identity());
      for (int s = 0; s < g.stateCount(); s++) {
        TargetCheck check = new TargetCheck(g, s);
        for (Concept c : COUPLED) {
          boolean eq = check.equilibrium(c, current);
          MinimalChange.Result fast =
              CertificateSearch.search(space, check, c, !eq, bound, Long.MAX_VALUE);
          MinimalChange.Result literal =
              MinimalChange.forTargetBySearch(space, check, c, !eq, bound, Long.MAX_VALUE);
          String where = g.conflict().title() + " state " + (s + 1) + " " + c + " bound " + bound;
          assertThat(fast.found()).as(where).isEqualTo(literal.found());
          assertThat(fast.distance()).as(where).isEqualTo(literal.distance());
          assertThat(fast.searchedDepth()).as(where).isEqualTo(literal.searchedDepth());
          assertThat(fast.exhausted()).as(where).isEqualTo(literal.exhausted());
          if (literal.found()) {
            // a nearest change, not necessarily the one the breadth-first search meets first
            int[][] orders = fast.orders();
            assertThat(PreferenceSpace.distance(orders)).as(where).isEqualTo(literal.distance());
            assertThat(fast.swaps()).as(where).hasSize(literal.distance());
            assertThat(check.equilibrium(c, space.payoffs(orders))).as(where).isEqualTo(!eq);
            found++;
            deep += literal.distance() >= 2 ? 1 : 0;
            far += literal.distance() >= 3 ? 1 : 0; // found by branch and bound
          } else if (literal.exhausted()) {
            never++;
          } else {
            beyond++;
          }
          compared++;
        }
      }
    }
    String counts =
        "compared %d found %d deep %d far %d never %d beyond %d"
            .formatted(compared, found, deep, far, never, beyond);
    assertThat(compared).as(counts).isGreaterThan(800);
    assertThat(found).as(counts).isGreaterThan(300);
    assertThat(deep).as(counts).isGreaterThan(60);
    assertThat(far).as(counts).isGreaterThan(30);
    assertThat(never).as(counts).isGreaterThan(20);
    assertThat(beyond).as(counts).isGreaterThan(60);
  }

  @Test
  void aSmallBudgetClaimsNoMoreThanItSearched() {
    Random rnd = new Random(22);
    int cut = 0;
    int compared = 0;
    for (GraphModel g : InverseFixtures.models(24, 16)) {
      PreferenceSpace space = PreferenceSpace.wholeRankings(g);
      int bound = 2 + rnd.nextInt(4);
      int[][] current = space.payoffs(space.identity());
      for (int s = 0; s < g.stateCount(); s++) {
        TargetCheck check = new TargetCheck(g, s);
        for (Concept c : COUPLED) {
          boolean eq = check.equilibrium(c, current);
          long budget = 1 + rnd.nextInt(12);
          MinimalChange.Result fast = CertificateSearch.search(space, check, c, !eq, bound, budget);
          MinimalChange.Result literal =
              MinimalChange.forTargetBySearch(space, check, c, !eq, bound, Long.MAX_VALUE);
          String where = g.conflict().title() + " state " + (s + 1) + " " + c + " budget " + budget;
          if (fast.found()) {
            assertThat(fast.distance()).as(where).isEqualTo(literal.distance());
          } else {
            // nothing within the depth it reports as searched; "never" only when it is so
            assertThat(!literal.found() || literal.distance() > fast.searchedDepth())
                .as(where)
                .isTrue();
            assertThat(!fast.exhausted() || literal.exhausted()).as(where).isTrue();
            cut += fast.searchedDepth() < bound && !fast.exhausted() ? 1 : 0;
          }
          compared++;
        }
      }
    }
    assertThat(compared).isGreaterThan(300);
    assertThat(cut).as("searches cut short by the budget").isGreaterThan(40);
  }

  @Test
  void blocksAreTheIndecomposableOrdersWithFewInversions() {
    for (int length = 2; length <= 6; length++) {
      for (int most = 0; most <= 6; most++) {
        List<String> expected = new ArrayList<>();
        int[] perm = Permutations.identity(length);
        do {
          if (PreferenceSpace.inversions(perm) <= most && indecomposable(perm)) {
            expected.add(java.util.Arrays.toString(perm));
          }
        } while (Permutations.next(perm));
        List<String> listed = new ArrayList<>();
        for (int[] b : Blocks.of(length, most)) {
          listed.add(java.util.Arrays.toString(b));
        }
        assertThat(listed).as("length %d, at most %d", length, most).isEqualTo(expected);
      }
    }
    assertThat(Blocks.of(4, 3).length).isEqualTo(4); // 2341 2413 3142 4123
  }

  /** No first j positions (0 < j < length) hold exactly the items 0..j−1. */
  private static boolean indecomposable(int[] perm) {
    int max = -1;
    for (int j = 0; j < perm.length - 1; j++) {
      max = Math.max(max, perm[j]);
      if (max == j) {
        return false;
      }
    }
    return true;
  }
}
