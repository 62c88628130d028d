package dev.parley.core.inverse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.graph.GraphModel;
import dev.parley.core.stability.Concept;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The direct smallest change for Nash, GMR and SMR ({@link LocalChange}, used by {@link
 * MinimalChange#forTarget} and so by robustness and inverse) against the literal breadth-first
 * search over orders ({@link MinimalChange#forTargetBySearch}, unlimited budget): the same margin,
 * the same nearest orders, the same swaps, the same "searched up to" and "never", state by state,
 * on seeded random models with whole rankings and random slices.
 */
class LocalChangeTest {
  private static final List<Concept> LOCAL = List.of(Concept.NASH, Concept.GMR, Concept.SMR);

  @Test
  void directChangeEqualsTheBreadthFirstSearchStateByState() {
    Random rnd = new Random(11);
    int found = 0;
    int deep = 0;
    int never = 0;
    int beyond = 0;
    int ties = 0;
    int compared = 0;
    for (GraphModel g : InverseFixtures.models(24, 30)) {
      PreferenceSpace space =
          rnd.nextBoolean()
              ? PreferenceSpace.wholeRankings(g)
              : InverseFixtures.randomSpace(g, rnd, 6, 0.8);
      int bound = 1 + rnd.nextInt(5);
      Robustness.Margin[][] margins = Robustness.margins(space, LOCAL, bound, 1);
      for (int s = 0; s < g.stateCount(); s++) {
        TargetCheck check = new TargetCheck(g, s);
        int[][] current = space.payoffs(space.identity());
        for (int ci = 0; ci < LOCAL.size(); ci++) {
          Concept c = LOCAL.get(ci);
          boolean eq = check.equilibrium(c, current);
          MinimalChange.Result fast = MinimalChange.forTarget(space, check, c, !eq, bound, 1);
          MinimalChange.Result literal =
              MinimalChange.forTargetBySearch(space, check, c, !eq, bound, Long.MAX_VALUE);
          String where = g.conflict().title() + " state " + (s + 1) + " " + c + " bound " + bound;
          assertThat(fast.found()).as(where).isEqualTo(literal.found());
          assertThat(fast.distance()).as(where).isEqualTo(literal.distance());
          assertThat(fast.searchedDepth()).as(where).isEqualTo(literal.searchedDepth());
          assertThat(fast.exhausted()).as(where).isEqualTo(literal.exhausted());
          assertThat(fast.swaps()).as(where).isEqualTo(literal.swaps());
          if (literal.found()) {
            assertThat(InverseFixtures.normalise(space, fast.orders()))
                .as(where)
                .isDeepEqualTo(InverseFixtures.normalise(space, literal.orders()));
            found++;
            deep += literal.distance() >= 2 ? 1 : 0;
            ties += nearestCount(space, check, c, !eq, literal.distance()) > 1 ? 1 : 0;
          } else if (literal.exhausted()) {
            never++;
          } else {
            beyond++;
          }
          // robustness, which uses the direct change, agrees with the literal search too
          Robustness.Margin m = margins[ci][s];
          assertThat(m.equilibrium()).as(where).isEqualTo(eq);
          assertThat(m.swaps()).as(where).isEqualTo(literal.found() ? literal.distance() : -1);
          assertThat(m.never()).as(where).isEqualTo(!literal.found() && literal.exhausted());
          compared++;
        }
      }
    }
    // the random models exercised every outcome, several nearest changes to choose from included
    String counts =
        "compared %d found %d deep %d never %d beyond %d ties %d"
            .formatted(compared, found, deep, never, beyond, ties);
    assertThat(compared).as(counts).isGreaterThan(900);
    assertThat(found).as(counts).isGreaterThan(300);
    assertThat(deep).as(counts).isGreaterThan(30);
    assertThat(never).as(counts).isGreaterThan(30);
    assertThat(beyond).as(counts).isGreaterThan(30);
    assertThat(ties).as(counts).isGreaterThan(30);
  }

  @Test
  void profileSearchEqualsTheLiteralOneForCoupledConceptsBudgetsIncluded() {
    Random rnd = new Random(12);
    List<Concept> coupled = List.of(Concept.SEQ, Concept.SIM, Concept.SEQSIM);
    int found = 0;
    int never = 0;
    int beyond = 0;
    int outOfBudget = 0;
    int pruned = 0;
    int compared = 0;
    for (GraphModel g : InverseFixtures.models(30, 16)) {
      PreferenceSpace space =
          rnd.nextBoolean()
              ? PreferenceSpace.wholeRankings(g)
              : InverseFixtures.randomSpace(g, rnd, 5, 0.8);
      int bound = 1 + rnd.nextInt(4);
      for (int s = 0; s < g.stateCount(); s++) {
        TargetCheck check = new TargetCheck(g, s);
        int[][] current = space.payoffs(space.identity());
        for (Concept c : coupled) {
          boolean eq = check.equilibrium(c, current);
          long budget = rnd.nextBoolean() ? 1 + rnd.nextInt(60) : Long.MAX_VALUE;
          // the profile search (for statement orders and bounds beyond the certificate search's)
          boolean want = !eq;
          MinimalChange.Result fast =
              ProfileSearch.search(
                  space,
                  p -> check.equilibrium(c, p) == want,
                  bound,
                  budget,
                  () -> MinimalChange.relevance(space, check, c));
          MinimalChange.Result literal =
              MinimalChange.forTargetBySearch(space, check, c, !eq, bound, budget);
          String where = g.conflict().title() + " state " + (s + 1) + " " + c + " bound " + bound;
          assertThat(fast.found()).as(where).isEqualTo(literal.found());
          assertThat(fast.distance()).as(where).isEqualTo(literal.distance());
          assertThat(fast.searchedDepth()).as(where).isEqualTo(literal.searchedDepth());
          assertThat(fast.exhausted()).as(where).isEqualTo(literal.exhausted());
          assertThat(fast.swaps()).as(where).isEqualTo(literal.swaps());
          if (literal.found()) {
            assertThat(InverseFixtures.normalise(space, fast.orders()))
                .as(where)
                .isDeepEqualTo(InverseFixtures.normalise(space, literal.orders()));
            found++;
          } else if (literal.exhausted()) {
            never++;
          } else if (literal.searchedDepth() < bound) {
            outOfBudget++;
          } else {
            beyond++;
          }
          if (MinimalChange.relevance(space, check, c) != null) {
            pruned++;
          }
          compared++;
        }
      }
    }
    String counts =
        "compared %d found %d never %d beyond %d budget %d pruned %d"
            .formatted(compared, found, never, beyond, outOfBudget, pruned);
    assertThat(compared).as(counts).isGreaterThan(700);
    assertThat(found).as(counts).isGreaterThan(200);
    assertThat(never).as(counts).isGreaterThan(20);
    assertThat(beyond).as(counts).isGreaterThan(100);
    assertThat(outOfBudget).as(counts).isGreaterThan(40);
    assertThat(pruned).as(counts).isGreaterThan(400);
  }

  /** Profiles within one swap-distance level that reverse the verdict (brute force, small). */
  private static int nearestCount(
      PreferenceSpace space, TargetCheck check, Concept c, boolean makeEq, int distance) {
    if (InverseCount.total(space).bitLength() > 14) {
      return 0; // too many to list; counted only on the small spaces
    }
    int n = 0;
    for (int[][] o : InverseFixtures.profiles(space)) {
      if (PreferenceSpace.distance(o) == distance
          && check.equilibrium(c, space.payoffs(o)) == makeEq) {
        n++;
      }
    }
    return n;
  }
}
