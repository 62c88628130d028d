package dev.parley.server.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parley.app.Analyse;
import dev.parley.app.BadRequest;
import dev.parley.app.Explain;
import dev.parley.app.FindStates;
import dev.parley.app.ModelInput;
import dev.parley.app.Report;
import dev.parley.app.TooLarge;
import dev.parley.core.Parley;
import dev.parley.core.progress.Progress;
import dev.parley.io.Format;
import dev.parley.io.LoadedModel;
import dev.parley.report.html.PdfPrinter;
import dev.parley.server.analysis.Analysis;
import dev.parley.server.analysis.Jobs;
import dev.parley.server.analysis.ModelText;
import dev.parley.server.analysis.Validation;
import dev.parley.server.analysis.WorkbenchHints;
import dev.parley.server.errors.ApiError;
import dev.parley.server.workspace.ModelNames;
import dev.parley.server.workspace.Workspace;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

/** The REST API of the workbench; {@code openapi.json} beside this class documents every route. */
public final class Api {
  static final ObjectMapper JSON = JsonMapper.builder().build();

  /** How long an analysis request waits for its job before answering 202 with the job. */
  static final long DEFAULT_WAIT_MS = 3000;

  static final long MAX_WAIT_MS = 30_000;

  private final Workspace workspace;
  private final Jobs jobs;
  private final PdfPrinter pdf;
  private final ReportJobs reportJobs;
  private final GmcrImports imports;
  private final HistoryRoutes history;
  private final MediatorRoutes mediator;
  private final EvolutionRoutes evolution;
  private final BeliefRoutes beliefs;
  private final TimelineRoutes timelines;

  public Api(Workspace workspace, Jobs jobs, PdfPrinter pdf) {
    this.workspace = workspace;
    this.jobs = jobs;
    this.pdf = pdf;
    this.reportJobs = new ReportJobs(workspace, jobs, pdf);
    this.imports = new GmcrImports(workspace);
    this.history = new HistoryRoutes(workspace);
    this.mediator = new MediatorRoutes(workspace, jobs);
    this.evolution = new EvolutionRoutes(workspace, jobs);
    this.beliefs = new BeliefRoutes(workspace);
    this.timelines = new TimelineRoutes(workspace);
  }

  /** Every route, in the order of the OpenAPI document. */
  public List<Route> routes() {
    return List.of(
        new Route("GET", "/api/health", this::health),
        new Route("GET", "/api/openapi.json", Api::openapi),
        new Route("GET", "/api/models", this::listModels),
        new Route("POST", "/api/models", this::createModel),
        new Route("POST", "/api/imports", imports::importGmcr),
        new Route("GET", "/api/models/{name}", this::readModel),
        new Route("PUT", "/api/models/{name}", this::saveModel),
        new Route("POST", "/api/validate", this::validate),
        new Route("POST", "/api/models/{name}/analyses", this::analyse),
        new Route("GET", "/api/jobs/{id}", this::job),
        new Route("DELETE", "/api/jobs/{id}", this::cancelJob),
        new Route("GET", "/api/jobs/{id}/report", reportJobs::download),
        new Route("GET", "/api/models/{name}/explain", this::explain),
        new Route("GET", "/api/models/{name}/states", this::findStates),
        new Route("GET", "/api/models/{name}/report", this::report),
        new Route("POST", "/api/models/{name}/reports", reportJobs::start),
        new Route("GET", "/api/models/{name}/history", history::history),
        new Route("POST", "/api/models/{name}/history", history::snapshot),
        new Route("GET", "/api/models/{name}/history/{version}", history::version),
        new Route("GET", "/api/models/{name}/history/{version}/diff", history::diff),
        new Route("POST", "/api/models/{name}/history/{version}/restore", history::restore),
        new Route("POST", "/api/models/{name}/inverse", mediator::inverse),
        new Route("POST", "/api/models/{name}/goals", mediator::goals),
        new Route("POST", "/api/models/{name}/robustness", mediator::robustness),
        new Route("POST", "/api/models/{name}/perceptions", beliefs::perceptions),
        new Route("POST", "/api/models/{name}/dilemmas", beliefs::dilemmas),
        new Route("POST", "/api/models/{name}/attitudes", beliefs::attitudes),
        new Route("POST", "/api/models/{name}/margins", beliefs::margins),
        new Route("POST", "/api/models/{name}/timeline", timelines::timeline),
        new Route("POST", "/api/models/{name}/evolution", evolution::evolution),
        new Route("POST", "/api/models/{name}/deadlocks", evolution::deadlocks),
        new Route("POST", "/api/models/{name}/coalitions", evolution::coalitions));
  }

  private void health(Context ctx) {
    ObjectNode o = JSON.createObjectNode();
    o.put("parley", Parley.VERSION);
    o.put("workspace", workspace.root().toString());
    o.put("pdf", pdf.available());
    json(ctx, 200, o);
  }

  private static void openapi(Context ctx) throws IOException {
    try (InputStream in = Api.class.getResourceAsStream("openapi.json")) {
      if (in == null) {
        throw new IllegalStateException("openapi.json is missing from the jar");
      }
      ctx.contentType("application/json").result(in.readAllBytes());
    }
  }

