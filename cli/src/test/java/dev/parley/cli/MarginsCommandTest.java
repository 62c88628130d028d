package dev.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** {@code parley margins}: the probabilistic concepts and the margin of each verdict (§5.5). */
class MarginsCommandTest {
  static final String MODEL = Cli.example("chicken-probabilistic.yaml");

  @Test
  void printsEachVerdictThatCanFlipInWords() {
    Cli r = Cli.run("margins", MODEL);
    assertThat(r.code()).as(r.err()).isZero();
    for (String line : r.out().split("\n")) {
      assertThat(line.length()).as(line).isLessThanOrEqualTo(100);
    }
    String flat = r.out().replaceAll("\\s+", " ");
    assertThat(flat)
        .startsWith("Margins: Chicken with uncertain preferences")
        .contains("Bottom line: At τ = 0.5, 11 verdicts would flip at another threshold.")
        .contains(
            "Driver 1 prefers state 3 (p2Swerves) to state 4 (bothSwerve) with probability 0.6 —"
                + " winning the dare may cost Driver 1 as much as it gains.")
        .contains(
            "Driver 1 at state 4 (bothSwerve): unstable under Nash at τ = 0.5; stable at τ ≥ 0.6"
                + " (margin 0.1), where Driver 1 no longer counts its move to state 3 (p2Swerves)"
                + " as better than this state (P = 0.6).")
        .contains(
            "Driver 2 at state 3 (p2Swerves): stable under GMR at τ = 0.5; unstable at τ < 0.3"
                + " (margin 0.2), where Driver 2 counts its move to state 1 (crash) as better than"
                + " this state (P = 0.3).")
        .contains("The other 4 verdicts hold for every threshold.");
  }

  @Test
  void theThresholdMovesTheVerdicts() throws Exception {
    Cli r = Cli.run("margins", MODEL, "--threshold", "0.65", "--concept", "nash", "-f", "json");
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode root = new ObjectMapper().readTree(r.out());
    assertThat(root.get("concepts")).hasSize(1);
    JsonNode both = root.get("concepts").get(0).get("verdicts").get(3); // P1 at state 4
    assertThat(both.get("state").asInt()).isEqualTo(4);
    assertThat(both.get("stable").asBoolean()).isTrue();
    assertThat(both.get("flipsBelow").asDouble()).isEqualTo(0.6);
    Cli per = Cli.run("margins", MODEL, "--threshold", "0.5,P2=0.75", "-f", "json");
    JsonNode ts = new ObjectMapper().readTree(per.out()).get("thresholds");
    assertThat(ts.get(0).get("threshold").asDouble()).isEqualTo(0.5);
    assertThat(ts.get(1).get("threshold").asDouble()).isEqualTo(0.75);
  }

  @Test
  void aModelWithoutProbabilitiesGivesTheUsualVerdicts() {
    Cli r = Cli.run("margins", Cli.example("chicken.yaml"), "-f", "markdown");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out())
        .contains("every verdict holds for every threshold")
        .contains("The model states no probability");
  }

  @Test
  void badThresholdsAndConceptsExitTwo() {
    Cli one = Cli.run("margins", MODEL, "--threshold", "1");
    assertThat(one.code()).isEqualTo(2);
    assertThat(one.err()).contains("'1' is no threshold").doesNotContain("Exception");
    Cli dm = Cli.run("margins", MODEL, "--threshold", "P3=0.2");
    assertThat(dm.code()).isEqualTo(2);
    assertThat(dm.err()).contains("unknown decision maker 'P3'");
    Cli sim = Cli.run("margins", MODEL, "--concept", "sim");
    assertThat(sim.code()).isEqualTo(2);
    assertThat(sim.err()).contains("SIM has no probabilistic version");
  }

  @Test
  void theBriefingSaysHowCloseEachVerdictIsToFlipping() {
    Cli r = Cli.run("analyze", MODEL);
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("How close each verdict is to flipping");
    Cli plain = Cli.run("analyze", Cli.example("chicken.yaml"));
    assertThat(plain.out()).doesNotContain("How close each verdict is to flipping");
  }

  @Test
  void helpNamesTheOptions() {
    Cli r = Cli.run("margins", "--help");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("--threshold").contains("docs/semantics.md §5.5");
  }
}
