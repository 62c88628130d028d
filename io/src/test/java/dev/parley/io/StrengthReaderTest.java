package dev.parley.io;

import static dev.parley.io.TestModels.bad;
import static dev.parley.io.TestModels.errors;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.strength.StrengthSpec;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code greatly:} and {@code greatGap:} are read, checked at their place and written back. */
class StrengthReaderTest {
  /** Chicken with P1's ranking and P2's payoffs, each followed by {@code %s} and {@code %s}. */
  static final String CHICKEN =
      """
      sources: [{id: s, title: S}]
      decisionMakers:
        - id: P1
          options: [{id: swerve1}]
          preferences:
            ranking: [p2Swerves, bothSwerve, p1Swerves, crash]
      %s
        - id: P2
          options: [{id: swerve2}]
          preferences:
            payoffs:
              - {state: p1Swerves, value: 4}
              - {state: bothSwerve, value: 3}
              - {state: p2Swerves, value: 2}
              - {state: crash, value: 1}
      %s
      states:
        - {id: crash, options: NN}
        - {id: p1Swerves, options: YN}
        - {id: p2Swerves, options: NY}
        - {id: bothSwerve, options: YY}
      """;

  static String chicken(String p1, String p2) {
    return CHICKEN.formatted(p1.indent(6).stripTrailing(), p2.indent(6).stripTrailing());
  }

  static final String GOOD =
      chicken(
          """
          greatly:
            - better: p1Swerves
              worse: crash
              source: s
              quote: anything but a crash
          """,
          "greatGap: 3");

  @Test
  void readsGreatPreferencesWithTheirProvenance() throws Exception {
    LoadedModel m = ModelReader.read(GOOD, "c.yaml", Format.YAML);
    StrengthSpec s = m.strength();
    assertThat(s.party(0).greatly())
        .singleElement()
        .satisfies(
            g -> {
              assertThat(m.space().matching(g.better())).containsExactly(1);
              assertThat(m.space().matching(g.worse())).containsExactly(0);
              assertThat(g.provenance().quote()).isEqualTo("anything but a crash");
              assertThat(g.provenance().source()).isEqualTo("s");
            });
    assertThat(s.party(0).greatGap()).isNull();
    assertThat(s.party(1).greatGap()).isEqualTo(3.0);
    assertThat(s.party(1).greatly()).isEmpty();
    assertThat(ModelReader.read(chicken("", ""), "c.yaml", Format.YAML).strength()).isNull();
  }

  @Test
  void writesThemBack() throws Exception {
    LoadedModel m = ModelReader.read(GOOD, "c.yaml", Format.YAML);
    for (Format f : Format.values()) {
      String text = ModelWriter.write(m, f);
      LoadedModel again = ModelReader.read(text, "again", f);
      assertThat(again.strength()).isEqualTo(m.strength());
      assertThat(ModelWriter.write(again, f)).isEqualTo(text);
    }
    assertThat(ModelWriter.write(m, Format.YAML))
        .contains("      greatly:\n        - better: p1Swerves\n          worse: crash\n")
        .contains("      greatGap: 3\n");
  }

  static Stream<Arguments> badModels() {
    return Stream.of(
        bad(
            "notAStrictPreference",
            "c.yaml",
            chicken("greatly: [{better: crash, worse: bothSwerve}]", ""),
            "c.yaml:7:17: great preference 1 of 'P1': its preferences do not rank every 'better'"
                + " state above every 'worse' one — a great preference must also be a strict one:"
                + " swap 'better' and 'worse', or name states its preferences rank apart"),
        bad(
            "aGroupThatOverlaps",
            "c.yaml",
            chicken("greatly: [{better: {swerve2: true}, worse: bothSwerve}]", ""),
            "c.yaml:7:17: great preference 1 of 'P1': its preferences do not rank every 'better'"
                + " state above every 'worse' one — a great preference must also be a strict one:"
                + " swap 'better' and 'worse', or name states its preferences rank apart"),
        bad(
            "missingWorse",
            "c.yaml",
            chicken("greatly: [{better: p2Swerves}]", ""),
            "c.yaml:7:17: missing 'worse' in great preference 1 of 'P1' — name the state it finds"
                + " greatly worse: "
                + RefReader.FORMS),
        bad(
            "unknownKey",
            "c.yaml",
            chicken("greatly: [{better: p2Swerves, worst: crash}]", ""),
            "c.yaml:7:17: missing 'worse' in great preference 1 of 'P1' — name the state it finds"
                + " greatly worse: "
                + RefReader.FORMS,
            "c.yaml:7:37: unknown key 'worst' in great preference 1 of 'P1' — did you mean"
                + " 'worse'? (allowed: better, worse, source, quote, note)"),
        bad(
            "unknownState",
            "c.yaml",
            chicken("greatly: [{better: p2Swerve, worse: crash}]", ""),
            "c.yaml:7:26: unknown state 'p2Swerve' in 'better' of great preference 1 of 'P1' —"
                + " did you mean 'p2Swerves'? (named states: crash, p1Swerves, p2Swerves,"
                + " bothSwerve; or write a Y/N/- string, a state number or {option: true, ...})"),
        bad(
            "notAList",
            "c.yaml",
            chicken("greatly: {better: p2Swerves, worse: crash}", ""),
            "c.yaml:7:16: 'greatly' in the preferences of 'P1' must be a list, not a mapping — write"
                + " one '- item' line per entry, or [a, b, c]"),
        bad(
            "gapWithoutPayoffs",
            "c.yaml",
            chicken("greatGap: 2", ""),
            "c.yaml:7:17: 'greatGap' in the preferences of 'P1' needs 'payoffs:', and they give"
                + " none — give the preferences as payoffs, or list the great preferences under"
                + " 'greatly:'"),
        bad(
            "gapNotPositive",
            "c.yaml",
            chicken("", "greatGap: 0"),
            "c.yaml:16:17: 'greatGap' in the preferences of 'P2' is 0, not above zero — write the"
                + " smallest payoff difference that counts as a great preference, e.g. 'greatGap:"
                + " 3'"),
        bad(
            "gapNotANumber",
            "c.yaml",
            chicken("", "greatGap: large"),
            "c.yaml:16:17: 'greatGap' in the preferences of 'P2' must be a number, not the text"
                + " 'large' — write the smallest payoff difference that counts as a great preference"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badModels")
  void problemsAreReportedAtTheirPlace(
      String name, String file, String text, List<String> diagnostics) {
    assertThat(errors(file, text)).as(name).containsExactlyElementsOf(diagnostics);
  }
}
