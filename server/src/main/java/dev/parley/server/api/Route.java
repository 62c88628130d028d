package dev.parley.server.api;

import io.javalin.http.Handler;

/** One API route: method, path (with {@code {param}}s, as in OpenAPI) and handler. */
public record Route(String method, String path, Handler handler) {}