  private void listModels(Context ctx) throws IOException {
    ArrayNode arr = JSON.createArrayNode();
    Workspace.Listing listing = workspace.listing();
    for (Workspace.ModelFile f : listing.models()) {
      ObjectNode o = listed(arr, f.name(), f.size(), f.modified());
      if (f.text() != null) {
        o.put("sha256", f.sha256());
        JsonNode tree = ModelText.tree(f.text(), Format.of(f.name()));
        JsonNode title = tree == null ? null : tree.get("title");
        if (title != null && title.isValueNode()) {
          o.put("title", title.asText());
        }
      }
    }
    ObjectNode o = JSON.createObjectNode();
    o.set("models", arr);
    o.set("gmcr", GmcrImports.listJson(listing.gmcr()));
    if (listing.truncated()) {
      o.put("truncated", true);
    }
    json(ctx, 200, o);
  }

  /** Adds a file of the workspace to a list: {@code {name, folder, size, modified}}. */
  static ObjectNode listed(ArrayNode list, String name, long size, Instant modified) {
    ObjectNode o = list.addObject();
    o.put("name", name);
    int slash = name.lastIndexOf('/');
    o.put("folder", slash < 0 ? "" : name.substring(0, slash));
    o.put("size", size);
    o.put("modified", modified.toString());
    return o;
  }

  private void createModel(Context ctx) throws IOException {
    JsonNode body = Bodies.body(ctx);
    String name = ModelNames.check(Bodies.text(body, "name"));
    String text = Bodies.textOf(body, Format.of(name), false);
    if (text == null) {
      text = ModelText.text(ModelText.tree(Starter.YAML, Format.YAML), Format.of(name));
    }
    Workspace.ModelFile f = workspace.create(name, text);
    ctx.header("Location", modelLocation(name));
    json(ctx, 201, modelJson(f, null));
  }

  private void readModel(Context ctx) throws IOException {
    Workspace.ModelFile f = workspace.read(Bodies.name(ctx));
    json(ctx, 200, modelJson(f, null));
  }

  private void saveModel(Context ctx) throws IOException {
    String name = Bodies.name(ctx);
    JsonNode body = Bodies.body(ctx);
    String text = Bodies.textOf(body, Format.of(name), true);
    JsonNode base = body.get("baseSha256");
    JsonNode keep = body.get("keepVersion");
    Workspace.Saved saved =
        workspace.write(
            name,
            text,
            base == null || base.isNull() ? null : base.asText(),
            keep != null && keep.asBoolean(false));
    json(ctx, 200, modelJson(saved.file(), saved.keptPrevious()));
  }

  private void validate(Context ctx) {
    JsonNode body = Bodies.body(ctx);
    JsonNode fmt = body.get("format");
    Format format =
        fmt == null || fmt.isNull() || fmt.asText().equalsIgnoreCase("yaml")
            ? Format.YAML
            : fmt.asText().equalsIgnoreCase("json") ? Format.JSON : null;
    if (format == null) {
      throw ApiError.badRequest("format must be yaml or json");
    }
    String text = Bodies.textOf(body, format, true);
    ObjectNode v = Validation.of(text, "model." + format.name().toLowerCase(), format).json();
    v.put("text", text);
    json(ctx, 200, v);
  }

  private void analyse(Context ctx) throws IOException, InterruptedException {
    String name = Bodies.name(ctx);
    JsonNode body = Bodies.body(ctx);
    List<String> concepts = Bodies.strings(body.get("concepts"));
    JsonNode sq = body.get("statusQuo");
    Analyse.Request req =
        Analyse.Request.parse(concepts)
            .withStatusQuo(sq == null || sq.isNull() || sq.asText().isBlank() ? null : sq.asText());
    long wait = Bodies.waitMs(body);
    Workspace.ModelFile f = workspace.read(name);
    LoadedModel loaded = model(f);
    Jobs.Job job =
        jobs.submit(
            name,
            progress ->
                Analysis.json(Analysis.run(loaded, name, f.sha256(), req, progress), progress));
    answerWithin(ctx, job, wait);
  }

  private void job(Context ctx) {
    Jobs.Job job = jobs.get(ctx.pathParam("id"));
    if (job == null) {
      throw ApiError.notFound(
          "no job " + ctx.pathParam("id") + " (finished jobs are kept 15 minutes)");
    }
    jobAnswer(ctx, job, false);
  }

  private void cancelJob(Context ctx) throws InterruptedException {
    Jobs.Job job = jobs.cancel(ctx.pathParam("id"));
    if (job == null) {
      throw ApiError.notFound("no job " + ctx.pathParam("id"));
    }
    jobAnswer(ctx, job, false);
  }

  /**
   * The workspace's model file {@code name} as a use case's input, or a 4xx JSON error saying why
   * it cannot be analysed.
   */
  static ModelInput input(Workspace workspace, String name) throws IOException {
    Workspace.ModelFile f = workspace.read(name);
    return ModelInput.of(model(f), name, f.sha256());
  }

