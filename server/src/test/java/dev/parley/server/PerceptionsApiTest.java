package dev.parley.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code POST /api/models/{name}/perceptions}: what each side believes, as the command says. */
class PerceptionsApiTest {
  @TempDir Path dir;
  TestServer server;

  @BeforeEach
  void start() throws Exception {
    server = new TestServer(dir, Duration.ZERO, "chicken-misperceived.yaml", "elmira-graph.yaml");
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void givesTheClassesAndWhoIsMistaken() throws Exception {
    TestServer.Res r =
        server.send(
            "POST",
            "/api/models/chicken-misperceived.yaml/perceptions",
            "{\"concepts\": [\"seq\"]}");
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    JsonNode root = r.json();
    assertThat(root.get("misperceptions").asBoolean()).isTrue();
    JsonNode classes = root.get("equilibria").get("seq").get("classes");
    assertThat(classes.toString()).contains("\"state\":4,\"class\":\"H\"");
    assertThat(root.get("words").asText()).contains("holds only because Driver 1 wrongly believes");
  }

  @Test
  void anEmptyBodyAsksForTheDefaultAndSimOfAGraphIsABadRequest() throws Exception {
    TestServer.Res r = server.send("POST", "/api/models/elmira-graph.yaml/perceptions", "");
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    assertThat(r.json().get("concepts").toString()).doesNotContain("sim");
    TestServer.Res bad =
        server.send(
            "POST", "/api/models/elmira-graph.yaml/perceptions", "{\"concepts\": [\"sim\"]}");
    assertThat(bad.status()).as(bad.body()).isEqualTo(400);
    assertThat(server.send("POST", "/api/models/nope.yaml/perceptions", "{}").status())
        .isEqualTo(404);
  }
}
