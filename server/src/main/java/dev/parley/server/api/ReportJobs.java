package dev.parley.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.app.ModelInput;
import dev.parley.app.Report;
import dev.parley.core.progress.Progress;
import dev.parley.report.html.PdfPrinter;
import dev.parley.server.analysis.Jobs;
import dev.parley.server.analysis.WorkbenchHints;
import dev.parley.server.errors.ApiError;
import dev.parley.server.workspace.Workspace;
import io.javalin.http.Context;
import java.io.IOException;

/**
 * Reports ({@link Report}) as cancellable jobs with progress, like analyses: {@code POST
 * /api/models/{name}/reports} starts one (and waits a little for it), {@code GET /api/jobs/{id}}
 * says how far it is, {@code GET /api/jobs/{id}/report} fetches the file once it is done, {@code
 * DELETE /api/jobs/{id}} cancels it. The synchronous {@code GET /api/models/{name}/report} remains
 * for models of at most {@link Report#QUICK_STATE_LIMIT} states.
 */
final class ReportJobs extends JobRoutes {
  private final PdfPrinter pdf;

  ReportJobs(Workspace workspace, Jobs jobs, PdfPrinter pdf) {
    super(workspace, jobs);
    this.pdf = pdf;
  }

  /** {@code POST /api/models/{name}/reports} with {@code {format?, concepts?, waitMs?}}. */
  void start(Context ctx) throws IOException, InterruptedException {
    String name = Bodies.name(ctx);
    JsonNode body = Bodies.body(ctx);
    JsonNode fmt = body.get("format");
    if (fmt != null && !fmt.isNull() && !fmt.isTextual()) {
      throw ApiError.badRequest(
          "format must be a string: html, pdf, md, text, csv or json (default html)");
    }
    Report.Request req =
        Report.Request.parse(
                fmt == null || fmt.isNull() ? null : fmt.asText(),
                Bodies.strings(body.get("concepts")))
            .withHints(WorkbenchHints.HINTS);
    long wait = Bodies.waitMs(body);
    ModelInput in = input(name);
    try {
      Report.requirePrinter(req, pdf); // before a job starts
    } catch (Report.NoPrinter e) {
      throw new ApiError(501, e.getMessage());
    }
    Jobs.Job job = jobs.submitDownload(name, "report", progress -> render(in, req, pdf, progress));
    Api.answerWithin(ctx, job, wait);
  }

  /**
   * The report of a model, as the synchronous route and the jobs answer it.
   *
   * @throws ApiError 501 for a PDF without Chromium
   */
  static Jobs.Download render(ModelInput in, Report.Request req, PdfPrinter pdf, Progress p) {
    try {
      Report.Result r = Report.run(in, req, pdf, p);
      return new Jobs.Download(r.bytes(), r.contentType(), r.fileName());
    } catch (Report.NoPrinter e) {
      throw new ApiError(501, e.getMessage());
    }
  }

  /** {@code GET /api/jobs/{id}/report}: the file of a finished report job. */
  void download(Context ctx) {
    String id = ctx.pathParam("id");
    Jobs.Job job = jobs.get(id);
    if (job == null) {
      throw ApiError.notFound("no job " + id + " (finished jobs are kept 15 minutes)");
    }
    if (!job.kind().equals("report")) {
      throw ApiError.notFound(
          "job " + id + " is an analysis, not a report: its result is at GET /api/jobs/" + id);
    }
    switch (job.status()) {
      case RUNNING ->
          throw new ApiError(
              409,
              "the report is not ready yet ("
                  + job.json().get("progress").get("phase").asText()
                  + "): poll GET /api/jobs/"
                  + id
                  + " until its status is done");
      case CANCELLED -> throw new ApiError(409, "the report was cancelled; start a new one");
      case FAILED -> Api.jobAnswer(ctx, job, false); // throws the job's error
      case DONE -> {
        Jobs.Download d = job.download();
        String disposition =
            "1".equals(ctx.queryParam("download")) || "true".equals(ctx.queryParam("download"))
                ? "attachment"
                : "inline";
        ctx.header("Content-Disposition", disposition + "; filename=\"" + d.fileName() + "\"");
        ctx.contentType(d.contentType()).result(d.bytes());
      }
    }
  }

  /**
   * Refuses a synchronous report of a model too large to be made within one request ({@link
   * Report#requireQuick}).
   *
   * @throws ApiError 422 naming the job route to use instead
   */
  static void checkSmallEnough(ModelInput in) {
    try {
      Report.requireQuick(in);
    } catch (Report.NotQuick e) {
      throw new ApiError(
          422,
          e.getMessage()
              + ": start it as a job with POST /api/models/{name}/reports {\"format\": \"html\"},"
              + " follow GET /api/jobs/{id} and fetch GET /api/jobs/{id}/report");
    }
  }
}
