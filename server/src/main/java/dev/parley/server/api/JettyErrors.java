package dev.parley.server.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * The answers Jetty gives by itself, before a request reaches the API (a path with encoded dots
 * such as {@code /%2e%2e/x}, a malformed Host header, a request line it cannot parse): the same
 * JSON error as every other route, with the same security headers, never an HTML page.
 */
public final class JettyErrors extends ErrorHandler {

  @Override
  protected void generateResponse(
      Request request,
      Response response,
      int code,
      String message,
      Throwable cause,
      Callback callback) {
    HttpFields.Mutable headers = response.getHeaders();
    headers(headers);
    response.write(true, body(code, message), callback);
  }

  private static void headers(HttpFields.Mutable fields) {
    for (Map.Entry<String, String> h : Guard.SECURITY_HEADERS.entrySet()) {
      fields.put(h.getKey(), h.getValue());
    }
    fields.put(HttpHeader.CACHE_CONTROL, "no-store");
    fields.put(HttpHeader.CONTENT_TYPE, "application/json");
  }

  /** The error body; Jetty's reason (e.g. "Ambiguous URI path separator") as the message. */
  static ByteBuffer body(int status, String reason) {
    String message =
        "the server refused the request before reading it: "
            + (reason == null || reason.isBlank() ? "HTTP " + status : reason)
            + (status == 400
                ? " (check the address: no encoded '.', '/' or '\\' in the path)"
                : "");
    try {
      return ByteBuffer.wrap(
          Api.JSON
              .writeValueAsString(Api.errorJson(status, message, List.of()))
              .getBytes(StandardCharsets.UTF_8));
    } catch (JsonProcessingException e) {
      return ByteBuffer.wrap(
          ("{\"error\":\"HTTP " + status + "\",\"status\":" + status + ",\"details\":[]}")
              .getBytes(StandardCharsets.UTF_8));
    }
  }
}
