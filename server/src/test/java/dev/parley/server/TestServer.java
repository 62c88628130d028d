package dev.parley.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * A workbench on 127.0.0.1 and an ephemeral port, over a temporary workspace, and an HTTP client.
 */
final class TestServer implements AutoCloseable {
  static final ObjectMapper JSON = new ObjectMapper();

  final Workbench workbench;
  final Path workspace;
  final HttpClient client = HttpClient.newHttpClient();

  TestServer(Path workspace, Duration snapshotInterval, String... examples) throws IOException {
    this(workspace, snapshotInterval, null, examples);
  }

  /** A workbench whose PDFs are printed by {@code chromium} (null: the system's). */
  TestServer(Path workspace, Duration snapshotInterval, Path chromium, String... examples)
      throws IOException {
    this.workspace = workspace;
    for (String e : examples) {
      Path src = repo().resolve("examples").resolve(e);
      Files.copy(
          Files.exists(src) ? src : repo().resolve("testdata").resolve(e), workspace.resolve(e));
    }
    this.workbench =
        Workbench.start(
            new Workbench.Options(workspace, "127.0.0.1", 0, snapshotInterval, chromium));
  }

  String base() {
    return "http://127.0.0.1:" + workbench.port();
  }

  /** A response: status, headers' content type, body as text and (when JSON) as a tree. */
  record Res(int status, String contentType, String body, HttpResponse<byte[]> raw) {
    JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new AssertionError("not JSON: " + body, e);
      }
    }
  }

  Res get(String path) throws IOException, InterruptedException {
    return send(HttpRequest.newBuilder(URI.create(base() + path)).GET());
  }

  Res send(String method, String path, String json) throws IOException, InterruptedException {
    return send(
        HttpRequest.newBuilder(URI.create(base() + path))
            .header("Content-Type", "application/json")
            .method(method, HttpRequest.BodyPublishers.ofString(json == null ? "" : json)));
  }

  Res send(HttpRequest.Builder b) throws IOException, InterruptedException {
    HttpResponse<byte[]> r =
        client.send(
            b.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofByteArray());
    return new Res(
        r.statusCode(),
        r.headers().firstValue("Content-Type").orElse(""),
        new String(r.body(), StandardCharsets.UTF_8),
        r);
  }

  /**
   * A request written by hand on a socket, for what Java's HTTP client will not send (a foreign
   * Host header, a raw path). Returns the status line and the rest.
   */
  String raw(String request) throws IOException {
    try (Socket s = new Socket("127.0.0.1", workbench.port())) {
      s.setSoTimeout(10_000);
      OutputStream out = s.getOutputStream();
      out.write(request.getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      InputStream in = s.getInputStream();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  static String body(Object o) {
    try {
      return JSON.writeValueAsString(o);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static Path repo() {
    Path p = Path.of("").toAbsolutePath();
    while (p != null && !Files.isDirectory(p.resolve("examples"))) {
      p = p.getParent();
    }
    if (p == null) {
      throw new IllegalStateException("cannot find the repository root with examples/");
    }
    return p;
  }

  @Override
  public void close() {
    workbench.close();
  }
}
