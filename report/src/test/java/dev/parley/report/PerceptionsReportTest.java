package dev.parley.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.hypergame.Hypergame;
import dev.parley.core.progress.Progress;
import dev.parley.core.stability.Concept;
import dev.parley.io.Format;
import dev.parley.io.LoadedModel;
import dev.parley.io.ModelReader;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class PerceptionsReportTest {
  /** Chicken in which driver 1 cannot imagine a crash. */
  private static final String BLIND =
      """
      decisionMakers:
        - id: P1
          name: Driver 1
          options: [{id: swerve1}]
          preferences: {ranking: [p2Swerves, bothSwerve, p1Swerves, crash]}
          perceives: {hidden: [crash]}
        - id: P2
          name: Driver 2
          options: [{id: swerve2}]
          preferences: {ranking: [p1Swerves, bothSwerve, p2Swerves, crash]}
      states:
        - {id: crash, options: {swerve1: false, swerve2: false}}
        - {id: p1Swerves, options: {swerve1: true, swerve2: false}}
        - {id: p2Swerves, options: {swerve1: false, swerve2: true}}
        - {id: bothSwerve, options: {swerve1: true, swerve2: true}}
      """;

  private static PerceptionsReport report(List<Concept> concepts) throws Exception {
    LoadedModel m = ModelReader.read(BLIND, "blind.yaml", Format.YAML);
    var r =
        Hypergame.analyze(m.graphModel(), m.perceptions(), EnumSet.copyOf(concepts), Progress.NONE);
    return new PerceptionsReport(r, concepts, "blind.yaml");
  }

  @Test
  void aBlindSpotThatUnsettlesATrueEquilibriumIsNamed() throws Exception {
    String text = report(List.of(Concept.GMR)).render(Doc.Style.TEXT).replaceAll("\\s+", " ");
    assertThat(text)
        .contains(
            "Driver 1 cannot see state 1 (crash): nobody's moves to or from it exist in its game.")
        .contains("Driver 2 sees the conflict as the model does.")
        .contains("True equilibria that a mistake unsettles")
        .contains(
            "Under GMR, state 4 (bothSwerve) is a true equilibrium, but Driver 1 wrongly believes"
                + " it unstable for itself, as it cannot see state 1 (crash).");
  }

  @Test
  void theBriefingSaysWhatEachSideBelievesOnlyWhenTheModelHasPerceptions() throws Exception {
    LoadedModel m = ModelReader.read(BLIND, "blind.yaml", Format.YAML);
    AnalysisRun run =
        BriefingRun.of(m.graphModel(), "blind.yaml", "0".repeat(64))
            .concepts(List.of(Concept.GMR))
            .perceptions(m.perceptions())
            .build();
    String text = new Briefing(run).render(Doc.Style.TEXT);
    assertThat(text).contains("What each side believes").contains("What Driver 1 believes");
    AnalysisRun plain =
        BriefingRun.of(m.graphModel(), "blind.yaml", "0".repeat(64))
            .concepts(List.of(Concept.GMR))
            .build();
    assertThat(new Briefing(plain).render(Doc.Style.TEXT))
        .doesNotContain("What each side believes");
  }

  @Test
  void markdownHasHeadingsAndJsonTheClasses() throws Exception {
    PerceptionsReport r = report(List.of(Concept.GMR));
    assertThat(r.render(Doc.Style.MARKDOWN)).contains("### What Driver 1 believes");
    String json = r.json();
    assertThat(json).contains("\"class\" : \"T\"").contains("\"kind\" : \"hidden\"");
  }

  @Test
  void statesADecisionMakerCannotTellApartAreNamed() throws Exception {
    LoadedModel m =
        ModelReader.read(
            BLIND.replace(
                "perceives: {hidden: [crash]}",
                "perceives: {indistinct: [[p1Swerves, bothSwerve]]}"),
            "confused.yaml",
            Format.YAML);
    var r =
        Hypergame.analyze(m.graphModel(), m.perceptions(), EnumSet.of(Concept.NASH), Progress.NONE);
    String text =
        new PerceptionsReport(r, List.of(Concept.NASH), "confused.yaml")
            .render(Doc.Style.TEXT)
            .replaceAll("\\s+", " ");
    assertThat(text)
        .contains(
            "Driver 1 cannot tell state 2 (p1Swerves) and state 4 (bothSwerve) apart: it judges"
                + " such states alike, stable only where every one of them is.");
    // p1Swerves (YN) is Nash-stable for driver 1 but bothSwerve is not: judged alike, neither is
    assertThat(r.perceivedStable(Concept.NASH, 0, 1)).isFalse();
    assertThat(r.trueStable(Concept.NASH, 0, 1)).isTrue();
    assertThat(text).contains("cannot tell state 2 (p1Swerves) and state 4 (bothSwerve) apart");
  }
}
