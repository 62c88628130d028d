package dev.parley.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A model whose preferences have problems still tells the editor its feasible states, so that a
 * ranking or payoffs can be completed in the form; a model whose options have problems does not.
 */
class ValidationStatesTest {
  @TempDir Path dir;

  @Test
  void statesAreKnownWhileOnlyPreferencesHaveProblems() throws Exception {
    try (TestServer server =
        new TestServer(dir, Duration.ZERO, "chicken.yaml", "elmira-graph.yaml")) {
      String chicken = Files.readString(dir.resolve("chicken.yaml"));
      String missing =
          chicken.replace(
              "ranking: [p1Swerves, bothSwerve, p2Swerves, crash]",
              "payoffs: [{state: p1Swerves, value: 3}]");
      JsonNode v = validate(server, missing);
      assertThat(v.get("ok").asBoolean()).isFalse();
      assertThat(v.get("problems").toString()).contains("payoffs");
      assertThat(v.get("states")).hasSize(4);
      assertThat(v.get("stateCount").asInt()).isEqualTo(4);
      assertThat(v.get("states").get(1).get("name").asText()).isEqualTo("p1Swerves");
      assertThat(v.get("states").get(1).get("yn").asText()).isEqualTo("YN");
      assertThat(v.has("rankings")).isFalse();
      // a broken status quo does not hide them either
      JsonNode sq = validate(server, chicken + "statusQuo: nowhere\n");
      assertThat(sq.get("ok").asBoolean()).isFalse();
      assertThat(sq.get("states")).hasSize(4);
      // graph form
      String graph = Files.readString(dir.resolve("elmira-graph.yaml"));
      JsonNode g = validate(server, graph.replaceFirst("- acceptedInsist\n", "- nowhere\n"));
      assertThat(g.get("ok").asBoolean()).isFalse();
      assertThat(g.get("states")).hasSize(12);
    }
  }

  @Test
  void statesAreUnknownWhenTheOptionsHaveProblems() throws Exception {
    try (TestServer server = new TestServer(dir, Duration.ZERO, "chicken.yaml")) {
      String chicken = Files.readString(dir.resolve("chicken.yaml"));
      JsonNode v = validate(server, chicken.replace("- id: swerve2", "- id: swerve1"));
      assertThat(v.get("ok").asBoolean()).isFalse();
      assertThat(v.has("states")).isFalse();
      JsonNode syntax = validate(server, "title: [\n");
      assertThat(syntax.has("states")).isFalse();
    }
  }

  private static JsonNode validate(TestServer server, String text) throws Exception {
    TestServer.Res r = server.send("POST", "/api/validate", Map.of("text", text));
    assertThat(r.status()).isEqualTo(200);
    return r.json();
  }
}
