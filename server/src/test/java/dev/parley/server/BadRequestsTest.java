package dev.parley.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.app.MemoryEstimate;
import dev.parley.io.TestFiles;
import dev.parley.server.analysis.Analysis;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The server findings of issue 11: every failure is a JSON error with a message and the security
 * headers, Jetty's own refusals included; a model the server cannot analyse can still be saved,
 * opened and edited; text that has no UTF-8 form is refused with where, never silently replaced.
 */
class BadRequestsTest {
  private static final java.util.regex.Pattern OPTION =
      java.util.regex.Pattern.compile("options:\\s*\\n\\s*- id: (\\w+)");
  @TempDir Path dir;
  private TestServer server;

  @BeforeEach
  void start() throws Exception {
    server = new TestServer(dir, Duration.ZERO, "chicken.yaml");
  }

  @AfterEach
  void stop() {
    server.close();
  }

  /** The prisoners' dilemma with one statement nested {@code depth} parentheses deep. */
  private static String nested(int depth) throws Exception {
    String chicken =
        Files.readString(TestFiles.repoRoot().resolve("examples/prisoners-dilemma.yaml"));
    String option = OPTION.matcher(chicken).results().findFirst().orElseThrow().group(1);
    String deep = "(".repeat(depth) + option + ")".repeat(depth);
    int at = chicken.indexOf("statements:");
    assertThat(at).as("the example has statements").isPositive();
    int eol = chicken.indexOf('\n', at);
    String indent = " ".repeat(at - chicken.lastIndexOf('\n', at) - 1);
    return chicken.substring(0, eol + 1)
        + indent
        + "  - \""
        + deep
        + "\"\n"
        + chicken.substring(eol + 1);
  }

  /** Two decision makers with {@code k} options each and one statement apiece. */
  private static String huge(int k) {
    StringBuilder b = new StringBuilder("parley: 1\ntitle: Huge\ndecisionMakers:\n");
    for (String dm : new String[] {"A", "B"}) {
      b.append("  - id: ").append(dm).append("\n    options:\n");
      for (int i = 1; i <= k; i++) {
        b.append("      - id: ").append(dm.toLowerCase()).append(i).append('\n');
      }
      b.append("    preferences:\n      statements: [").append(dm.toLowerCase()).append("1]\n");
    }
    return b.toString();
  }

  @Test
  void aModelTooLargeForTheHeapIsRefusedUpFrontWithTheMemoryItNeeds() throws Exception {
    String text = huge(13); // 2^26 states: more than the tests' 2 GiB heap can hold
    TestServer.Res put = server.send("PUT", "/api/models/huge.yaml", Map.of("text", text));
    assertThat(put.status()).as(put.body()).isEqualTo(200);
    TestServer.Res get = server.get("/api/models/huge.yaml");
    assertThat(get.status()).isEqualTo(200);
    assertThat(get.json().get("validation").get("ok").asBoolean()).isFalse();
    assertThat(get.json().get("validation").get("problems").toString())
        .contains("this model needs about")
        .contains("JAVA_OPTS=-Xmx")
        .contains("./parley serve");

    TestServer.Res a = server.send("POST", "/api/models/huge.yaml/analyses", "{}");
    assertThat(a.status()).as(a.body()).isEqualTo(413);
    assertThat(a.contentType()).startsWith("application/json");
    assertThat(a.error())
        .contains("this model needs about")
        .contains("26 options")
        .contains("JAVA_OPTS=-Xmx")
        .contains("./parley serve");
  }

  @Test
  void aModelWhoseAnswerWouldNotFitIsRefusedUpFrontToo() throws Exception {
    // the fewest options whose analysis fits the heap but whose answer does not
    long max = Runtime.getRuntime().maxMemory();
    int k = 1;
    while (MemoryEstimate.of(new int[] {k, k}, true)
        .plusPerState(Analysis.ANSWER_BYTES_PER_STATE)
        .fits(max)) {
      k++;
    }
    assertThat(MemoryEstimate.of(new int[] {k, k}, true).fits(max))
        .as("the analysis alone of %d options fits", 2 * k)
        .isTrue();
    server.send("PUT", "/api/models/wide.yaml", Map.of("text", huge(k)));
    TestServer.Res a = server.send("POST", "/api/models/wide.yaml/analyses", "{}");
    assertThat(a.status()).as(a.body()).isEqualTo(413);
    assertThat(a.error())
        .contains("this model needs about")
        .contains((2 * k) + " options")
        .contains("./parley serve");
  }

