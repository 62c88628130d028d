package dev.parley.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Nothing outside the workspace, nothing cross-site, nothing too large, only JSON writes. */
class SecurityTest extends WorkspaceWithOutside {
  @BeforeEach
  void start() throws Exception {
    server = new TestServer(dir, Duration.ZERO, "chicken.yaml");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "..%2Foutside%2Fsecret.yaml",
        "%2E%2E%2Foutside%2Fsecret.yaml",
        "..%5Coutside%5Csecret.yaml",
        "%2Fetc%2Fpasswd",
        ".parley-history",
        "secret.txt",
        "a..yaml",
        "CON.yaml",
        "%00.yaml"
      })
  void namesThatAreNotPlainModelFilesAreRefused(String name) throws Exception {
    TestServer.Res r = server.get("/api/models/" + name);
    assertThat(r.status()).isIn(400, 404);
    assertThat(r.body()).doesNotContain("title: secret").doesNotContain("root:");
    try {
      TestServer.Res w = server.send("PUT", "/api/models/" + name, Map.of("text", "title: x\n"));
      assertThat(w.status()).isIn(400, 404);
    } catch (java.io.IOException e) {
      // Jetty may drop the connection on a malformed path (e.g. %00) before reading the body
    }
    assertNothingWrittenOutside();
  }

  @Test
  void rawTraversalInThePathIsRefused() throws Exception {
    String res = server.rawGet("/api/models/../../outside/secret.yaml", "127.0.0.1");
    assertThat(res).doesNotContain("title: secret");
    assertThat(res.substring(0, res.indexOf("\r\n"))).doesNotContain(" 200 ");
  }

  @Test
  void symbolicLinksLeadingOutsideAreNeitherListedNorReadNorWritten() throws Exception {
    Files.createSymbolicLink(dir.resolve("link.yaml"), outside.resolve("secret.yaml"));
    Files.createSymbolicLink(dir.resolve(".parley-history"), outside);
    assertThat(server.get("/api/models").body()).doesNotContain("link.yaml");
    TestServer.Res r = server.get("/api/models/link.yaml");
    assertThat(r.status()).isEqualTo(403);
    assertThat(r.body()).doesNotContain("title: secret");
    TestServer.Res w = server.send("PUT", "/api/models/link.yaml", Map.of("text", "title: x\n"));
    assertThat(w.status()).isEqualTo(403);
    assertThat(Files.readString(outside.resolve("secret.yaml"))).isEqualTo("title: secret\n");
    // the history folder is a link outside: saving must not write versions there
    TestServer.Res save =
        server.send("PUT", "/api/models/chicken.yaml", Map.of("text", "title: changed\n"));
    assertThat(save.status()).isEqualTo(403);
    assertNothingWrittenOutside();
  }

  @Test
  void aForeignHostHeaderIsRefused() throws Exception {
    String res = server.rawGet("/api/models", "evil.example");
    assertThat(res).startsWith("HTTP/1.1 403");
    assertThat(res).contains("\"error\"").doesNotContain("chicken.yaml\"");
    String ok = server.rawGet("/api/models", "localhost");
    assertThat(ok).startsWith("HTTP/1.1 200");
  }

  @Test
  void crossSiteRequestsAreRefused() throws Exception {
    assertThat(
            server
                .send(
                    server
                        .jsonRequest("/api/models/chicken.yaml")
                        .header("Origin", "http://evil.example")
                        .PUT(HttpRequest.BodyPublishers.ofString("{\"text\":\"title: pwned\\n\"}")))
                .error(403))
        .contains("cross-site");
    assertThat(Files.readString(dir.resolve("chicken.yaml"))).doesNotContain("pwned");
    TestServer.Res otherPort =
        server.send(server.request("/api/models").header("Origin", "http://127.0.0.1:1"));
    assertThat(otherPort.status()).isEqualTo(403);
    TestServer.Res fetchMeta =
        server.send(server.request("/api/models").header("Sec-Fetch-Site", "cross-site"));
    assertThat(fetchMeta.status()).isEqualTo(403);
    TestServer.Res own = server.send(server.request("/api/models").header("Origin", server.base()));
    assertThat(own.status()).isEqualTo(200);
    assertThat(own.raw().headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
  }

  @Test
  void writesMustBeJson() throws Exception {
    for (String type :
        new String[] {
          "text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x"
        }) {
      TestServer.Res r =
          server.send(
              server
                  .request("/api/models/chicken.yaml")
                  .header("Content-Type", type)
                  .PUT(HttpRequest.BodyPublishers.ofString("{\"text\":\"title: pwned\\n\"}")));
      assertThat(r.status()).as(type).isEqualTo(415);
    }
    TestServer.Res none =
        server.send(
            server
                .request("/api/models/chicken.yaml/history")
                .POST(HttpRequest.BodyPublishers.noBody()));
    assertThat(none.status()).isEqualTo(415);
    assertThat(Files.readString(dir.resolve("chicken.yaml"))).doesNotContain("pwned");
  }

  @Test
  void requestsAreLimitedInSize() throws Exception {
    String big = "x".repeat((int) Workbench.MAX_REQUEST_BYTES + 10);
    assertThat(server.send("PUT", "/api/models/chicken.yaml", Map.of("text", big)).error(413))
        .contains("larger than");
    String model = "title: x\n# " + "y".repeat(1 << 20) + "\n";
    TestServer.Res m = server.send("PUT", "/api/models/chicken.yaml", Map.of("text", model));
    assertThat(m.status()).isEqualTo(413);
    assertThat(Files.size(dir.resolve("chicken.yaml"))).isLessThan(10_000);
  }
}
