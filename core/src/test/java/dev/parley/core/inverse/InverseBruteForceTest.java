package dev.parley.core.inverse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.graph.GraphModel;
import dev.parley.core.stability.Concept;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Counting, listing, minimal change, robustness and goal seeking against brute force over every
 * profile of small preference spaces (seeded random models and slices). The single-state check used
 * by the brute force is itself checked against the literal reference in {@link
 * TargetConditionsTest}; listed profiles are checked against the reference here too.
 */
class InverseBruteForceTest {
  private static final List<Concept> ALL = List.of(Concept.values());

  /** Each entry: a model, a space of at most a few hundred profiles and a target. */
  private record Case(GraphModel g, PreferenceSpace space, int target) {}

  private static List<Case> cases(int count, long seed) {
    Random rnd = new Random(seed);
    List<Case> out = new ArrayList<>();
    for (GraphModel g : InverseFixtures.models(count, 12)) {
      PreferenceSpace space = InverseFixtures.randomSpace(g, rnd, 4, 0.7);
      if (InverseCount.total(space).compareTo(BigInteger.valueOf(600)) > 0) {
        space = InverseFixtures.randomSpace(g, rnd, 3, 0.5);
      }
      out.add(new Case(g, space, rnd.nextInt(g.stateCount())));
    }
    return out;
  }

  @Test
  void countsEqualEnumerationWhateverTheMethod() {
    int nonTrivial = 0;
    int byClasses = 0;
    for (Case k : cases(24, 1)) {
      List<int[][]> profiles = InverseFixtures.profiles(k.space());
      TargetCheck check = new TargetCheck(k.g(), k.target());
      long[] brute = new long[ALL.size()];
      for (int[][] o : profiles) {
        int[][] p = k.space().payoffs(o);
        for (int c = 0; c < ALL.size(); c++) {
          if (check.equilibrium(ALL.get(c), p)) {
            brute[c]++;
          }
        }
      }
      BigInteger total = InverseCount.total(k.space());
      assertThat(total).isEqualTo(BigInteger.valueOf(profiles.size()));
      List<InverseCount.Limits> limits =
          List.of(
              InverseCount.Limits.DEFAULT,
              new InverseCount.Limits(1_000_000, 3_628_800, 0), // local: every order
              new InverseCount.Limits(Math.max(1, profiles.size() - 1), 3_628_800, 23)); // classes
      for (InverseCount.Limits lim : limits) {
        List<InverseCount.Result> r = InverseCount.count(k.space(), k.target(), ALL, lim);
        for (int c = 0; c < ALL.size(); c++) {
          InverseCount.Result res = r.get(c);
          assertThat(res.total()).isEqualTo(total);
          if (res.method() == InverseCount.Method.CLASSES) {
            byClasses++;
          }
          if (res.method() == InverseCount.Method.REFUSED) {
            assertThat(res.refusal()).isNotBlank();
            continue;
          }
          assertThat(res.count())
              .as(
                  "%s target %d %s by %s",
                  k.g().conflict().title(), k.target() + 1, ALL.get(c), res.method())
              .isEqualTo(BigInteger.valueOf(brute[c]));
        }
      }
      if (brute[Concept.SEQ.ordinal()] > 0 && brute[Concept.SEQ.ordinal()] < profiles.size()) {
        nonTrivial++;
      }
    }
    assertThat(nonTrivial).isGreaterThan(3);
    assertThat(byClasses).isGreaterThan(10);
  }

  @Test
  void listedRankingsReallyMakeTheTargetStable() {
    for (Case k : cases(12, 2)) {
      for (Concept c : List.of(Concept.GMR, Concept.SEQ)) {
        InverseCount.Listing l = InverseCount.list(k.space(), k.target(), List.of(c), 3, 1_000_000);
        BigInteger count =
            InverseCount.count(k.space(), k.target(), List.of(c), InverseCount.Limits.DEFAULT)
                .get(0)
                .count();
        assertThat(l.profiles().size()).isEqualTo(Math.min(3, count.intValueExact()));
        for (int[][] o : l.profiles()) {
          assertThat(
                  InverseFixtures.referenceEquilibrium(k.g(), k.space().payoffs(o), c, k.target()))
              .isTrue();
        }
      }
    }
  }

  @Test
  void noSmallerChangeThanTheReportedMinimumExists() {
    int changes = 0;
    for (Case k : cases(30, 3)) {
      List<int[][]> profiles = InverseFixtures.profiles(k.space());
      TargetCheck check = new TargetCheck(k.g(), k.target());
      int[][] current = k.space().payoffs(k.space().identity());
      for (Concept c : ALL) {
        boolean eq = check.equilibrium(c, current);
        int best = Integer.MAX_VALUE;
        for (int[][] o : profiles) {
          if (check.equilibrium(c, k.space().payoffs(o)) != eq) {
            best = Math.min(best, PreferenceSpace.distance(o));
          }
        }
        MinimalChange.Result r = MinimalChange.forTarget(k.space(), check, c, !eq, 50, 10_000_000);
        if (best == Integer.MAX_VALUE) {
          assertThat(r.found()).isFalse();
          assertThat(r.exhausted()).isTrue();
          continue;
        }
        assertThat(r.found()).as("%s %s", k.g().conflict().title(), c).isTrue();
        assertThat(r.distance()).isEqualTo(best);
        assertThat(PreferenceSpace.distance(r.orders())).isEqualTo(best);
        assertThat(r.swaps()).hasSize(best);
        assertThat(check.equilibrium(c, k.space().payoffs(r.orders()))).isEqualTo(!eq);
        assertThat(apply(k.space(), r.swaps()))
            .isDeepEqualTo(InverseFixtures.normalise(k.space(), r.orders()));
        changes++;
      }
    }
    assertThat(changes).isGreaterThan(20);
  }

