package dev.parley.io;

import static dev.parley.io.TestModels.bad;
import static dev.parley.io.TestModels.errors;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.probability.ProbabilitySpec;
import dev.parley.core.probability.StatedProbability;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Probabilistic preferences in model files: reading, writing, and every kind of bad input. */
class ProbabilityReaderTest {
  /** Chicken in option form with {@code p1} as the end of P1's preferences. */
  static String chicken(String p1) {
    return """
        decisionMakers:
          - id: P1
            options: [{id: swerve1}]
            preferences:
              ranking: [NY, YY, YN, NN]
        %s
          - id: P2
            options: [{id: swerve2}]
            preferences:
              ranking: [YN, YY, NY, NN]
        """
        .formatted(p1.indent(6).stripTrailing());
  }

  @Test
  void readsProbabilitiesAndThresholds() throws Exception {
    LoadedModel m = ModelReader.read(Path.of("../examples/chicken-probabilistic.yaml"));
    ProbabilitySpec spec = m.probabilities();
    assertThat(spec).isNotNull();
    assertThat(spec.threshold()).isEqualTo(0.5);
    assertThat(spec.dmThresholds()).containsExactly(null, null);
    StatedProbability p1 = spec.stated().get(0).get(0);
    assertThat(p1.p()).isEqualTo(0.6);
    assertThat(m.space().matching(p1.better())).containsExactly(2);
    assertThat(m.space().matching(p1.worse())).containsExactly(3);
    assertThat(p1.provenance().note()).startsWith("winning the dare");
    assertThat(spec.stated().get(1)).hasSize(1);
  }

  @Test
  void aModelWithoutProbabilitiesHasNone() throws Exception {
    assertThat(ModelReader.read(Path.of("../examples/chicken.yaml")).probabilities()).isNull();
  }

  @Test
  void aThresholdAloneIsKept() throws Exception {
    LoadedModel m = ModelReader.read(chicken("threshold: 0.25"), "t.yaml", Format.YAML);
    assertThat(m.probabilities().dmThresholds()).containsExactly(0.25, null);
    assertThat(m.probabilities().threshold()).isNull();
  }

  @Test
  void roundTripsInBothFormats() throws Exception {
    LoadedModel m = ModelReader.read(Path.of("../examples/chicken-probabilistic.yaml"));
    for (Format f : Format.values()) {
      String text = ModelWriter.write(m, f);
      LoadedModel again = ModelReader.read(text, "again", f);
      assertThat(again.probabilities()).isEqualTo(m.probabilities());
      assertThat(ModelWriter.write(again, f)).isEqualTo(text);
    }
    assertThat(ModelWriter.write(m, Format.YAML))
        .contains("probabilityThreshold: 0.5\n")
        .contains(
            "      probabilities:\n        - better: p2Swerves\n          worse: bothSwerve\n");
    LoadedModel t = ModelReader.read(chicken("threshold: 0.25"), "t.yaml", Format.YAML);
    assertThat(ModelWriter.write(t, Format.YAML)).contains("      threshold: 0.25\n");
  }

  static Stream<Arguments> badModels() {
    return Stream.of(
        bad(
            "notAList",
            "m.yaml",
            chicken("probabilities: {better: NY}"),
            "m.yaml:6:22: 'probabilities' in the preferences of 'P1' must be a list, not a mapping"
                + " — write one '- item' line per entry, or [a, b, c]"),
        bad(
            "missingP",
            "m.yaml",
            chicken("probabilities:\n  - {better: NY, worse: YY}"),
            "m.yaml:7:11: missing 'p' in probability 1 of 'P1' — add 'p: 0.7', the chance that"
                + " 'P1' prefers 'better'"),
        bad(
            "missingWorse",
            "m.yaml",
            chicken("probabilities:\n  - {better: NY, p: 0.6}"),
            "m.yaml:7:11: missing 'worse' in probability 1 of 'P1' — write a state reference: "
                + RefReader.FORMS),
        bad(
            "pNotANumber",
            "m.yaml",
            chicken("probabilities:\n  - {better: NY, worse: YY, p: likely}"),
            "m.yaml:7:38: 'p' in probability 1 of 'P1' must be a number, not the text 'likely' —"
                + " write a probability from 0 to 1: the chance that the 'better' state is"
                + " preferred"),
        bad(
            "pAboveOne",
            "m.yaml",
            chicken("probabilities:\n  - {better: NY, worse: YY, p: 1.5}"),
            "m.yaml:7:38: 'p' in probability 1 of 'P1' is 1.5, outside [0, 1] — write a"
                + " probability from 0 to 1: the chance that the 'better' state is preferred"),
        bad(
            "thresholdOne",
            "m.yaml",
            chicken("threshold: 1"),
            "m.yaml:6:18: 'threshold' in the preferences of 'P1' is 1, outside [0, 1) — write a"
                + " threshold from 0 up to, but not including, 1 (the default is 0.5): a move"
                + " counts as an improvement when its probability is above it"),
        bad(
            "modelThresholdNegative",
            "m.yaml",
            "probabilityThreshold: -0.1\n" + chicken(""),
            "m.yaml:1:23: 'probabilityThreshold' is -0.1, outside [0, 1) — write a threshold from"
                + " 0 up to, but not including, 1 (the default is 0.5): a move counts as an"
                + " improvement when its probability is above it"),
        bad(
            "unknownKey",
            "m.yaml",
            chicken("probabilities:\n  - {better: NY, worse: YY, p: 0.6, prob: 1}"),
            "m.yaml:7:43: unknown key 'prob' in probability 1 of 'P1' — allowed: better, worse,"
                + " p, source, quote, note"),
        bad(
            "sameState",
            "m.yaml",
            chicken("probabilities:\n  - {better: YY, worse: YY, p: 0.6}"),
            "m.yaml:7:11: probability 1 of 'P1' compares a state with itself — name two"
                + " different states under 'better' and 'worse'"),
        bad(
            "noFeasibleState",
            "m.yaml",
            "infeasible: [{pattern: YY}]\n"
                + chicken("probabilities:\n  - {better: NY, worse: YY, p: 0.6}"),
            "m.yaml:8:31: probability 1 of 'P1': YY matches no feasible state — check its option"
                + " values against the infeasibility rules"),
        bad(
            "twice",
            "m.yaml",
            chicken(
                "probabilities:\n  - {better: NY, worse: YY, p: 0.6}\n"
                    + "  - {better: -Y, worse: YY, p: 0.7}"),
            "m.yaml:8:11: probability 2 of 'P1' gives a comparison that probability 1 gives"
                + " already — keep one probability for each pair of states"),
        bad(
            "bothWaysAboveOne",
            "m.yaml",
            chicken(
                "probabilities:\n  - {better: NY, worse: YY, p: 0.6}\n"
                    + "  - {better: YY, worse: NY, p: 0.5}"),
            "m.yaml:8:38: probability 2 of 'P1' and probability 1 compare the same states both"
                + " ways with chances adding up to more than 1 — the chances that 'P1' prefers"
                + " each state to the other may add up to at most 1 (the rest is the chance that"
                + " it is indifferent)"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badModels")
  void isRefusedWithItsDiagnostics(
      String name, String file, String text, List<String> diagnostics) {
    assertThat(errors(file, text)).containsExactlyElementsOf(diagnostics);
  }
}