  /** The model of a workspace file, or a 4xx JSON error saying why it cannot be analysed. */
  static LoadedModel model(Workspace.ModelFile f) {
    return Validation.forAnalysis(f.text(), f.name(), Format.of(f.name())).modelOrThrow(f.name());
  }

  /** Waits up to {@code wait} ms for a job just started, then answers with it (201/202/200). */
  static void answerWithin(Context ctx, Jobs.Job job, long wait) throws InterruptedException {
    job.await(wait);
    jobAnswer(ctx, job, true);
  }

  static void jobAnswer(Context ctx, Jobs.Job job, boolean created) {
    ObjectNode o = JSON.createObjectNode();
    o.set("job", job.json());
    switch (job.status()) {
      case DONE -> {
        o.set("result", job.result());
        json(ctx, 200, o);
      }
      case RUNNING -> {
        ctx.header("Location", "/api/jobs/" + job.id());
        json(ctx, created ? 202 : 200, o);
      }
      case CANCELLED -> json(ctx, 200, o);
      case FAILED -> {
        RuntimeException e = job.error();
        if (e instanceof ApiError || e instanceof BadRequest || e instanceof TooLarge) {
          throw e;
        }
        throw new ApiError(500, "the " + job.kind() + " failed: " + e);
      }
    }
  }

  private void explain(Context ctx) throws IOException {
    String name = Bodies.name(ctx);
    String state = ctx.queryParam("state");
    if (state == null || state.isBlank()) {
      throw ApiError.badRequest("give the state to explain: ?state=3, ?state=deal or ?state=YN");
    }
    Explain.Request req =
        Explain.Request.parse(
            state, Bodies.split(ctx.queryParams("concept")), ctx.queryParam("dm"));
    ModelInput in = input(workspace, name);
    json(ctx, 200, Analysis.explain(in, Explain.run(in, req)));
  }

  /**
   * The states a search text finds ({@link FindStates}): the stability table's Find at any size.
   */
  private void findStates(Context ctx) throws IOException {
    String name = Bodies.name(ctx);
    String find = ctx.queryParam("find");
    ModelInput in = input(workspace, name);
    int[] found = FindStates.find(in.model, find, Progress.NONE);
    ObjectNode o = JSON.createObjectNode();
    o.put("find", find == null ? "" : find);
    o.put("total", in.model.stateCount());
    ArrayNode states = o.putArray("states");
    for (int s : found) {
      states.add(s);
    }
    json(ctx, 200, o);
  }

  private void report(Context ctx) throws IOException {
    String name = Bodies.name(ctx);
    Report.Request req =
        Report.Request.parse(ctx.queryParam("format"), Bodies.split(ctx.queryParams("concept")))
            .withHints(WorkbenchHints.HINTS);
    ModelInput in = input(workspace, name);
    ReportJobs.checkSmallEnough(in);
    Jobs.Download d = ReportJobs.render(in, req, pdf, dev.parley.core.progress.Progress.NONE);
    ctx.contentType(d.contentType()).result(d.bytes());
    if ("1".equals(ctx.queryParam("download")) || "true".equals(ctx.queryParam("download"))) {
      ctx.header("Content-Disposition", "attachment; filename=\"" + d.fileName() + "\"");
    }
  }

  // ---------------------------------------------------------------- the mediator's analyses

  // ---------------------------------------------------------------- evolution analyses

  // ---------------------------------------------------------------- helpers

  static ObjectNode modelJson(Workspace.ModelFile f, Workspace.Version kept) {
    Format format = Format.of(f.name());
    ObjectNode o = JSON.createObjectNode();
    o.put("name", f.name());
    o.put("format", format.name().toLowerCase(java.util.Locale.ROOT));
    o.put("sha256", f.sha256());
    o.put("modified", f.modified().toString());
    o.put("size", f.size());
    o.put("text", f.text());
    JsonNode tree = ModelText.tree(f.text(), format);
    if (tree != null && tree.isObject()) {
      o.set("model", tree);
    } else {
      o.putNull("model");
    }
    if (kept != null) {
      o.set("keptVersion", HistoryRoutes.versionJson(kept));
    }
    o.set("validation", Validation.of(f.text(), f.name(), format).json());
    return o;
  }

  /** The address of a model's resource: its name as one path segment ('/' as %2F). */
  static String modelLocation(String name) {
    return "/api/models/"
        + java.net.URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
  }

  static void json(Context ctx, int status, JsonNode body) {
    byte[] bytes;
    try {
      // bytes, not a String: half the memory for a large answer
      bytes = JSON.writeValueAsBytes(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    } catch (OutOfMemoryError e) {
      throw ApiError.outOfMemory("writing the answer");
    }
    ctx.status(status).contentType("application/json").result(bytes);
  }

  /** The JSON form of an error. */
  public static ObjectNode errorJson(int status, String message, List<ApiError.Detail> details) {
    ObjectNode o = JSON.createObjectNode();
    o.put("error", message);
    o.put("status", status);
    ArrayNode d = o.putArray("details");
    details.forEach(x -> d.add(dev.parley.server.analysis.Json.detail(x)));
    return o;
  }
}
