package dev.parley.cli;

import dev.parley.app.ModelInput;
import dev.parley.app.Timelines;
import dev.parley.core.progress.Progress;
import dev.parley.report.TimelineReport;
import dev.parley.report.TimelineRun;
import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(
    name = "timeline",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "The model's phases or rounds of talks ('timeline:' in the model), one after another: for",
      "each phase what it changes and on what basis, its equilibria, where its status quo stands,",
      "which equilibria improvements from there can reach, and the deadlocks that hold it; from",
      "the second phase on, which verdicts changed from the phase before and why (whose",
      "comparison of which states turned, or whose sanction appeared or fell away).",
      ""
    },
    footer = {
      "",
      "Examples:",
      "  parley timeline examples/peace-talks-2026.yaml",
      "  parley timeline examples/peace-talks-2026.yaml --concept gmr,seq --format json",
      "",
      "Definitions: docs/semantics.md §7; phases in model files: docs/model-format.md,",
      "\"Phases and rounds\"."
    })
final class TimelineCommand extends ModelCommand.Plain {
  @CommandLine.Mixin ConceptOptions.DefaultAll concepts;

  @CommandLine.Mixin ReportOutput out;

  @Override
  public Integer call() {
    out.requireReportFormat("timeline");
    ModelInput in = model.load();
    TimelineRun run = Timelines.run(in, concepts.chosen(in.model), Progress.NONE);
    TimelineReport report = new TimelineReport(run);
    out.write(report::json, report::render);
    return ExitCodes.OK;
  }
}
