package dev.parley.report.html;

import dev.parley.report.AnalysisRun;
import dev.parley.report.Briefing;
import dev.parley.report.ControlChars;
import dev.parley.report.Doc;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * The briefing as a self-contained HTML page: the Markdown briefing rendered by commonmark, with a
 * stylesheet for the screen and for print (which is also what the PDF is printed from). Raw HTML in
 * the model's text is escaped, never passed through.
 */
public final class HtmlReport {
  private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());
  private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
  private static final HtmlRenderer RENDERER =
      HtmlRenderer.builder().extensions(EXTENSIONS).escapeHtml(true).sanitizeUrls(true).build();

  private HtmlReport() {}

  /** The HTML page of an analysis. */
  public static String render(AnalysisRun run) {
    String markdown = new Briefing(run).render(Doc.Style.MARKDOWN);
    return page(run.model().conflict().title(), markdown);
  }

  /**
   * An HTML page from Markdown, titled {@code title}. Control characters in either (terminal
   * escapes written into a model's text) are shown as visible escapes, never passed through.
   */
  public static String page(String title, String markdown) {
    String body = RENDERER.render(PARSER.parse(ControlChars.neutralise(markdown)));
    return "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        + "<meta name=\"generator\" content=\"Parley\">\n"
        + "<title>"
        + escape(ControlChars.neutralise(title))
        + " — Parley briefing</title>\n<style>\n"
        + stylesheet()
        + "</style>\n</head>\n<body>\n<main class=\"briefing\">\n"
        + body
        + "</main>\n</body>\n</html>\n";
  }

  static String stylesheet() {
    try (InputStream in = HtmlReport.class.getResourceAsStream("briefing.css")) {
      if (in == null) {
        throw new IllegalStateException("briefing.css is missing from the jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String escape(String s) {
    return s.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
