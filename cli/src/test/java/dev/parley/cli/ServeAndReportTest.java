package dev.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServeAndReportTest {
  @TempDir Path dir;

  @Test
  void reportWritesAnHtmlBriefing() throws Exception {
    Path out = dir.resolve("elmira.html");
    Cli r = Cli.run("report", Cli.example("elmira.yaml"), "-o", out.toString());
    assertThat(r.code()).as(r.err()).isEqualTo(0);
    String html = Files.readString(out);
    assertThat(html).startsWith("<!doctype html>").contains("<h1>").contains("<table>");
    assertThat(html).contains("@media print");
    Cli stdout = Cli.run("report", Cli.example("chicken.yaml"), "--concept", "nash,seq");
    assertThat(stdout.out()).contains("<h1>Chicken</h1>").contains("SEQ");
  }

  @Test
  void reportPdfSaysWhatToInstallWithoutChromium() {
    Cli r =
        Cli.run(
            "report",
            Cli.example("chicken.yaml"),
            "--format",
            "pdf",
            "--chromium",
            dir.resolve("no-such-chromium").toString(),
            "-o",
            dir.resolve("x.pdf").toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("apt-get install chromium").contains("--format html");
    assertThat(Files.exists(dir.resolve("x.pdf"))).isFalse();
  }

  @Test
  void reportPdfWithChromium() throws Exception {
    assertThat(
            "true".equals(System.getenv("CI")) && !Files.isExecutable(Path.of("/usr/bin/chromium")))
        .as("CI=true: /usr/bin/chromium must be installed (.ci/run does this)")
        .isFalse();
    org.junit.jupiter.api.Assumptions.assumeTrue(
        Files.isExecutable(Path.of("/usr/bin/chromium")), "/usr/bin/chromium is not installed");
    Path out = dir.resolve("chicken.pdf");
    Cli r = Cli.run("report", Cli.example("chicken.yaml"), "--format", "pdf", "-o", out.toString());
    assertThat(r.code()).as(r.err()).isEqualTo(0);
    byte[] pdf = Files.readAllBytes(out);
    assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
  }

  @Test
  void servePrintsTheAddressAndServesTheApi() throws Exception {
    Files.copy(Path.of(Cli.example("chicken.yaml")), dir.resolve("chicken.yaml"));
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int[] code = {-1};
    Thread t =
        new Thread(
            () ->
                code[0] =
                    Main.commandLine(new PrintWriter(out, true), new PrintWriter(err, true))
                        .execute("serve", "--port", "0", "--workspace", dir.toString()));
    t.start();
    Pattern url = Pattern.compile("(http://127\\.0\\.0\\.1:[0-9]+/)");
    Matcher m = url.matcher("");
    for (int i = 0; i < 300 && !m.reset(out.toString()).find(); i++) {
      Thread.sleep(50);
    }
    assertThat(m.reset(out.toString()).find()).as(out + "\n" + err).isTrue();
    HttpResponse<String> r =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(m.group(1) + "api/models")).build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).contains("chicken.yaml");
    t.interrupt();
    t.join(10_000);
    assertThat(code[0]).isEqualTo(0);
  }

  @Test
  void serveRefusesAFileAsWorkspace() {
    Cli r = Cli.run("serve", "--port", "0", "--workspace", Cli.example("chicken.yaml"));
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("is not a folder");
  }
}
