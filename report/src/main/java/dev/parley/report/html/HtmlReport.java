package dev.parley.report.html;

import dev.parley.report.AnalysisRun;
import dev.parley.report.Briefing;
import dev.parley.report.ControlChars;
import dev.parley.report.Doc;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * The briefing as a self-contained HTML page: the Markdown briefing rendered by commonmark, with a
 * stylesheet for the screen and for print (which is also what the PDF is printed from). Raw HTML in
 * the model's text is escaped, never passed through. The briefing's page also has the state graph
 * as a figure ({@link GraphFigure}) after its bottom line, a table of contents when it has more
 * than {@link #CONTENTS_ABOVE} sections, and its closing line (Parley, model, hash) as a footer
 * that, on paper, stands at the foot of every page beside "page X of Y" instead of in the text.
 */
public final class HtmlReport {
  private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());
  private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
  private static final HtmlRenderer RENDERER =
      HtmlRenderer.builder().extensions(EXTENSIONS).escapeHtml(true).sanitizeUrls(true).build();

  private HtmlReport() {}

  /** A briefing with more sections than this gets a table of contents. */
  public static final int CONTENTS_ABOVE = 9;

  /** The HTML page of an analysis. */
  public static String render(AnalysisRun run) {
    String markdown = new Briefing(run).render(Doc.Style.MARKDOWN);
    String body = RENDERER.render(PARSER.parse(ControlChars.neutralise(markdown)));
    // the closing paragraph (Parley, model, hash) becomes the footer
    String footer = "";
    int last = body.lastIndexOf("<p>");
    if (last >= 0 && body.endsWith("</p>\n") && body.startsWith("Parley ", last + 3)) {
      footer = body.substring(last + 3, body.length() - "</p>\n".length());
      body = body.substring(0, last);
    }
    List<String[]> sections = new ArrayList<>();
    StringBuilder b = new StringBuilder();
    Matcher m = H2.matcher(body);
    int from = 0;
    while (m.find()) {
      String id = "section-" + (sections.size() + 1);
      sections.add(new String[] {id, m.group(1)});
      // the anchor stands before the heading, which stays as commonmark wrote it
      b.append(body, from, m.start()).append("<span class=\"anchor\" id=\"").append(id);
      b.append("\"></span>");
      from = m.start();
    }
    b.append(body.substring(from));
    body = b.toString();
    // the state graph after the first section (the bottom line)
    String figure = GraphFigure.html(run, 1);
    int second =
        sections.size() > 1
            ? body.indexOf("<span class=\"anchor\" id=\"" + sections.get(1)[0])
            : -1;
    body =
        second >= 0 ? body.substring(0, second) + figure + body.substring(second) : body + figure;
    if (sections.size() > CONTENTS_ABOVE) {
      StringBuilder toc = new StringBuilder("<nav class=\"contents\" aria-label=\"Contents\">\n");
      toc.append("<p class=\"contents-title\">Contents</p>\n<ol>\n");
      for (String[] sec : sections) {
        toc.append("<li><a href=\"#").append(sec[0]).append("\">").append(sec[1]);
        toc.append("</a></li>\n");
      }
      toc.append("</ol>\n</nav>\n");
      int h1 = body.indexOf("</h1>");
      int at = h1 < 0 ? 0 : h1 + "</h1>".length() + 1;
      body = body.substring(0, at) + toc + body.substring(at);
    }
    return document(run.model().conflict().title(), body, footer);
  }

  private static final Pattern H2 = Pattern.compile("<h2>(.*?)</h2>");

  /**
   * An HTML page from Markdown, titled {@code title}. Control characters in either (terminal
   * escapes written into a model's text) are shown as visible escapes, never passed through.
   */
  public static String page(String title, String markdown) {
    return document(title, RENDERER.render(PARSER.parse(ControlChars.neutralise(markdown))), "");
  }

  /**
   * The page around a body of HTML; a footer (HTML, "" for none) closes it on screen and stands at
   * the foot of every printed page, where "page X of Y" stands too.
   */
  private static String document(String title, String body, String footer) {
    String foot =
        footer.isEmpty() ? "" : "<footer class=\"briefing-footer\">" + footer + "</footer>\n";
    return "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        + "<meta name=\"generator\" content=\"Parley\">\n"
        + "<title>"
        + escape(ControlChars.neutralise(title))
        + " — Parley briefing</title>\n<style>\n"
        + stylesheet()
        + pageFooter(footer)
        + "</style>\n</head>\n<body>\n<main class=\"briefing\">\n"
        + body
        + foot
        + "</main>\n</body>\n</html>\n";
  }

  /** The printed page's foot: the footer's text at the left, "page X of Y" at the right. */
  private static String pageFooter(String footer) {
    String text = footer.replaceAll("<[^>]*>", "");
    text =
        text.replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&quot;", "\"")
            .replace("&#39;", "'")
            .replace("&amp;", "&");
    return "@page {\n  @bottom-left { content: "
        + cssString(text)
        + "; font: 7.5pt \"Liberation Sans\", \"DejaVu Sans\", Arial, sans-serif; color: #4a5568; }\n"
        + "  @bottom-right { content: \"page \" counter(page) \" of \" counter(pages);"
        + " font: 7.5pt \"Liberation Sans\", \"DejaVu Sans\", Arial, sans-serif; color: #4a5568; }\n"
        + "}\n";
  }

  /**
   * A CSS string of any text: quotes, backslashes, line breaks and {@code <} (which could close the
   * style element) written as escapes.
   */
  static String cssString(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"' || c == '\\' || c == '<' || c == '>' || c == '&' || c < 0x20 || c == 0x7f) {
        b.append('\\').append(Integer.toHexString(c)).append(' ');
      } else {
        b.append(c);
      }
    }
    return b.append('"').toString();
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
