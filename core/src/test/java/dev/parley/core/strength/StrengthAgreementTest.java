package dev.parley.core.strength;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.stability.Concept;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The engine agrees with the literal reference on 300 seeded random models with random strength of
 * preference, concept by concept, decision maker by decision maker and state by state; and the
 * models exercise the cases (weakly stable states, strongly stable states that are not Nash stable,
 * strong and weak equilibria under every concept).
 */
class StrengthAgreementTest {
  static final int MODELS = 300;

  @Test
  void engineAgreesWithReferenceOnRandomModels() {
    List<String> mismatches = new ArrayList<>();
    Map<Concept, Integer> weak = new EnumMap<>(Concept.class);
    Map<Concept, Integer> strongNotNash = new EnumMap<>(Concept.class);
    Map<Concept, Integer> weakEquilibria = new EnumMap<>(Concept.class);
    Map<Concept, Integer> strongEquilibriaNotNash = new EnumMap<>(Concept.class);
    int relationMismatches = 0;
    for (long seed = 1; seed <= MODELS; seed++) {
      RandomStrength r = new RandomStrength(seed);
      Strength strength = r.strength();
      StrengthReference ref = r.reference();
      StrengthResult engine = new StrengthEngine().analyze(r.model, strength);
      Map<Concept, BitSet[]> expected = ref.strong();
      int n = r.model.dmCount();
      int m = r.model.stateCount();
      for (int i = 0; i < n; i++) {
        int[] p = r.model.payoffs(i);
        for (int q = 0; q < m; q++) {
          for (int x = 0; x < m; x++) {
            if ((p[x] <= strength.greatBelow(i, q)) != ref.greatly(i, q, x)) {
              relationMismatches++;
            }
          }
        }
      }
      BitSet nashEq = engine.standard().equilibria(Concept.NASH);
      for (Concept c : StrengthEngine.CONCEPTS) {
        for (int i = 0; i < n; i++) {
          BitSet got = engine.strongFor(c, i);
          if (!got.equals(expected.get(c)[i])) {
            mismatches.add(
                String.format(
                    "seed %d, strong %s, DM %d: engine %s, reference %s",
                    seed, c.label(), i + 1, got, expected.get(c)[i]));
          }
          weak.merge(c, engine.weakFor(c, i).cardinality(), Integer::sum);
          BitSet notNash = engine.strongFor(c, i);
          notNash.andNot(engine.standard().stableFor(Concept.NASH, i));
          strongNotNash.merge(c, notNash.cardinality(), Integer::sum);
        }
        weakEquilibria.merge(c, engine.weakEquilibria(c).cardinality(), Integer::sum);
        BitSet strongEq = engine.strongEquilibria(c);
        strongEq.andNot(nashEq);
        strongEquilibriaNotNash.merge(c, strongEq.cardinality(), Integer::sum);
      }
    }
    assertThat(relationMismatches).as("threshold relation versus closed relation").isZero();
    assertThat(mismatches).as("engine versus reference").isEmpty();
    for (Concept c : List.of(Concept.GMR, Concept.SMR, Concept.SEQ)) {
      assertThat(weak.get(c)).as("weakly stable states under %s", c.label()).isPositive();
      assertThat(strongNotNash.get(c))
          .as("strongly %s-stable states that are not Nash stable", c.label())
          .isPositive();
      assertThat(weakEquilibria.get(c)).as("weak %s equilibria", c.label()).isPositive();
      assertThat(strongEquilibriaNotNash.get(c))
          .as("strong %s equilibria that are not Nash equilibria", c.label())
          .isPositive();
    }
    assertThat(weak.get(Concept.NASH)).as("Nash has no weakly stable state").isZero();
  }

  /** The reason for a weak verdict is an improvement without a great sanction. */
  @Test
  void mildMovesExplainWeakVerdicts() {
    int explained = 0;
    for (long seed = 1; seed <= 60; seed++) {
      RandomStrength r = new RandomStrength(seed);
      StrengthResult res = new StrengthEngine().analyze(r.model, r.strength());
      StrengthReference ref = r.reference();
      for (Concept c : StrengthEngine.CONCEPTS) {
        for (int i = 0; i < r.model.dmCount(); i++) {
          for (int s = 0; s < r.model.stateCount(); s++) {
            int move = res.mildMove(c, i, s);
            assertThat(move < 0)
                .as("seed %d %s DM %d state %d", seed, c, i, s)
                .isEqualTo(res.isStrong(c, i, s));
            if (move >= 0 && res.isWeak(c, i, s)) {
              assertThat(r.model.moves().moves(i, s)).contains(move);
              assertThat(r.model.payoff(i, move)).isGreaterThan(r.model.payoff(i, s));
              explained++;
            }
          }
        }
      }
      assertThat(ref).isNotNull();
    }
    assertThat(explained).as("weak verdicts explained").isPositive();
  }
}
