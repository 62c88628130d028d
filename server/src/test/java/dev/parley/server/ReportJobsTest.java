package dev.parley.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.io.TestModels;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reports as cancellable jobs: POST .../reports, GET /api/jobs/{id}, GET /api/jobs/{id}/report. */
class ReportJobsTest {
  @TempDir Path root;

  private TestServer server(Path chromium) throws Exception {
    Path ws = Files.createDirectories(root.resolve("ws"));
    return new TestServer(ws, Duration.ZERO, chromium, "chicken.yaml", "elmira.yaml");
  }

  /** Polls a job until it is no longer running. */
  static JsonNode finish(TestServer server, JsonNode answer) throws Exception {
    String id = answer.get("job").get("id").asText();
    JsonNode a = answer;
    for (int i = 0; i < 600 && a.get("job").get("status").asText().equals("running"); i++) {
      Thread.sleep(50);
      a = server.get("/api/jobs/" + id).json();
    }
    return a;
  }

  @Test
  void aReportIsAJobWhoseFileIsFetchedOnceDone() throws Exception {
    try (TestServer server = server(null)) {
      TestServer.Res r =
          server.send(
              "POST",
              "/api/models/elmira.yaml/reports",
              "{\"format\": \"html\", \"concepts\": [\"nash\", \"seq\"], \"waitMs\": 0}");
      assertThat(r.status()).isIn(200, 202);
      JsonNode job = r.json().get("job");
      assertThat(job.get("kind").asText()).isEqualTo("report");
      assertThat(job.get("model").asText()).isEqualTo("elmira.yaml");
      String id = job.get("id").asText();
      if (r.status() == 202) {
        assertThat(r.raw().headers().firstValue("Location")).hasValue("/api/jobs/" + id);
      }
      JsonNode done = finish(server, r.json());
      assertThat(done.get("job").get("status").asText()).isEqualTo("done");
      JsonNode result = done.get("result");
      assertThat(result.get("fileName").asText()).isEqualTo("elmira-briefing.html");
      assertThat(result.get("contentType").asText()).startsWith("text/html");

      TestServer.Res file = server.get("/api/jobs/" + id + "/report?download=1");
      assertThat(file.status()).isEqualTo(200);
      assertThat(file.contentType()).startsWith("text/html");
      assertThat(file.raw().headers().firstValue("Content-Disposition"))
          .hasValue("attachment; filename=\"elmira-briefing.html\"");
      assertThat(file.body()).contains("<h1>").contains("@media print");
      assertThat(file.raw().body().length).isEqualTo(result.get("size").asInt());
      // only the concepts asked for
      assertThat(file.body()).contains("Nash").doesNotContain("SEQ+SIM");
      // the same report as the synchronous route
      TestServer.Res sync =
          server.get("/api/models/elmira.yaml/report?format=html&concept=nash,seq");
      assertThat(sync.body()).isEqualTo(file.body());
      // opened in a tab: inline
      assertThat(
              server
                  .get("/api/jobs/" + id + "/report")
                  .raw()
                  .headers()
                  .firstValue("Content-Disposition"))
          .hasValue("inline; filename=\"elmira-briefing.html\"");
    }
  }

  @Test
  void everyFormatAsAJob() throws Exception {
    try (TestServer server = server(null)) {
      String[][] cases = {
        {"md", "text/markdown", "chicken-briefing.md", "# "},
        {"text", "text/plain", "chicken-briefing.txt", "CHICKEN"},
        {"csv", "text/csv", "chicken-stability.csv", "state,"},
        {"json", "application/json", "chicken-result.json", "{"},
      };
      for (String[] c : cases) {
        JsonNode done =
            finish(
                server,
                server
                    .send(
                        "POST", "/api/models/chicken.yaml/reports", "{\"format\":\"" + c[0] + "\"}")
                    .json());
        assertThat(done.get("result").get("fileName").asText()).as(c[0]).isEqualTo(c[2]);
        TestServer.Res file =
            server.get("/api/jobs/" + done.get("job").get("id").asText() + "/report");
        assertThat(file.contentType()).as(c[0]).startsWith(c[1]);
        assertThat(file.body()).as(c[0]).startsWith(c[3]);
      }
    }
  }

