package dev.parley.core.attitude;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.graph.GraphModel;
import dev.parley.core.stability.Concept;
import dev.parley.core.stability.StabilityEngine;
import dev.parley.core.stability.StabilityResult;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/** The equivalences of docs/semantics.md §5.3 (Inohara &amp; Hipel 2009), on random models. */
class RelationalPropertiesTest {
  static final int MODELS = 200;

  /** Self-interested attitudes with strict preferences give exactly Nash, GMR, SMR and SEQ. */
  @Test
  void selfishAttitudesWithStrictPreferencesGiveTheStandardConcepts() {
    int nonNash = 0;
    for (long seed = 1; seed <= MODELS; seed++) {
      GraphModel model = RelationalTesting.strict(RelationalTesting.model(seed), seed);
      StabilityResult standard =
          new StabilityEngine()
              .analyze(model, EnumSet.of(Concept.NASH, Concept.GMR, Concept.SMR, Concept.SEQ));
      for (RelationalPreference.Reading reading : RelationalPreference.Reading.values()) {
        RelationalResult r =
            new RelationalEngine()
                .analyze(
                    model,
                    Attitudes.selfish(model.dmCount()),
                    reading,
                    EnumSet.allOf(RelationalConcept.class));
        for (RelationalConcept c : RelationalConcept.values()) {
          for (int i = 0; i < model.dmCount(); i++) {
            assertThat(r.stableFor(c, i))
                .as("seed %d, %s, %s, DM %d", seed, reading, c.label(), i + 1)
                .isEqualTo(standard.stableFor(RelationalTesting.standard(c), i));
          }
        }
      }
      for (int i = 0; i < model.dmCount(); i++) {
        if (!standard.stableFor(Concept.GMR, i).equals(standard.stableFor(Concept.NASH, i))) {
          nonNash++;
          break;
        }
      }
    }
    assertThat(nonNash).as("models where GMR differs from Nash").isGreaterThan(MODELS / 4);
  }

  /**
   * Under the strict reading of §3.4 self-interested attitudes give the standard concepts even with
   * ties: a strict relational improvement is then a UI and a non-improvement a state in Φ^≃.
   */
  @Test
  void selfishAttitudesUnderTheStrictReadingGiveTheStandardConceptsWithTies() {
    for (long seed = 1; seed <= MODELS; seed++) {
      GraphModel model = RelationalTesting.model(seed);
      StabilityResult standard =
          new StabilityEngine()
              .analyze(model, EnumSet.of(Concept.NASH, Concept.GMR, Concept.SMR, Concept.SEQ));
      RelationalResult r =
          new RelationalEngine()
              .analyze(
                  model,
                  Attitudes.selfish(model.dmCount()),
                  RelationalPreference.Reading.STRICT,
                  EnumSet.allOf(RelationalConcept.class));
      for (RelationalConcept c : RelationalConcept.values()) {
        for (int i = 0; i < model.dmCount(); i++) {
          assertThat(r.stableFor(c, i))
              .as("seed %d, %s, DM %d", seed, c.label(), i + 1)
              .isEqualTo(standard.stableFor(RelationalTesting.standard(c), i));
        }
      }
    }
  }

  /**
   * With ties the equivalence can fail (a move to an equally preferred state is a relational
   * improvement under the weak reading but no UI), and it does on some random model.
   */
  @Test
  void selfishAttitudesWithTiesCanDifferUnderTheWeakReading() {
    boolean found = false;
    for (long seed = 1; seed <= MODELS && !found; seed++) {
      GraphModel model = RelationalTesting.model(seed);
      StabilityResult standard = new StabilityEngine().analyze(model, EnumSet.of(Concept.NASH));
      RelationalResult r =
          new RelationalEngine()
              .analyze(
                  model,
                  Attitudes.selfish(model.dmCount()),
                  RelationalPreference.Reading.WEAK,
                  EnumSet.of(RelationalConcept.RNASH));
      for (int i = 0; i < model.dmCount(); i++) {
        found |=
            !r.stableFor(RelationalConcept.RNASH, i).equals(standard.stableFor(Concept.NASH, i));
      }
    }
    assertThat(found).isTrue();
  }

  /** Totally neutral attitudes: RNash = RSMR and RGMR = RSEQ on every model, not trivially. */
  @Test
  void neutralAttitudesGiveRnashEqualsRsmrAndRgmrEqualsRseq() {
    int rnashDiffersFromRgmr = 0;
    for (long seed = 1; seed <= MODELS; seed++) {
      GraphModel model = RelationalTesting.model(seed);
      RelationalResult r =
          new RelationalEngine().analyze(model, Attitudes.neutral(model.dmCount()));
      boolean differs = false;
      for (int i = 0; i < model.dmCount(); i++) {
        assertThat(r.stableFor(RelationalConcept.RSMR, i))
            .as("seed %d, DM %d: RSMR = RNash", seed, i + 1)
            .isEqualTo(r.stableFor(RelationalConcept.RNASH, i));
        assertThat(r.stableFor(RelationalConcept.RSEQ, i))
            .as("seed %d, DM %d: RSEQ = RGMR", seed, i + 1)
            .isEqualTo(r.stableFor(RelationalConcept.RGMR, i));
        differs |=
            !r.stableFor(RelationalConcept.RNASH, i).equals(r.stableFor(RelationalConcept.RGMR, i));
      }
      if (differs) {
        rnashDiffersFromRgmr++;
      }
    }
    assertThat(rnashDiffersFromRgmr)
        .as("models where RNash differs from RGMR")
        .isGreaterThan(MODELS / 10);
  }

  /**
   * Under the strict reading of §3.4 totally neutral attitudes make nothing an improvement, so
   * every state is stable under every concept and the equivalence holds only trivially: the reason
   * Parley's default is the weak reading.
   */
  @Test
  void neutralAttitudesUnderTheStrictReadingMakeEverythingStable() {
    for (long seed = 1; seed <= 50; seed++) {
      GraphModel model = RelationalTesting.model(seed);
      RelationalResult r =
          new RelationalEngine()
              .analyze(
                  model,
                  Attitudes.neutral(model.dmCount()),
                  RelationalPreference.Reading.STRICT,
                  EnumSet.allOf(RelationalConcept.class));
      for (RelationalConcept c : RelationalConcept.values()) {
        for (int i = 0; i < model.dmCount(); i++) {
          assertThat(r.stableFor(c, i).cardinality()).isEqualTo(model.stateCount());
        }
      }
    }
  }
}
