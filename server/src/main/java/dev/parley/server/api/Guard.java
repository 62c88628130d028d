package dev.parley.server.api;

import dev.parley.server.errors.ApiError;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.IntSupplier;

/**
 * Keeps the workbench to its own browser tab and to local scripts:
 *
 * <ul>
 *   <li>the Host header must name the address the server listens on (a web page that rebinds its
 *       own domain name to 127.0.0.1 sends its own name: refused);
 *   <li>a request with an Origin header must come from the workbench itself, and one that a browser
 *       marks {@code Sec-Fetch-Site: cross-site} is refused; no CORS headers are ever sent;
 *   <li>every write (POST, PUT, PATCH, DELETE) must say {@code Content-Type: application/json},
 *       which a cross-site form cannot send;
 *   <li>every answer carries nosniff, no framing, no referrer and a strict content security policy.
 * </ul>
 */
public final class Guard {
  static final String CSP =
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self'"
          + " data: blob:; connect-src 'self'; object-src 'none'; base-uri 'none';"
          + " frame-ancestors 'none'; form-action 'self'";

  /** The headers every answer carries, the errors Jetty gives by itself included. */
  public static final Map<String, String> SECURITY_HEADERS =
      Map.of(
          "X-Content-Type-Options", "nosniff",
          "X-Frame-Options", "DENY",
          "Referrer-Policy", "no-referrer",
          "Cross-Origin-Opener-Policy", "same-origin",
          "Cross-Origin-Resource-Policy", "same-origin",
          "Content-Security-Policy", CSP);

  private final String host;
  private final IntSupplier port;

  /**
   * @param host the address the server listens on
   * @param port the port it listens on, once started
   */
  public Guard(String host, IntSupplier port) {
    this.host = host;
    this.port = port;
  }

  private Set<String> hosts() {
    int p = port.getAsInt();
    Set<String> s = new HashSet<>();
    for (String h : java.util.List.of("127.0.0.1", "localhost", "[::1]", hostForUrl(host))) {
      s.add(h.toLowerCase(Locale.ROOT) + ":" + p);
    }
    return s;
  }

  /** An IPv6 literal in brackets, as in URLs and Host headers. */
  public static String hostForUrl(String host) {
    return host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
  }

  /** The before-handler of every request. */
  public void check(Context ctx) {
    SECURITY_HEADERS.forEach(ctx::header);
    if (ctx.path().startsWith("/api/")) {
      ctx.header("Cache-Control", "no-store");
    }
    Set<String> hosts = hosts();
    String hostHeader = ctx.header("Host");
    if (hostHeader == null || !hosts.contains(hostHeader.toLowerCase(Locale.ROOT))) {
      throw new ApiError(
          403,
          "request refused: the Host header '"
              + (hostHeader == null ? "" : hostHeader)
              + "' does not name this workbench; open http://"
              + hostForUrl(host)
              + ":"
              + port.getAsInt()
              + "/");
    }
    String origin = ctx.header("Origin");
    if (origin != null) {
      String o = origin.toLowerCase(Locale.ROOT);
      boolean ours = o.startsWith("http://") && hosts.contains(o.substring("http://".length()));
      if (!ours) {
        throw new ApiError(
            403, "cross-site request refused: the workbench answers only its own pages");
      }
    }
    if ("cross-site".equalsIgnoreCase(ctx.header("Sec-Fetch-Site"))) {
      throw new ApiError(
          403, "cross-site request refused: the workbench answers only its own pages");
    }
    HandlerType m = ctx.method();
    boolean write =
        m.equals(HandlerType.POST)
            || m.equals(HandlerType.PUT)
            || m.equals(HandlerType.PATCH)
            || m.equals(HandlerType.DELETE);
    if (write) {
      String ct = ctx.header("Content-Type");
      String base = ct == null ? "" : ct.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
      if (!base.equals("application/json")) {
        throw new ApiError(
            415,
            "requests that change something must be sent as Content-Type: application/json"
                + (ct == null ? "" : " (got '" + ct + "')"));
      }
    }
  }
}