  @Test
  void robustnessMarginsMatchBruteForceAndRespectTheBound() {
    for (Case k : cases(10, 4)) {
      List<int[][]> profiles = InverseFixtures.profiles(k.space());
      List<Concept> cs = List.of(Concept.NASH, Concept.SEQ, Concept.SIM);
      Robustness.Margin[][] margins = Robustness.margins(k.space(), cs, 2, 1_000_000);
      for (int s = 0; s < k.g().stateCount(); s++) {
        TargetCheck check = new TargetCheck(k.g(), s);
        int[][] current = k.space().payoffs(k.space().identity());
        for (int c = 0; c < cs.size(); c++) {
          boolean eq = check.equilibrium(cs.get(c), current);
          int best = Integer.MAX_VALUE;
          for (int[][] o : profiles) {
            if (check.equilibrium(cs.get(c), k.space().payoffs(o)) != eq) {
              best = Math.min(best, PreferenceSpace.distance(o));
            }
          }
          Robustness.Margin m = margins[c][s];
          assertThat(m.equilibrium()).isEqualTo(eq);
          if (best <= 2) {
            assertThat(m.swaps()).isEqualTo(best);
          } else {
            assertThat(m.found()).isFalse();
            assertThat(m.moreThan()).isLessThanOrEqualTo(2);
            if (m.never()) {
              assertThat(best).isEqualTo(Integer.MAX_VALUE);
            }
          }
        }
      }
    }
  }

  @Test
  void goalConflictsAreRealAndMinimal() {
    Random rnd = new Random(9);
    int conflicts = 0;
    int achievable = 0;
    for (Case k : cases(24, 5)) {
      List<int[][]> profiles = InverseFixtures.profiles(k.space());
      for (int trial = 0; trial < 3; trial++) {
        List<GoalSeeker.Goal> goals = new ArrayList<>();
        int count = 2 + rnd.nextInt(3);
        for (int x = 0; x < count; x++) {
          int dm = rnd.nextInt(3) == 0 ? rnd.nextInt(k.g().dmCount()) : -1;
          goals.add(
              new GoalSeeker.Goal(
                  rnd.nextInt(k.g().stateCount()),
                  ALL.get(rnd.nextInt(ALL.size())),
                  dm,
                  rnd.nextBoolean()));
        }
        GoalSeeker.Outcome out = GoalSeeker.seek(k.space(), goals, GoalSeeker.DEFAULT_BUDGET);
        assertThat(out.decided()).isTrue();
        boolean brute = satisfiable(k, profiles, goals);
        assertThat(out.achievable())
            .as("%s goals %s", k.g().conflict().title(), goals)
            .isEqualTo(brute);
        if (brute) {
          assertThat(holds(k, k.space().payoffs(out.orders()), goals)).isTrue();
          achievable++;
        } else {
          conflicts++;
          assertThat(out.conflict()).isNotEmpty();
          assertThat(satisfiable(k, profiles, out.conflict())).isFalse();
          for (int drop = 0; drop < out.conflict().size(); drop++) {
            List<GoalSeeker.Goal> rest = new ArrayList<>(out.conflict());
            rest.remove(drop);
            assertThat(satisfiable(k, profiles, rest)).as("minimal").isTrue();
          }
        }
      }
    }
    assertThat(conflicts).isGreaterThan(5);
    assertThat(achievable).isGreaterThan(5);
  }

  private static boolean satisfiable(Case k, List<int[][]> profiles, List<GoalSeeker.Goal> goals) {
    for (int[][] o : profiles) {
      if (holds(k, k.space().payoffs(o), goals)) {
        return true;
      }
    }
    return false;
  }

  private static boolean holds(Case k, int[][] p, List<GoalSeeker.Goal> goals) {
    for (GoalSeeker.Goal g : goals) {
      TargetCheck check = new TargetCheck(k.g(), g.state());
      boolean v =
          g.dm() < 0 ? check.equilibrium(g.concept(), p) : check.stable(g.concept(), g.dm(), p);
      if (v != g.stable()) {
        return false;
      }
    }
    return true;
  }

  private static int[][] apply(PreferenceSpace space, List<MinimalChange.Swap> swaps) {
    int[][] o = space.identity();
    for (MinimalChange.Swap s : swaps) {
      int t = o[s.dm()][s.position()];
      o[s.dm()][s.position()] = o[s.dm()][s.position() + 1];
      o[s.dm()][s.position() + 1] = t;
    }
    return o;
  }
}
