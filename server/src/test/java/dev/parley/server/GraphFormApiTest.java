package dev.parley.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A graph-form model (states and moves, no options) is analysed under the concepts its form allows
 * when none are asked: nash, gmr, smr and seq, never SIM or SEQ+SIM, by every route that analyses.
 */
class GraphFormApiTest {
  private static final String GRAPH = "/api/models/elmira-graph.yaml";

  @TempDir Path dir;
  TestServer server;

  @BeforeEach
  void start() throws Exception {
    server = new TestServer(dir, Duration.ZERO, "elmira-graph.yaml", "chicken.yaml");
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void anAnalysisWithNoConceptsUsesThoseTheFormAllows() throws Exception {
    TestServer.Res r = server.send("POST", GRAPH + "/analyses", "{}");
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    JsonNode result = r.json().get("result");
    assertThat(r.json().get("job").get("status").asText()).isEqualTo("done");
    assertThat(result.has("seq")).isTrue();
    assertThat(result.has("sim")).isFalse();
    assertThat(result.has("seqsim")).isFalse();
    // an option-form model still gets all six
    JsonNode chicken = server.send("POST", "/api/models/chicken.yaml/analyses", "{}").json();
    assertThat(chicken.get("result").has("seqsim")).isTrue();
  }

  @Test
  void simAskedOfAGraphFormModelIsABadRequest() throws Exception {
    TestServer.Res r = server.send("POST", GRAPH + "/analyses", "{\"concepts\": [\"sim\"]}");
    assertThat(r.status()).as(r.body()).isEqualTo(400);
    assertThat(r.error()).contains("graph form");
    TestServer.Res rob = server.send("POST", GRAPH + "/robustness", "{\"concepts\": [\"seqsim\"]}");
    assertThat(rob.status()).as(rob.body()).isEqualTo(400);
    assertThat(server.get(GRAPH + "/report?format=md&concept=sim").status()).isEqualTo(400);
  }

  @Test
  void reportsAndRobustnessOfAGraphFormModelNeedNoConcepts() throws Exception {
    TestServer.Res md = server.get(GRAPH + "/report?format=md");
    assertThat(md.status()).as(md.body()).isEqualTo(200);
    assertThat(md.body()).contains("## Stability").doesNotContain("SEQ+SIM");
    TestServer.Res html = server.get(GRAPH + "/report");
    assertThat(html.status()).as(html.body()).isEqualTo(200);
    TestServer.Res job =
        server.send("POST", GRAPH + "/reports", "{\"format\": \"text\", \"waitMs\": 30000}");
    assertThat(job.status()).as(job.body()).isEqualTo(200);
    assertThat(job.json().get("job").get("status").asText()).isEqualTo("done");
    TestServer.Res rob = server.send("POST", GRAPH + "/robustness", "{\"waitMs\": 30000}");
    assertThat(rob.status()).as(rob.body()).isEqualTo(200);
    JsonNode concepts = rob.json().get("result").get("robustness").get("concepts");
    assertThat(concepts.has("seq")).isTrue();
    assertThat(concepts.has("sim")).isFalse();
  }
}
