package dev.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parley.io.TestFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class CommandLineTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  static Stream<String> examples() throws IOException {
    try (Stream<Path> files = Files.list(TestFiles.repoRoot().resolve("examples"))) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".yaml") || n.endsWith(".json"))
          .sorted()
          .toList()
          .stream();
    }
  }

  @ParameterizedTest
  @MethodSource("examples")
  void everyExampleIsAnalysedInEveryFormat(String example) {
    for (String format : List.of("text", "markdown", "json", "csv")) {
      Cli r = Cli.run("analyze", Cli.example(example), "--format", format);
      assertThat(r.code()).as(example + " " + format + ": " + r.err()).isZero();
      assertThat(r.out()).isNotBlank();
    }
  }

  @Test
  void jsonHasTheDocumentedShape() throws IOException {
    Cli r = Cli.run("analyze", Cli.example("peace-talks-2026.yaml"), "--format", "json");
    assertThat(r.code()).isZero();
    JsonNode root = JSON.readTree(r.out());
    assertThat(root.get("parley").asText()).isNotBlank();
    assertThat(root.at("/model/sha256").asText()).hasSize(64);
    List<String> dms = new ArrayList<>();
    root.get("decisionMakers").forEach(d -> dms.add(d.get("id").asText()));
    assertThat(dms).containsExactly("US", "UA", "RU");
    assertThat(root.get("decisionMakers").get(0).get("name").asText()).isEqualTo("United States");
    // compact by default: one line, states as Y/N strings, stability as ranges
    assertThat(r.out().strip()).doesNotContain("\n");
    assertThat(root.get("shape").asText()).isEqualTo("compact");
    int options = root.get("options").size();
    assertThat(root.get("states").get(0).asText()).matches("[YN]{" + options + "}");
    for (String c : List.of("nash", "gmr", "smr", "seq", "sim", "seqsim")) {
      JsonNode node = root.get(c);
      assertThat(node).as(c).isNotNull();
      assertThat(node.get("stableFor").get("US").asText()).matches("([0-9]+(-[0-9]+)?(,|$))*");
      assertThat(node.get("equilibria").isTextual()).isTrue();
    }
    assertThat(root.at("/parameters/concepts").size()).isEqualTo(6);
    // --pretty: the full document, indented
    Cli p = Cli.ok("analyze", Cli.example("peace-talks-2026.yaml"), "--format", "json", "--pretty");
    JsonNode full = JSON.readTree(p.out());
    assertThat(p.out()).contains("\n  \"title\" : ");
    assertThat(full.has("shape")).isFalse();
    JsonNode s1 = full.get("states").get(0);
    assertThat(s1.get("id").asInt()).isEqualTo(1);
    assertThat(s1.get("options").get("sign").isBoolean()).isTrue();
    assertThat(s1.get("yn").asText()).isEqualTo(root.get("states").get(0).asText());
    for (String c : List.of("nash", "gmr", "smr", "seq", "sim", "seqsim")) {
      assertThat(full.get(c).get("stableFor").get("US").isArray()).isTrue();
      assertThat(full.get(c).get("equilibria").isArray()).isTrue();
    }
  }

  @Test
  void prettyIsOnlyForJson() {
    Cli r = Cli.run("analyze", Cli.example("chicken.yaml"), "--pretty");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("--pretty applies to --format json");
  }

  @Test
  void conceptSelectionAndAssignment() throws IOException {
    Cli r =
        Cli.ok(
            "analyze",
            Cli.example("peace-talks-2026.yaml"),
            "--concept",
            "nash,seq",
            "--assign",
            "US=seq,RU=gmr",
            "--format",
            "json");
    JsonNode root = JSON.readTree(r.out());
    assertThat(root.has("nash")).isTrue();
    assertThat(root.has("seq")).isTrue();
    assertThat(root.has("gmr")).isFalse();
    assertThat(root.at("/parameters/assignment/RU").asText()).isEqualTo("gmr");
    assertThat(root.at("/parameters/assignment/UA").asText()).isEqualTo("nash");
    assertThat(root.at("/assigned/equilibria").isTextual()).isTrue();
  }

  @Test
  void unknownConceptIsBadUsage() {
    Cli r = Cli.run("analyze", Cli.example("chicken.yaml"), "--concept", "nashh");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("unknown concept 'nashh'").contains("nash, gmr");
  }

  @Test
  void missingFileIsBadInputWithoutStackTrace() {
    Cli r = Cli.run("analyze", "no-such-model.yaml");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("no-such-model.yaml: no such file").doesNotContain("Exception");
  }

  @Test
  void badModelReportsEveryProblemWithPlace(@TempDir Path dir) throws IOException {
    Path bad = dir.resolve("bad.yaml");
    Files.writeString(
        bad,
        String.join(
            "\n",
            "title: broken",
            "decisionMakers:",
            "  - id: A",
            "    options:",
            "      - id: a1",
            "        reversable: both",
            "    preferences:",
            "      statements: [\"a1 &\"]",
            "  - id: B",
            "    options:",
            "      - id: b1",
            "    preferences:",
            "      statements: [b1]",
            ""));
    Cli r = Cli.run("validate", bad.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("bad.yaml:6:").contains("reversable");
    assertThat(r.err()).contains("bad.yaml:8:");
    assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Test
  void validateReportsSize() {
    Cli r = Cli.run("validate", Cli.example("elmira.yaml"));
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("OK").contains("12 feasible states");
  }

  @Test
  void explainNamesSanctions() {
    Cli r = Cli.ok("explain", Cli.example("prisoners-dilemma.yaml"), "4", "--concept", "gmr");
    assertThat(r.out()).contains("GMR").contains("stable").contains("but then");
  }

  @Test
  void explainRejectsUnknownState() {
    Cli r = Cli.run("explain", Cli.example("chicken.yaml"), "99");
    assertThat(r.code()).isEqualTo(2);
  }

  @Test
  void rankingShowsStatementTruthValues() {
    Cli r = Cli.ok("ranking", Cli.example("peace-talks-2026.yaml"), "UA");
    assertThat(r.out()).contains("S1").contains("-withdraw IF -sign");
  }

  @Test
  void convertRoundTripsThroughJsonAndGmcr(@TempDir Path dir) throws IOException {
    Path json = dir.resolve("elmira.json");
    Path gmcr = dir.resolve("elmira.gmcr");
    assertThat(Cli.run("convert", Cli.example("elmira.yaml"), json.toString()).code()).isZero();
    assertThat(Cli.run("convert", json.toString(), gmcr.toString()).code()).isZero();
    JsonNode a = JSON.readTree(Cli.run("analyze", Cli.example("elmira.yaml"), "-f", "json").out());
    JsonNode b = JSON.readTree(Cli.run("analyze", gmcr.toString(), "-f", "json").out());
    for (String c : List.of("nash", "gmr", "smr", "seq", "sim", "seqsim")) {
      assertThat(b.get(c).get("equilibria")).as(c).isEqualTo(a.get(c).get("equilibria"));
    }
  }

  @Test
  void outputFileIsWritten(@TempDir Path dir) throws IOException {
    Path out = dir.resolve("briefing.md");
    Cli r = Cli.run("analyze", Cli.example("chicken.yaml"), "-f", "markdown", "-o", out.toString());
    assertThat(r.code()).isZero();
    assertThat(Files.readString(out)).startsWith("# ");
  }

  @ParameterizedTest
  @ValueSource(strings = {"analyze", "explain", "validate", "ranking", "convert"})
  void helpTeachesByExample(String command) {
    Cli r = Cli.run(command, "--help");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("Examples:").contains("parley " + command);
  }

  @Test
  void topLevelHelpListsCommands() {
    Cli r = Cli.run("--help");
    assertThat(r.out()).contains("analyze").contains("explain").contains("convert");
  }
}
