package dev.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parley.core.graph.GraphModel;
import dev.parley.core.inverse.Permutations;
import dev.parley.core.inverse.PreferenceSpace;
import dev.parley.core.inverse.TargetCheck;
import dev.parley.core.stability.Concept;
import dev.parley.io.LoadedModel;
import dev.parley.io.ModelReader;
import dev.parley.io.StateRefs;
import dev.parley.io.TestFiles;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The mediator's commands from the command line, on the flagship and the examples. */
class MediatorCommandsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** The first flagship, kept as a fixture: these tests pin the engine's answers on it. */
  private static final String FLAGSHIP = Cli.example("peace-talks-2026-v1.yaml");

  private static final String SCENARIOS =
      TestFiles.repoRoot().resolve("testdata/peace-talks-2026-v1-scenarios.yaml").toString();

  private static JsonNode json(String... args) throws Exception {
    Cli r = Cli.ok(args);
    return JSON.readTree(r.out());
  }

  @Test
  void inverseCountsEqualEnumerationOverRussiasRankings() throws Exception {
    JsonNode inv =
        json(
                "inverse",
                FLAGSHIP,
                "--target",
                "deal",
                "--concept",
                "nash,gmr,smr,seq,sim,seqsim",
                "--vary",
                "RU",
                "--list",
                "2",
                "--format",
                "json")
            .get("inverse");
    assertThat(inv.get("target").asInt()).isEqualTo(8);
    LoadedModel lm = ModelReader.read(Path.of(FLAGSHIP));
    GraphModel g = lm.graphModel();
    int deal = StateRefs.resolve("deal", lm);
    int ru = lm.conflict().dmIndex("RU");
    PreferenceSpace space = PreferenceSpace.fixed(g).withRanking(ru, 0, 7);
    TargetCheck check = new TargetCheck(g, deal);
    for (Concept c : Concept.values()) {
      JsonNode n = inv.get("concepts").get(c.id());
      assertThat(n.get("total").asLong()).isEqualTo(40320);
      long brute = 0;
      int[] o = {0, 1, 2, 3, 4, 5, 6, 7};
      do {
        int[][] orders = space.identity();
        orders[ru] = o.clone();
        if (check.equilibrium(c, space.payoffs(orders))) {
          brute++;
        }
      } while (Permutations.next(o));
      assertThat(n.get("count").asLong()).as(c.id()).isEqualTo(brute);
      assertThat(n.get("rankings")).hasSize(2);
      assertThat(n.get("conditions").get("RU").get("moves")).hasSize(2);
    }
    assertThat(inv.at("/concepts/seq/dependsOn/0/decisionMaker").asText()).isEqualTo("US");
  }

  @Test
  void inverseTextSaysWhatEachPartyMustPrefer() {
    Cli r = Cli.ok("inverse", FLAGSHIP, "--target", "deal", "--concept", "seq");
    assertThat(r.flat())
        .contains("Russia likes state 8 (deal) at least as much as state 12")
        .contains(
            "Smallest change to break it: 1 swap: the United States ranks 7 (capitulation) above")
        .contains("US now")
        .contains("every condition below must hold at once (an AND over the moves)");
  }

  @Test
  void inverseByStatementOrders() throws Exception {
    JsonNode inv =
        json(
                "inverse",
                FLAGSHIP,
                "--target",
                "1",
                "--concept",
                "gmr",
                "--metric",
                "statements",
                "--format",
                "json")
            .get("inverse");
    JsonNode ch = inv.at("/concepts/gmr/smallestChange");
    assertThat(ch.get("swaps").asInt()).isEqualTo(1);
    assertThat(ch.get("reversals").get(0).asText())
        .startsWith("Russia puts “offensive IF -withdraw”");
    JsonNode war =
        json(
                "inverse",
                FLAGSHIP,
                "--target",
                "war",
                "--concept",
                "gmr",
                "--metric",
                "statements",
                "--bound",
                "10",
                "--format",
                "json")
            .get("inverse");
    // every statement order was tried: none breaks the war as a GMR equilibrium
    assertThat(war.at("/concepts/gmr/smallestChange/impossible").asBoolean()).isTrue();
  }

  @Test
  void goalsFindTheSmallestChangeOrTheConflict() throws Exception {
    JsonNode ok =
        json(
                "goals",
                FLAGSHIP,
                "--stable",
                "deal",
                "--unstable",
                "war",
                "--concept",
                "seq",
                "--format",
                "json")
            .get("goals");
    assertThat(ok.get("achievable").asBoolean()).isTrue();
    assertThat(ok.at("/smallestChange/swaps").asInt()).isEqualTo(1);
    JsonNode bad =
        json(
                "goals",
                FLAGSHIP,
                "--stable",
                "deal,capitulation",
                "--concept",
                "nash",
                "--vary",
                "RU",
                "--format",
                "json")
            .get("goals");
    assertThat(bad.get("achievable").asBoolean()).isFalse();
    assertThat(bad.get("conflict")).hasSize(1);
    assertThat(bad.at("/conflict/0/state").asInt()).isEqualTo(7);
  }

  @Test
  void robustnessMarginsOfTheFlagship() throws Exception {
    JsonNode rob =
        json("robustness", FLAGSHIP, "--concept", "seq,gmr", "--format", "json").get("robustness");
    JsonNode deal = rob.at("/concepts/seq/7");
    assertThat(deal.get("state").asInt()).isEqualTo(8);
    assertThat(deal.get("equilibrium").asBoolean()).isTrue();
    assertThat(deal.get("swaps").asInt()).isEqualTo(1);
    assertThat(rob.at("/concepts/gmr/7/swaps").asInt()).isEqualTo(2);
    Cli text = Cli.run("robustness", FLAGSHIP, "--vary", "RU", "--bound", "2");
    assertThat(text.code()).isZero();
    assertThat(text.out()).contains("EQ (").contains("How each equilibrium could break");
  }

  @Test
  void sweepIsExactForSmallScenarioSetsAndSeededOtherwise() throws Exception {
    JsonNode exact =
        json("sweep", FLAGSHIP, "--scenarios", SCENARIOS, "--concept", "nash", "--format", "json")
            .get("sweep");
    assertThat(exact.get("exact").asBoolean()).isTrue();
    assertThat(exact.at("/concepts/nash/7/share").asDouble())
        .isEqualTo(0.9, org.assertj.core.data.Offset.offset(1e-12));
    List<String> args =
        List.of(
            "sweep",
            FLAGSHIP,
            "--scenarios",
            SCENARIOS,
            "--concept",
            "seq",
            "--sample",
            "--samples",
            "200",
            "--seed",
            "5",
            "--format",
            "json");
    JsonNode a = json(args.toArray(String[]::new)).get("sweep");
    JsonNode b = json(args.toArray(String[]::new)).get("sweep");
    assertThat(a.get("exact").asBoolean()).isFalse();
    assertThat(a.get("concepts")).isEqualTo(b.get("concepts"));
    assertThat(a.at("/concepts/seq/7/low").asDouble())
        .isLessThanOrEqualTo(a.at("/concepts/seq/7/share").asDouble());
  }

  @Test
  void theFlagshipBriefingSaysWhatTheSettlementDependsOn() throws Exception {
    Cli r = Cli.ok("analyze", FLAGSHIP);
    assertThat(r.out()).contains("What the settlement depends on\n------------------------------");
    assertThat(r.flat())
        .contains(
            "State 8 (deal) is a SEQ equilibrium that depends on 3 comparisons: the United States"
                + " liking")
        .contains("Russia liking state 8 (deal) at least as much as state 12")
        .contains("EQ (1)")
        .contains("In parentheses, the robustness margin");
    JsonNode root = json("analyze", FLAGSHIP, "--format", "json");
    assertThat(root.at("/robustness/concepts/seq/7/swaps").asInt()).isEqualTo(1);
    assertThat(root.at("/inverse/0/target").asInt()).isEqualTo(8);
    assertThat(root.at("/inverse/0/dependsOn")).hasSize(3);
    Cli off = Cli.run("analyze", FLAGSHIP, "--robustness", "0");
    assertThat(off.out())
        .doesNotContain("In parentheses")
        .contains("Robustness margins: not computed");
  }

  @Test
  void unknownPreferencesAppearInTheAnalysis() throws Exception {
    JsonNode root = json("analyze", Cli.example("chicken-unknown.yaml"), "--format", "json");
    JsonNode u = root.get("unknownPreference");
    assertThat(u.at("/pairs/P1/0/0").asInt()).isEqualTo(1);
    assertThat(u.at("/concepts/seq/a/equilibria")).hasSize(1);
    assertThat(u.at("/concepts/seq/a/equilibria/0").asInt()).isEqualTo(4);
    assertThat(u.at("/concepts/nash/a/equilibria")).isEmpty();
    assertThat(Cli.run("analyze", Cli.example("chicken-unknown.yaml")).out())
        .contains("Unknown preferences");
  }

  @Test
  void badArgumentsGetOneClearLine() {
    Cli r = Cli.run("inverse", FLAGSHIP, "--target", "deal", "--vary", "RU=0..3");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("--vary RU=0..3: give positions FROM..TO within 1..8");
    assertThat(Cli.run("inverse", FLAGSHIP, "--target", "deal", "--vary", "XX").err())
        .contains("unknown decision maker 'XX'");
    assertThat(Cli.run("robustness", FLAGSHIP, "--format", "csv").code()).isEqualTo(2);
    assertThat(Cli.run("goals", FLAGSHIP).err()).contains("mark at least one state");
    // each problem names the option it is in, as the workbench names the field
    assertThat(
            Cli.run("inverse", FLAGSHIP, "--target", "deal", "--vary", "US", "--vary", "XX").err())
        .contains("--vary unknown decision maker 'XX'");
    assertThat(Cli.run("inverse", FLAGSHIP, "--target", "nowhere").err())
        .startsWith("--target 'nowhere': ");
    assertThat(Cli.run("inverse", FLAGSHIP, "--target", "deal", "--list", "101").err())
        .contains("--list 101: give a number from 0 to 100");
    assertThat(Cli.run("goals", FLAGSHIP, "--stable", "deal", "--unstable", "nowhere").err())
        .startsWith("--unstable 'nowhere': ");
    assertThat(Cli.run("goals", FLAGSHIP, "--stable", "deal", "--dm", "Mars").err())
        .startsWith("--dm unknown decision maker 'Mars'");
    assertThat(Cli.run("robustness", FLAGSHIP, "--bound", "31").err())
        .contains("--bound 31: give a number from 0 to 30");
    assertThat(Cli.run("robustness", FLAGSHIP, "--metric", "votes").err())
        .contains("--metric votes: use ranking (the default) or statements");
    assertThat(Cli.run("sweep", FLAGSHIP, "--scenarios", SCENARIOS, "--samples", "0").err())
        .contains("--samples 0: give a number from 1 to 10000000");
    Cli missing = Cli.run("sweep", FLAGSHIP, "--scenarios", "nope.yaml");
    assertThat(missing.code()).isEqualTo(2);
    assertThat(missing.err()).contains("nope.yaml: no such file");
  }
}
