package dev.parley.cli;

import dev.parley.app.BadRequest;
import dev.parley.app.Goals;
import dev.parley.app.ModelInput;
import dev.parley.core.progress.Progress;
import dev.parley.core.stability.Concept;
import dev.parley.report.GoalsReport;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "goals",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Goal seeking: mark states stable and others unstable, under chosen concepts and for",
      "chosen decision makers; Parley says whether some preferences (within the varied ranges)",
      "meet every goal at once — with the smallest such change — or which goals conflict.",
      ""
    },
    footer = {
      "",
      "Examples:",
      "  parley goals examples/peace-talks-2026.yaml --stable deal --unstable war --concept seq",
      "  parley goals examples/peace-talks-2026.yaml --stable deal,capitulation --concept nash --vary RU",
      "  parley goals examples/peace-talks-2026.yaml --unstable war --dm RU --concept gmr",
      "",
      "Without --dm a goal is about equilibrium (stable for every decision maker); with --dm",
      "it is about stability for each decision maker named. By default every whole ranking",
      "may change. See docs/mediator.md."
    })
final class GoalsCommand extends ModelCommand.Plain {
  @Option(
      names = "--stable",
      split = ",",
      paramLabel = "STATE",
      description = "States that should be stable (repeatable or comma-separated)")
  List<String> stable = new ArrayList<>();

  @Option(
      names = "--unstable",
      split = ",",
      paramLabel = "STATE",
      description = "States that should not be stable")
  List<String> unstable = new ArrayList<>();

  @Option(
      names = {"-c", "--concept"},
      split = ",",
      paramLabel = "C",
      converter = ConceptConverter.class,
      description = "Concepts the goals are about (default: seq)")
  List<Concept> concepts = new ArrayList<>();

  @Option(
      names = "--dm",
      split = ",",
      paramLabel = "DM",
      description = "Goals about these decision makers' stability instead of equilibrium")
  List<String> dms = new ArrayList<>();

  @Option(
      names = "--vary",
      paramLabel = "DM[=FROM..TO]",
      description = "Only these rankings may change (repeatable). Default: every whole ranking.")
  List<String> vary = new ArrayList<>();

  @Option(
      names = "--bound",
      paramLabel = "B",
      description = "Search the smallest change up to B swaps (default 6; at most 50)")
  int bound = Goals.DEFAULT_BOUND;

  @CommandLine.Mixin ReportOutput out;

  @Override
  public Integer call() {
    out.requireReportFormat("goals");
    if (stable.isEmpty() && unstable.isEmpty()) {
      throw new UserError("parley goals: mark at least one state with --stable or --unstable");
    }
    Goals.Request req =
        Goals.Request.of(stable, unstable)
            .withConcepts(concepts)
            .withDecisionMakers(dms)
            .withVary(vary)
            .withBound(bound);
    ModelInput in = model.load();
    GoalsReport r;
    try {
      r = Goals.run(in, req, Progress.NONE);
    } catch (BadRequest e) {
      throw asOptions(e);
    }
    out.write(r::json, r::render);
    return ExitCodes.OK;
  }

  /**
   * The problem with the option that gave the field: a goal's state came from {@code --stable} or
   * {@code --unstable}, the decision makers from {@code --dm}.
   */
  private BadRequest asOptions(BadRequest e) {
    String f = e.field() == null ? "" : e.field();
    String option = null;
    if (f.startsWith("goals[")) {
      int k = Integer.parseInt(f.substring("goals[".length(), f.indexOf(']')));
      option = k < stable.size() ? "stable" : "unstable";
    } else if (f.startsWith("decisionMakers")) {
      option = "dm";
    }
    return option == null ? e : new BadRequest(option, String.join("; ", e.lines()));
  }
}
