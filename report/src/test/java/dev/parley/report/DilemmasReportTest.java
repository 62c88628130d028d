package dev.parley.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.core.drama.Dilemmas;
import dev.parley.core.drama.DramaResult;
import dev.parley.core.progress.Progress;
import dev.parley.core.stability.Concept;
import dev.parley.core.stability.StabilityEngine;
import dev.parley.io.Format;
import dev.parley.io.LoadedModel;
import dev.parley.io.ModelReader;
import java.util.EnumSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The dilemmas in words and as JSON: bottom line first, states in words, 100 columns. */
class DilemmasReportTest {
  private static final String CHICKEN =
      """
      decisionMakers:
        - id: P1
          name: Driver 1
          options: [{id: swerve1, name: swerve, taken: driver 1 swerves}]
          preferences: {ranking: [p2Swerves, bothSwerve, p1Swerves, crash]}
        - id: P2
          name: Driver 2
          options: [{id: swerve2, name: swerve}]
          preferences: {ranking: [p1Swerves, bothSwerve, p2Swerves, crash]}
      states:
        - {id: crash, options: NN}
        - {id: p1Swerves, options: YN}
        - {id: p2Swerves, options: NY}
        - {id: bothSwerve, options: YY}
      drama:
      %s
      """;

  private static DilemmasReport report(String drama) throws Exception {
    LoadedModel m =
        ModelReader.read(CHICKEN.formatted(drama.indent(2).stripTrailing()), "c.yaml", Format.YAML);
    var seq = new StabilityEngine(Progress.NONE).analyze(m.graphModel(), EnumSet.of(Concept.SEQ));
    DramaResult r = Dilemmas.analyze(m.graphModel(), m.drama(), seq, Concept.SEQ);
    return new DilemmasReport(r, "c.yaml");
  }

  private static final String CRISIS =
      """
      threatened: {future: crash}
      positions:
        - {party: P1, future: p2Swerves}
        - {party: P2, future: {swerve1: true}}
      doubts:
        - {party: P1, doubts: P2, about: threat, quote: He never swerves}
      """;

  private static final String COMMITMENT =
      """
      threatened: {future: crash}
      positions:
        - {party: P1, future: bothSwerve}
        - {party: P2, future: bothSwerve}
      doubts:
        - {party: P1, doubts: P2, about: agreement, quote: He broke his word before}
      """;

  @Test
  void theBottomLineComesFirstAndSaysWhoseThreatIsNotCredible() throws Exception {
    String text = report(CRISIS).render(Doc.Style.TEXT);
    String flat = text.replaceAll("\\s+", " ");
    assertThat(flat.indexOf("Bottom line: Driver 1's threat is not credible (rejection and threat"))
        .isPositive()
        .isLessThan(flat.indexOf("The options board"));
    assertThat(flat)
        .contains("In all, four dilemmas.")
        .contains(
            "Driver 2's position leaves one option open; read as the future it likes best, it is"
                + " ‘p1Swerves’ (state 2).")
        .contains("Driver 1 and Driver 2 are at a crisis: their positions differ.")
        .contains(
            "in the threatened future, ‘crash’ (state 1), it would rather take up “swerve”,"
                + " reaching ‘p2Swerves’ (state 3), so Driver 1 need not believe it would carry"
                + " out its threat. Besides, Driver 1 doubts that Driver 2 would carry out its"
                + " threat: “He never swerves”.")
        .contains("SEQ agrees: the threatened future is unstable for Driver 2.")
        .contains("make the threatened future more bearable for Driver 1")
        .contains(
            "At ‘p2Swerves’ (state 3), proposed by Driver 1: no party would gain by breaking it on"
                + " its own; once agreed it holds.");
  }

  @Test
  void whoWouldBreakAnAgreementOnAProposedFuture() throws Exception {
    // both drivers ask for both to swerve; each would gain by keeping straight instead
    String flat =
        report(
                COMMITMENT.replace(
                    "doubts:\n  - {party: P1, doubts: P2, about: agreement, quote: He broke his word before}\n",
                    ""))
            .render(Doc.Style.TEXT)
            .replaceAll("\\s+", " ");
    assertThat(flat)
        .contains(
            "At ‘bothSwerve’ (state 4), proposed by Driver 1 and Driver 2: Driver 1 would gain if"
                + " it chose to drop “swerve”, reaching ‘p2Swerves’ (state 3); Driver 2 would gain"
                + " if it chose to drop “swerve”, reaching ‘p1Swerves’ (state 2). Under SEQ, it is"
                + " unstable for Driver 1 and Driver 2. No party could trust the others to keep"
                + " their part there (a trust dilemma once agreed).");
  }

