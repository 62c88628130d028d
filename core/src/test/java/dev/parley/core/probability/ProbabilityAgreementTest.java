package dev.parley.core.probability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.attitude.RelationalTesting;
import dev.parley.core.graph.GraphModel;
import dev.parley.core.stability.Concept;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The engine agrees with the literal reference on random models (option and graph form) with random
 * stated probabilities and thresholds: every verdict and every margin (both flip points and the
 * deciding comparisons), concept by concept, decision maker by decision maker, state by state.
 */
class ProbabilityAgreementTest {
  static final int MODELS = 300;

  @Test
  void engineAgreesWithReferenceOnRandomModelsAndProbabilities() {
    int stable = 0;
    int unstable = 0;
    int lowerFlips = 0;
    int upperFlips = 0;
    int everyThreshold = 0;
    int decidedByMove = 0;
    int decidedByOther = 0;
    int differFromCrisp = 0;
    int models = 0;
    List<String> mismatches = new ArrayList<>();
    for (long seed = 1; models < MODELS; seed++) {
      GraphModel model = RelationalTesting.model(seed);
      if (model.stateCount() > 40) {
        continue; // the reference is cubic per verdict and breakpoint
      }
      models++;
      ProbabilitySpec spec = ProbabilityTesting.randomSpec(model, seed);
      ProbabilityResult engine =
          new ProbabilityEngine()
              .analyze(model, Probabilities.of(model, spec), Thresholds.of(spec));
      ProbabilityResult crisp =
          new ProbabilityEngine()
              .analyze(model, Probabilities.crisp(model), Thresholds.uniform(model.dmCount(), 0.5));
      ProbabilityReference ref = new ProbabilityReference(model, spec);
      boolean differs = false;
      for (Concept c : ProbabilityEngine.CONCEPTS) {
        for (int i = 0; i < model.dmCount(); i++) {
          for (int s = 0; s < model.stateCount(); s++) {
            Margin e = engine.margin(c, i, s);
            Margin r = ref.margin(c, i, s);
            if (!e.equals(r)) {
              mismatches.add(
                  String.format(
                      "seed %d, %s, DM %d, state %d: engine %s, reference %s",
                      seed, c.label(), i + 1, s + 1, e, r));
            }
            differs |= e.stable() != crisp.isStable(c, i, s);
            stable += e.stable() ? 1 : 0;
            unstable += e.stable() ? 0 : 1;
            lowerFlips += e.lower() >= 0 ? 1 : 0;
            upperFlips += e.upper() >= 0 ? 1 : 0;
            everyThreshold += e.holdsForEveryThreshold() ? 1 : 0;
            decidedByMove += e.decidingMoves().isEmpty() ? 0 : 1;
            decidedByOther += e.decidingOthers().isEmpty() ? 0 : 1;
          }
        }
      }
      differFromCrisp += differs ? 1 : 0;
    }
    assertThat(mismatches).as("engine versus reference").isEmpty();
    // non-vacuity: every kind of verdict and margin occurs, often
    assertThat(stable).as("stable verdicts").isGreaterThan(1000);
    assertThat(unstable).as("unstable verdicts").isGreaterThan(1000);
    assertThat(lowerFlips).as("verdicts that flip at a lower threshold").isGreaterThan(200);
    assertThat(upperFlips).as("verdicts that flip at a higher threshold").isGreaterThan(200);
    assertThat(everyThreshold).as("verdicts that hold for every threshold").isGreaterThan(200);
    assertThat(decidedByMove).as("flips decided by one of i's moves").isGreaterThan(100);
    assertThat(decidedByOther).as("flips decided by a sanction's comparison").isGreaterThan(20);
    assertThat(differFromCrisp).as("models whose verdicts differ from crisp").isGreaterThan(60);
  }

  /** Asking for one concept gives what asking for all gives. */
  @Test
  void conceptsAloneAgreeWithAll() {
    for (long seed = 1; seed <= 40; seed++) {
      GraphModel model = RelationalTesting.model(seed);
      ProbabilitySpec spec = ProbabilityTesting.randomSpec(model, seed);
      Probabilities p = Probabilities.of(model, spec);
      ProbabilityResult all = new ProbabilityEngine().analyze(model, p, Thresholds.of(spec));
      for (Concept c : ProbabilityEngine.CONCEPTS) {
        ProbabilityResult alone =
            new ProbabilityEngine().analyze(model, p, Thresholds.of(spec), java.util.EnumSet.of(c));
        assertThat(alone.concepts()).containsExactly(c);
        for (int i = 0; i < model.dmCount(); i++) {
          assertThat(alone.stableFor(c, i))
              .as("seed %d %s", seed, c)
              .isEqualTo(all.stableFor(c, i));
        }
      }
    }
  }
}
