package dev.parley.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parley.io.TestFiles;
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
import java.util.Map;

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
      Files.copy(TestFiles.example(e), workspace.resolve(e));
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
    /** The {@code error} of a JSON error answer. */
    String error() {
      return json().get("error").asText();
    }

    /** The {@code error} of a JSON error answer, which must have the status {@code expected}. */
    String error(int expected) {
      assertThat(status).as(body).isEqualTo(expected);
      return error();
    }

    JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new AssertionError("not JSON: " + body, e);
      }
    }
  }

  /** A request to {@code path} of this workbench, for what the methods below do not set. */
  HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create(base() + path));
  }

  /** A request to {@code path} with a JSON body, whose method and body are still to be set. */
  HttpRequest.Builder jsonRequest(String path) {
    return request(path).header("Content-Type", "application/json");
  }

  Res get(String path) throws IOException, InterruptedException {
    return send(request(path).GET());
  }

  Res send(String method, String path, String json) throws IOException, InterruptedException {
    return send(
        jsonRequest(path)
            .method(method, HttpRequest.BodyPublishers.ofString(json == null ? "" : json)));
  }

  /** {@code method path} with {@code fields} as its JSON body. */
  Res send(String method, String path, Map<String, ?> fields)
      throws IOException, InterruptedException {
    return send(method, path, body(fields));
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

  /**
   * {@code GET path} written by hand with the Host header {@code host} and this workbench's port;
   * the status line and the rest.
   */
  String rawGet(String path, String host) throws IOException {
    return raw(
        "GET "
            + path
            + " HTTP/1.1\r\nHost: "
            + host
            + ":"
            + workbench.port()
            + "\r\nConnection: close\r\n\r\n");
  }

  static String body(Object o) {
    try {
      return JSON.writeValueAsString(o);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    workbench.close();
  }
}
