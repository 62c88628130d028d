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
 * {@code POST /api/models/{name}/attitudes}: the relational equilibria under the model's attitudes
 * (docs/semantics.md §3.4), as the workbench's attitudes view reads them.
 */
class AttitudesApiTest {
  @TempDir Path dir;
  TestServer server;

  @BeforeEach
  void start() throws Exception {
    server = new TestServer(dir, Duration.ZERO, "chicken.yaml", "prisoners-dilemma-attitudes.yaml");
  }

  @AfterEach
  void stop() {
    server.close();
  }

  TestServer.Res attitudes(String name, String body) throws Exception {
    return server.send("POST", "/api/models/" + name + "/attitudes", body);
  }

  @Test
  void theDeclaredAttitudesAndWhatTheyChange() throws Exception {
    TestServer.Res r = attitudes("prisoners-dilemma-attitudes.yaml", "");
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    JsonNode root = r.json();
    assertThat(root.get("model").asText()).isEqualTo("prisoners-dilemma-attitudes.yaml");
    assertThat(root.get("attitudes").get("declared").asBoolean()).isTrue();
    assertThat(root.get("attitudes").get("of").get("P1").get("P2").asInt()).isEqualTo(1);
    // all four concepts by default; devoting prisoners make every state relationally Nash
    assertThat(root.has("rnash") && root.has("rgmr") && root.has("rsmr") && root.has("rseq"))
        .isTrue();
    assertThat(root.get("rnash").get("equilibria").toString()).isEqualTo("[1,2,3,4]");
    assertThat(root.get("rnash").get("becomeStable").toString()).isEqualTo("[2,3,4]");
    assertThat(root.get("rnash").get("standard").asText()).isEqualTo("nash");
    assertThat(root.get("words").asText()).contains("### RNash (relational Nash)");
  }

  @Test
  void conceptsAndAModelWithoutAttitudes() throws Exception {
    TestServer.Res r = attitudes("chicken.yaml", "{\"concepts\": [\"seq\", \"rgmr\"]}");
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    JsonNode root = r.json();
    assertThat(root.get("attitudes").get("declared").asBoolean()).isFalse();
    assertThat(root.has("rseq") && root.has("rgmr") && !root.has("rnash")).isTrue();
    assertThat(root.get("rseq").get("equilibria").toString()).isEqualTo("[2,3]");
    assertThat(root.get("words").asText()).contains("The model declares no attitudes");
    TestServer.Res bad = attitudes("chicken.yaml", "{\"concepts\": [\"rseqq\"]}");
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.body()).contains("unknown relational concept 'rseqq'");
    assertThat(attitudes("nothing.yaml", "").status()).isEqualTo(404);
  }
}
