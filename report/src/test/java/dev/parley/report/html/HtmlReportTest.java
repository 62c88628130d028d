package dev.parley.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class HtmlReportTest {
  @Test
  void aPageIsSelfContainedWithItsPrintStylesheet() {
    String html = HtmlReport.page("Chicken", "# Chicken\n\n| a | b |\n|---|---|\n| 1 | 2 |\n");
    assertThat(html)
        .startsWith("<!doctype html>")
        .contains("<title>Chicken — Parley briefing</title>")
        .contains("<h1>Chicken</h1>")
        .contains("<table>")
        .contains("@media print");
  }

  @Test
  void rawHtmlAndTerminalEscapesInTheModelsTextAreNeverPassedThrough() {
    String html = HtmlReport.page("<b>\u001b[31mT", "<script>alert(1)</script>\n\nred \u001b[31m");
    assertThat(html)
        .doesNotContain("<script>")
        .contains("&lt;script&gt;")
        .contains("<title>&lt;b&gt;\\u001b[31mT")
        .doesNotContain("\u001b");
  }

  @Test
  void textInTheStylesheetCannotCloseItOrEndItsString() {
    String css = HtmlReport.cssString("a \"b\" </style><script> \\ \n c");
    assertThat(css.substring(1, css.length() - 1)).doesNotContain("\"").doesNotContain("<");
    assertThat(css).startsWith("\"a \\22 b\\22  \\3c /style").contains("\\5c ").contains("\\a ");
  }

  @Test
  void theBriefingKeepsItsHeadingsAndGetsAFigureAndAFooter() throws Exception {
    var m = dev.parley.io.ModelReader.read(dev.parley.io.TestFiles.example("chicken.yaml"));
    var run =
        dev.parley.report.BriefingRun.of(m.graphModel(), "chicken.yaml", "0".repeat(64))
            .mediator(false)
            .build();
    String html = HtmlReport.render(run);
    assertThat(html)
        .contains("<h2>Bottom line</h2>")
        .contains("<figure class=\"state-graph\">")
        .contains("<footer class=\"briefing-footer\">Parley ")
        .contains("counter(page) \" of \" counter(pages)")
        .contains("@bottom-left { content: \"Parley ");
    // the figure follows the bottom line and comes before the next section
    assertThat(html.indexOf("<figure")).isGreaterThan(html.indexOf("<h2>Bottom line</h2>"));
    assertThat(html.indexOf("<figure")).isLessThan(html.indexOf("<h2>Decisive assumptions</h2>"));
    // the footer closes the page, after the last section
    assertThat(html.indexOf("<footer")).isGreaterThan(html.indexOf("<h2>Sources</h2>"));
  }

  @Test
  void withoutChromiumThePrinterSaysWhatToInstall() {
    PdfPrinter printer = new PdfPrinter(Path.of("/no/such/chromium"));
    assertThat(printer.available()).isFalse();
    assertThat(printer.missingMessage())
        .contains("/no/such/chromium")
        .contains("apt-get install chromium")
        .contains("--format html");
  }
}
