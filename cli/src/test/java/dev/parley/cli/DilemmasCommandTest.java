package dev.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DilemmasCommandTest {
  @TempDir Path dir;

  /** examples/chicken.yaml with the card table of docs/model-format.md. */
  private String chickenWithDrama() throws Exception {
    Path p = dir.resolve("chicken-drama.yaml");
    Files.writeString(
        p,
        Files.readString(Path.of(Cli.example("chicken.yaml")))
            + """
            drama:
              threatened: {future: crash, note: neither driver swerves if no one gives way}
              positions:
                - {party: P1, future: {swerve1: false, swerve2: true}}
                - {party: P2, future: {swerve1: true, swerve2: false}}
              doubts:
                - {party: P1, doubts: P2, about: threat}
            """);
    return p.toString();
  }

  @Test
  void printsTheBoardAndEachDilemmaInWords() throws Exception {
    Cli r = Cli.run("dilemmas", chickenWithDrama());
    assertThat(r.code()).as(r.err()).isZero();
    String flat = r.out().replaceAll("\\s+", " ");
    assertThat(flat)
        .startsWith("Dilemmas: Chicken")
        .contains("Bottom line: Driver 1's threat is not credible (rejection and threat dilemmas).")
        .contains("The options board")
        .contains("Driver 1 and Driver 2 are at a crisis: their positions differ.")
        .contains(
            "Driver 1 has a threat dilemma with Driver 2: in the threatened future, ‘crash’ (state"
                + " 1), it would rather take up “P1 swerves”, reaching ‘p1Swerves’ (state 2)")
        .contains("SEQ agrees: the threatened future is unstable for Driver 1.");
  }

  @Test
  void jsonAndAnotherConcept() throws Exception {
    Cli r = Cli.run("dilemmas", chickenWithDrama(), "--concept", "gmr", "-f", "json");
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode root = new ObjectMapper().readTree(r.out());
    assertThat(root.get("concept").asText()).isEqualTo("gmr");
    assertThat(root.get("dilemmas")).hasSize(4);
    assertThat(root.get("dilemmas").get(1).get("gmcr").get(0).get("concept").asText())
        .isEqualTo("gmr");
    assertThat(root.get("board").get("rows").get(1).get("cells").get(2).get("doubted").asBoolean())
        .isTrue();
  }

  @Test
  void theBriefingHasTheDilemmasToo() throws Exception {
    Cli r = Cli.run("analyze", chickenWithDrama());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("Dilemmas: what the positions and threats imply");
    Cli j = Cli.run("analyze", chickenWithDrama(), "-f", "json");
    assertThat(new ObjectMapper().readTree(j.out()).get("dilemmas").get("dilemmas")).hasSize(4);
  }

  @Test
  void aModelWithoutACardTableOrABadConceptIsBadInput() throws Exception {
    Cli r = Cli.run("dilemmas", Cli.example("chicken.yaml"));
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("has no card table: add 'drama:'").doesNotContain("Exception");
    Cli c = Cli.run("dilemmas", chickenWithDrama(), "--concept", "seqq");
    assertThat(c.code()).isEqualTo(2);
    assertThat(c.err()).contains("--concept").contains("seqq");
  }
}
