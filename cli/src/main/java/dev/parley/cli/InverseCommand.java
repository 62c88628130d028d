package dev.parley.cli;

import dev.parley.app.Inverse;
import dev.parley.app.ModelInput;
import dev.parley.core.progress.Progress;
import dev.parley.report.InverseReport;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "inverse",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Inverse analysis: what the preferences must be for a target state to be an equilibrium.",
      "Per concept: the conditions on each decision maker's preferences (every move from the",
      "target deterred), the comparisons the verdict depends on, how many rankings within the",
      "varied range make it an equilibrium (exact) with a listing, and the smallest change to",
      "the current preferences that makes it one (or breaks it).",
      ""
    },
    footer = {
      "",
      "Examples:",
      "  parley inverse examples/peace-talks-2026.yaml --target deal --concept seq",
      "  parley inverse examples/peace-talks-2026.yaml --target deal --concept nash,gmr,seq --vary RU",
      "  parley inverse examples/peace-talks-2026.yaml --target 7 --vary RU=1..6 --vary UA --format json",
      "  parley inverse examples/peace-talks-2026.yaml --target deal --metric statements",
      "",
      "--vary DM=FROM..TO names positions in DM's current ranking (1 = most preferred tie group);",
      "--vary DM alone varies its whole ranking. Tie groups move whole. See docs/mediator.md."
    })
final class InverseCommand extends ModelCommand.Plain {
  @Option(
      names = {"-t", "--target"},
      required = true,
      paramLabel = "STATE",
      description = "The target state: a number, a named state or a Y/N/- text")
  String target;

  @CommandLine.Mixin ConceptOptions.DefaultFour concepts;

  @Option(
      names = "--vary",
      paramLabel = "DM[=FROM..TO]",
      description =
          "Vary this decision maker's ranking (repeatable): positions FROM..TO, or the whole"
              + " ranking. Rankings are counted and listed over these ranges.")
  List<String> vary = new ArrayList<>();

  @Option(
      names = "--metric",
      paramLabel = "M",
      description =
          "What a smallest change swaps: ranking (neighbouring tie groups; default) or statements"
              + " (neighbouring prioritized statements)")
  String metric;

  @Option(
      names = "--list",
      paramLabel = "N",
      description = "List up to N rankings per concept (default 5; 0 for none; at most 100)")
  int list = Inverse.DEFAULT_LIST;

  @Option(
      names = "--bound",
      paramLabel = "B",
      description = "Search smallest changes up to B swaps (default 6; at most 50)")
  int bound = Inverse.DEFAULT_BOUND;

  @CommandLine.Mixin ReportOutput out;

  @Override
  public Integer call() {
    out.requireReportFormat("inverse");
    Inverse.Request req =
        Inverse.Request.of(target)
            .withConcepts(concepts.chosen())
            .withVary(vary)
            .withMetric(metric)
            .withList(list)
            .withBound(bound);
    ModelInput in = model.load();
    InverseReport r = Inverse.run(in, req, Progress.NONE);
    out.write(r::json, style -> r.hints(CliHints.HINTS).render(style));
    return ExitCodes.OK;
  }
}
