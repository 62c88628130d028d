package dev.parley.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.io.LoadedModel;
import dev.parley.io.ModelReader;
import dev.parley.io.TestFiles;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Strength of preference in the briefing and the JSON (examples/chicken-strength.yaml): the weak
 * equilibria in words, states named, at most 100 columns; nothing when the model declares none.
 */
class StrengthReportTest {
  static AnalysisRun run(String example) throws Exception {
    LoadedModel m = ModelReader.read(TestFiles.example(example));
    return BriefingRun.of(m.graphModel(), example, "0".repeat(64))
        .strength(m.strength())
        .mediator(false)
        .build();
  }

  @Test
  void theBriefingSaysWhichEquilibriaHoldOnlyWeaklyAndWhy() throws Exception {
    String text = new Briefing(run("chicken-strength.yaml")).render(Doc.Style.TEXT);
    String flat = text.replaceAll("\\s+", " ");
    assertThat(flat)
        .contains("Strength of preference: which equilibria hold only weakly")
        .contains(
            "Driver 1 greatly prefers state 2 (p1Swerves) to state 1 (crash) — Driver 1 would"
                + " rather lose face than the car.")
        .contains("For Driver 2 every payoff difference of 3 or more is great.")
        .contains(
            "‘bothSwerve’ (state 4) is an equilibrium under GMR only weakly: the sanctions that"
                + " deter Driver 2's move to ‘p1Swerves’ (state 2) leave Driver 2 only mildly"
                + " worse off.")
        .contains(
            "the sanctions that deter Driver 1's move to ‘p2Swerves’ (state 3) leave Driver 1,"
                + " counting its best reply, only mildly worse off")
        .doesNotContain("under SEQ only weakly");
    assertThat(flat).containsPattern("GMR 2 \\(p1Swerves\\), 3 \\(p2Swerves\\) 4 \\(bothSwerve\\)");
    for (String line : text.split("\n")) {
      assertThat(line.codePointCount(0, line.length())).as(line).isLessThanOrEqualTo(100);
    }
  }

  @Test
  void theJsonHasStrongAndWeakEquilibriaPerConceptAndParty() throws Exception {
    JsonNode s = ResultJson.tree(run("chicken-strength.yaml")).get("strength");
    assertThat(s.get("concepts").get("gmr").get("strongEquilibria").toString()).isEqualTo("[2,3]");
    assertThat(s.get("concepts").get("gmr").get("weakEquilibria").toString()).isEqualTo("[4]");
    assertThat(s.get("concepts").get("gmr").get("weakFor").get("P2").toString()).isEqualTo("[4]");
    assertThat(s.get("concepts").get("gmr").get("strongFor").get("P1").toString())
        .isEqualTo("[2,3,4]");
    assertThat(s.get("concepts").get("seq").get("weakEquilibria")).isEmpty();
    assertThat(s.get("declared").get("P2").get("greatGap").asDouble()).isEqualTo(3.0);
    assertThat(s.get("declared").get("P1").get("greatly").get(0).get("worse").toString())
        .isEqualTo("[1]");
    JsonNode w = s.get("weakly").get(0);
    assertThat(List.of(w.get("concept").asText(), w.get("party").asText()))
        .containsExactly("gmr", "P2");
    assertThat(w.get("state").asInt()).isEqualTo(4);
    assertThat(w.get("move").asInt()).isEqualTo(2);
    assertThat(w.get("mildlyWorse").asBoolean()).isTrue();
  }

  /**
   * 25 weak GMR equilibria (graph form): X would move from each a_k to b_k, and Y answers with the
   * crash c, which X finds only mildly worse than a_k (its gap is never reached).
   */
  @Test
  void manyWeakEquilibriaAreCountedAndTheFirstTwentyExplained() throws Exception {
    StringBuilder states = new StringBuilder("states:\n  - id: c\n");
    StringBuilder xMoves = new StringBuilder();
    StringBuilder yMoves = new StringBuilder();
    StringBuilder xPay = new StringBuilder("      - {state: c, value: 1}\n");
    StringBuilder yPay = new StringBuilder("      - {state: c, value: 1}\n");
    for (int k = 1; k <= 25; k++) {
      states.append("  - id: a").append(k).append("\n  - id: b").append(k).append("\n");
      xMoves.append("      - {from: a").append(k).append(", to: b").append(k).append("}\n");
      yMoves.append("      - {from: b").append(k).append(", to: c}\n");
      xPay.append("      - {state: a").append(k).append(", value: 2}\n");
      xPay.append("      - {state: b").append(k).append(", value: 3}\n");
      yPay.append("      - {state: a").append(k).append(", value: 1}\n");
      yPay.append("      - {state: b").append(k).append(", value: 0}\n");
    }
    String text =
        states
            + "decisionMakers:\n  - id: X\n    moves:\n"
            + xMoves
            + "    preferences:\n      greatGap: 5\n      payoffs:\n"
            + xPay.toString().replace("      - ", "        - ")
            + "  - id: Y\n    moves:\n"
            + yMoves
            + "    preferences:\n      payoffs:\n"
            + yPay.toString().replace("      - ", "        - ");
    LoadedModel m = ModelReader.read(text, "many.yaml", dev.parley.io.Format.YAML);
    AnalysisRun run =
        BriefingRun.of(m.graphModel(), "many.yaml", "0".repeat(64))
            .concepts(List.of(dev.parley.core.stability.Concept.GMR))
            .strength(m.strength())
            .mediator(false)
            .build();
    StrengthReport r = new StrengthReport(run.strength(), run.concepts());
    assertThat(run.strength().weakEquilibria(dev.parley.core.stability.Concept.GMR).cardinality())
        .isEqualTo(25);
    List<String> sentences = r.weakSentences();
    assertThat(sentences.get(0))
        .isEqualTo("Under GMR, 25 equilibria hold only weakly; the first 20 follow.");
    assertThat(sentences).hasSize(1 + StrengthReport.MOST_EXPLAINED);
    assertThat(r.tree().get("weakly")).hasSize(StrengthReport.MOST_EXPLAINED);
  }

  @Test
  void aModelWithoutStrengthHasNoSuchSection() throws Exception {
    AnalysisRun run = run("chicken.yaml");
    assertThat(run.strength()).isNull();
    assertThat(new Briefing(run).render(Doc.Style.TEXT)).doesNotContain("Strength of preference");
    assertThat(ResultJson.tree(run).has("strength")).isFalse();
  }
}
