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
 * {@code POST /api/models/{name}/margins}: the probabilistic concepts and the margin of each
 * verdict (docs/semantics.md §5.5), on examples/chicken-probabilistic.yaml.
 */
public class MarginsApiTest {
  @TempDir Path dir;
  TestServer server;

  @BeforeEach
  void start() throws Exception {
    server = new TestServer(dir, Duration.ZERO, "chicken-probabilistic.yaml", "chicken.yaml");
  }

  @AfterEach
  void stop() {
    server.close();
  }

  TestServer.Res margins(String name, String body) throws Exception {
    return server.send("POST", "/api/models/" + name + "/margins", body);
  }

  static JsonNode verdict(JsonNode root, String concept, String dm, int state) {
    for (JsonNode c : root.get("concepts")) {
      if (c.get("concept").asText().equals(concept)) {
        for (JsonNode v : c.get("verdicts")) {
          if (v.get("decisionMaker").asText().equals(dm) && v.get("state").asInt() == state) {
            return v;
          }
        }
      }
    }
    throw new AssertionError("no verdict " + concept + " " + dm + " " + state);
  }

  @Test
  void marginsAtTheModelsThreshold() throws Exception {
    TestServer.Res r = margins("chicken-probabilistic.yaml", "");
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    JsonNode root = r.json();
    assertThat(root.get("model").asText()).isEqualTo("chicken-probabilistic.yaml");
    assertThat(root.get("thresholds").get(0).get("threshold").asDouble()).isEqualTo(0.5);
    assertThat(root.get("stated")).hasSize(2);
    assertThat(root.get("concepts")).hasSize(4);
    // Driver 1 is 60% sure that keeping straight beats both swerving: both swerving is not
    // Nash-stable for it at 0.5, and becomes so from 0.6 on
    JsonNode v = verdict(root, "nash", "P1", 4);
    assertThat(v.get("stable").asBoolean()).isFalse();
    assertThat(v.get("margin").asDouble())
        .isEqualTo(0.1, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(v.get("flipsFrom").asDouble()).isEqualTo(0.6);
    assertThat(v.get("deciding").get(0).get("state").asInt()).isEqualTo(3);
    assertThat(v.get("deciding").get(0).get("move").asBoolean()).isTrue();
    assertThat(v.get("sentence").asText())
        .startsWith("Driver 1 at state 4 (bothSwerve): unstable under Nash at τ = 0.5;");
    JsonNode holds = verdict(root, "nash", "P1", 2);
    assertThat(holds.get("margin").isNull()).isTrue();
    assertThat(holds.get("holdsForEveryThreshold").asBoolean()).isTrue();
    assertThat(root.get("words").asText()).contains("### Nash: how close each verdict is");
  }

  @Test
  void theThresholdAndConceptsComeFromTheBody() throws Exception {
    TestServer.Res r =
        margins("chicken-probabilistic.yaml", "{\"threshold\": 0.65, \"concepts\": [\"nash\"]}");
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    JsonNode root = r.json();
    assertThat(root.get("concepts")).hasSize(1);
    assertThat(verdict(root, "nash", "P1", 4).get("stable").asBoolean()).isTrue();
    TestServer.Res per = margins("chicken-probabilistic.yaml", "{\"threshold\": \"P2=0.75\"}");
    assertThat(per.json().get("thresholds").get(1).get("threshold").asDouble()).isEqualTo(0.75);
  }

  @Test
  void badThresholdsAndConceptsAreRefused() throws Exception {
    TestServer.Res r = margins("chicken-probabilistic.yaml", "{\"threshold\": 1}");
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.body()).contains("is no threshold");
    TestServer.Res c = margins("chicken-probabilistic.yaml", "{\"concepts\": [\"sim\"]}");
    assertThat(c.status()).isEqualTo(400);
    assertThat(c.body()).contains("SIM has no probabilistic version");
    TestServer.Res t = margins("chicken-probabilistic.yaml", "{\"threshold\": [1]}");
    assertThat(t.status()).isEqualTo(400);
  }

  @Test
  void aModelWithoutProbabilitiesHoldsForEveryThreshold() throws Exception {
    JsonNode root = margins("chicken.yaml", "").json();
    assertThat(root.get("bottomLine").asText()).contains("every verdict holds for every threshold");
  }
}
