package dev.parley.cli;

import dev.parley.app.ModelInput;
import dev.parley.app.Robustness;
import dev.parley.core.progress.Progress;
import dev.parley.report.RobustnessReport;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "robustness",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Robustness margins: for every state and concept, the fewest adjacent swaps in the",
      "preferences that would reverse the verdict (break an equilibrium, or make a state one),",
      "and for each equilibrium the nearest change that breaks it.",
      ""
    },
    footer = {
      "",
      "Examples:",
      "  parley robustness examples/peace-talks-2026.yaml",
      "  parley robustness examples/peace-talks-2026.yaml --vary RU --concept seq --bound 8",
      "  parley robustness examples/peace-talks-2026.yaml --metric statements --format json",
      "",
      "By default every decision maker's whole ranking may change. See docs/mediator.md."
    })
final class RobustnessCommand extends ModelCommand.Plain {
  @CommandLine.Mixin ConceptOptions.DefaultAll concepts;

  @Option(
      names = "--vary",
      paramLabel = "DM[=FROM..TO]",
      description = "Only these preferences may change (repeatable). Default: every whole ranking.")
  List<String> vary = new ArrayList<>();

  @Option(
      names = "--metric",
      paramLabel = "M",
      description = "What a swap exchanges: ranking (tie groups; default) or statements")
  String metric;

  @Option(
      names = "--bound",
      paramLabel = "B",
      description =
          "Search up to B swaps (default 4; at most 30); beyond, the margin is reported as >B")
  int bound = Robustness.DEFAULT_BOUND;

  @CommandLine.Mixin ReportOutput out;

  @Override
  public Integer call() {
    out.requireReportFormat("robustness");
    Robustness.Request req =
        Robustness.Request.standard()
            .withConcepts(concepts.concepts)
            .withVary(vary)
            .withMetric(metric)
            .withBound(bound);
    ModelInput in = model.load();
    RobustnessReport r = Robustness.run(in, req, Progress.NONE);
    out.write(r::json, r::render);
    return ExitCodes.OK;
  }
}
