package dev.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parley.io.TestJson;
import org.junit.jupiter.api.Test;

class PerceptionsCommandTest {
  private static final String MODEL = Cli.example("chicken-misperceived.yaml");

  @Test
  void saysInWordsWhoIsMistakenAboutWhat() {
    Cli r = Cli.ok("perceptions", MODEL, "--concept", "nash,seq");
    String flat = r.flat();
    assertThat(flat)
        .contains("What Driver 1 believes")
        .contains("Driver 1 misjudges Driver 2's preferences")
        .contains("Under SEQ, Driver 1 believes state 2 (p1Swerves) stable for everyone.")
        .contains("Against the true equilibria, it misses state 3 (p2Swerves), which is stable.")
        .contains("Hypergame equilibria")
        .contains("state 4 (bothSwerve) H")
        .contains(
            "Under SEQ, state 4 (bothSwerve) holds only because Driver 1 wrongly believes it"
                + " stable for itself, as it misjudges Driver 2's preferences; and Driver 2 wrongly"
                + " believes it stable for itself, as it misjudges Driver 1's preferences.");
  }

  @Test
  void json() throws Exception {
    Cli r = Cli.ok("perceptions", MODEL, "-c", "seq", "-f", "json");
    JsonNode root = new ObjectMapper().readTree(r.out());
    assertThat(root.get("misperceptions").asBoolean()).isTrue();
    JsonNode seq = root.get("equilibria").get("seq");
    assertThat(seq.get("hypergame").toString()).contains("4");
    JsonNode both = TestJson.element(seq.get("classes"), "state", 4);
    assertThat(both).isNotNull();
    assertThat(both.get("class").asText()).isEqualTo("H");
    assertThat(both.get("mistakes")).hasSize(2);
    assertThat(both.get("mistakes").get(0).get("decisive").get(0).get("about").asText())
        .isEqualTo("P2");
    assertThat(root.get("decisionMakers").get(0).get("misbeliefs").get(0).get("kind").asText())
        .isEqualTo("preferences");
  }

  @Test
  void aModelWithoutPerceptionsGivesTheOrdinaryEquilibria() {
    Cli r = Cli.ok("perceptions", Cli.example("chicken.yaml"), "-c", "nash");
    assertThat(r.flat())
        .contains("Every decision maker sees the conflict as the model does")
        .contains("Nash: state 2 (p1Swerves) HT and state 3 (p2Swerves) HT.");
  }

  @Test
  void graphFormRefusesSim() {
    Cli r = Cli.run("perceptions", Cli.example("elmira-graph.yaml"), "-c", "sim");
    assertThat(r.code()).isNotZero();
    assertThat(r.err()).contains("graph form");
  }
}
