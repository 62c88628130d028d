package dev.parley.cli;

import dev.parley.app.Dilemmas;
import dev.parley.app.ModelInput;
import dev.parley.core.drama.DramaResult;
import dev.parley.core.progress.Progress;
import dev.parley.report.DilemmasReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "dilemmas",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "The dilemmas of drama theory on the model's card table ('drama:' in the model: each",
      "party's position, the threatened future, doubts): persuasion, rejection, threat and",
      "positioning where positions differ; co-operation and trust where two parties propose the",
      "same future. Each is a sentence naming the futures and the comparison that create it, with",
      "what resolves it and whether the stability analysis agrees. Prints the options board first.",
      ""
    },
    footer = {
      "",
      "Examples:",
      "  parley dilemmas examples/peace-talks-2026.yaml",
      "  parley dilemmas examples/peace-talks-2026.yaml --concept gmr --format json",
      "",
      "Definitions: docs/semantics.md §4 and §5.2; the card table: docs/model-format.md,",
      "\"Positions, threats and doubts\"."
    })
final class DilemmasCommand extends ModelCommand.WithDrama {
  @Option(
      names = "--concept",
      paramLabel = "CONCEPT",
      description =
          "The concept whose verdicts stand beside the dilemmas: nash, gmr, smr, seq, sim or"
              + " seqsim (default: seq)")
  String concept;

  @CommandLine.Mixin ReportOutput out;

  @Override
  public Integer call() {
    out.requireReportFormat("dilemmas");
    Dilemmas.Request req = Dilemmas.Request.parse(concept, "concept");
    ModelInput in = model.load();
    DramaResult r = Dilemmas.run(in, req, Progress.NONE);
    DilemmasReport report = new DilemmasReport(r, in.name());
    out.write(report::json, report::render);
    return ExitCodes.OK;
  }
}
