package dev.parley.app;

import dev.parley.core.progress.Progress;
import dev.parley.report.AnalysisRun;
import dev.parley.report.Briefing;
import dev.parley.report.Doc;
import dev.parley.report.Hints;
import dev.parley.report.ResultCsv;
import dev.parley.report.ResultJson;
import dev.parley.report.html.HtmlReport;
import dev.parley.report.html.PdfPrinter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The reports of a model as files ({@code parley report}, the workbench's report route and report
 * jobs): the briefing as HTML, PDF, Markdown or text, the stability table as CSV, the full result
 * as JSON. Each is written from the run {@link Analyse} makes, so that every report carries what
 * {@code parley analyze} prints. It reports its phases to a {@link Progress} and stops when that is
 * cancelled.
 */
public final class Report {
  /**
   * The most states a model may have for a report made while its request waits (the REST API's
   * synchronous route); a larger one is made as a job ({@link #requireQuick}).
   */
  public static final int QUICK_STATE_LIMIT = 1 << 14;

  private Report() {}

  /** A report format: its name in requests, content type and the end of its file name. */
  public enum Kind {
    HTML("text/html; charset=utf-8", "-briefing.html"),
    PDF("application/pdf", "-briefing.pdf"),
    MD("text/markdown; charset=utf-8", "-briefing.md"),
    TEXT("text/plain; charset=utf-8", "-briefing.txt"),
    CSV("text/csv; charset=utf-8", "-stability.csv"),
    JSON("application/json", "-result.json");

    private final String contentType;
    private final String suffix;

    Kind(String contentType, String suffix) {
      this.contentType = contentType;
      this.suffix = suffix;
    }

    /** Its name in requests: the constant's name in lower case, {@code md}. */
    public String id() {
      return name().toLowerCase(Locale.ROOT);
    }

    public String contentType() {
      return contentType;
    }

    /**
     * The kind named {@code format} (null or blank: HTML; {@code markdown} is accepted for md).
     *
     * @throws BadRequest naming the field {@code format} for an unknown format
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
        if (k.id().equals(f)) {
          return k;
        }
      }
      throw new BadRequest(
          "format",
          "'" + format + "' is not a report format: use html, pdf, md, text, csv or json");
    }
  }

  /**
   * What to report.
   *
   * @param kind the format
   * @param analysis the analysis to report on (its concepts, status quo, hints ...); the mediator's
   *     findings are added unless the kind shows none (CSV). The Markdown and text briefings word
   *     their pointers to more with its hints; the HTML page (and PDF) words the briefing's own in
   *     the neutral wording
   */
  public record Request(Kind kind, Analyse.Request analysis) {
    public Request {
      if (kind == null) {
        kind = Kind.HTML;
      }
      if (analysis == null) {
        analysis = Analyse.Request.standard();
      }
    }

    /**
     * The request for a format and concept names as both front ends take them ({@link
     * Analyse.Request#parse}).
     *
     * @throws BadRequest for an unknown format or concept
     */
    public static Request parse(String format, java.util.List<String> concepts) {
      return new Request(Kind.of(format), Analyse.Request.parse(concepts));
    }

    /** The same request in the words of a front end where the report points to more. */
    public Request withHints(Hints hints) {
      return new Request(kind, analysis.withHints(hints));
    }
  }

  /** A report: the file's bytes, its content type and its name. */
  public record Result(byte[] bytes, String contentType, String fileName) {
    /** The report as text (every kind but PDF is UTF-8 text). */
    public String text() {
      return new String(bytes, StandardCharsets.UTF_8);
    }
  }

  /**
   * A PDF was asked for and the printer (headless Chromium) is not there; the message says what to
   * install. The command line exits with 2, the REST API answers 501.
   */
  public static final class NoPrinter extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public NoPrinter(String message) {
      super(message);
    }
  }

  /**
   * A model too large for a report made while its request waits ({@link #QUICK_STATE_LIMIT}); the
   * REST API answers 422 and names the job route to use instead.
   */
  public static final class NotQuick extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int states;

    public NotQuick(String model, int states) {
      super(
          model
              + " has "
              + states
              + " states, more than the "
              + QUICK_STATE_LIMIT
              + " a report is made for within one request");
      this.states = states;
    }

    public int states() {
      return states;
    }
  }

  /**
   * The file name of a report of model {@code name}: its file name without folder or extension,
   * then the kind's ending ({@code elmira-briefing.pdf}).
   */
  public static String fileName(String name, Kind kind) {
    String file = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    int dot = file.lastIndexOf('.');
    return (dot > 0 ? file.substring(0, dot) : file) + kind.suffix;
  }

  /**
   * Refuses a PDF up front when the printer is not there, before any analysis.
   *
   * @throws NoPrinter saying what to install
   */
  public static void requirePrinter(Request req, PdfPrinter pdf) {
    if (req.kind() == Kind.PDF && !pdf.available()) {
      throw new NoPrinter(pdf.missingMessage());
    }
  }

  /**
   * Refuses a model of more than {@link #QUICK_STATE_LIMIT} states for a report made while a
   * request waits.
   *
   * @throws NotQuick naming the model and its states
   */
  public static void requireQuick(ModelInput in) {
    int states = in.model.stateCount();
    if (states > QUICK_STATE_LIMIT) {
      throw new NotQuick(in.name(), states);
    }
  }

  /**
   * Analyses the model and renders the report.
   *
   * @param pdf the printer of PDF reports (unused for the other kinds)
   * @throws NoPrinter for a PDF when Chromium is not installed
   * @throws BadRequest for a request the model cannot answer ({@link Analyse#run})
   * @throws UncheckedIOException when Chromium fails to print the PDF
   * @throws Progress.CancelledException when {@code progress} is cancelled
   */
  public static Result run(ModelInput in, Request req, PdfPrinter pdf, Progress progress) {
    requirePrinter(req, pdf);
    Kind kind = req.kind();
    progress.report("analysing", 0, 0);
    AnalysisRun run = Analyse.run(in, req.analysis().withFindings(kind != Kind.CSV), progress);
    progress.check();
    progress.report(
        kind == Kind.CSV || kind == Kind.JSON ? "writing the tables" : "writing the briefing",
        0,
        0);
    byte[] bytes =
        switch (kind) {
          case HTML -> utf8(HtmlReport.render(run));
          case PDF -> print(HtmlReport.render(run), pdf, progress);
          case MD -> utf8(briefing(run, req).render(Doc.Style.MARKDOWN));
          case TEXT -> utf8(briefing(run, req).render(Doc.Style.TEXT));
          case CSV -> utf8(ResultCsv.render(run));
          case JSON -> utf8(ResultJson.render(run));
        };
    progress.check();
    return new Result(bytes, kind.contentType, fileName(in.name(), kind));
  }

  private static Briefing briefing(AnalysisRun run, Request req) {
    return new Briefing(run).hints(req.analysis().hints());
  }

  private static byte[] print(String html, PdfPrinter pdf, Progress progress) {
    progress.check();
    progress.report("printing the PDF", 0, 0);
    try {
      return pdf.print(html, progress);
    } catch (PdfPrinter.Unavailable e) {
      throw new NoPrinter(e.getMessage());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
