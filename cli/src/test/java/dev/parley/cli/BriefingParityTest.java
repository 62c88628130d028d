package dev.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.app.ModelInput;
import dev.parley.app.Report;
import dev.parley.core.progress.Progress;
import dev.parley.io.LoadedModel;
import dev.parley.io.ModelReader;
import dev.parley.io.TestFiles;
import dev.parley.report.html.PdfPrinter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The HTML (and so the PDF) report carries the sections of the briefing 'parley analyze' prints:
 * every heading of {@code analyze --format markdown} is a heading of {@code parley report} and of
 * the workbench's report, in the same order, for every example.
 */
class BriefingParityTest {
  private static final Pattern HTML_HEADING = Pattern.compile("<h([1-3])>(.*?)</h\\1>");

  static Stream<String> examples() {
    return TestFiles.examples().stream().map(p -> p.getFileName().toString());
  }

  @ParameterizedTest
  @MethodSource("examples")
  void theReportsCarryEveryHeadingOfTheBriefing(String example) throws Exception {
    Path file = Path.of(Cli.example(example));
    Cli analyze = Cli.ok("analyze", file.toString(), "--format", "markdown");
    List<String> briefing = markdownHeadings(analyze.out());
    assertThat(briefing).as("headings of the briefing of %s", example).hasSizeGreaterThan(3);

    Cli report = Cli.ok("report", file.toString());
    assertThat(htmlHeadings(report.out()))
        .as("headings of 'parley report %s'", example)
        .containsExactlyElementsOf(briefing);

    LoadedModel loaded = ModelReader.read(file);
    byte[] page =
        Report.run(
                ModelInput.of(
                    loaded,
                    example,
                    "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"),
                Report.Request.parse("html", List.of()),
                PdfPrinter.system(),
                Progress.NONE)
            .bytes();
    assertThat(htmlHeadings(new String(page, StandardCharsets.UTF_8)))
        .as("headings of the workbench's report of %s", example)
        .containsExactlyElementsOf(briefing);
  }

  @Test
  void theReportOfAGraphFormModelNeedsNoConcepts() throws Exception {
    Cli r = Cli.ok("report", Cli.example("elmira-graph.yaml"));
    assertThat(r.out()).contains("<h2>Stability</h2>").doesNotContain("SEQ+SIM");
    Cli robustness = Cli.ok("robustness", Cli.example("elmira-graph.yaml"));
    assertThat(robustness.out()).contains("SEQ").doesNotContain("SIM");
    Cli sim = Cli.run("report", Cli.example("elmira-graph.yaml"), "--concept", "sim");
    assertThat(sim.code()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(sim.err()).contains("graph form").contains("use nash, gmr, smr or seq");
  }

  @Test
  void theReportShowsWhatTheSettlementDependsOn() {
    Cli r = Cli.ok("report", Cli.example("peace-talks-2026.yaml"));
    assertThat(r.out()).contains("<h2>What the settlements depend on</h2>");
  }

  /** The headings of a Markdown text, outside fenced blocks. */
  static List<String> markdownHeadings(String markdown) {
    List<String> out = new ArrayList<>();
    boolean fenced = false;
    for (String line : markdown.split("\n")) {
      if (line.startsWith("```")) {
        fenced = !fenced;
      } else if (!fenced && line.matches("#{1,3} .*")) {
        out.add(line.substring(line.indexOf(' ') + 1).strip().replaceAll("\\\\(.)", "$1"));
      }
    }
    return out;
  }

  /** The text of the {@code <h1>}–{@code <h3>} headings of an HTML page. */
  static List<String> htmlHeadings(String html) {
    List<String> out = new ArrayList<>();
    Matcher m = HTML_HEADING.matcher(html);
    while (m.find()) {
      out.add(
          m.group(2)
              .replaceAll("<[^>]+>", "")
              .replace("&lt;", "<")
              .replace("&gt;", ">")
              .replace("&quot;", "\"")
              .replace("&amp;", "&")
              .strip());
    }
    return out;
  }
}
