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
 * The analysis answer of {@code POST /api/models/{name}/analyses} carries strong and weak stability
 * when the model declares strength of preference (docs/semantics.md §5.4), as the workbench's
 * equilibrium cards read it.
 */
class StrengthApiTest {
  @TempDir Path dir;
  TestServer server;

  @BeforeEach
  void start() throws Exception {
    server = new TestServer(dir, Duration.ZERO, "chicken-strength.yaml", "chicken.yaml");
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private JsonNode analyse(String name, String body) throws Exception {
    TestServer.Res r = server.send("POST", "/api/models/" + name + "/analyses", body);
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    return r.json().get("result");
  }

  @Test
  void theAnalysisSaysWhichEquilibriaHoldOnlyWeakly() throws Exception {
    JsonNode result = analyse("chicken-strength.yaml", "{\"concepts\":[\"nash\",\"gmr\",\"seq\"]}");
    assertThat(result.get("gmr").get("equilibria").toString()).isEqualTo("[2,3,4]");
    JsonNode s = result.get("strength");
    assertThat(s.get("concepts").get("gmr").get("weakEquilibria").toString()).isEqualTo("[4]");
    assertThat(s.get("concepts").get("gmr").get("strongEquilibria").toString()).isEqualTo("[2,3]");
    assertThat(s.get("concepts").has("smr")).isFalse(); // not asked
    assertThat(s.get("weakly")).hasSize(1);
    assertThat(s.get("weakly").get(0).get("text").asText())
        .isEqualTo(
            "The sanctions that deter Driver 2's move to ‘p1Swerves’ (state 2) leave Driver 2 only"
                + " mildly worse off.");
  }

  @Test
  void aModelWithoutStrengthHasNone() throws Exception {
    assertThat(analyse("chicken.yaml", "{}").has("strength")).isFalse();
  }
}
