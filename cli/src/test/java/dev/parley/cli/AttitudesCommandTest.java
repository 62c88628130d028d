package dev.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The relational concepts from the command line: analyze and report, with and without attitudes.
 */
class AttitudesCommandTest {
  @TempDir Path dir;

  @Test
  void analyzeExplainsWhatTheDeclaredAttitudesChange() {
    Cli r =
        Cli.run(
            "analyze", Cli.example("prisoners-dilemma-attitudes.yaml"), "--concept", "nash,rnash");
    assertThat(r.code()).as(r.err()).isZero();
    String flat = r.out().replaceAll("\\s+", " ");
    assertThat(flat)
        .contains("Attitudes: how the parties regard each other")
        .contains("RNash (relational Nash)")
        .contains(
            "Under the declared attitudes, ‘bothCooperate’ (state 4) becomes stable under RNash (it"
                + " is not a Nash equilibrium) because no move of Prisoner One is a relational"
                + " improvement (its move to ‘onlyP2Cooperates’ (state 3) would leave Prisoner Two"
                + " worse off, and it is devoting towards Prisoner Two)");
  }

  @Test
  void withoutAttitudesTheyAreSelfInterestedAndTheOutputSaysSo() throws Exception {
    Cli r = Cli.run("analyze", Cli.example("chicken.yaml"), "--concept", "rseq", "-f", "json");
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode rel = new ObjectMapper().readTree(r.out()).get("relational");
    assertThat(rel.get("attitudes").get("declared").asBoolean()).isFalse();
    assertThat(rel.get("rseq").get("equilibria").toString()).isEqualTo("[2,3]");
    assertThat(rel.get("rseq").get("standard").asText()).isEqualTo("seq");
    Cli text = Cli.run("analyze", Cli.example("chicken.yaml"), "--concept", "rseq");
    assertThat(text.out().replaceAll("\\s+", " "))
        .contains(
            "The model declares no attitudes, so each decision maker is taken as"
                + " self-interested")
        .contains("The equilibria are those of SEQ");
    // without attitudes and without a relational concept, no section
    assertThat(Cli.run("analyze", Cli.example("chicken.yaml")).out()).doesNotContain("Attitudes:");
  }

  @Test
  void reportTakesRelationalConceptsAndUnknownNamesAreRefused() throws Exception {
    Path out = dir.resolve("pd.html");
    Cli r =
        Cli.run(
            "report",
            Cli.example("prisoners-dilemma-attitudes.yaml"),
            "--concept",
            "seq,rseq",
            "-o",
            out.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(Files.readString(out)).contains("RSEQ (relational SEQ)");
    Cli bad = Cli.run("analyze", Cli.example("chicken.yaml"), "--concept", "rseqq");
    assertThat(bad.code()).isEqualTo(2);
    assertThat(bad.err()).contains("rnash, rgmr, rsmr or rseq under the attitudes");
  }

  @Test
  void aBadAttitudeIsPlacedInTheFile() throws Exception {
    Path p = dir.resolve("bad.yaml");
    Files.writeString(
        p,
        Files.readString(Path.of(Cli.example("chicken.yaml")))
            + "attitudes:\n  P1: {P2: agresive}\n");
    Cli r = Cli.run("analyze", p.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err())
        .contains("bad.yaml:")
        .contains(
            "unknown attitude 'agresive' (the attitude of 'P1' towards 'P2') — did you mean"
                + " 'aggressive'?")
        .doesNotContain("Exception");
  }
}