  @Test
  void aSlowPdfIsCancelledAndItsPrinterStopped() throws Exception {
    Path bin = Files.createDirectories(root.resolve("bin"));
    Path marker = root.resolve("printer-started");
    Path chromium = bin.resolve("slow-chromium");
    Files.writeString(chromium, "#!/bin/sh\necho started > '" + marker + "'\nexec sleep 60\n");
    Files.setPosixFilePermissions(chromium, PosixFilePermissions.fromString("rwxr-xr-x"));
    try (TestServer server = server(chromium)) {
      TestServer.Res r =
          server.send(
              "POST", "/api/models/chicken.yaml/reports", "{\"format\":\"pdf\",\"waitMs\":0}");
      assertThat(r.status()).isEqualTo(202);
      String id = r.json().get("job").get("id").asText();
      JsonNode job = server.get("/api/jobs/" + id).json().get("job");
      for (int i = 0; i < 200 && !Files.exists(marker); i++) {
        Thread.sleep(50);
        job = server.get("/api/jobs/" + id).json().get("job");
      }
      assertThat(marker).exists();
      job = server.get("/api/jobs/" + id).json().get("job");
      assertThat(job.get("status").asText()).isEqualTo("running");
      assertThat(job.get("progress").get("phase").asText()).isEqualTo("printing the PDF");
      // not ready yet: a clear 409, not an empty file
      assertThat(server.get("/api/jobs/" + id + "/report").error(409))
          .contains("not ready")
          .contains(id);

      long t0 = System.nanoTime();
      TestServer.Res cancel = server.send("DELETE", "/api/jobs/" + id, "{}");
      assertThat(cancel.status()).isEqualTo(200);
      assertThat(cancel.json().get("job").get("status").asText()).isEqualTo("cancelled");
      // stopped at once (the printer is polled), not after the printer's 90 s timeout
      assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(2));
      assertThat(server.get("/api/jobs/" + id + "/report").error(409)).contains("cancelled");
    }
  }

  @Test
  void pdfAsAJob() throws Exception {
    try (TestServer server = server(null)) {
      TestServer.Res r =
          server.send("POST", "/api/models/chicken.yaml/reports", "{\"format\":\"pdf\"}");
      if (!Files.isExecutable(Path.of("/usr/bin/chromium"))) {
        assertThat(System.getenv("CI"))
            .as("CI=true: /usr/bin/chromium must be installed (.ci/run does this)")
            .isNotEqualTo("true");
        assertThat(r.error(501)).contains("apt-get install chromium");
        return;
      }
      JsonNode done = finish(server, r.json());
      assertThat(done.get("job").get("status").asText()).isEqualTo("done");
      TestServer.Res pdf =
          server.get("/api/jobs/" + done.get("job").get("id").asText() + "/report?download=1");
      assertThat(pdf.contentType()).isEqualTo("application/pdf");
      assertThat(new String(pdf.raw().body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
      assertThat(pdf.raw().headers().firstValue("Content-Disposition"))
          .hasValue("attachment; filename=\"chicken-briefing.pdf\"");
    }
  }

  @Test
  void badRequestsAreClearJsonErrors() throws Exception {
    try (TestServer server = server(root.resolve("no-such-chromium"))) {
      assertThat(
              server
                  .send("POST", "/api/models/chicken.yaml/reports", "{\"format\":\"docx\"}")
                  .error(400))
          .contains("docx")
          .contains("html, pdf");
      assertThat(
              server.send("POST", "/api/models/chicken.yaml/reports", "{\"format\": 3}").error(400))
          .contains("format must be a string");
      assertThat(
              server
                  .send("POST", "/api/models/chicken.yaml/reports", "{\"waitMs\": \"soon\"}")
                  .error(400))
          .contains("waitMs");
      assertThat(
              server
                  .send("POST", "/api/models/chicken.yaml/reports", "{\"concepts\": [\"nashh\"]}")
                  .error(400))
          .contains("nashh");
      TestServer.Res missing =
          server.send("POST", "/api/models/nothing.yaml/reports", "{\"format\":\"html\"}");
      assertThat(missing.status()).isEqualTo(404);
      // no Chromium: refused before a job starts, saying what to install
      assertThat(
              server
                  .send("POST", "/api/models/chicken.yaml/reports", "{\"format\":\"pdf\"}")
                  .error(501))
          .contains("apt-get install chromium");
      // a model with problems: 422 with the problems placed in the file
      Files.writeString(
          server.workspace.resolve("broken.yaml"),
          Files.readString(server.workspace.resolve("chicken.yaml"))
              .replace("swerve1\n", "swerve1\n        reversable: both\n"));
      TestServer.Res broken = server.send("POST", "/api/models/broken.yaml/reports", "{}");
      assertThat(broken.status()).isEqualTo(422);
      assertThat(broken.json().get("details").get(0).get("line").asInt()).isPositive();
      // jobs: unknown, or an analysis rather than a report
      assertThat(server.get("/api/jobs/nope/report").status()).isEqualTo(404);
      String analysis =
          server
              .send("POST", "/api/models/chicken.yaml/analyses", "{}")
              .json()
              .get("job")
              .get("id")
              .asText();
      assertThat(server.get("/api/jobs/" + analysis + "/report").error(404))
          .contains("analysis, not a report");
      // writes must be JSON
      TestServer.Res form =
          server.send(
              server
                  .request("/api/models/chicken.yaml/reports")
                  .header("Content-Type", "application/x-www-form-urlencoded")
                  .POST(java.net.http.HttpRequest.BodyPublishers.ofString("format=html")));
      assertThat(form.status()).isEqualTo(415);
    }
  }

  @Test
  void aModelTooLargeForTheSynchronousRouteIsSentToTheJobRoute() throws Exception {
    try (TestServer server = server(null)) {
      Files.writeString(server.workspace.resolve("big.yaml"), TestModels.big());
      assertThat(server.get("/api/models/big.yaml/report?format=csv&concept=nash").error(422))
          .contains("32768 states")
          .contains("POST /api/models/{name}/reports");
      JsonNode done =
          finish(
              server,
              server
                  .send(
                      "POST",
                      "/api/models/big.yaml/reports",
                      "{\"format\":\"csv\",\"concepts\":[\"nash\"]}")
                  .json());
      assertThat(done.get("job").get("status").asText()).isEqualTo("done");
      TestServer.Res csv =
          server.get("/api/jobs/" + done.get("job").get("id").asText() + "/report");
      assertThat(csv.body().lines().count()).isEqualTo(32768 + 1);
    }
  }
}
