package dev.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parley.io.TestModels;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code parley coalitions} and {@code parley analyze --coalitions}, on Elmira. */
class CoalitionsCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String ELMIRA = Cli.example("elmira.yaml");

  private static List<Integer> ints(JsonNode array) {
    List<Integer> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asInt()));
    return out;
  }

  @Test
  void coalitionsTextNamesEquilibriaAndTheJointMove() {
    Cli r = Cli.ok("coalitions", ELMIRA);
    // the text is wrapped at 100 columns
    assertThat(r.flat())
        .contains("CNash coalition equilibria: 5, 6, 10, 11, 12")
        .contains("together from state 7 (insistWhileDelaying)")
        .contains("Equilibria that coalitions break")
        .contains("MoE+Uniroyal");
  }

  @Test
  void coalitionsMarkdown() {
    Cli r = Cli.ok("coalitions", ELMIRA, "-f", "markdown");
    assertThat(r.out()).startsWith("# ").contains("| coalition | CNash |");
  }

  @Test
  void coalitionsJsonHasTheDocumentedShape() throws IOException {
    Cli r = Cli.ok("coalitions", ELMIRA, "--format", "json");
    JsonNode root = JSON.readTree(r.out());
    assertThat(root.at("/parameters/deterrence").asText()).isEqualTo("some");
    assertThat(root.at("/parameters/concepts").size()).isEqualTo(4);
    assertThat(root.get("coalitions").size()).isEqualTo(7);
    assertThat(root.get("coalitions").get(3).get("id").asText()).isEqualTo("MoE+Uniroyal");
    for (String c : List.of("cnash", "cgmr", "csmr", "cseq")) {
      JsonNode node = root.get(c);
      assertThat(node).as(c).isNotNull();
      assertThat(node.at("/stableFor/MoE+Uniroyal").isArray()).isTrue();
      assertThat(node.at("/stableFor/MoE").isArray()).isTrue();
      assertThat(ints(node.get("equilibria"))).as(c).doesNotContain(7);
      assertThat(ints(node.get("individualEquilibria"))).as(c).contains(7);
    }
    assertThat(root.get("statusQuo").asInt()).isEqualTo(1);
    assertThat(ints(root.at("/evolution/byUnilateralImprovements"))).containsExactly(7);
    JsonNode move = root.at("/evolution/coalitionMoves/0");
    assertThat(move.get("coalition").asText()).isEqualTo("MoE+Uniroyal");
    assertThat(move.get("from").asInt()).isEqualTo(7);
    assertThat(move.get("to").asInt()).isEqualTo(10);
    assertThat(move.get("path").size()).isEqualTo(2);
    assertThat(move.get("byImprovements").asBoolean()).isFalse();
  }

  @Test
  void quantifierAndConceptsAreOptions() throws IOException {
    Cli r =
        Cli.ok("coalitions", ELMIRA, "--quantifier", "all", "--concept", "cgmr,seq", "-f", "json");
    JsonNode root = JSON.readTree(r.out());
    assertThat(root.at("/parameters/deterrence").asText()).isEqualTo("all");
    assertThat(root.has("cgmr")).isTrue();
    assertThat(root.has("cseq")).isTrue();
    assertThat(root.has("cnash")).isFalse();
  }

  @Test
  void badCoalitionOptionsAreBadUsage() {
    Cli q = Cli.run("coalitions", ELMIRA, "--quantifier", "most");
    assertThat(q.code()).isEqualTo(2);
    assertThat(q.err()).contains("--quantifier most").contains("'some'");
    Cli c = Cli.run("coalitions", ELMIRA, "--concept", "cfoo");
    assertThat(c.code()).isEqualTo(2);
    assertThat(c.err()).contains("unknown coalition concept 'cfoo'").contains("cnash, cgmr");
    Cli csv = Cli.run("coalitions", ELMIRA, "-f", "csv");
    assertThat(csv.code()).isEqualTo(2);
  }

  @Test
  void tooManyDecisionMakersIsRefusedClearly(@TempDir Path dir) throws IOException {
    Path model = Files.writeString(dir.resolve("nine.yaml"), TestModels.nineParties());
    Cli r = Cli.run("coalitions", model.toString());
    assertThat(r.code()).as(r.out()).isEqualTo(2);
    assertThat(r.err()).contains("at most 8 decision makers").doesNotContain("Exception");
  }

  @Test
  void analyzeWithACoalitionStructureText() {
    Cli r = Cli.ok("analyze", ELMIRA, "--coalitions", "[MoE,Uniroyal],LG");
    assertThat(r.flat())
        .contains("With the coalition structure MoE+Uniroyal, LG")
        .contains("no longer equilibria: 7")
        .contains("State 7 (insistWhileDelaying) is no longer an equilibrium")
        .contains("Only with the blocks: state 10");
  }

  @Test
  void analyzeWithACoalitionStructureMarkdown() {
    Cli r = Cli.ok("analyze", ELMIRA, "--coalitions", "[MoE,Uniroyal],LG", "-f", "markdown");
    assertThat(r.out()).contains("## With the coalition structure MoE+Uniroyal, LG");
  }

  @Test
  void analyzeWithACoalitionStructureJson() throws IOException {
    Cli r =
        Cli.ok(
            "analyze",
            ELMIRA,
            "--coalitions",
            "[moe, uniroyal], LG",
            "-c",
            "nash,gmr",
            "-f",
            "json");
    JsonNode c = JSON.readTree(r.out()).get("coalitions");
    assertThat(c.get("structure").toString()).isEqualTo("[[\"MoE\",\"Uniroyal\"],[\"LG\"]]");
    assertThat(c.has("nash")).isTrue();
    assertThat(c.has("gmr")).isTrue();
    assertThat(c.has("seq")).isFalse();
    assertThat(c.at("/nash/stableFor/MoE+Uniroyal").isArray()).isTrue();
    assertThat(ints(c.at("/nash/stableFor/LG"))).contains(7);
    assertThat(ints(c.at("/nash/equilibria"))).doesNotContain(7);
    assertThat(ints(c.at("/fromStatusQuo/reachable"))).containsExactly(7, 10);
    assertThat(c.at("/fromStatusQuo/onlyByBlocks/0/to").asInt()).isEqualTo(10);
    assertThat(c.at("/fromStatusQuo/onlyByBlocks/0/path/1/by").asText()).isEqualTo("MoE+Uniroyal");
  }

  @Test
  void singletonBlocksGiveTheIndividualEquilibria() throws IOException {
    JsonNode root =
        JSON.readTree(
            Cli.run("analyze", ELMIRA, "--coalitions", "MoE,Uniroyal,LG", "-f", "json").out());
    for (String c : List.of("nash", "gmr", "smr", "seq", "sim", "seqsim")) {
      java.util.BitSet blocks = new java.util.BitSet();
      root.at("/coalitions/" + c + "/equilibria").forEach(n -> blocks.set(n.asInt() - 1));
      assertThat(blocks)
          .as(c)
          .isEqualTo(
              dev.parley.report.CompactJson.parseRanges(root.at("/" + c + "/equilibria").asText()));
    }
  }

  @Test
  void analyzeWithoutCoalitionsHasNoCoalitionsObject() throws IOException {
    JsonNode root = JSON.readTree(Cli.run("analyze", ELMIRA, "-f", "json").out());
    assertThat(root.has("coalitions")).isFalse();
  }

  @Test
  void badStructuresAreBadInput() {
    Cli unknown = Cli.run("analyze", ELMIRA, "--coalitions", "[MoE,Shell],LG");
    assertThat(unknown.code()).isEqualTo(2);
    assertThat(unknown.err())
        .contains("unknown decision maker 'Shell'")
        .contains("the decision makers are MoE, Uniroyal, LG");
    Cli missing = Cli.run("analyze", ELMIRA, "--coalitions", "[MoE,Uniroyal]");
    assertThat(missing.code()).isEqualTo(2);
    assertThat(missing.err()).contains("not a partition").contains("LG is in no block");
    Cli twice = Cli.run("analyze", ELMIRA, "--coalitions", "[MoE,Uniroyal],LG,MoE");
    assertThat(twice.code()).isEqualTo(2);
    assertThat(twice.err()).contains("MoE appears twice");
    Cli unclosed = Cli.run("analyze", ELMIRA, "--coalitions", "[MoE,Uniroyal,LG");
    assertThat(unclosed.code()).isEqualTo(2);
    assertThat(unclosed.err()).contains("not closed").doesNotContain("Exception");
  }

  @ParameterizedTest
  @ValueSource(strings = {"coalitions", "analyze"})
  void helpShowsCoalitionExamples(String command) {
    Cli r = Cli.run(command, "--help");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("Examples:").contains("parley " + command).contains("coalitions");
  }

  @Test
  void topLevelHelpListsTheCoalitionsCommand() {
    assertThat(Cli.run("--help").out()).contains("coalitions");
  }

  @Test
  void largeModelsAreWarnedThatTheAnalysisMayTakeLong() {
    assertThat(CoalitionsCommand.slowWarning(dev.parley.app.Coalitions.SLOW_STATES)).isNull();
    assertThat(CoalitionsCommand.slowWarning(34_680))
        .startsWith("parley coalitions: 34,680 states.")
        .contains("grows with the square")
        .contains("--coalitions \"[A,B],C\"");
    Cli small = Cli.run("coalitions", ELMIRA);
    assertThat(small.err()).doesNotContain("may take long");
  }

  @Test
  void largeOptionFormModelsAreNotWarnedUnderSomeMember(@TempDir Path dir) {
    Path model = dir.resolve("big.yaml");
    String[] gen = {"generate", "--dms", "3", "--options", "15", "--seed", "3", "-o", model + ""};
    String wrote = Cli.run(gen).out() + Cli.run(gen).err();
    java.util.regex.Matcher n =
        java.util.regex.Pattern.compile("([0-9,]+) feasible").matcher(wrote);
    assertThat(n.find()).as(wrote).isTrue();
    int states = Integer.parseInt(n.group(1).replace(",", ""));
    assertThat(states).isGreaterThan(dev.parley.app.Coalitions.SLOW_STATES);
    Cli some = Cli.run("coalitions", model.toString(), "-c", "cnash");
    assertThat(some.code()).isZero();
    assertThat(some.err()).doesNotContain("may take long");
  }
}
