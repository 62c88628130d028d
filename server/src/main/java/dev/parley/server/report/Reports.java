package dev.parley.server.report;

import dev.parley.app.Analyse;
import dev.parley.core.progress.Progress;
import dev.parley.io.LoadedModel;
import dev.parley.report.AnalysisRun;
import dev.parley.report.Briefing;
import dev.parley.report.Doc;
import dev.parley.report.ResultCsv;
import dev.parley.report.ResultJson;
import dev.parley.server.analysis.Analysis;
import dev.parley.server.analysis.Jobs;
import dev.parley.server.analysis.WorkbenchHints;
import dev.parley.server.errors.ApiError;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The reports of a model as files: the briefing as HTML, PDF, Markdown or text, the stability table
 * as CSV, the full result as JSON. The same code serves the synchronous report route and report
 * jobs; it reports its phases to a {@link Progress} and stops when that is cancelled.
 */
public final class Reports {
  /** A report format: its name in requests, content type and the end of its file name. */
  public enum Kind {
    HTML("html", "text/html; charset=utf-8", "-briefing.html"),
    PDF("pdf", "application/pdf", "-briefing.pdf"),
    MD("md", "text/markdown; charset=utf-8", "-briefing.md"),
    TEXT("text", "text/plain; charset=utf-8", "-briefing.txt"),
    CSV("csv", "text/csv; charset=utf-8", "-stability.csv"),
    JSON("json", "application/json", "-result.json");

    private final String id;
    private final String contentType;
    private final String suffix;

    Kind(String id, String contentType, String suffix) {
      this.id = id;
      this.contentType = contentType;
      this.suffix = suffix;
    }

    public String id() {
      return id;
    }

    /**
     * The kind named {@code format} (null: HTML; {@code markdown} is accepted for md).
     *
     * @throws ApiError 400 for an unknown format
     */
    public static Kind of(String format) {
      if (format == null || format.isBlank()) {
        return HTML;
      }
      String f = format.trim().toLowerCase(Locale.ROOT);
      if (f.equals("markdown")) {
        return MD;
      }
      for (Kind k : values()) {
        if (k.id.equals(f)) {
          return k;
        }
      }
      throw ApiError.badRequest(
          "unknown report format '" + format + "': use html, pdf, md, text, csv or json");
    }
  }

  private Reports() {}

  /** The file name of a report of model {@code name}: its file name without folder or extension. */
  public static String fileName(String name, Kind kind) {
    String file = name.substring(name.lastIndexOf('/') + 1);
    return file.substring(0, file.lastIndexOf('.')) + kind.suffix;
  }

  /**
   * Analyses the model and renders the report.
   *
   * @throws ApiError 501 for a PDF when Chromium is not installed, 400 for a bad request
   * @throws Progress.CancelledException when {@code progress} is cancelled
   */
  public static Jobs.Download render(
      Kind kind,
      LoadedModel loaded,
      String name,
      String sha256,
      Analyse.Request req,
      PdfPrinter pdf,
      Progress progress) {
    if (kind == Kind.PDF && !pdf.available()) {
      throw new ApiError(501, pdf.missingMessage());
    }
    progress.report("analysing", 0, 0);
    // the run 'parley analyze' and 'parley report' brief from, the mediator's findings included
    AnalysisRun run = Analysis.run(loaded, name, sha256, req, progress, kind != Kind.CSV);
    progress.check();
    progress.report(
        kind == Kind.CSV || kind == Kind.JSON ? "writing the tables" : "writing the briefing",
        0,
        0);
    byte[] bytes =
        switch (kind) {
          case HTML -> utf8(HtmlReport.render(run));
          case PDF -> {
            String html = HtmlReport.render(run);
            progress.check();
            progress.report("printing the PDF", 0, 0);
            try {
              yield pdf.print(html, progress);
            } catch (PdfPrinter.Unavailable e) {
              throw new ApiError(501, e.getMessage());
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          }
          case MD -> utf8(new Briefing(run).hints(WorkbenchHints.HINTS).render(Doc.Style.MARKDOWN));
          case TEXT -> utf8(new Briefing(run).hints(WorkbenchHints.HINTS).render(Doc.Style.TEXT));
          case CSV -> utf8(ResultCsv.render(run));
          case JSON -> utf8(ResultJson.render(run));
        };
    progress.check();
    return new Jobs.Download(bytes, kind.contentType, fileName(name, kind));
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
