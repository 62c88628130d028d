package dev.parley.io;

import static dev.parley.io.TestModels.TWO_DMS;
import static dev.parley.io.TestModels.errors;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reader's limits (issue 11): each input beyond one is refused at once, with its place. */
class ReadLimitsTest {
  @Test
  void aLongTitleFailsFastAndNamesTheField() {
    long start = System.nanoTime();
    // no space: SnakeYAML would scan it in quadratic time (10 MB took minutes)
    List<String> noSpace = errors("m.yaml", "title: " + "x".repeat(2_000_000) + "\n" + TWO_DMS);
    // with spaces, in YAML and in JSON
    List<String> spaced = errors("m.yaml", "title: " + "x ".repeat(60_000) + "\n" + TWO_DMS);
    List<String> json = errors("m.json", "{\"title\": \"" + "x".repeat(200_000) + "\"}");
    assertThat((System.nanoTime() - start) / 1_000_000).as("milliseconds").isLessThan(3_000);
    assertThat(noSpace)
        .containsExactly(
            "m.yaml:1:8: the value of 'title' runs for more than 100,000 characters without a"
                + " space or line break; Parley reads text values of at most 100,000 characters"
                + " — shorten it; keep long material in its own document and cite it under"
                + " 'sources:'");
    assertThat(spaced)
        .singleElement()
        .asString()
        .startsWith("m.yaml:1:8: 'title' is longer than 100,000 characters");
    assertThat(json)
        .singleElement()
        .asString()
        .startsWith("m.json:1:11: 'title' is longer than 100,000 characters");
    assertThat(noSpace.get(0) + spaced.get(0) + json.get(0)).doesNotContain("indentation");
  }

  @Test
  void tooManyOptionsOrDecisionMakersAreRefusedBeforeTheStatements() {
    StringBuilder options = new StringBuilder("decisionMakers:\n  - id: A\n    options:\n");
    for (int i = 0; i < 64; i++) {
      options.append("      - id: o").append(i).append('\n');
    }
    // a statement about option 64 would index past a 63-bit state code
    options.append("    preferences: {statements: [o63]}\n  - id: B\n    options: [{id: b}]\n");
    options.append("    preferences: {statements: [b]}\n");
    assertThat(errors("m.yaml", options.toString()))
        .containsExactly(
            "m.yaml:1:1: the model has 65 options, 2^65 candidate states; at most 31 options can"
                + " be enumerated — merge options or split the conflict");
    StringBuilder dms = new StringBuilder("decisionMakers:\n");
    for (int d = 0; d < 65; d++) {
      dms.append("  - id: D").append(d).append("\n    options: [{id: o").append(d);
      dms.append("}]\n    preferences: {statements: [o").append(d).append("]}\n");
    }
    assertThat(errors("m.yaml", dms.toString()))
        .containsExactly(
            "m.yaml:1:1: the model has 65 decision makers; Parley analyses at most 31 — merge"
                + " parties that act together into one decision maker, or split the conflict");
  }

  @Test
  void nonFinitePayoffsAreRefusedAtReadTime() {
    String model =
        """
        states: [{id: a}, {id: b}]
        decisionMakers:
          - id: A
            moves: [{from: a, to: b}]
            preferences: {payoffs: [{state: a, value: %s}, {state: b, value: 1}]}
          - id: B
            moves: []
            preferences: {ranking: [a, b]}
        """;
    assertThat(errors("m.yaml", model.formatted("1e400")))
        .singleElement()
        .asString()
        .startsWith(
            "m.yaml:5:47: 'value' in payoff 1 of 'A' is 1e400, which is not a finite number");
    assertThat(errors("m.yaml", model.formatted("-.inf")))
        .singleElement()
        .asString()
        .contains("is -.inf, which is not a finite number");
    assertThat(errors("m.yaml", model.formatted("1" + "0".repeat(400))))
        .singleElement()
        .asString()
        .contains("(401 characters), which is not a finite number");
  }

