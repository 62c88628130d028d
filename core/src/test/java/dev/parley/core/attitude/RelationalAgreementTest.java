package dev.parley.core.attitude;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.graph.GraphModel;
import dev.parley.core.stability.Concept;
import dev.parley.core.stability.StabilityEngine;
import dev.parley.core.stability.StabilityResult;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The engine agrees with the literal reference on random models with random attitudes, concept by
 * concept, decision maker by decision maker and state by state, under both readings.
 */
class RelationalAgreementTest {
  static final int MODELS = 240;

  @Test
  void engineAgreesWithReferenceOnRandomModelsAndAttitudes() {
    int differFromStandard = 0;
    int strictDiffersFromWeak = 0;
    List<String> mismatches = new ArrayList<>();
    for (long seed = 1; seed <= MODELS; seed++) {
      GraphModel model = RelationalTesting.model(seed);
      Attitudes attitudes = RelationalTesting.randomAttitudes(model.dmCount(), seed);
      StabilityResult standard =
          new StabilityEngine()
              .analyze(model, EnumSet.of(Concept.NASH, Concept.GMR, Concept.SMR, Concept.SEQ));
      RelationalResult[] byReading = new RelationalResult[2];
      for (RelationalPreference.Reading reading : RelationalPreference.Reading.values()) {
        RelationalResult engine =
            new RelationalEngine()
                .analyze(model, attitudes, reading, EnumSet.allOf(RelationalConcept.class));
        byReading[reading.ordinal()] = engine;
        Map<RelationalConcept, BitSet[]> reference =
            new RelationalReference(model, attitudes, reading).analyze();
        for (RelationalConcept c : RelationalConcept.values()) {
          for (int i = 0; i < model.dmCount(); i++) {
            if (!engine.stableFor(c, i).equals(reference.get(c)[i])) {
              mismatches.add(
                  String.format(
                      "seed %d, %s, %s, DM %d: engine %s, reference %s",
                      seed,
                      reading,
                      c.label(),
                      i + 1,
                      engine.stableFor(c, i),
                      reference.get(c)[i]));
            }
          }
        }
      }
      if (differs(byReading[0], standard, model)) {
        differFromStandard++;
      }
      if (differs(byReading[0], byReading[1], model)) {
        strictDiffersFromWeak++;
      }
    }
    assertThat(mismatches).as("engine versus reference").isEmpty();
    // non-vacuity: random attitudes usually change some verdict, and the readings differ
    assertThat(differFromStandard)
        .as("models whose relational verdict differs")
        .isGreaterThan(MODELS / 2);
    assertThat(strictDiffersFromWeak)
        .as("models where the readings differ")
        .isGreaterThan(MODELS / 4);
  }

  /** Asking for one concept gives what asking for all gives. */
  @Test
  void conceptsAloneAgreeWithAll() {
    for (long seed = 1; seed <= 40; seed++) {
      GraphModel model = RelationalTesting.model(seed);
      Attitudes attitudes = RelationalTesting.randomAttitudes(model.dmCount(), seed);
      RelationalResult all = new RelationalEngine().analyze(model, attitudes);
      for (RelationalConcept c : RelationalConcept.values()) {
        RelationalResult alone =
            new RelationalEngine()
                .analyze(model, attitudes, RelationalPreference.Reading.WEAK, EnumSet.of(c));
        assertThat(alone.concepts()).containsExactly(c);
        for (int i = 0; i < model.dmCount(); i++) {
          assertThat(alone.stableFor(c, i))
              .as("seed %d %s", seed, c)
              .isEqualTo(all.stableFor(c, i));
        }
      }
    }
  }

  private static boolean differs(RelationalResult r, StabilityResult standard, GraphModel model) {
    for (RelationalConcept c : RelationalConcept.values()) {
      for (int i = 0; i < model.dmCount(); i++) {
        if (!r.stableFor(c, i).equals(standard.stableFor(RelationalTesting.standard(c), i))) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean differs(RelationalResult a, RelationalResult b, GraphModel model) {
    for (RelationalConcept c : RelationalConcept.values()) {
      for (int i = 0; i < model.dmCount(); i++) {
        if (!a.stableFor(c, i).equals(b.stableFor(c, i))) {
          return true;
        }
      }
    }
    return false;
  }
}
