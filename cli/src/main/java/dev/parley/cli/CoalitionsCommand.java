package dev.parley.cli;

import dev.parley.app.ModelInput;
import dev.parley.core.coalition.CoalitionConcept;
import dev.parley.core.coalition.CoalitionEngine;
import dev.parley.core.coalition.CoalitionResult;
import dev.parley.core.coalition.Deterrence;
import dev.parley.core.stability.Concept;
import dev.parley.core.stability.StabilityEngine;
import dev.parley.core.stability.StabilityResult;
import dev.parley.report.CoalitionReport;
import dev.parley.report.Doc;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

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
          + CoalitionEngine.MAX_DMS
          + " decision makers; for a fixed partition into blocks use",
      "  parley analyze MODEL --coalitions \"[A,B],C\""
    })
final class CoalitionsCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(
      index = "0",
      paramLabel = "MODEL",
      description = "Model file: .yaml, .yml, .json or GMCR+ .gmcr")
  Path model;

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

  /** Above this many states the all-coalitions analysis warns that it may take long. */
  static final int SLOW_STATES = 10_000;

  /**
   * The warning for a model of {@code states} states, or null: each coalition's improvements are
   * searched state by state (docs/coalitions.md, "Cost").
   */
  static String slowWarning(int states) {
    if (states <= SLOW_STATES) {
      return null;
    }
    return String.format(
        java.util.Locale.ROOT,
        "parley coalitions: %,d states. Every coalition's improvements are searched state by state,"
            + " so the time grows with the square of the number of states (on a 2-core machine"
            + " about 8 s at 5,000 states, more than 10 minutes at 35,000); this may take long."
            + " Ctrl-C stops it. To analyse one coalition structure at scale, use parley analyze"
            + " MODEL --coalitions \"[A,B],C\".",
        states);
  }

  @Override
  public Integer call() {
    List<CoalitionConcept> concepts = concepts();
    Deterrence deterrence = Deterrence.parse(quantifier);
    if (deterrence == null) {
      throw new UserError(
          "--quantifier " + quantifier + ": use 'some' (some member, the default) or 'all'");
    }
    if (format == Format.csv) {
      throw new UserError("coalitions writes text, markdown or json, not csv");
    }
    ModelInput in = ModelInput.load(model);
    in.warnings.forEach(w -> spec.commandLine().getErr().println(w));
    try {
      CoalitionEngine.checkSize(in.model);
    } catch (IllegalArgumentException e) {
      throw new UserError(model + ": " + e.getMessage());
    }
    String slow = slowWarning(in.model.stateCount());
    if (slow != null) {
      spec.commandLine().getErr().println(slow);
    }
    CoalitionResult result =
        new CoalitionEngine().analyze(in.model, EnumSet.copyOf(concepts), deterrence);
    EnumSet<Concept> individualConcepts = EnumSet.noneOf(Concept.class);
    concepts.forEach(c -> individualConcepts.add(c.individual()));
    StabilityResult individual = new StabilityEngine().analyze(in.model, individualConcepts);
    int sq = statusQuo.state(in);
    CoalitionReport report =
        new CoalitionReport(
            in.model, result, concepts, individual, sq, model.toString(), in.sha256);
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

  private List<CoalitionConcept> concepts() {
    if (conceptNames.isEmpty()) {
      return List.of(CoalitionConcept.values());
    }
    List<CoalitionConcept> out = new ArrayList<>();
    for (String name : conceptNames) {
      CoalitionConcept c = CoalitionConcept.parse(name);
      if (c == null) {
        throw new UserError(
            "unknown coalition concept '"
                + name.strip()
                + "'; use one of "
                + Arrays.stream(CoalitionConcept.values())
                    .map(CoalitionConcept::id)
                    .collect(Collectors.joining(", ")));
      }
      if (!out.contains(c)) {
        out.add(c);
      }
    }
    return out;
  }
}
