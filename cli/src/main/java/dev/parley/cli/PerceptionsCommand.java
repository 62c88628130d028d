package dev.parley.cli;

import dev.parley.app.ModelInput;
import dev.parley.app.Perceptions;
import dev.parley.core.progress.Progress;
import dev.parley.report.PerceptionsReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(
    name = "perceptions",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "What each side believes (a first-level hypergame): each decision maker's own game — its",
      "beliefs about the others' preferences, without the states it cannot see ('perceives:' in",
      "the model) — analysed beside the true game. Prints, for each decision maker, the states it",
      "believes stable; the hypergame equilibria with their classes (HT, H, T); and the states",
      "that hold only because someone is mistaken, with who is mistaken about what.",
      ""
    },
    footer = {
      "",
      "Examples:",
      "  parley perceptions examples/chicken-misperceived.yaml",
      "  parley perceptions examples/chicken-misperceived.yaml --concept seq --format json",
      "",
      "Definitions: docs/semantics.md §6. A model without 'perceives:' gives the ordinary",
      "equilibria, every one of class HT."
    })
final class PerceptionsCommand extends ModelCommand.AnyFormat {
  @CommandLine.Mixin ConceptOptions.DefaultAll concepts;

  @CommandLine.Mixin ReportOutput out;

  @Override
  public Integer call() {
    out.requireReportFormat("perceptions");
    ModelInput in = model.load();
    Perceptions.Result r =
        Perceptions.run(in, new Perceptions.Request(concepts.concepts), Progress.NONE);
    PerceptionsReport report = new PerceptionsReport(r.hypergame(), r.concepts(), in.name());
    out.write(report::json, report::render);
    return ExitCodes.OK;
  }
}
