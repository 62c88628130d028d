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
  void withoutChromiumThePrinterSaysWhatToInstall() {
    PdfPrinter printer = new PdfPrinter(Path.of("/no/such/chromium"));
    assertThat(printer.available()).isFalse();
    assertThat(printer.missingMessage())
        .contains("/no/such/chromium")
        .contains("apt-get install chromium")
        .contains("--format html");
  }
}
