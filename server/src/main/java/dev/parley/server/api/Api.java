package dev.parley.server.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parley.core.Parley;
import dev.parley.core.stability.Concept;
import dev.parley.io.Format;
import dev.parley.io.LoadedModel;
import dev.parley.server.analysis.Analysis;
import dev.parley.server.analysis.AnalysisRequest;
import dev.parley.server.analysis.EvolutionAnalysis;
import dev.parley.server.analysis.Jobs;
import dev.parley.server.analysis.Mediator;
import dev.parley.server.analysis.ModelText;
import dev.parley.server.analysis.Validation;
import dev.parley.server.errors.ApiError;
import dev.parley.server.report.PdfPrinter;
import dev.parley.server.report.Reports;
import dev.parley.server.workspace.LineDiff;
import dev.parley.server.workspace.ModelNames;
import dev.parley.server.workspace.Workspace;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
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

  public Api(Workspace workspace, Jobs jobs, PdfPrinter pdf) {
    this.workspace = workspace;
    this.jobs = jobs;
    this.pdf = pdf;
    this.reportJobs = new ReportJobs(workspace, jobs, pdf);
    this.imports = new GmcrImports(workspace);
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
        new Route("GET", "/api/models/{name}/report", this::report),
        new Route("POST", "/api/models/{name}/reports", reportJobs::start),
        new Route("GET", "/api/models/{name}/history", this::history),
        new Route("POST", "/api/models/{name}/history", this::snapshot),
        new Route("GET", "/api/models/{name}/history/{version}", this::version),
        new Route("GET", "/api/models/{name}/history/{version}/diff", this::diff),
        new Route("POST", "/api/models/{name}/history/{version}/restore", this::restore),
        new Route("POST", "/api/models/{name}/inverse", this::inverse),
        new Route("POST", "/api/models/{name}/goals", this::goals),
        new Route("POST", "/api/models/{name}/robustness", this::robustness),
        new Route("POST", "/api/models/{name}/evolution", this::evolution),
        new Route("POST", "/api/models/{name}/deadlocks", this::deadlocks),
        new Route("POST", "/api/models/{name}/coalitions", this::coalitions));
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
    JsonNode body = body(ctx);
    String name = ModelNames.check(text(body, "name"));
    String text = textOf(body, Format.of(name), false);
    if (text == null) {
      text = ModelText.text(ModelText.tree(Starter.YAML, Format.YAML), Format.of(name));
    }
    Workspace.ModelFile f = workspace.create(name, text);
    ctx.header("Location", modelLocation(name));
    json(ctx, 201, modelJson(f, null));
  }

  private void readModel(Context ctx) throws IOException {
    Workspace.ModelFile f = workspace.read(name(ctx));
    json(ctx, 200, modelJson(f, null));
  }

  private void saveModel(Context ctx) throws IOException {
    String name = name(ctx);
    JsonNode body = body(ctx);
    String text = textOf(body, Format.of(name), true);
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
    JsonNode body = body(ctx);
    JsonNode fmt = body.get("format");
    Format format =
        fmt == null || fmt.isNull() || fmt.asText().equalsIgnoreCase("yaml")
            ? Format.YAML
            : fmt.asText().equalsIgnoreCase("json") ? Format.JSON : null;
    if (format == null) {
      throw ApiError.badRequest("format must be yaml or json");
    }
    String text = textOf(body, format, true);
    ObjectNode v = Validation.of(text, "model." + format.name().toLowerCase(), format).json();
    v.put("text", text);
    json(ctx, 200, v);
  }

  private void analyse(Context ctx) throws IOException, InterruptedException {
    String name = name(ctx);
    JsonNode body = body(ctx);
    List<String> concepts = strings(body.get("concepts"));
    JsonNode sq = body.get("statusQuo");
    AnalysisRequest req =
        AnalysisRequest.parse(concepts, sq == null || sq.isNull() ? null : sq.asText());
    JsonNode w = body.get("waitMs");
    long wait = w == null ? DEFAULT_WAIT_MS : Math.max(0, Math.min(MAX_WAIT_MS, w.asLong()));
    Workspace.ModelFile f = workspace.read(name);
    LoadedModel loaded = Validation.of(f.text(), name, Format.of(name)).modelOrThrow(name);
    Jobs.Job job =
        jobs.submit(
            name,
            progress ->
                Analysis.json(Analysis.run(loaded, name, f.sha256(), req, progress), progress));
    job.await(wait);
    jobAnswer(ctx, job, true);
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
        if (e instanceof ApiError a) {
          throw a;
        }
        throw new ApiError(500, "the " + job.kind() + " failed: " + e);
      }
    }
  }

  private void explain(Context ctx) throws IOException {
    String name = name(ctx);
    String state = ctx.queryParam("state");
    if (state == null || state.isBlank()) {
      throw ApiError.badRequest("give the state to explain: ?state=3, ?state=deal or ?state=YN");
    }
    List<Concept> concepts = new ArrayList<>();
    for (String c : split(ctx.queryParams("concept"))) {
      Concept k = Concept.parse(c);
      if (k == null) {
        throw ApiError.badRequest(
            "unknown concept '" + c + "': use nash, gmr, smr, seq, sim or seqsim");
      }
      concepts.add(k);
    }
    if (concepts.isEmpty()) {
      concepts = List.of(Concept.NASH, Concept.GMR, Concept.SMR, Concept.SEQ);
    }
    Workspace.ModelFile f = workspace.read(name);
    LoadedModel loaded = Validation.of(f.text(), name, Format.of(name)).modelOrThrow(name);
    json(ctx, 200, Analysis.explain(loaded, state, concepts, ctx.queryParam("dm")));
  }

  private void report(Context ctx) throws IOException {
    String name = name(ctx);
    Reports.Kind kind = Reports.Kind.of(ctx.queryParam("format"));
    AnalysisRequest req = AnalysisRequest.parse(split(ctx.queryParams("concept")), null);
    Workspace.ModelFile f = workspace.read(name);
    LoadedModel loaded = Validation.of(f.text(), name, Format.of(name)).modelOrThrow(name);
    ReportJobs.checkSmallEnough(loaded, name);
    Jobs.Download d =
        Reports.render(
            kind, loaded, name, f.sha256(), req, pdf, dev.parley.core.progress.Progress.NONE);
    ctx.contentType(d.contentType()).result(d.bytes());
    if ("1".equals(ctx.queryParam("download")) || "true".equals(ctx.queryParam("download"))) {
      ctx.header("Content-Disposition", "attachment; filename=\"" + d.fileName() + "\"");
    }
  }

  private void history(Context ctx) throws IOException {
    String name = name(ctx);
    workspace.read(name); // 404 for a model that does not exist
    ArrayNode arr = JSON.createArrayNode();
    for (Workspace.Version v : workspace.history(name)) {
      arr.add(versionJson(v));
    }
    ObjectNode o = JSON.createObjectNode();
    o.put("model", name);
    o.set("versions", arr);
    json(ctx, 200, o);
  }

  private void snapshot(Context ctx) throws IOException {
    String name = name(ctx);
    Workspace.Version v = workspace.snapshot(name);
    ObjectNode o = JSON.createObjectNode();
    if (v == null) {
      o.putNull("version");
      o.put("note", "the newest version already holds this content");
      json(ctx, 200, o);
    } else {
      o.set("version", versionJson(v));
      json(ctx, 201, o);
    }
  }

  private void version(Context ctx) throws IOException {
    String name = name(ctx);
    String id = ctx.pathParam("version");
    ObjectNode o = JSON.createObjectNode();
    o.put("model", name);
    o.put("version", id);
    o.put("text", workspace.version(name, id));
    json(ctx, 200, o);
  }

  private void diff(Context ctx) throws IOException {
    String name = name(ctx);
    String id = ctx.pathParam("version");
    String against = ctx.queryParam("against");
    String oldText = workspace.version(name, id);
    String newText;
    String newLabel;
    if (against == null || against.equals("current")) {
      newText = workspace.read(name).text();
      newLabel = "current";
    } else {
      newText = workspace.version(name, against);
      newLabel = against;
    }
    List<LineDiff.Line> lines = LineDiff.diff(oldText, newText);
    ObjectNode o = JSON.createObjectNode();
    o.put("model", name);
    o.put("from", id);
    o.put("to", newLabel);
    ArrayNode arr = o.putArray("lines");
    int added = 0;
    int removed = 0;
    for (LineDiff.Line l : lines) {
      ObjectNode ln = arr.addObject();
      ln.put("op", l.op().name().toLowerCase(java.util.Locale.ROOT));
      ln.put("text", l.text());
      ln.put("oldLine", l.oldLine());
      ln.put("newLine", l.newLine());
      added += l.op() == LineDiff.Op.ADDED ? 1 : 0;
      removed += l.op() == LineDiff.Op.REMOVED ? 1 : 0;
    }
    o.put("added", added);
    o.put("removed", removed);
    o.put("unified", LineDiff.unified(lines, name + "@" + id, name + "@" + newLabel));
    json(ctx, 200, o);
  }

  private void restore(Context ctx) throws IOException {
    String name = name(ctx);
    Workspace.Saved saved = workspace.restore(name, ctx.pathParam("version"));
    ObjectNode o = modelJson(saved.file(), saved.keptPrevious());
    o.put("restored", ctx.pathParam("version"));
    json(ctx, 200, o);
  }

  // ---------------------------------------------------------------- the mediator's analyses

  private void inverse(Context ctx) throws IOException, InterruptedException {
    String name = name(ctx);
    JsonNode body = body(ctx);
    JsonNode t = body.get("target");
    if (t == null || t.isNull() || !(t.isTextual() || t.isInt()) || t.asText().isBlank()) {
      throw ApiError.badRequest(
          "target is required: the state to make stable, as a number, a named state or a Y/N"
              + " text, e.g. {\"target\": \"deal\"}");
    }
    Mediator.InverseRequest req =
        new Mediator.InverseRequest(
            t.asText(),
            mediatorConcepts(body, List.of(Concept.NASH, Concept.GMR, Concept.SMR, Concept.SEQ)),
            stringList(body, "vary"),
            optionalText(body, "metric"),
            intField(body, "list", 5, 0, 100),
            intField(body, "bound", 6, 0, 50));
    mediatorJob(ctx, name, body, loaded -> Mediator.check(loaded, req), Mediator::inverse, req);
  }

  private void goals(Context ctx) throws IOException, InterruptedException {
    String name = name(ctx);
    JsonNode body = body(ctx);
    JsonNode gs = body.get("goals");
    if (gs == null || !gs.isArray() || gs.isEmpty()) {
      throw ApiError.badRequest(
          "goals is required: a list of {state, stable}, e.g. {\"goals\": [{\"state\":"
              + " \"deal\", \"stable\": true}, {\"state\": \"war\", \"stable\": false}]}");
    }
    List<Mediator.GoalRequest> goals = new ArrayList<>();
    for (int k = 0; k < gs.size(); k++) {
      JsonNode g = gs.get(k);
      JsonNode st = g.get("state");
      JsonNode stable = g.get("stable");
      if (!g.isObject()
          || st == null
          || !(st.isTextual() || st.isInt())
          || stable == null
          || !stable.isBoolean()) {
        throw ApiError.badRequest(
            "goals["
                + k
                + "] must be {\"state\": STATE, \"stable\": true or false}, e.g. {\"state\":"
                + " \"deal\", \"stable\": true}");
      }
      goals.add(new Mediator.GoalRequest(st.asText(), stable.asBoolean()));
    }
    Mediator.GoalsRequest req =
        new Mediator.GoalsRequest(
            goals,
            mediatorConcepts(body, List.of(Concept.SEQ)),
            stringList(body, "decisionMakers"),
            stringList(body, "vary"),
            intField(body, "bound", 6, 0, 50));
    mediatorJob(ctx, name, body, loaded -> Mediator.check(loaded, req), Mediator::goals, req);
  }

  private void robustness(Context ctx) throws IOException, InterruptedException {
    String name = name(ctx);
    JsonNode body = body(ctx);
    Mediator.RobustnessRequest req =
        new Mediator.RobustnessRequest(
            mediatorConcepts(body, List.of()), // none: those the model's form allows
            stringList(body, "vary"),
            optionalText(body, "metric"),
            intField(body, "bound", 4, 0, 30));
    mediatorJob(ctx, name, body, loaded -> Mediator.check(loaded, req), Mediator::robustness, req);
  }

  /** Checks a mediator's request against the model at once, then runs it as a job. */
  private <R> void mediatorJob(
      Context ctx,
      String name,
      JsonNode body,
      java.util.function.Consumer<LoadedModel> check,
      Mediator.Work<R> work,
      R req)
      throws IOException, InterruptedException {
    long wait = waitMs(body);
    Workspace.ModelFile f = workspace.read(name);
    LoadedModel loaded = Validation.of(f.text(), name, Format.of(name)).modelOrThrow(name);
    check.accept(loaded);
    Jobs.Job job =
        jobs.submit(
            name,
            progress -> {
              ObjectNode o = work.run(loaded, req, progress);
              o.put("model", name);
              o.put("sha256", f.sha256());
              return o;
            });
    job.await(wait);
    jobAnswer(ctx, job, true);
  }

  private static long waitMs(JsonNode body) {
    JsonNode w = body.get("waitMs");
    if (w != null && !w.isNull() && !w.canConvertToLong()) {
      throw ApiError.badRequest("waitMs must be a whole number of milliseconds, e.g. 3000");
    }
    return w == null || w.isNull()
        ? DEFAULT_WAIT_MS
        : Math.max(0, Math.min(MAX_WAIT_MS, w.asLong()));
  }

  /** The standard concepts a mediator's analysis is about; L_h and NM are refused. */
  private static List<Concept> mediatorConcepts(JsonNode body, List<Concept> dflt) {
    List<String> names = stringList(body, "concepts");
    if (names.isEmpty()) {
      return dflt;
    }
    List<Concept> out = new ArrayList<>();
    for (int k = 0; k < names.size(); k++) {
      Concept c = Concept.parse(names.get(k));
      if (c == null) {
        throw ApiError.badRequest(
            "concepts["
                + k
                + "] '"
                + names.get(k)
                + "': use nash, gmr, smr, seq, sim or seqsim (the mediator's analyses are"
                + " defined for these concepts)");
      }
      if (!out.contains(c)) {
        out.add(c);
      }
    }
    return out;
  }

  /** A list of strings; a single string is split at commas; absent means empty. */
  private static List<String> stringList(JsonNode body, String key) {
    JsonNode n = body.get(key);
    List<String> out = new ArrayList<>();
    if (n == null || n.isNull()) {
      return out;
    }
    if (n.isTextual()) {
      return split(List.of(n.asText()));
    }
    if (!n.isArray()) {
      throw ApiError.badRequest(key + " must be a list of strings, e.g. [\"RU\", \"US=1..3\"]");
    }
    for (int k = 0; k < n.size(); k++) {
      if (!n.get(k).isTextual()) {
        throw ApiError.badRequest(key + "[" + k + "] must be a string");
      }
      if (!n.get(k).asText().isBlank()) {
        out.add(n.get(k).asText().trim());
      }
    }
    return out;
  }

  private static String optionalText(JsonNode body, String key) {
    JsonNode n = body.get(key);
    if (n == null || n.isNull()) {
      return null;
    }
    if (!n.isTextual()) {
      throw ApiError.badRequest(key + " must be a string");
    }
    return n.asText();
  }

  private static int intField(JsonNode body, String key, int dflt, int min, int max) {
    JsonNode n = body.get(key);
    if (n == null || n.isNull()) {
      return dflt;
    }
    if (!n.isIntegralNumber() || n.asLong() < min || n.asLong() > max) {
      throw ApiError.badRequest(
          key + " must be a whole number from " + min + " to " + max + " (default " + dflt + ")");
    }
    return n.asInt();
  }

  // ---------------------------------------------------------------- evolution analyses

  private void evolution(Context ctx) throws IOException, InterruptedException {
    evolutionJob(ctx, EvolutionAnalysis::evolveRequest, EvolutionAnalysis::evolve);
  }

  private void deadlocks(Context ctx) throws IOException, InterruptedException {
    evolutionJob(ctx, EvolutionAnalysis::deadlockRequest, EvolutionAnalysis::deadlocks);
  }

  private void coalitions(Context ctx) throws IOException, InterruptedException {
    evolutionJob(ctx, EvolutionAnalysis::coalitionRequest, EvolutionAnalysis::coalitions);
  }

  /**
   * An evolution analysis of a model, its file name and hash, for a request, reporting to a job.
   */
  private interface EvolutionWork<R> {
    ObjectNode run(
        LoadedModel loaded,
        String file,
        String sha256,
        R request,
        dev.parley.core.progress.Progress progress);
  }

  /**
   * Runs an evolution analysis as a job, like {@link #analyse}: the request is checked first (a bad
   * field is a 400), then the job starts and is waited for up to {@code waitMs}.
   */
  private <R> void evolutionJob(
      Context ctx,
      java.util.function.BiFunction<LoadedModel, JsonNode, R> request,
      EvolutionWork<R> work)
      throws IOException, InterruptedException {
    String name = name(ctx);
    JsonNode body = body(ctx);
    JsonNode w = body.get("waitMs");
    if (w != null && !w.isNull() && !w.isIntegralNumber()) {
      throw ApiError.badRequest("waitMs must be a whole number of milliseconds, e.g. 2000");
    }
    long wait =
        w == null || w.isNull() ? DEFAULT_WAIT_MS : Math.max(0, Math.min(MAX_WAIT_MS, w.asLong()));
    Workspace.ModelFile f = workspace.read(name);
    LoadedModel loaded = Validation.of(f.text(), name, Format.of(name)).modelOrThrow(name);
    R req = request.apply(loaded, body);
    Jobs.Job job = jobs.submit(name, progress -> work.run(loaded, name, f.sha256(), req, progress));
    job.await(wait);
    jobAnswer(ctx, job, true);
  }

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
      o.set("keptVersion", versionJson(kept));
    }
    o.set("validation", Validation.of(f.text(), f.name(), format).json());
    return o;
  }

  private static ObjectNode versionJson(Workspace.Version v) {
    ObjectNode o = JSON.createObjectNode();
    o.put("id", v.id());
    o.put("savedAt", v.savedAt().toString());
    o.put("size", v.size());
    o.put("sha256", v.sha256());
    return o;
  }

  /** The model text a request carries, as {@code text} or as a {@code model} tree. */
  private static String textOf(JsonNode body, Format format, boolean required) {
    JsonNode text = body.get("text");
    JsonNode model = body.get("model");
    boolean hasText = text != null && !text.isNull();
    boolean hasModel = model != null && !model.isNull();
    if (hasText && hasModel) {
      throw ApiError.badRequest("give either text or model, not both");
    }
    if (hasText) {
      if (!text.isTextual()) {
        throw ApiError.badRequest("text must be a string: the model file's content");
      }
      return text.asText();
    }
    if (hasModel) {
      if (!model.isObject()) {
        throw ApiError.badRequest("model must be an object: the model file as JSON");
      }
      return ModelText.text(model, format);
    }
    if (required) {
      throw ApiError.badRequest(
          "give the model as text (the file's content) or as model (the same as a JSON object)");
    }
    return null;
  }

  /** The address of a model's resource: its name as one path segment ('/' as %2F). */
  static String modelLocation(String name) {
    return "/api/models/"
        + java.net.URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
  }

  static String name(Context ctx) {
    return ModelNames.check(ctx.pathParam("name"));
  }

  static JsonNode body(Context ctx) {
    byte[] bytes = ctx.bodyAsBytes();
    int bad = dev.parley.io.Utf8.invalidAt(bytes);
    if (bad >= 0) {
      int[] at = dev.parley.io.Utf8.lineAndColumn(bytes, bad);
      throw new ApiError(
          400,
          String.format(
              "the request body is not UTF-8: the byte 0x%02X at line %d, column %d is not valid"
                  + " UTF-8; send the body as UTF-8 JSON",
              bytes[bad] & 0xff, at[0], at[1]),
          List.of(new ApiError.Detail(at[0], at[1], "", "not UTF-8", null)));
    }
    String text = new String(bytes, StandardCharsets.UTF_8);
    if (text.isBlank()) {
      return JSON.createObjectNode();
    }
    try {
      JsonNode n = JSON.readTree(text);
      if (!n.isObject()) {
        throw ApiError.badRequest("the request body must be a JSON object");
      }
      Surrogates.refuse(n);
      return n;
    } catch (JsonProcessingException e) {
      throw new ApiError(
          400,
          "the request body is not JSON",
          List.of(
              new ApiError.Detail(
                  e.getLocation() == null ? 0 : e.getLocation().getLineNr(),
                  e.getLocation() == null ? 0 : e.getLocation().getColumnNr(),
                  "",
                  e.getOriginalMessage(),
                  null)));
    }
  }

  private static String text(JsonNode body, String key) {
    JsonNode n = body.get(key);
    if (n == null || !n.isTextual()) {
      throw ApiError.badRequest("'" + key + "' is required and must be a string");
    }
    return n.asText();
  }

  static List<String> strings(JsonNode n) {
    List<String> out = new ArrayList<>();
    if (n == null || n.isNull()) {
      return out;
    }
    if (n.isTextual()) {
      return split(List.of(n.asText()));
    }
    if (!n.isArray()) {
      throw ApiError.badRequest("concepts must be a list of names, e.g. [\"nash\", \"seq\"]");
    }
    n.forEach(x -> out.add(x.asText()));
    return out;
  }

  private static List<String> split(List<String> values) {
    List<String> out = new ArrayList<>();
    for (String v : values) {
      for (String p : v.split(",")) {
        if (!p.isBlank()) {
          out.add(p.trim());
        }
      }
    }
    return out;
  }

  static void json(Context ctx, int status, JsonNode body) {
    try {
      ctx.status(status).contentType("application/json").result(JSON.writeValueAsString(body));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
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
