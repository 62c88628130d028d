package dev.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code parley timeline}: each phase in words, what changed and why, and JSON. */
class TimelineCommandTest {
  @TempDir Path dir;

  /** examples/chicken.yaml with a second night in which Driver 2's preferences change. */
  private String chickenWithTimeline() throws Exception {
    Path p = dir.resolve("chicken-timeline.yaml");
    Files.writeString(
        p,
        Files.readString(Path.of(Cli.example("chicken.yaml")))
            + """
            timeline:
              start: the first night
              phases:
                - id: second
                  name: the second night
                  date: day 2
                  note: Driver 1 has welded the wheel; Driver 2 no longer minds swerving alone.
                  reversibility: {swerve1: backward}
                  preferences:
                    P2: {ranking: [p1Swerves, p2Swerves, bothSwerve, crash]}
                  statusQuo: p1Swerves
            """);
    return p.toString();
  }

  @Test
  void theFlagshipAfterMid2027() {
    Cli r = Cli.run("timeline", Cli.example("peace-talks-2026.yaml"));
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out().lines()).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(100));
    String flat = r.out().replaceAll("\\s+", " ");
    assertThat(flat)
        .startsWith("Timeline: US–Ukraine–Russia peace talks, November 2026")
        .contains(
            "Bottom line: Before mid-2027, the status quo, ‘war’ (state 1), is an equilibrium"
                + " under every concept analysed. After mid-2027, ‘no US guarantee, Ukraine has"
                + " ceded the rest of Donetsk, the leaders are talking, the war goes on’ (state 7)"
                + " becomes an equilibrium under Nash and SIM (Russia no longer prefers"
                + " ‘capitulation’ (state 13) to it); the status quo stands as before.")
        .contains("Phase 1: before mid-2027 (2026-11-26)")
        .contains("Phase 2: after mid-2027 (mid-2027)")
        .contains("What changes: Russia's preferences lose the statement ‘settle IF withdraw’.")
        .contains(
            "Basis (report): “Moscow lacks the personnel and resources to conquer Donetsk before"
                + " mid-2027.”")
        .contains("Deadlock: Sequencing deadlock: Ukraine will not take up");
  }

  @Test
  void saysWhatEachPhaseChangesAndWhy() throws Exception {
    Cli r = Cli.run("timeline", chickenWithTimeline());
    assertThat(r.code()).as(r.err()).isZero();
    String flat = r.out().replaceAll("\\s+", " ");
    assertThat(flat)
        .contains("Bottom line: The first night, the model gives no status quo. The second night,")
        .contains(
            "What changes: Driver 2's preferences are given anew; ‘P1 swerves’ becomes possible to"
                + " undo but not to take; the conflict stands at ‘p1Swerves’ (state 2) when the"
                + " phase begins.")
        .contains("Driver 1 has welded the wheel; Driver 2 no longer minds swerving alone.")
        // a quoted state keeps its own spelling at the start of a sentence
        .contains(
            "- ‘bothSwerve’ (state 4) stops being an equilibrium under SMR. It stops being stable"
                + " for Driver 2. Driver 2 could improve:")
        .doesNotContain(" ;")
        .doesNotContain("..");
  }

  @Test
  void jsonGivesEachPhaseItsVerdictsAndChanges() {
    Cli r =
        Cli.run("timeline", Cli.example("peace-talks-2026.yaml"), "-c", "nash,seq", "-f", "json");
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode root = readJson(r.out());
    JsonNode phases = root.get("phases");
    assertThat(phases).hasSize(2);
    assertThat(phases.get(0).get("name").asText()).isEqualTo("before mid-2027");
    assertThat(phases.get(0).get("equilibria").get("nash")).hasSize(3);
    assertThat(phases.get(0).get("statusQuo").get("words").asText()).isEqualTo("war");
    JsonNode after = phases.get(1);
    assertThat(after.get("preferencesOf").get(0).asText()).isEqualTo("RU");
    assertThat(after.get("quote").asText()).contains("mid-2027");
    JsonNode change = after.get("verdictChanges").get(0);
    assertThat(change.get("concept").asText()).isEqualTo("nash");
    assertThat(change.get("state").asText()).isEqualTo("NNYYN");
    assertThat(change.get("becomes").asText()).isEqualTo("equilibrium");
    assertThat(change.get("reasons").get(0).asText())
        .isEqualTo("Russia no longer prefers ‘capitulation’ (state 13) to it.");
    assertThat(after.get("equilibria").get("seq")).hasSize(4);
  }

  @Test
  void aModelWithoutPhasesIsRefusedWithTheFix() {
    Cli r = Cli.run("timeline", Cli.example("chicken.yaml"));
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err())
        .contains("has no phases: add 'timeline:'")
        .contains("docs/model-format.md, \"Phases and rounds\"")
        .doesNotContain("Exception");
  }

  private static JsonNode readJson(String text) {
    try {
      return new ObjectMapper().readTree(text);
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
  }
}
