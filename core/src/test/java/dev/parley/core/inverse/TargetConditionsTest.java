package dev.parley.core.inverse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.graph.GraphModel;
import dev.parley.core.stability.Concept;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The single-state check and the written-out conditions agree with the literal reference solver on
 * random models with random rankings, for every concept, decision maker and state.
 */
class TargetConditionsTest {

  @Test
  void checkAndConditionsAgreeWithTheReference() {
    Random rnd = new Random(11);
    List<String> mismatches = new ArrayList<>();
    int models = 0;
    for (GraphModel g : InverseFixtures.models(24, 12)) {
      models++;
      PreferenceSpace space = PreferenceSpace.wholeRankings(g);
      for (int trial = 0; trial < 2; trial++) {
        int[][] orders = trial == 0 ? space.identity() : InverseFixtures.randomProfile(space, rnd);
        int[][] p = space.payoffs(orders);
        BitSet[][] ref = InverseFixtures.referenceStable(g, p);
        for (int s = 0; s < g.stateCount(); s++) {
          TargetCheck check = new TargetCheck(g, s);
          for (Concept c : Concept.values()) {
            TargetConditions tc = TargetConditions.of(check, c);
            for (int d = 0; d < g.dmCount(); d++) {
              boolean r = ref[c.ordinal()][d].get(s);
              boolean fast = check.stable(c, d, p);
              boolean written = tc.stable(d).holds(p);
              if (r != fast || r != written) {
                mismatches.add(
                    String.format(
                        "%s state %d %s dm %d: reference %s, check %s, conditions %s",
                        g.conflict().title(), s + 1, c, d, r, fast, written));
              }
            }
          }
        }
      }
    }
    assertThat(models).isEqualTo(24);
    assertThat(mismatches).isEmpty();
  }

  /**
   * Checks built on one shared cache of the opponents' reach (as robustness and sweep build them,
   * one per state) have the reach and the verdicts of checks built alone, and of the reference.
   */
  @Test
  void checksSharingTheOpponentsReachAgreeWithChecksAlone() {
    Random rnd = new Random(12);
    int shared = 0;
    for (GraphModel g : InverseFixtures.models(24, 13)) {
      OpponentReach reach = OpponentReach.of(g);
      PreferenceSpace space = PreferenceSpace.wholeRankings(g);
      int[][] p = space.payoffs(InverseFixtures.randomProfile(space, rnd));
      BitSet[][] ref = InverseFixtures.referenceStable(g, p);
      for (int s = 0; s < g.stateCount(); s++) {
        TargetCheck alone = new TargetCheck(g, s);
        TargetCheck withCache = new TargetCheck(g, s, reach);
        for (int d = 0; d < g.dmCount(); d++) {
          int[] own = alone.ownMoves(d);
          for (int k = 0; k < own.length; k++) {
            assertThat(withCache.opponentsReach(d, k)).isEqualTo(alone.opponentsReach(d, k));
            shared++;
          }
          for (Concept c : Concept.values()) {
            assertThat(withCache.stable(c, d, p))
                .as("%s state %d %s dm %d", g.conflict().title(), s + 1, c, d)
                .isEqualTo(ref[c.ordinal()][d].get(s));
          }
        }
      }
    }
    assertThat(shared).as("reach sets compared").isGreaterThan(200);
  }

  @Test
  void aReachCacheServesOneModelOnly() {
    List<GraphModel> two = InverseFixtures.models(2, 14);
    OpponentReach reach = OpponentReach.of(two.get(0));
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new TargetCheck(two.get(1), 0, reach))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void everyImprovementMustBeDeterredNotJustTheLast() {
    // GMCR+'s inverse solver let the verdict of the last improvement examined overwrite the others
    // (docs/semantics.md §3.3); find cases where that differs and check that Parley takes the AND
    int lastWinsWouldBeWrong = 0;
    for (GraphModel g : InverseFixtures.models(16, 12)) {
      int[][] p = new int[g.dmCount()][];
      for (int d = 0; d < g.dmCount(); d++) {
        p[d] = g.payoffs(d);
      }
      for (int s = 0; s < g.stateCount(); s++) {
        TargetCheck check = new TargetCheck(g, s);
        TargetConditions tc = TargetConditions.of(check, Concept.SEQ);
        for (int d = 0; d < g.dmCount(); d++) {
          List<TargetConditions.Clause> cl = tc.clauses(d);
          boolean all = cl.stream().allMatch(c -> c.condition().holds(p));
          assertThat(check.stable(Concept.SEQ, d, p)).isEqualTo(all);
          if (!cl.isEmpty() && cl.get(cl.size() - 1).condition().holds(p) && !all) {
            lastWinsWouldBeWrong++;
          }
        }
      }
    }
    assertThat(lastWinsWouldBeWrong).isPositive();
  }

  @Test
  void simplificationKeepsMeaning() {
    Random rnd = new Random(5);
    for (int trial = 0; trial < 200; trial++) {
      List<Atom> atoms = new ArrayList<>();
      for (int k = 0; k < 4; k++) {
        atoms.add(new Atom(0, rnd.nextInt(4), rnd.nextInt(4), rnd.nextBoolean()));
      }
      Condition raw = randomFormula(rnd, atoms, 3, false);
      Condition f = simplify(raw);
      int[][] p = new int[1][4];
      for (int s = 0; s < 4; s++) {
        p[0][s] = rnd.nextInt(3);
      }
      boolean direct = raw.holds(p);
      assertThat(f.holds(p)).isEqualTo(direct);
      assertThat(f.not().holds(p)).isEqualTo(!direct);
    }
  }

  /** A formula built from the records directly: no simplification at all. */
  private static Condition randomFormula(Random rnd, List<Atom> atoms, int depth, boolean x) {
    if (depth == 0 || rnd.nextInt(3) == 0) {
      return new Condition.Lit(atoms.get(rnd.nextInt(atoms.size())));
    }
    List<Condition> parts = new ArrayList<>();
    for (int k = 0; k < 2 + rnd.nextInt(2); k++) {
      parts.add(randomFormula(rnd, atoms, depth - 1, x));
    }
    return rnd.nextBoolean() ? new Condition.All(parts) : new Condition.Any(parts);
  }

  /** The same formula rebuilt through the simplifying constructors. */
  private static Condition simplify(Condition raw) {
    if (raw instanceof Condition.Lit l) {
      return Condition.atom(l.atom());
    }
    List<Condition> parts = new ArrayList<>();
    if (raw instanceof Condition.All a) {
      a.parts().forEach(c -> parts.add(simplify(c)));
      return Condition.and(parts);
    }
    ((Condition.Any) raw).parts().forEach(c -> parts.add(simplify(c)));
    return Condition.or(parts);
  }
}
