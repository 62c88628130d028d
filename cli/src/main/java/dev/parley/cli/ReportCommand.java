package dev.parley.cli;

import dev.parley.app.Analyse;
import dev.parley.app.ModelInput;
import dev.parley.app.Report;
import dev.parley.core.progress.Progress;
import dev.parley.io.AtomicFiles;
import dev.parley.report.html.PdfPrinter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

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
      "  parley report examples/chicken.yaml --concept nash,seq > chicken.html",
      "  parley report examples/prisoners-dilemma-attitudes.yaml --concept seq,rseq -o pd.html"
    })
final class ReportCommand extends ModelCommand.AnyFormat {
  /** Report formats. */
  enum ReportFormat {
    html,
    pdf
  }

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

  @Option(
      names = {"-c", "--concept"},
      split = ",",
      paramLabel = "C",
      description =
          "Concepts (repeatable or comma-separated): nash, gmr, smr, seq, sim, seqsim; rnash, rgmr,"
              + " rsmr, rseq (relational, under the model's attitudes). Default: all six"
              + " (graph-form models: nash, gmr, smr, seq), and their relational versions when"
              + " the model declares attitudes.")
  List<String> concepts = new java.util.ArrayList<>();

  @Option(
      names = "--chromium",
      paramLabel = "PATH",
      description =
          "Chromium or Chrome for PDF (default: $PARLEY_CHROMIUM, else /usr/bin/chromium)")
  Path chromium;

  @Override
  public Integer call() {
    PdfPrinter printer = chromium != null ? new PdfPrinter(chromium) : PdfPrinter.system();
    Report.Request req =
        new Report.Request(
            format == ReportFormat.pdf ? Report.Kind.PDF : Report.Kind.HTML,
            Analyse.Request.parse(concepts));
    try {
      ModelInput in = model.load();
      Report.Result report = Report.run(in, req, printer, Progress.NONE);
      if (format == ReportFormat.html) {
        Output.write(
            report.text(), output, spec.commandLine().getOut(), spec.commandLine().getErr());
        return ExitCodes.OK;
      }
      Path target = output != null ? output : Path.of(report.fileName());
      try {
        AtomicFiles.write(target, report.bytes());
      } catch (IOException e) {
        throw new UserError(
            "parley report: cannot write the PDF " + target + ": " + e.getMessage());
      }
      spec.commandLine().getErr().println("Wrote " + target);
      return ExitCodes.OK;
    } catch (Report.NoPrinter e) {
      throw new UserError("parley report: " + e.getMessage());
    } catch (UncheckedIOException e) {
      throw new UserError("parley report: cannot print the PDF: " + e.getCause().getMessage());
    }
  }
}
