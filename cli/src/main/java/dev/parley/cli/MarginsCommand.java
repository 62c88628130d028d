package dev.parley.cli;

import dev.parley.app.Margins;
import dev.parley.app.ModelInput;
import dev.parley.report.MarginsReport;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "margins",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Probabilistic preferences: each comparison carries the probability that a decision maker",
      "prefers one state to the other ('probabilities:' under its preferences; every other",
      "comparison follows the ranking). A move is an improvement when its probability is above",
      "the mover's threshold (default 0.5). Prints the verdicts of Nash, GMR, SMR and SEQ and, for",
      "each, how far the threshold may move before it flips, and the comparison that decides it.",
      ""
    },
    footer = {
      "",
      "Examples:",
      "  parley margins examples/chicken-probabilistic.yaml",
      "  parley margins examples/chicken-probabilistic.yaml --threshold 0.65",
      "  parley margins examples/chicken-probabilistic.yaml --threshold 0.5,P2=0.75 -f json",
      "",
      "Definitions: docs/semantics.md §5.5; the model keys: docs/model-format.md,",
      "\"Probabilistic preferences\"."
    })
final class MarginsCommand extends ModelCommand.Plain {
  @Option(
      names = {"-t", "--threshold"},
      paramLabel = "T",
      description =
          "The threshold for everyone (e.g. 0.6), for one decision maker (RU=0.4), or both,"
              + " comma-separated; default: the model's ('threshold:', 'probabilityThreshold:'),"
              + " else 0.5")
  String threshold;

  @Option(
      names = {"-c", "--concept"},
      split = ",",
      paramLabel = "C",
      description = "Concepts (comma-separated): nash, gmr, smr, seq (default: all four)")
  List<String> concepts = new ArrayList<>();

  @CommandLine.Mixin ReportOutput out;

  @Override
  public Integer call() {
    out.requireReportFormat("margins");
    ModelInput in = model.load();
    MarginsReport report = Margins.run(in, new Margins.Request(threshold, concepts));
    out.write(report::json, report::render);
    return ExitCodes.OK;
  }
}
