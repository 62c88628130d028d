package dev.parley.core.probability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.core.attitude.RelationalTesting;
import dev.parley.core.graph.GraphModel;
import dev.parley.core.model.Provenance;
import dev.parley.core.stability.Concept;
import dev.parley.core.stability.StabilityEngine;
import dev.parley.core.stability.StabilityResult;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The crisp limit and the rules of docs/semantics.md §5.5. */
class ProbabilityPropertiesTest {

  /**
   * With the ranking's own probabilities (1, 0, and 0 for ties) and τ = 0.5 the concepts are
   * exactly Nash, GMR, SMR and SEQ; and so they are at every threshold in [0, 1), so every verdict
   * holds for every threshold.
   */
  @Test
  void crispProbabilitiesGiveTheStandardConcepts() {
    int stable = 0;
    int unstable = 0;
    for (long seed = 1; seed <= 200; seed++) {
      GraphModel model = RelationalTesting.model(seed);
      StabilityResult standard = new StabilityEngine().analyze(model, ProbabilityEngine.CONCEPTS);
      for (double tau : new double[] {0.5, 0, 0.99}) {
        ProbabilityResult r =
            new ProbabilityEngine()
                .analyze(
                    model, Probabilities.crisp(model), Thresholds.uniform(model.dmCount(), tau));
        for (Concept c : ProbabilityEngine.CONCEPTS) {
          for (int i = 0; i < model.dmCount(); i++) {
            assertThat(r.stableFor(c, i))
                .as("seed %d, %s, DM %d, τ %s", seed, c, i + 1, tau)
                .isEqualTo(standard.stableFor(c, i));
            for (int s = 0; s < model.stateCount(); s++) {
              assertThat(r.margin(c, i, s).holdsForEveryThreshold()).isTrue();
              stable += r.isStable(c, i, s) ? 1 : 0;
              unstable += r.isStable(c, i, s) ? 0 : 1;
            }
          }
        }
      }
    }
    assertThat(stable).isGreaterThan(1000);
    assertThat(unstable).isGreaterThan(1000);
  }

  /** Stating the ranking's own comparisons (p = 1 for each strict preference) changes nothing. */
  @Test
  void statingTheCrispComparisonsChangesNothing() {
    for (long seed = 1; seed <= 60; seed++) {
      GraphModel model = RelationalTesting.model(seed);
      if (model.stateCount() > 30) {
        continue;
      }
      List<List<StatedProbability>> stated = new ArrayList<>();
      List<Double> none = new ArrayList<>();
      for (int d = 0; d < model.dmCount(); d++) {
        List<StatedProbability> list = new ArrayList<>();
        for (int q = 0; q < model.stateCount(); q++) {
          for (int s = 0; s < model.stateCount(); s++) {
            if (model.payoff(d, q) > model.payoff(d, s)) {
              list.add(
                  new StatedProbability(
                      ProbabilityTesting.exact(model, q),
                      ProbabilityTesting.exact(model, s),
                      1,
                      Provenance.NONE));
            }
          }
        }
        stated.add(list);
        none.add(null);
      }
      ProbabilitySpec spec = new ProbabilitySpec(stated, none, null);
      ProbabilityResult a =
          new ProbabilityEngine()
              .analyze(model, Probabilities.of(model, spec), Thresholds.of(spec));
      ProbabilityResult b =
          new ProbabilityEngine().analyze(model, Probabilities.crisp(model), Thresholds.of(spec));
      for (Concept c : ProbabilityEngine.CONCEPTS) {
        for (int i = 0; i < model.dmCount(); i++) {
          assertThat(a.stableFor(c, i)).isEqualTo(b.stableFor(c, i));
        }
      }
    }
  }

  @Test
  void theReverseOfAStatedComparisonIsTheRest() {
    GraphModel model = RelationalTesting.model(2);
    List<List<StatedProbability>> stated = new ArrayList<>();
    List<Double> none = new ArrayList<>();
    for (int d = 0; d < model.dmCount(); d++) {
      stated.add(
          d == 0
              ? List.of(
                  new StatedProbability(
                      ProbabilityTesting.exact(model, 0),
                      ProbabilityTesting.exact(model, 1),
                      0.7,
                      Provenance.NONE))
              : List.of());
      none.add(null);
    }
    Probabilities p = Probabilities.of(model, new ProbabilitySpec(stated, none, null));
    assertThat(p.micro(0, 0, 1)).isEqualTo(700_000);
    assertThat(p.micro(0, 1, 0)).isEqualTo(300_000);
    assertThat(p.isStated(0, 1, 0)).isTrue();
    assertThat(p.micro(0, 0, 0)).isZero();
    assertThat(p.breakpoints(0)).containsExactly(0, 300_000, 700_000);
  }

  @Test
  void aComparisonAndItsReverseMayNotExceedOne() {
    GraphModel model = RelationalTesting.model(2);
    List<List<StatedProbability>> stated = new ArrayList<>();
    List<Double> none = new ArrayList<>();
    for (int d = 0; d < model.dmCount(); d++) {
      stated.add(
          d == 0
              ? List.of(
                  new StatedProbability(
                      ProbabilityTesting.exact(model, 0),
                      ProbabilityTesting.exact(model, 1),
                      0.7,
                      Provenance.NONE),
                  new StatedProbability(
                      ProbabilityTesting.exact(model, 1),
                      ProbabilityTesting.exact(model, 0),
                      0.4,
                      Provenance.NONE))
              : List.of());
      none.add(null);
    }
    assertThatThrownBy(() -> Probabilities.of(model, new ProbabilitySpec(stated, none, null)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("exceeds 1");
  }

  @Test
  void thresholdsLieInZeroToOne() {
    assertThatThrownBy(() -> Thresholds.uniform(2, 1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Thresholds.uniform(2, -0.1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(Thresholds.uniform(2, 0.3).with(1, 0.6).of(1)).isEqualTo(0.6);
  }
}