  @Test
  void controlCharactersAreReportedWhereTheyStand() {
    assertThat(errors("m.yaml", "title: ok\ndescription: \"a\u0007b\"\n" + TWO_DMS))
        .singleElement()
        .asString()
        .startsWith("m.yaml:2:16: a raw control character (U+0007) in the text");
    assertThat(errors("m.json", "{\"title\": \"x\u001b[31m\"}"))
        .singleElement()
        .asString()
        .startsWith("m.json:1:13: a raw control character (U+001B)");
    assertThat(TextScan.isControl('\t')).isFalse();
    assertThat(TextScan.isControl('\u0085')).isFalse();
    assertThat(TextScan.isControl('\u009b')).isTrue();
  }

  @Test
  void notUtf8SaysWhereAndWhatToDo() {
    byte[] latin1 = "title: ok\ndescription: caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
    ModelLoadException e =
        catchThrowableOfType(
            ModelLoadException.class, () -> ModelReader.read(latin1, "m.yaml", Format.YAML));
    assertThat(e.getMessage())
        .isEqualTo(
            "m.yaml:2:17: the file is not UTF-8: the byte 0xE9 (byte 17 of line 2) is not valid"
                + " UTF-8 — save the file as UTF-8 (in most editors: Save As, Encoding: UTF-8);"
                + " text saved as Latin-1 or Windows-1252, e.g. by an old editor or a spreadsheet,"
                + " is not read");
    assertThat(Utf8.invalidAt("ok é".getBytes(StandardCharsets.UTF_8))).isEqualTo(-1);
    assertThat(Utf8.invalidAt(new byte[] {'a', (byte) 0xC3})).isEqualTo(1); // truncated
    assertThat(Utf8.invalidAt(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80})).isZero();
  }

  @Test
  void onlyRegularFilesWithinTheSizeLimitAreOpened(@TempDir Path dir) throws IOException {
    Path big = dir.resolve("big.yaml");
    try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
      f.setLength(ReadLimits.MAX_FILE_BYTES + 1); // sparse: nothing is written
    }
    assertThat(errors(big))
        .containsExactly(
            big
                + ": the file is 8,388,609 bytes; Parley reads files of at most 8 MiB (8,388,608"
                + " bytes) — check that this is the model file; a model is a few kilobytes");
    assertThat(errors(dir)).singleElement().asString().contains("this is a directory");
    Path zero = Path.of("/dev/zero");
    if (Files.exists(zero)) {
      assertThat(errors(zero)).singleElement().asString().contains("this is not a regular file");
    }
    assertThat(errors(dir.resolve("none.yaml")))
        .singleElement()
        .asString()
        .contains("none.yaml: no such file");
    assertThat(ModelFiles.failure("m.yaml", new AccessDeniedException("m.yaml")).getMessage())
        .startsWith("m.yaml: permission denied");
  }

  @Test
  void anyExtensionIsReadByItsContent(@TempDir Path dir) throws Exception {
    Path yaml = Files.copy(TestFiles.example("chicken.yaml"), dir.resolve("chicken.txt"));
    assertThat(ModelReader.read(yaml).conflict().title()).isEqualTo("Chicken");
    LoadedModel m = ModelReader.read(TestFiles.example("chicken.yaml"));
    Path json =
        Files.writeString(dir.resolve("chicken"), ModelWriter.write(m.conflict(), Format.JSON));
    assertThat(ModelReader.read(json).conflict().title()).isEqualTo("Chicken");
    assertThat(Format.sniff("\uFEFF  {\"a\": 1}")).isEqualTo(Format.JSON);
    assertThat(Format.sniff("# a comment\n{a: 1}")).isEqualTo(Format.YAML);
  }

  @Test
  void tooManyValuesAreRefused() {
    String list = "extra:\n" + "- 0\n".repeat(ReadLimits.MAX_VALUES + 1);
    assertThat(errors("m.yaml", list))
        .singleElement()
        .asString()
        .contains("the file holds more than 1,000,000 values");
  }
}