  @Test
  void aModelNestedTooDeeplyIsAProblemNotAServerError() throws Exception {
    String text = nested(1_600);
    TestServer.Res v = server.send("POST", "/api/validate", Map.of("text", text));
    assertThat(v.status()).isEqualTo(200);
    assertThat(v.json().get("ok").asBoolean()).isFalse();
    assertThat(v.json().get("problems").toString()).contains("nests deeper than 200 levels");

    TestServer.Res put = server.send("PUT", "/api/models/deep.yaml", Map.of("text", text));
    assertThat(put.status()).as(put.body()).isEqualTo(200);
    TestServer.Res get = server.get("/api/models/deep.yaml");
    assertThat(get.status()).isEqualTo(200);
    assertThat(get.json().get("text").asText()).isEqualTo(text);
    assertThat(get.json().get("validation").get("ok").asBoolean()).isFalse();

    TestServer.Res a = server.send("POST", "/api/models/deep.yaml/analyses", "{}");
    assertThat(a.status()).isBetween(400, 499);
    assertThat(a.contentType()).startsWith("application/json");
    assertThat(a.error()).isNotBlank();
    TestServer.Res report = server.get("/api/models/deep.yaml/report?format=md");
    assertThat(report.status()).isBetween(400, 499);

    // and it can be edited back into shape
    String fixed = nested(3);
    TestServer.Res again = server.send("PUT", "/api/models/deep.yaml", Map.of("text", fixed));
    assertThat(again.status()).isEqualTo(200);
    assertThat(again.json().get("validation").get("ok").asBoolean()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "GET /%2e%2e/x HTTP/1.1\r\nHost: HOST\r\nConnection: close\r\n\r\n",
        "GET /api/models/%2e%2e%2fsecret.yaml HTTP/1.1\r\nHost: HOST\r\nConnection: close\r\n\r\n",
        "GET /api/health HTTP/1.1\r\nHost: a b c\r\nConnection: close\r\n\r\n",
        "GET /api/health HTTP/1.1\r\nHost: HOST\r\nHost: other\r\nConnection: close\r\n\r\n",
        "GET /api/health HTTP/1.1\r\nHost: HOST\r\nX: \u0001\r\nConnection: close\r\n\r\n",
      })
  void jettysOwnRefusalsAreJsonWithTheSecurityHeaders(String request) throws Exception {
    String res = server.raw(request.replace("HOST", "127.0.0.1:" + server.workbench.port()));
    String head = res.substring(0, res.indexOf("\r\n\r\n")).toLowerCase(java.util.Locale.ROOT);
    String body = res.substring(res.indexOf("\r\n\r\n") + 4);
    assertThat(head.substring(0, head.indexOf("\r\n"))).matches("http/1\\.1 4\\d\\d .*");
    assertThat(head)
        .contains("content-type: application/json")
        .contains("x-content-type-options: nosniff")
        .contains("x-frame-options: deny")
        .contains("content-security-policy: default-src 'self'");
    assertThat(body).doesNotContain("<html").contains("\"error\"").contains("\"status\":4");
  }

  @Test
  void aBodyThatIsNotUtf8IsRefusedWithWhere() throws Exception {
    String before = Files.readString(dir.resolve("chicken.yaml"));
    byte[] prefix = "{\"text\": \"title: caf".getBytes(StandardCharsets.UTF_8);
    byte[] suffix = "\\n\"}".getBytes(StandardCharsets.UTF_8);
    byte[] body = new byte[prefix.length + 1 + suffix.length];
    System.arraycopy(prefix, 0, body, 0, prefix.length);
    body[prefix.length] = (byte) 0xE9; // Latin-1 é
    System.arraycopy(suffix, 0, body, prefix.length + 1, suffix.length);
    assertThat(
            server
                .send(
                    server
                        .jsonRequest("/api/models/chicken.yaml")
                        .PUT(HttpRequest.BodyPublishers.ofByteArray(body)))
                .error(400))
        .contains("not UTF-8")
        .contains("0xE9")
        .contains("line 1, column " + (prefix.length + 1));
    assertThat(Files.readString(dir.resolve("chicken.yaml"))).isEqualTo(before);
  }

  @Test
  void aLoneSurrogateIsRefusedWithWhere() throws Exception {
    String before = Files.readString(dir.resolve("chicken.yaml"));
    String json = "{\"text\": \"title: a\\nnote: b\\ud800c\\n\"}";
    TestServer.Res r = server.send("PUT", "/api/models/chicken.yaml", json);
    assertThat(r.status()).isEqualTo(400);
    JsonNode e = r.json();
    assertThat(e.get("error").asText())
        .contains("'text' holds a lone surrogate (\\ud800) at line 2, column 8");
    assertThat(e.get("details").get(0).get("line").asInt()).isEqualTo(2);
    assertThat(Files.readString(dir.resolve("chicken.yaml"))).isEqualTo(before);
    TestServer.Res v = server.send("POST", "/api/validate", json);
    assertThat(v.status()).isEqualTo(400);
    // a whole character outside the BMP is fine
    TestServer.Res ok =
        server.send("POST", "/api/validate", "{\"text\": \"title: a \\ud83d\\ude00\\n\"}");
    assertThat(ok.status()).isEqualTo(200);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "evolution",
        "deadlocks",
        "coalitions",
        "inverse",
        "robustness",
        "analyses",
        "reports"
      })
  void everyJobRouteReadsWaitMsTheSameWay(String route) throws Exception {
    String path = "/api/models/chicken.yaml/" + route;
    for (String bad : new String[] {"1.5", "\"soon\"", "true"}) {
      TestServer.Res r =
          server.send("POST", path, "{\"waitMs\": " + bad + ", \"target\": 1, \"state\": 1}");
      assertThat(r.status()).as(route + " waitMs " + bad).isEqualTo(400);
      assertThat(r.error()).contains("waitMs must be a whole number");
    }
  }
}
