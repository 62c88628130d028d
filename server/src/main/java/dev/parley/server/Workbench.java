package dev.parley.server;

import dev.parley.app.BadRequest;
import dev.parley.app.TooLarge;
import dev.parley.report.html.PdfPrinter;
import dev.parley.server.analysis.Jobs;
import dev.parley.server.analysis.Validation;
import dev.parley.server.api.Api;
import dev.parley.server.api.Guard;
import dev.parley.server.api.JettyErrors;
import dev.parley.server.api.Route;
import dev.parley.server.errors.ApiError;
import dev.parley.server.workspace.Workspace;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Parley workbench: a local web server (Javalin) with the REST API under {@code /api} and the
 * browser UI (built by Vite into {@code public/} on the classpath) at {@code /}.
 */
public final class Workbench implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Workbench.class);

  /** Largest request body accepted, in bytes (a model is at most 1 MiB; JSON adds quoting). */
  public static final long MAX_REQUEST_BYTES = 3L << 20;

  /**
   * How to start: workspace folder, address and port (0: any free port), how often a version is
   * kept while saving continuously, and the Chromium that prints PDFs (null: {@code
   * PARLEY_CHROMIUM} or {@code /usr/bin/chromium}).
   */
  public record Options(
      Path workspace, String host, int port, Duration snapshotInterval, Path chromium) {
    public Options(Path workspace, String host, int port, Duration snapshotInterval) {
      this(workspace, host, port, snapshotInterval, null);
    }

    public Options(Path workspace, String host, int port) {
      this(workspace, host, port, Duration.ofMinutes(1));
    }
  }

  private final Javalin app;
  private final Jobs jobs;
  private final Options options;
  private final Workspace workspace;

  private Workbench(Options options, Workspace workspace, Jobs jobs, Javalin app) {
    this.options = options;
    this.workspace = workspace;
    this.jobs = jobs;
    this.app = app;
  }

  /** Starts a workbench; it serves until {@link #close()}. */
  public static Workbench start(Options options) throws IOException {
    Workspace ws =
        new Workspace(options.workspace(), options.snapshotInterval(), Clock.systemUTC());
    Jobs jobs =
        new Jobs(
            Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors())),
            Clock.systemUTC());
    Api api =
        new Api(
            ws,
            jobs,
            options.chromium() == null ? PdfPrinter.system() : new PdfPrinter(options.chromium()));
    Javalin[] holder = new Javalin[1];
    Guard guard = new Guard(options.host(), () -> holder[0].port());
    Javalin app =
        Javalin.create(
            config -> {
              config.startup.showJavalinBanner = false;
              config.startup.showOldJavalinVersionWarning = false;
              config.http.maxRequestSize = MAX_REQUEST_BYTES;
              config.http.prefer405over404 = true;
              config.jetty.host = options.host();
              config.jetty.port = options.port();
              // Jetty's own refusals (before routing) answer JSON with the security headers too
              config.jetty.modifyServer(server -> server.setErrorHandler(new JettyErrors()));
              config.jetty.modifyServletContextHandler(
                  handler -> handler.setErrorHandler(new JettyErrors()));
              if (Workbench.class.getResource("/public/index.html") != null) {
                config.staticFiles.add(
                    sf -> {
                      sf.hostedPath = "/";
                      sf.directory = "/public";
                      sf.location = Location.CLASSPATH;
                    });
              } else {
                // a build without the UI (mvn -Dui.skip): the API works, the page says so
                config.routes.get(
                    "/",
                    ctx ->
                        ctx.status(404)
                            .contentType("text/html; charset=utf-8")
                            .result(
                                "<!doctype html><title>Parley</title><p>This build of Parley has"
                                    + " no workbench UI (it was built with -Dui.skip). The API"
                                    + " is at <a href=\"/api/openapi.json\">/api/openapi.json</a>."));
              }
              config.routes.before(guard::check);
              for (Route r : api.routes()) {
                config.routes.addHttpHandler(
                    HandlerType.findOrCreate(r.method()), r.path(), r.handler());
              }
              config.routes.exception(
                  ApiError.class, (e, ctx) -> error(ctx, e.status(), e.getMessage(), e.details()));
              config.routes.exception(
                  BadRequest.class,
                  (e, ctx) ->
                      error(
                          ctx,
                          400,
                          (e.field() == null ? "" : e.field() + " ") + String.join("; ", e.lines()),
                          List.of()));
              config.routes.exception(
                  TooLarge.class,
                  (e, ctx) -> error(ctx, 413, e.advice(Validation.SERVE), List.of()));
              config.routes.exception(
                  HttpResponseException.class,
                  (e, ctx) -> error(ctx, e.getStatus(), message(e, ctx), List.of()));
              config.routes.exception(
                  Exception.class,
                  (e, ctx) -> {
                    LOG.error("internal error on {} {}", ctx.method(), ctx.path(), e);
                    error(ctx, 500, "internal error: " + e, List.of());
                  });
              config.routes.error(
                  405,
                  ctx ->
                      error(
                          ctx, 405, ctx.method() + " is not allowed on " + ctx.path(), List.of()));
            });
    holder[0] = app;
    app.start();
    return new Workbench(options, ws, jobs, app);
  }

  private static String message(HttpResponseException e, Context ctx) {
    if (e.getStatus() == 404) {
      return "no such route: "
          + ctx.method()
          + " "
          + ctx.path()
          + " (the API is described at /api/openapi.json)";
    }
    if (e.getStatus() == 413) {
      return "the request is larger than " + MAX_REQUEST_BYTES + " bytes";
    }
    return e.getMessage();
  }

  private static void error(
      Context ctx, int status, String message, List<ApiError.Detail> details) {
    ctx.status(status).contentType("application/json");
    try {
      ctx.result(
          new com.fasterxml.jackson.databind.ObjectMapper()
              .writeValueAsString(Api.errorJson(status, message, details)));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      ctx.result("{\"error\":\"internal error\",\"status\":500,\"details\":[]}");
    }
  }

  public int port() {
    return app.port();
  }

  /** The address to open in a browser. */
  public String url() {
    return "http://" + Guard.hostForUrl(options.host()) + ":" + port() + "/";
  }

  public Workspace workspace() {
    return workspace;
  }

  @Override
  public void close() {
    jobs.close();
    app.stop();
  }
}
