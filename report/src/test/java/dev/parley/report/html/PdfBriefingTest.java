package dev.parley.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.io.LoadedModel;
import dev.parley.io.ModelReader;
import dev.parley.io.TestFiles;
import dev.parley.report.AnalysisRun;
import dev.parley.report.BriefingRun;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The PDF briefing as printed by Chromium, read back page by page with PDFBox: "page X of Y" on
 * every page, a table of contents for a long briefing (and none for a short one), the state graph
 * as a figure, and no page that holds only the footer.
 */
class PdfBriefingTest {
  private static final PdfPrinter PRINTER = PdfPrinter.system();

  @BeforeAll
  static void chromium() {
    if ("true".equals(System.getenv("CI")) && !PRINTER.available()) {
      throw new AssertionError("CI=true: the PDF tests must run, but " + PRINTER.missingMessage());
    }
    Assumptions.assumeTrue(PRINTER.available(), PRINTER.missingMessage());
  }

  static AnalysisRun run(String example) throws Exception {
    LoadedModel m = ModelReader.read(TestFiles.example(example));
    return BriefingRun.of(m.graphModel(), example, "0".repeat(64)).mediator(false).build();
  }

  /** The text of each page. */
  static List<String> pages(byte[] pdf) throws Exception {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      List<String> out = new ArrayList<>();
      PDFTextStripper strip = new PDFTextStripper();
      for (int p = 1; p <= doc.getNumberOfPages(); p++) {
        strip.setStartPage(p);
        strip.setEndPage(p);
        out.add(strip.getText(doc).replaceAll("\\s+", " ").strip());
      }
      return out;
    }
  }

  /** The sections of the HTML page, as its headings read. */
  static List<String> sections(String html) {
    List<String> out = new ArrayList<>();
    Matcher m =
        Pattern.compile("<span class=\"anchor\" id=\"section-\\d+\"></span><h2>(.*?)</h2>")
            .matcher(html);
    while (m.find()) {
      out.add(
          m.group(1)
              .replaceAll("<[^>]*>", "")
              .replace("&quot;", "\"")
              .replace("&lt;", "<")
              .replace("&gt;", ">")
              .replace("&amp;", "&"));
    }
    return out;
  }

  @Test
  void aLongBriefingHasPageNumbersContentsTheGraphAndNoPageOfFooterAlone() throws Exception {
    AnalysisRun run = run("peace-talks-2026.yaml");
    String html = HtmlReport.render(run);
    List<String> sections = sections(html);
    assertThat(sections).as("a long briefing").hasSizeGreaterThan(HtmlReport.CONTENTS_ABOVE);
    byte[] pdfBytes = PRINTER.print(html);
    List<String> pages = pages(pdfBytes);
    int n = pages.size();
    assertThat(n).isGreaterThan(2);
    String footer = "Parley " + dev.parley.core.Parley.VERSION + " · model peace-talks-2026.yaml";
    for (int i = 0; i < n; i++) {
      String page = pages.get(i);
      assertThat(page).as("page %d", i + 1).contains("page " + (i + 1) + " of " + n);
      assertThat(page).as("page %d's footer", i + 1).contains(footer);
      // what remains without the foot of the page is the briefing's own text
      String body =
          page.replace("page " + (i + 1) + " of " + n, "")
              .replaceAll("Parley \\S+ · model \\S+ · sha256 \\w+ · concepts [A-Z+, ]+", "")
              .strip();
      assertThat(body.split(" "))
          .as("words of page %d besides its foot", i + 1)
          .hasSizeGreaterThan(20);
    }
    // the contents, on the first page, in the order of the sections
    String first = pages.get(0);
    assertThat(first).contains("Contents");
    int at = first.indexOf("Contents");
    for (String s : sections) {
      int next = first.indexOf(s.replaceAll("\\s+", " "), at);
      assertThat(next).as("the contents list '%s' after the one before", s).isGreaterThan(at);
      at = next;
    }
    // the figure: its caption and, on the same page, the legend drawn in the SVG
    String figurePage =
        pages.stream().filter(p -> p.contains("Figure 1. The state graph")).findFirst().orElse("");
    assertThat(figurePage).as("a page with the figure").isNotEmpty();
    for (var dm : run.model().conflict().decisionMakers()) {
      assertThat(figurePage).contains("improvements of " + dm.name());
    }
    assertThat(figurePage)
        .contains("status quo that is also an equilibrium")
        .contains("capitulation");
    assertThat(html).contains("<figure class=\"state-graph\">\n<svg");
  }

  @Test
  void aShortBriefingHasPageNumbersAndTheGraphButNoContents() throws Exception {
    AnalysisRun run = run("chicken.yaml");
    String html = HtmlReport.render(run);
    assertThat(sections(html)).hasSizeLessThanOrEqualTo(HtmlReport.CONTENTS_ABOVE);
    List<String> pages = pages(PRINTER.print(html));
    int n = pages.size();
    for (int i = 0; i < n; i++) {
      assertThat(pages.get(i)).contains("page " + (i + 1) + " of " + n);
    }
    String all = String.join(" ", pages);
    assertThat(all).doesNotContain("Contents").contains("Figure 1. The state graph");
    assertThat(all).contains("improvements of Driver 1");
  }
}
