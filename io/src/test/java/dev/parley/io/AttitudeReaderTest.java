package dev.parley.io;

import static dev.parley.io.TestModels.bad;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.attitude.DeclaredAttitudes;
import dev.parley.core.attitude.RelationalPreference;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code attitudes:} is read, checked with file:line:column problems and written back. */
class AttitudeReaderTest {

  /** Chicken with a source and the attitudes appended. */
  static final String CHICKEN =
      "sources: [{id: s, title: S}]\n" + TestModels.CHICKEN + "attitudes:\n%s\n";

  static String chicken(String attitudes) {
    return CHICKEN.formatted(attitudes.indent(2).stripTrailing());
  }

  private static LoadedModel read(String attitudes) throws ModelLoadException {
    return ModelReader.read(chicken(attitudes), "a.yaml", Format.YAML);
  }

  @Test
  void readsSignsWordsAndProvenanceAndDefaultsTheRest() throws Exception {
    LoadedModel m =
        read(
            """
            reading: strict
            P1: {P1: +, P2: '-'}
            P2:
              P1: {attitude: devoting, source: s, quote: "we care", note: a guess}
              P2: neutral
            """);
    DeclaredAttitudes a = m.attitudes();
    assertThat(a.reading()).isEqualTo(RelationalPreference.Reading.STRICT);
    assertThat(a.entries()).hasSize(4);
    assertThat(a.attitudes().matrix()).isEqualTo(new int[][] {{1, -1}, {1, 0}});
    assertThat(a.entry(1, 0).provenance().quote()).isEqualTo("we care");
    assertThat(a.entry(1, 0).provenance().note()).isEqualTo("a guess");
    LoadedModel partial = read("P2: {P1: aggressive}");
    assertThat(partial.attitudes().reading()).isEqualTo(RelationalPreference.Reading.WEAK);
    assertThat(partial.attitudes().attitudes().matrix()).isEqualTo(new int[][] {{1, 0}, {-1, 1}});
    assertThat(read("P1: {P2: 1, P1: 0}").attitudes().attitudes().matrix())
        .isEqualTo(new int[][] {{0, 1}, {0, 1}});
    assertThat(ModelReader.read(TestModels.TWO_DMS, "m.yaml", Format.YAML).attitudes()).isNull();
  }

  @Test
  void writesTheAttitudesBack() throws Exception {
    LoadedModel m =
        read(
            """
            reading: strict
            P1: {P2: '-'}
            P2: {P1: {attitude: '+', source: s, quote: "we care"}, P2: 0}
            """);
    for (Format f : Format.values()) {
      String text = ModelWriter.write(m, f);
      LoadedModel again = ModelReader.read(text, "again", f);
      assertThat(again.attitudes()).isEqualTo(m.attitudes());
      assertThat(ModelWriter.write(again, f)).isEqualTo(text);
    }
    assertThat(ModelWriter.write(m, Format.YAML))
        .contains(
            "attitudes:\n  reading: strict\n  P1:\n    P2: aggressive\n  P2:\n    P1:\n"
                + "      attitude: devoting\n      source: s\n");
  }

  static Stream<Arguments> badAttitudes() {
    return Stream.of(
        bad(
            "unknownHolderWithSuggestion",
            "a.yaml",
            chicken("P3: {P1: +}"),
            "a.yaml:15:3: unknown decision maker 'P3' in 'attitudes' — did you mean 'P1'?"
                + " (decision makers and 'reading': P1, P2, reading)"),
        bad(
            "unknownTowardsWithSuggestion",
            "a.yaml",
            chicken("P1: {P4: +}"),
            "a.yaml:15:8: unknown decision maker 'P4' in the attitudes of 'P1' — did you mean"
                + " 'P1'? (decision makers: P1, P2)"),
        bad(
            "misspeltWord",
            "a.yaml",
            chicken("P1: {P2: agressive}"),
            "a.yaml:15:12: unknown attitude 'agressive' (the attitude of 'P1' towards 'P2') — did"
                + " you mean 'aggressive'? write + (devoting), 0 (neutral) or '-' (aggressive,"
                + " quoted in YAML), or the word devoting, neutral or aggressive"),
        bad(
            "badSign",
            "a.yaml",
            chicken("P1: {P2: 2}"),
            "a.yaml:15:12: unknown attitude '2' (the attitude of 'P1' towards 'P2') — write +"
                + " (devoting), 0 (neutral) or '-' (aggressive, quoted in YAML), or the word"
                + " devoting, neutral or aggressive"),
        bad(
            "badReading",
            "a.yaml",
            chicken("reading: strong"),
            "a.yaml:15:12: unknown reading 'strong' in 'attitudes' — write 'weak' (the default:"
                + " no one the mover cares about is worse off) or 'strict' (someone is also better"
                + " off)"),
        bad(
            "rowNotAMapping",
            "a.yaml",
            chicken("P1: +"),
            "a.yaml:15:7: the attitudes of 'P1' must be a mapping, not the text '+' — write 'key:"
                + " value' lines, indented under it"),
        bad(
            "entryWithoutAttitude",
            "a.yaml",
            chicken("P1: {P2: {source: s}}"),
            "a.yaml:15:12: missing 'attitude' in the attitude of 'P1' towards 'P2' — add"
                + " 'attitude: devoting' (or +), 'neutral' (0) or 'aggressive' ('-')"),
        bad(
            "unknownSourceIsSoftButReported",
            "a.yaml",
            chicken("P1: {P2: {attitude: +, source: t}, P3: 0}"),
            "a.yaml:15:34: unknown source 't' in the attitude of 'P1' towards 'P2' — did you"
                + " mean 's'? (sources: s)",
            "a.yaml:15:38: unknown decision maker 'P3' in the attitudes of 'P1' — did you mean"
                + " 'P1'? (decision makers: P1, P2)"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badAttitudes")
  void isRefusedWithItsDiagnostics(
      String name, String file, String text, List<String> diagnostics) {
    assertThat(TestModels.errors(file, text)).containsExactlyElementsOf(diagnostics);
  }
}
