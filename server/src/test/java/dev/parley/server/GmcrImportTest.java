package dev.parley.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.io.TestFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** GMCR+ save files in the workspace: listed, and imported as new models. */
class GmcrImportTest {
  @TempDir Path root;
  Path dir;
  TestServer server;

  @BeforeEach
  void start() throws Exception {
    dir = Files.createDirectories(root.resolve("workspace"));
    Path gmcr = TestFiles.repoRoot().resolve("io/src/test/resources/gmcr");
    Files.createDirectories(dir.resolve("old"));
    Files.copy(gmcr.resolve("chicken.gmcr"), dir.resolve("old/chicken.gmcr"));
    Files.copy(gmcr.resolve("elmira-12.gmcr"), dir.resolve("elmira-12.gmcr"));
    Files.writeString(dir.resolve("broken.gmcr"), "{\n  \"options\": [\n");
    Files.write(dir.resolve("pickled.gmcr"), new byte[] {(byte) 0x80, 2, 'x'});
    server = new TestServer(dir, Duration.ZERO);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private TestServer.Res importing(Map<String, ?> body) throws Exception {
    return server.send("POST", "/api/imports", TestServer.body(body));
  }

  @Test
  void listsGmcrFilesBesideTheModels() throws Exception {
    JsonNode list = server.get("/api/models").json();
    assertThat(list.get("models")).isEmpty();
    JsonNode gmcr = list.get("gmcr");
    assertThat(gmcr).hasSize(4);
    assertThat(gmcr.get(0).get("name").asText()).isEqualTo("broken.gmcr");
    assertThat(gmcr.get(2).get("name").asText()).isEqualTo("old/chicken.gmcr");
    assertThat(gmcr.get(2).get("folder").asText()).isEqualTo("old");
    assertThat(gmcr.get(2).get("size").asLong())
        .isEqualTo(Files.size(dir.resolve("old/chicken.gmcr")));
  }

  @Test
  void importsAGmcrFileAsANewYamlModelThatAnalysesLikeTheOriginal() throws Exception {
    TestServer.Res r = importing(Map.of("file", "old/chicken.gmcr"));
    assertThat(r.status()).isEqualTo(201);
    JsonNode m = r.json();
    assertThat(m.get("name").asText()).isEqualTo("old/chicken.yaml");
    assertThat(m.get("importedFrom").asText()).isEqualTo("old/chicken.gmcr");
    assertThat(r.raw().headers().firstValue("Location")).hasValue("/api/models/old%2Fchicken.yaml");
    assertThat(m.get("validation").get("ok").asBoolean()).isTrue();
    assertThat(m.get("validation").get("summary").get("states").asInt()).isEqualTo(4);
    String text = Files.readString(dir.resolve("old/chicken.yaml"));
    assertThat(text).startsWith("# Imported from the GMCR+ file old/chicken.gmcr\n");
    assertThat(m.get("text").asText()).isEqualTo(text);
    // the original is left as it was, and the model analyses as Chicken does
    assertThat(dir.resolve("old/chicken.gmcr")).exists();
    JsonNode a =
        server
            .send("POST", "/api/models/old%2Fchicken.yaml/analyses", "{\"concepts\":[\"nash\"]}")
            .json();
    assertThat(a.get("result").get("nash").get("equilibria").toString()).isEqualTo("[2,3]");
    assertThat(server.get("/api/models").json().get("models").get(0).get("name").asText())
        .isEqualTo("old/chicken.yaml");
  }

  @Test
  void neverOverwritesAnExistingFile() throws Exception {
    Files.writeString(dir.resolve("elmira-12.yaml"), "# mine\n");
    TestServer.Res first = importing(Map.of("file", "elmira-12.gmcr"));
    assertThat(first.status()).isEqualTo(201);
    assertThat(first.json().get("name").asText()).isEqualTo("elmira-12-2.yaml");
    TestServer.Res second = importing(Map.of("file", "elmira-12.gmcr"));
    assertThat(second.json().get("name").asText()).isEqualTo("elmira-12-3.yaml");
    assertThat(Files.readString(dir.resolve("elmira-12.yaml"))).isEqualTo("# mine\n");
    // a name given explicitly that exists: refused, file untouched
    assertThat(importing(Map.of("file", "elmira-12.gmcr", "name", "elmira-12.yaml")).error(409))
        .contains("already exists");
    assertThat(Files.readString(dir.resolve("elmira-12.yaml"))).isEqualTo("# mine\n");
    // a free name given explicitly, as JSON
    TestServer.Res json = importing(Map.of("file", "elmira-12.gmcr", "name", "old/elmira.json"));
    assertThat(json.status()).isEqualTo(201);
    assertThat(json.json().get("format").asText()).isEqualTo("json");
    assertThat(json.json().get("validation").get("ok").asBoolean()).isTrue();
    assertThat(json.json().get("validation").get("summary").get("states").asInt()).isEqualTo(12);
    // no temporary files are left behind
    try (var files = Files.walk(dir)) {
      assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".tmp")))
          .isEmpty();
    }
  }

  @Test
  void badFilesAndRequestsAreClearJsonErrors() throws Exception {
    TestServer.Res broken = importing(Map.of("file", "broken.gmcr"));
    assertThat(broken.error(422)).contains("broken.gmcr");
    assertThat(broken.json().get("details").get(0).get("line").asInt()).isPositive();
    assertThat(importing(Map.of("file", "pickled.gmcr")).error(422)).contains("pickle");
    assertThat(importing(Map.of("file", "nothing.gmcr")).status()).isEqualTo(404);
    assertThat(importing(Map.of("name", "x.yaml")).error(400)).contains("'file' is required");
    TestServer.Res traversal = importing(Map.of("file", "../outside.gmcr"));
    assertThat(traversal.status()).isEqualTo(400);
    TestServer.Res notGmcr = importing(Map.of("file", "old/chicken.yaml"));
    assertThat(notGmcr.status()).isEqualTo(400);
    assertThat(importing(Map.of("file", "old/chicken.gmcr", "name", "../x.yaml")).error(400))
        .contains("not a model name");
    assertThat(
            server
                .send("POST", "/api/imports", "{\"file\":\"old/chicken.gmcr\",\"name\":7}")
                .error(400))
        .contains("'name' must be a string");
    // nothing was written by any of these
    try (var files = Files.walk(dir)) {
      assertThat(files.filter(p -> p.toString().endsWith(".yaml"))).isEmpty();
    }
  }
}
