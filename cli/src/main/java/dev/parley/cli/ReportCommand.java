package dev.parley.cli;

import dev.parley.app.ModelInput;
import dev.parley.core.stability.Concept;
import dev.parley.io.AtomicFiles;
import dev.parley.report.AnalysisRun;
import dev.parley.report.BriefingRun;
import dev.parley.server.report.HtmlReport;
import dev.parley.server.report.PdfPrinter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Write the briefing of an analysis as a web page (HTML, with a print stylesheet) or as a",
      "PDF. The content is that of 'parley analyze': the conflict in brief, the status quo,",
      "settlements out of reach, each equilibrium and why it holds, the model, the tables.",
      ""
    },
    footer = {
      "",
      "PDF is printed by headless Chromium (Debian/Ubuntu: apt-get install chromium); without",
      "it, parley says so and exits with 2. The HTML report needs nothing.",
      "",
      "Examples:",
      "  parley report examples/peace-talks-2026.yaml -o peace-talks.html",
      "  parley report examples/elmira.yaml --format pdf -o elmira.pdf",
      "  parley report examples/chicken.yaml --concept nash,seq > chicken.html"
    })
final class ReportCommand implements Callable<Integer> {
  /** Report formats. */
  enum ReportFormat {
    html,
    pdf
  }

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(
      index = "0",
      paramLabel = "MODEL",
      description = "Model file: .yaml, .yml, .json or GMCR+ .gmcr")
  Path model;

  @Option(
      names = {"-f", "--format"},
      paramLabel = "FORMAT",
      description = "html (default) or pdf")
  ReportFormat format = ReportFormat.html;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description =
          "Write to FILE (atomically). Default: standard output for HTML; MODEL-briefing.pdf in"
              + " the current folder for PDF.")
  Path output;

  @CommandLine.Mixin ConceptOptions.DefaultAll concepts;

  @Option(
      names = "--chromium",
      paramLabel = "PATH",
      description =
          "Chromium or Chrome for PDF (default: $PARLEY_CHROMIUM, else /usr/bin/chromium)")
  Path chromium;

  @Override
  public Integer call() {
    ModelInput in = ModelInput.load(model, true);
    in.warnings.forEach(w -> spec.commandLine().getErr().println(w));
    PdfPrinter printer = chromium != null ? new PdfPrinter(chromium) : PdfPrinter.system();
    if (format == ReportFormat.pdf && !printer.available()) {
      throw new UserError("parley report: " + printer.missingMessage());
    }
    List<Concept> order = concepts.chosen(in.model);
    ConceptOptions.requireOptionForm("report", model, in.model, order);
    // the run 'parley analyze' briefs from, so that the page carries what its text carries
    AnalysisRun run = BriefingRun.of(in.model, model.toString(), in.sha256).concepts(order).build();
    String html = HtmlReport.render(run);
    if (format == ReportFormat.html) {
      Output.write(html, output, spec.commandLine().getOut(), spec.commandLine().getErr());
      return ExitCodes.OK;
    }
    Path target = output != null ? output : Path.of(stem(model) + "-briefing.pdf");
    try {
      AtomicFiles.write(target, printer.print(html));
    } catch (PdfPrinter.Unavailable e) {
      throw new UserError("parley report: " + e.getMessage());
    } catch (IOException e) {
      throw new UserError("parley report: cannot write the PDF " + target + ": " + e.getMessage());
    }
    spec.commandLine().getErr().println("Wrote " + target);
    return ExitCodes.OK;
  }

  private static String stem(Path p) {
    String n = p.getFileName().toString();
    int dot = n.lastIndexOf('.');
    return dot > 0 ? n.substring(0, dot) : n;
  }
}