  @Test
  void theOptionsBoardHasTicksCrossesDashesAndDoubts() throws Exception {
    String text = report(CRISIS).render(Doc.Style.TEXT);
    assertThat(text)
        .contains("Party     Option  Driver 1  Driver 2  Threatened")
        .contains("Driver 1  swerve  ✗         ✓         ✗")
        .contains("Driver 2  swerve  ✓         –         ✗?")
        .contains(
            "- ? at Driver 2's options in the threatened future: Driver 1 doubts that Driver 2");
  }

  @Test
  void aSharedFutureGivesCooperationAndTrustWithTheDoubtQuoted() throws Exception {
    DilemmasReport r = report(COMMITMENT);
    String flat = r.render(Doc.Style.TEXT).replaceAll("\\s+", " ");
    assertThat(flat)
        .contains(
            "Bottom line: At ‘bothSwerve’ (state 4), Driver 1 cannot trust Driver 2 to keep its"
                + " part: a trust dilemma. At ‘bothSwerve’ (state 4), Driver 2 cannot trust Driver 1"
                + " to keep its part: a trust dilemma. In all, four dilemmas.")
        .contains(
            "Driver 1 and Driver 2 propose a common future, ‘bothSwerve’ (state 4): a commitment"
                + " point")
        .contains(
            "Driver 1 has a trust dilemma with Driver 2: at the future both propose, ‘bothSwerve’"
                + " (state 4), Driver 2 would gain if it chose to drop “swerve”, reaching"
                + " ‘p1Swerves’ (state 2), so Driver 1 cannot rely on it to keep its part."
                + " Besides, Driver 1 doubts that Driver 2 would keep its part of an agreement:"
                + " “He broke his word before”.")
        .contains(
            "(Version 1 of drama theory calls this a inducement dilemma.)"
                .replace("a inducement", "an inducement"));
  }

  @Test
  void everyStateIsNamedInWordsAndEveryLineFitsOneHundredColumns() throws Exception {
    for (String table : new String[] {CRISIS, COMMITMENT}) {
      String text = report(table).render(Doc.Style.TEXT);
      for (String line : text.split("\n")) {
        assertThat(line.codePointCount(0, line.length())).as(line).isLessThanOrEqualTo(100);
      }
      Matcher m = Pattern.compile("state \\d+").matcher(text.replaceAll("\\s+", " "));
      String flat = text.replaceAll("\\s+", " ");
      while (m.find()) {
        // every state number stands in brackets after its words: ‘crash’ (state 1)
        assertThat(flat.substring(Math.max(0, m.start() - 3), m.start())).endsWith("’ (");
      }
      assertThat(flat).doesNotContain(" a inducement").doesNotContain(" a a");
    }
  }

  @Test
  void theJsonCarriesTheBoardTheDilemmasAndTheirSentences() throws Exception {
    JsonNode j = MediatorJson.MAPPER.readTree(report(CRISIS).json());
    assertThat(j.get("threatened").get("state").asInt()).isEqualTo(1);
    assertThat(j.get("positions").get(1).get("pattern").asText()).isEqualTo("Y-");
    assertThat(j.get("positions").get(1).get("readings").toString()).isEqualTo("[2]");
    assertThat(j.get("pairs").get(0).get("phase").asText()).isEqualTo("crisis");
    JsonNode row = j.get("board").get("rows").get(1);
    assertThat(row.get("owner").asText()).isEqualTo("P2");
    assertThat(row.get("cells").toString())
        .isEqualTo(
            "[{\"value\":\"yes\",\"doubted\":false},{\"value\":\"any\",\"doubted\":false},"
                + "{\"value\":\"no\",\"doubted\":true}]");
    JsonNode threat = j.get("dilemmas").get(3);
    assertThat(threat.get("kind").asText()).isEqualTo("threat");
    assertThat(threat.get("faced").asText()).isEqualTo("P2");
    assertThat(threat.get("doubt").get("quote").asText()).isEqualTo("He never swerves");
    assertThat(threat.get("gmcr").get(0).get("stable").asBoolean()).isFalse();
    assertThat(threat.get("sentence").asText()).startsWith("Driver 2 has a threat dilemma");
  }
}
