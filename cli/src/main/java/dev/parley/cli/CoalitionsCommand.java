package dev.parley.cli;

import dev.parley.app.Coalitions;
import dev.parley.app.ModelInput;
import dev.parley.core.progress.Progress;
import dev.parley.report.CoalitionReport;
import dev.parley.report.Doc;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "coalitions",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Analyse the stability of every state for every coalition of decision makers (CNash,",
      "CGMR, CSMR, CSEQ): the states stable for each coalition, the coalition equilibria beside",
      "the individual ones, the equilibria coalitions break and how, and the states coalitions",
      "reach together, from the status quo on, that no member reaches alone.",
      ""
    },
    footer = {
      "",
      "Examples:",
      "  parley coalitions examples/elmira.yaml",
      "  parley coalitions examples/peace-talks-2026.yaml --concept cnash,cgmr",
      "  parley coalitions examples/elmira.yaml --quantifier all --format json",
      "",
      "Concepts: cnash, cgmr, csmr, cseq (nash, gmr, smr, seq are accepted too). Default: all four.",
      "A sanction deters a coalition when it leaves some member (default) or, with",
      "--quantifier all, every member no better off. Every coalition is examined, so models",
      "have at most "
          + Coalitions.MAX_DMS
          + " decision makers; for a fixed partition into blocks use",
      "  parley analyze MODEL --coalitions \"[A,B],C\""
    })
final class CoalitionsCommand extends ModelCommand.AnyFormat {
  @Option(
      names = {"-c", "--concept"},
      split = ",",
      paramLabel = "C",
      description =
          "Coalition concepts (repeatable or comma-separated): cnash, cgmr, csmr, cseq."
              + " Default: all four.")
  List<String> conceptNames = new ArrayList<>();

  @Option(
      names = {"-q", "--quantifier"},
      paramLabel = "some|all",
      description =
          "Whom a sanction must leave no better off to deter a coalition: some member (default)"
              + " or all members.")
  String quantifier = "some";

  @Option(
      names = {"-f", "--format"},
      paramLabel = "FORMAT",
      description = "text (default), markdown or json")
  Format format = Format.text;

  @CommandLine.Mixin AtomicOutput output;

  @CommandLine.Mixin StatusQuoOption statusQuo;

  /**
   * The warning for a model of {@code states} states where each coalition's improvements are
   * searched state by state ({@link Coalitions#searchesStateByState}; docs/coalitions.md, "Cost"),
   * or null: above {@link Coalitions#SLOW_STATES}.
   */
  static String slowWarning(int states) {
    if (states <= Coalitions.SLOW_STATES) {
      return null;
    }
    return String.format(
        java.util.Locale.ROOT,
        "parley coalitions: %,d states. With explicit moves or --quantifier all, every"
            + " coalition's improvements are searched state by state, so the time grows with the"
            + " square of the number of states (on a 2-core machine about 8 s at 5,000 states, more"
            + " than 10 minutes at 35,000); this may take long."
            + " Ctrl-C stops it. To analyse one coalition structure at scale, use parley analyze"
            + " MODEL --coalitions \"[A,B],C\".",
        states);
  }

  @Override
  public Integer call() {
    Coalitions.Request req =
        Coalitions.Request.parse(conceptNames)
            .withQuantifier(quantifier)
            .withStatusQuo(statusQuo.statusQuo);
    if (format == Format.csv) {
      throw new UserError("coalitions writes text, markdown or json, not csv");
    }
    ModelInput in = model.load();
    Coalitions.Plan plan = Coalitions.plan(in, req);
    String slow = Coalitions.searchesStateByState(plan) ? slowWarning(in.model.stateCount()) : null;
    if (slow != null) {
      spec.commandLine().getErr().println(slow);
    }
    CoalitionReport report = Coalitions.run(plan, Progress.NONE).report();
    String text =
        switch (format) {
          case text -> report.render(Doc.Style.TEXT);
          case markdown -> report.render(Doc.Style.MARKDOWN);
          case json -> report.json();
          case csv -> throw new IllegalStateException();
        };
    output.write(text, spec);
    return ExitCodes.OK;
  }
}
