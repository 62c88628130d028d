package dev.parley.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The REST API over real HTTP on 127.0.0.1. */
class ApiTest {
  @TempDir Path dir;
  TestServer server;

  @BeforeEach
  void start() throws Exception {
    server =
        new TestServer(dir, Duration.ZERO, "chicken.yaml", "prisoners-dilemma.yaml", "elmira.yaml");
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void healthSaysVersionAndWorkspace() throws Exception {
    TestServer.Res r = server.get("/api/health");
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.contentType()).startsWith("application/json");
    assertThat(r.json().get("parley").asText()).isNotBlank();
    assertThat(r.json().get("workspace").asText()).isEqualTo(dir.toAbsolutePath().toString());
    assertThat(r.raw().headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(r.raw().headers().firstValue("Content-Security-Policy").orElse(""))
        .contains("default-src 'self'");
  }

  @Test
  void listsTheWorkspaceModelsWithTitles() throws Exception {
    JsonNode models = server.get("/api/models").json().get("models");
    List<String> names = new ArrayList<>();
    models.forEach(m -> names.add(m.get("name").asText()));
    assertThat(names).containsExactly("chicken.yaml", "elmira.yaml", "prisoners-dilemma.yaml");
    assertThat(models.get(0).get("title").asText()).isEqualTo("Chicken");
  }

  @Test
  void readsAModelAsTextTreeAndValidation() throws Exception {
    JsonNode m = server.get("/api/models/chicken.yaml").json();
    assertThat(m.get("format").asText()).isEqualTo("yaml");
    assertThat(m.get("text").asText()).isEqualTo(Files.readString(dir.resolve("chicken.yaml")));
    assertThat(m.get("model").get("decisionMakers").get(0).get("id").asText()).isEqualTo("P1");
    assertThat(m.get("validation").get("ok").asBoolean()).isTrue();
    assertThat(m.get("validation").get("summary").get("states").asInt()).isEqualTo(4);
    // P1 ranks p2Swerves (state 3) first
    assertThat(m.get("validation").get("rankings").get("P1").get(0).get(0).asInt()).isEqualTo(3);
  }

  @Test
  void createsAStarterModelAndRefusesToOverwrite() throws Exception {
    TestServer.Res r = server.send("POST", "/api/models", "{\"name\":\"new one.yaml\"}");
    assertThat(r.status()).isEqualTo(201);
    assertThat(r.json().get("validation").get("ok").asBoolean()).isTrue();
    assertThat(Files.readString(dir.resolve("new one.yaml"))).contains("Party A");
    assertThat(server.send("POST", "/api/models", "{\"name\":\"new one.yaml\"}").error(409))
        .contains("already exists");
  }

  @Test
  void savesTextAtomicallyAndKeepsThePreviousVersion() throws Exception {
    String before = Files.readString(dir.resolve("chicken.yaml"));
    String sha = server.get("/api/models/chicken.yaml").json().get("sha256").asText();
    String after = before.replace("title: Chicken", "title: Chicken, revised");
    TestServer.Res r =
        server.send("PUT", "/api/models/chicken.yaml", Map.of("text", after, "baseSha256", sha));
    assertThat(r.status()).isEqualTo(200);
    assertThat(Files.readString(dir.resolve("chicken.yaml"))).isEqualTo(after);
    assertThat(r.json().get("keptVersion").get("id").asText())
        .matches("[0-9]{8}T[0-9]{6}\\.[0-9]{3}Z");
    JsonNode versions = server.get("/api/models/chicken.yaml/history").json().get("versions");
    assertThat(versions).hasSize(1);
    String id = versions.get(0).get("id").asText();
    assertThat(server.get("/api/models/chicken.yaml/history/" + id).json().get("text").asText())
        .isEqualTo(before);
    // no temporary files are left beside the model
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".tmp")))
          .isEmpty();
    }
  }

  @Test
  void refusesToOverwriteAFileChangedOnDisk() throws Exception {
    String sha = server.get("/api/models/chicken.yaml").json().get("sha256").asText();
    Files.writeString(dir.resolve("chicken.yaml"), "title: changed by the command line\n");
    TestServer.Res r =
        server.send(
            "PUT", "/api/models/chicken.yaml", Map.of("text", "title: mine\n", "baseSha256", sha));
    assertThat(r.status()).isEqualTo(409);
    assertThat(Files.readString(dir.resolve("chicken.yaml")))
        .isEqualTo("title: changed by the command line\n");
  }

  @Test
  void savesATreeInTheFilesFormatAndItReadsBack() throws Exception {
    ObjectNode tree = (ObjectNode) server.get("/api/models/chicken.yaml").json().get("model");
    tree.put("title", "Chicken (edited)");
    ((ObjectNode) tree.get("decisionMakers").get(0)).put("name", "Driver One");
    TestServer.Res r = server.send("PUT", "/api/models/chicken.yaml", Map.of("model", tree));
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.json().get("validation").get("ok").asBoolean()).isTrue();
    String text = Files.readString(dir.resolve("chicken.yaml"));
    assertThat(text).startsWith("parley: 1\ntitle: Chicken (edited)\n").contains("Driver One");
    assertThat(server.get("/api/models/chicken.yaml").json().get("model")).isEqualTo(tree);
  }

  @Test
  void savesAnInvalidModelAndPlacesEveryProblem() throws Exception {
    String text =
        Files.readString(dir.resolve("chicken.yaml"))
            .replace("swerve1\n", "swerve1\n        reversable: both\n");
    TestServer.Res r = server.send("PUT", "/api/models/chicken.yaml", Map.of("text", text));
    assertThat(r.status()).isEqualTo(200);
    assertThat(Files.readString(dir.resolve("chicken.yaml"))).isEqualTo(text);
    JsonNode v = r.json().get("validation");
    assertThat(v.get("ok").asBoolean()).isFalse();
    JsonNode p = v.get("problems").get(0);
    assertThat(p.get("message").asText()).contains("reversable");
    assertThat(p.get("line").asInt()).isPositive();
    assertThat(p.get("column").asInt()).isPositive();
    assertThat(p.get("path").asText()).startsWith("/decisionMakers/0/options/0");
    // and an analysis of it is refused with the same details
    TestServer.Res a = server.send("POST", "/api/models/chicken.yaml/analyses", "{}");
    assertThat(a.status()).isEqualTo(422);
    assertThat(a.json().get("details").get(0).get("line").asInt()).isEqualTo(p.get("line").asInt());
  }

  @Test
  void validatesWithoutSaving() throws Exception {
    TestServer.Res r =
        server.send("POST", "/api/validate", Map.of("text", "title: x\ndecisionMakers: []\n"));
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.json().get("ok").asBoolean()).isFalse();
    assertThat(r.json().get("problems").size()).isPositive();
  }

  @Test
  void analysesChicken() throws Exception {
    TestServer.Res r =
        server.send(
            "POST",
            "/api/models/chicken.yaml/analyses",
            "{\"concepts\":[\"nash\",\"seq\",\"gmr\"]}");
    assertThat(r.status()).isEqualTo(200);
    JsonNode result = r.json().get("result");
    assertThat(r.json().get("job").get("status").asText()).isEqualTo("done");
    assertThat(result.get("nash").get("equilibria").toString()).isEqualTo("[2,3]");
    assertThat(result.get("gmr").get("equilibria").toString()).isEqualTo("[2,3,4]");
    assertThat(result.get("states").get(0).get("description").asText()).contains("Driver 1");
    assertThat(result.get("graph").get("moves").size()).isEqualTo(8);
    JsonNode ex = result.get("explanations").get(0);
    assertThat(ex.get("sentences").get(0).asText()).isNotBlank();
    // the job can be fetched again
    String id = r.json().get("job").get("id").asText();
    assertThat(server.get("/api/jobs/" + id).json().get("result").get("title").asText())
        .isEqualTo("Chicken");
  }

  @Test
  void anAnalysisThatIsNotWaitedForIsAJobToPoll() throws Exception {
    TestServer.Res r = server.send("POST", "/api/models/elmira.yaml/analyses", "{\"waitMs\": 0}");
    assertThat(r.status()).isIn(200, 202);
    String id = r.json().get("job").get("id").asText();
    if (r.status() == 202) {
      assertThat(r.raw().headers().firstValue("Location")).hasValue("/api/jobs/" + id);
    }
    JsonNode job = server.get("/api/jobs/" + id).json();
    for (int i = 0; i < 200 && job.get("job").get("status").asText().equals("running"); i++) {
      Thread.sleep(50);
      job = server.get("/api/jobs/" + id).json();
    }
    assertThat(job.get("job").get("status").asText()).isEqualTo("done");
    assertThat(job.get("result").get("seq").get("equilibria").isArray()).isTrue();
    // cancelling a finished job leaves it as it is
    TestServer.Res cancel = server.send("DELETE", "/api/jobs/" + id, "{}");
    assertThat(cancel.json().get("job").get("status").asText()).isEqualTo("done");
    assertThat(server.get("/api/jobs/no-such-job").status()).isEqualTo(404);
  }

  @Test
  void foresightForTwoDecisionMakersAndAClearRefusalOtherwise() throws Exception {
    TestServer.Res r =
        server.send(
            "POST", "/api/models/chicken.yaml/analyses", "{\"concepts\":[\"nash\",\"L2\",\"NM\"]}");
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.json().get("result").has("L2")).isTrue();
    assertThat(
            server
                .send("POST", "/api/models/chicken.yaml/analyses", "{\"concepts\":[\"nashh\"]}")
                .error(400))
        .contains("unknown concept 'nashh'");
  }

  @Test
  void explainsAStateInSentences() throws Exception {
    TestServer.Res r =
        server.get(
            "/api/models/prisoners-dilemma.yaml/explain?state=bothCooperate&concept=nash,gmr&dm=P1");
    assertThat(r.status()).isEqualTo(200);
    JsonNode e = r.json().get("explanations");
    assertThat(e).hasSize(2);
    assertThat(e.get(0).get("stable").asBoolean()).isFalse(); // Nash: P1 defects
    assertThat(e.get(1).get("stable").asBoolean()).isTrue(); // GMR: P2's defection deters it
    assertThat(e.get(1).get("sentences").get(0).asText()).contains("but then");
    TestServer.Res bad = server.get("/api/models/prisoners-dilemma.yaml/explain?state=nowhere");
    assertThat(bad.status()).isEqualTo(400);
  }

  @Test
  void reportsInEveryFormat() throws Exception {
    TestServer.Res html = server.get("/api/models/elmira.yaml/report?format=html&download=1");
    assertThat(html.status()).isEqualTo(200);
    assertThat(html.contentType()).startsWith("text/html");
    assertThat(html.body()).contains("<h1>").contains("<table>").contains("@media print");
    assertThat(html.raw().headers().firstValue("Content-Disposition"))
        .hasValue("attachment; filename=\"elmira-briefing.html\"");
    TestServer.Res csv = server.get("/api/models/elmira.yaml/report?format=csv");
    assertThat(csv.contentType()).startsWith("text/csv");
    assertThat(csv.body()).startsWith("state,");
    TestServer.Res md = server.get("/api/models/elmira.yaml/report?format=md");
    assertThat(md.body()).startsWith("# ");
    TestServer.Res json = server.get("/api/models/elmira.yaml/report?format=json");
    assertThat(json.json().get("title").asText()).isNotBlank();
    TestServer.Res pdf = server.get("/api/models/chicken.yaml/report?format=pdf");
    if (Files.isExecutable(Path.of("/usr/bin/chromium"))) {
      assertThat(pdf.status()).isEqualTo(200);
      assertThat(pdf.contentType()).isEqualTo("application/pdf");
      assertThat(new String(pdf.raw().body(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
          .isEqualTo("%PDF-");
    } else {
      assertThat(pdf.error(501)).contains("apt-get install chromium");
    }
    assertThat(server.get("/api/models/elmira.yaml/report?format=docx").status()).isEqualTo(400);
  }

  @Test
  void historyDiffAndRestore() throws Exception {
    String v1 = Files.readString(dir.resolve("chicken.yaml"));
    String v2 = v1.replace("title: Chicken", "title: Chicken 2");
    String v3 = v2.replace("title: Chicken 2", "title: Chicken 3");
    server.send("PUT", "/api/models/chicken.yaml", Map.of("text", v2));
    server.send("PUT", "/api/models/chicken.yaml", Map.of("text", v3));
    JsonNode versions = server.get("/api/models/chicken.yaml/history").json().get("versions");
    assertThat(versions).hasSize(2);
    String oldest = versions.get(1).get("id").asText();
    JsonNode diff = server.get("/api/models/chicken.yaml/history/" + oldest + "/diff").json();
    assertThat(diff.get("added").asInt()).isEqualTo(1);
    assertThat(diff.get("removed").asInt()).isEqualTo(1);
    assertThat(diff.get("unified").asText())
        .contains("-title: Chicken\n")
        .contains("+title: Chicken 3\n");
    TestServer.Res r =
        server.send("POST", "/api/models/chicken.yaml/history/" + oldest + "/restore", "{}");
    assertThat(r.status()).isEqualTo(200);
    assertThat(Files.readString(dir.resolve("chicken.yaml"))).isEqualTo(v1);
    // the restore kept what it replaced
    JsonNode after = server.get("/api/models/chicken.yaml/history").json().get("versions");
    assertThat(after).hasSize(3);
    assertThat(
            server
                .get("/api/models/chicken.yaml/history/" + after.get(0).get("id").asText())
                .json()
                .get("text")
                .asText())
        .isEqualTo(v3);
    // an explicit snapshot of unchanged content adds nothing new
    assertThat(server.send("POST", "/api/models/chicken.yaml/history", "{}").status())
        .isEqualTo(201);
    assertThat(server.send("POST", "/api/models/chicken.yaml/history", "{}").status())
        .isEqualTo(200);
    assertThat(server.get("/api/models/chicken.yaml/history/20200101T000000.000Z").status())
        .isEqualTo(404);
    assertThat(server.get("/api/models/chicken.yaml/history/..%2F..%2Fchicken.yaml").status())
        .isIn(400, 404);
  }

  @Test
  void errorsAreJson() throws Exception {
    TestServer.Res missing = server.get("/api/models/nothing.yaml");
    assertThat(missing.error(404)).contains("nothing.yaml");
    assertThat(missing.json().get("details").isArray()).isTrue();
    assertThat(server.get("/api/nothing").error(404)).contains("openapi");
    assertThat(server.send("PUT", "/api/models/chicken.yaml", "{\"text\": ").error(400))
        .contains("not JSON");
  }

  @Test
  void theUiIsServedWhenBuilt() throws Exception {
    TestServer.Res r = server.get("/");
    if (getClass().getResource("/public/index.html") == null) {
      assertThat(System.getenv("CI"))
          .as("CI=true: the build must include the workbench UI (no -Dui.skip)")
          .isNotEqualTo("true");
      assertThat(r.status()).isEqualTo(404);
      return;
    }
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.contentType()).startsWith("text/html");
    assertThat(r.body()).contains("<div id=\"app\">");
    assertThat(r.raw().headers().firstValue("X-Frame-Options")).hasValue("DENY");
  }

  @Test
  void methodNotAllowedIsJson() throws Exception {
    TestServer.Res r = server.send(server.jsonRequest("/api/health").DELETE());
    assertThat(r.status()).isEqualTo(405);
    assertThat(r.json().get("status").asInt()).isEqualTo(405);
  }
}
