package dev.parley.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parley.core.attitude.RelationalConcept;
import dev.parley.io.Format;
import dev.parley.io.LoadedModel;
import dev.parley.io.ModelReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The briefing's attitudes section and the JSON's {@code relational}, word by word. */
class RelationalReportTest {
  /** Chicken; Driver 1 cares only about hurting Driver 2 (neutral to itself, aggressive to 2). */
  static final String SPITEFUL =
      """
      title: Chicken
      decisionMakers:
        - id: P1
          name: Driver 1
          options: [{id: swerve1}]
          preferences: {ranking: [p2Swerves, bothSwerve, p1Swerves, crash]}
        - id: P2
          name: Driver 2
          options: [{id: swerve2}]
          preferences: {ranking: [p1Swerves, bothSwerve, p2Swerves, crash]}
      states:
        - {id: crash, options: NN}
        - {id: p1Swerves, options: YN}
        - {id: p2Swerves, options: NY}
        - {id: bothSwerve, options: YY}
      attitudes:
        P1: {P1: neutral, P2: aggressive}
      """;

  private static AnalysisRun run(String text, List<RelationalConcept> asked) throws Exception {
    LoadedModel m = ModelReader.read(text, "c.yaml", Format.YAML);
    return BriefingRun.of(m.graphModel(), "c.yaml", "0".repeat(64))
        .concepts(List.of(dev.parley.core.stability.Concept.NASH))
        .attitudes(m.attitudes(), asked)
        .build();
  }

  @Test
  void saysWhichEquilibriumTheAttitudesUndoAndWhy() throws Exception {
    AnalysisRun run = run(SPITEFUL, List.of());
    assertThat(run.relational().concepts()).containsExactly(RelationalConcept.RNASH);
    String text = new Briefing(run).render(Doc.Style.TEXT);
    String flat = text.replaceAll("\\s+", " ");
    assertThat(flat)
        .contains("Attitudes: how the parties regard each other")
        .contains("The model declares how each decision maker regards the others")
        .contains(
            "Under the declared attitudes, ‘p1Swerves’ (state 2) ceases to be stable under RNash"
                + " (it is a Nash equilibrium) because Driver 1 would move to ‘crash’ (state 1),"
                + " which leaves Driver 2 worse off, and it is aggressive towards Driver 2.");
    assertThat(text.lines()).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(100));
    String md = new Briefing(run).render(Doc.Style.MARKDOWN);
    assertThat(md).contains("### RNash (relational Nash)").contains("| Driver 1 | 0 | − |");
  }

  @Test
  void sanctionedConceptsNameTheMissingAnswer() throws Exception {
    AnalysisRun run = run(SPITEFUL, List.of(RelationalConcept.RSEQ));
    String flat = new Briefing(run).render(Doc.Style.TEXT).replaceAll("\\s+", " ");
    assertThat(flat).contains("RSEQ (relational SEQ)");
    JsonNode rel = new ObjectMapper().readTree(ResultJson.render(run)).get("relational");
    assertThat(rel.get("attitudes").get("of").get("P1").get("P2").asInt()).isEqualTo(-1);
    assertThat(rel.get("attitudes").get("reading").asText()).isEqualTo("weak");
    JsonNode rseq = rel.get("rseq");
    // the standard SEQ equilibria are states 2 and 3; Driver 1 leaves 2 for the crash
    assertThat(rseq.get("ceaseToBeStable").toString()).isEqualTo("[2]");
    assertThat(rseq.get("equilibria").toString()).isEqualTo("[3]");
    assertThat(flat)
        .contains(
            "ceases to be stable under RSEQ (it is a SEQ equilibrium) because Driver 1 would"
                + " move to ‘crash’ (state 1), which leaves Driver 2 worse off, and it is"
                + " aggressive towards Driver 2, and no sequence of the others' own relational"
                + " improvements from there leads to a state its attitudes do not favour over the"
                + " equilibrium.");
  }

  @Test
  void withoutAttitudesOrRelationalConceptsThereIsNoSection() throws Exception {
    String plain = SPITEFUL.substring(0, SPITEFUL.indexOf("attitudes:"));
    AnalysisRun run = run(plain, List.of());
    assertThat(run.relational()).isNull();
    assertThat(ResultJson.render(run)).doesNotContain("\"relational\"");
    AnalysisRun asked = run(plain, List.of(RelationalConcept.RNASH));
    assertThat(new Briefing(asked).render(Doc.Style.TEXT).replaceAll("\\s+", " "))
        .contains(
            "The model declares no attitudes, so each decision maker is taken as"
                + " self-interested")
        .contains("The equilibria are those of Nash: the attitudes change no verdict on them.");
  }
}
