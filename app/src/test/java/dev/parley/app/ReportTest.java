package dev.parley.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.core.progress.Progress;
import dev.parley.io.TestModels;
import dev.parley.report.Hint;
import dev.parley.report.Hints;
import dev.parley.report.html.PdfPrinter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportTest {
  private static final PdfPrinter NO_CHROMIUM = new PdfPrinter(Path.of("/no/such/chromium"));

  private static Report.Result report(String example, String format, List<String> concepts) {
    return Report.run(
        Models.cli(example), Report.Request.parse(format, concepts), NO_CHROMIUM, Progress.NONE);
  }

  @Test
  void everyTextKindHasItsContentTypeAndFileName() {
    String[][] cases = {
      {"html", "text/html", "chicken-briefing.html", "<!doctype html>"},
      {"md", "text/markdown", "chicken-briefing.md", "# "},
      {"markdown", "text/markdown", "chicken-briefing.md", "# "},
      {"text", "text/plain", "chicken-briefing.txt", "CHICKEN"},
      {"csv", "text/csv", "chicken-stability.csv", "state,"},
      {"json", "application/json", "chicken-result.json", "{"},
      {null, "text/html", "chicken-briefing.html", "<!doctype html>"},
    };
    for (String[] c : cases) {
      Report.Result r = report("chicken.yaml", c[0], List.of());
      assertThat(r.contentType()).as(c[0]).startsWith(c[1]);
      assertThat(r.fileName()).as(c[0]).isEqualTo(c[2]);
      assertThat(r.text()).as(c[0]).startsWith(c[3]);
    }
  }

  @Test
  void theTextBriefingSpeaksInTheFrontEndsWords() {
    Hints words = Hints.NEUTRAL.with(Hint.ALL_EQUILIBRIA, "and all in the FRONT END's view");
    Report.Request req = Report.Request.parse("text", List.of()).withHints(words);
    assertThat(req.kind()).isEqualTo(Report.Kind.TEXT);
    assertThat(req.analysis().hints()).isSameAs(words);
  }

  @Test
  void theHtmlBriefingCarriesOnlyTheConceptsAsked() {
    String html = report("elmira.yaml", "html", List.of("nash", "seq")).text();
    assertThat(html).contains("<h1>").contains("@media print").contains("Nash");
    assertThat(html).doesNotContain("SEQ+SIM");
  }

  @Test
  void itReportsItsPhases() {
    List<String> phases = new ArrayList<>();
    Report.run(
        Models.cli("chicken.yaml"),
        Report.Request.parse("csv", List.of("nash")),
        NO_CHROMIUM,
        (phase, done, total) -> {
          if (phases.isEmpty() || !phases.get(phases.size() - 1).equals(phase)) {
            phases.add(phase);
          }
        });
    assertThat(phases).startsWith("analysing").endsWith("writing the tables");
  }

  @Test
  void aPdfWithoutChromiumIsRefusedSayingWhatToInstall() {
    List<String> phases = new ArrayList<>();
    assertThatThrownBy(
            () ->
                Report.run(
                    Models.cli("chicken.yaml"),
                    Report.Request.parse("pdf", List.of()),
                    NO_CHROMIUM,
                    (phase, done, total) -> phases.add(phase)))
        .isInstanceOf(Report.NoPrinter.class)
        .hasMessageContaining("apt-get install chromium");
    assertThat(phases).as("refused before the analysis").isEmpty();
    // the check alone, before a job starts
    assertThatThrownBy(
            () -> Report.requirePrinter(Report.Request.parse("pdf", List.of()), NO_CHROMIUM))
        .isInstanceOf(Report.NoPrinter.class);
    Report.requirePrinter(Report.Request.parse("html", List.of()), NO_CHROMIUM);
  }

  @Test
  void anUnknownFormatOrConceptIsABadRequest() {
    assertThatThrownBy(() -> Report.Request.parse("docx", List.of()))
        .isInstanceOfSatisfying(
            BadRequest.class,
            e -> {
              assertThat(e.field()).isEqualTo("format");
              assertThat(e.lines().get(0)).contains("'docx'").contains("html, pdf, md");
            });
    assertThatThrownBy(() -> Report.Request.parse("html", List.of("nashh")))
        .isInstanceOf(BadRequest.class)
        .hasMessageContaining("nashh");
    assertThatThrownBy(() -> report("elmira-graph.yaml", "md", List.of("sim")))
        .isInstanceOf(BadRequest.class)
        .hasMessageContaining("graph form")
        .hasMessageContaining("use nash, gmr, smr or seq");
  }

  @Test
  void aModelOfMoreStatesThanTheQuickLimitIsSentToAJob(@TempDir Path dir) throws Exception {
    Path big = Files.writeString(dir.resolve("big.yaml"), TestModels.big());
    assertThatThrownBy(() -> Report.requireQuick(ModelInput.load(big)))
        .isInstanceOfSatisfying(
            Report.NotQuick.class,
            e -> {
              assertThat(e.states()).isEqualTo(32768);
              assertThat(e.getMessage()).contains("big.yaml has 32768 states, more than the 16384");
            });
    Report.requireQuick(Models.cli("elmira.yaml"));
  }

  @Test
  void theFileNameIsTheModelsWithoutFolderOrExtension() {
    assertThat(Report.fileName("old/elmira.yaml", Report.Kind.PDF))
        .isEqualTo("elmira-briefing.pdf");
    assertThat(Report.fileName("examples/chicken.yaml", Report.Kind.CSV))
        .isEqualTo("chicken-stability.csv");
    assertThat(Report.fileName("model", Report.Kind.JSON)).isEqualTo("model-result.json");
  }
}
