package dev.parley.cli;

import dev.parley.app.ModelInput;
import dev.parley.core.coalition.CoalitionStructure;
import dev.parley.core.coalition.StructureEngine;
import dev.parley.core.coalition.StructureResult;
import dev.parley.core.progress.Progress;
import dev.parley.core.stability.Concept;
import dev.parley.report.AnalysisRun;
import dev.parley.report.Briefing;
import dev.parley.report.BriefingRun;
import dev.parley.report.Doc;
import dev.parley.report.Foresight;
import dev.parley.report.ResultCsv;
import dev.parley.report.ResultJson;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "analyze",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Analyse the stability of every state for every decision maker and print a briefing:",
      "the model in brief, the status quo, settlements out of reach, the equilibria and why",
      "they hold, the states and the stability table.",
      ""
    },
    footer = {
      "",
      "Examples:",
      "  parley analyze examples/peace-talks-2026.yaml",
      "  parley analyze examples/elmira.yaml --concept nash,gmr,seq",
      "  parley analyze examples/peace-talks-2026.yaml --assign US=seq,RU=gmr,UA=seq",
      "  parley analyze examples/chicken.yaml --format json --output chicken.json",
      "  parley analyze old-study.gmcr --format csv > table.csv",
      "  parley analyze examples/elmira.yaml --coalitions \"[MoE,Uniroyal],LG\"",
      "",
      "Concepts: nash, gmr, smr, seq, sim, seqsim (SEQ+SIM, per improvement). Default: all six",
      "(graph-form models: nash, gmr, smr, seq; SIM needs options).",
      "Test a commitment package without editing the file:",
      "  parley analyze examples/peace-talks-2026.yaml --package sign,withdraw",
      "Two decision makers: also L1, L2, ... (limited move, horizon h) and NM (non-myopic):",
      "  parley analyze examples/chicken.yaml --concept nash,L2,L3,NM",
      "",
      "Models of more than 200,000 states show a progress bar on a terminal;",
      "Ctrl-C cancels (exit 130, nothing is written). A model too large for",
      "Java's memory is refused at once with the -Xmx to give it, e.g.",
      "  JAVA_OPTS=-Xmx8g ./parley analyze big.yaml"
    })
final class AnalyzeCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;
  @CommandLine.ParentCommand Main main;

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
          "Concepts to analyse (repeatable or comma-separated): nash, gmr, smr, seq, sim, seqsim;"
              + " for two decision makers also L1, L2, ... (limited move) and NM (non-myopic)."
              + " Default: the six standard concepts.")
  List<String> conceptNames = new ArrayList<>();

  private final List<Concept> concepts = new ArrayList<>();
  private final List<Integer> horizons = new ArrayList<>();
  private boolean nonMyopic;

  @Option(
      names = "--assign",
      split = ",",
      paramLabel = "DM=C",
      description =
          "Analyse each decision maker with its own concept, e.g. US=seq,RU=gmr; unnamed decision makers use the first --concept (default nash).")
  Map<String, String> assign = new LinkedHashMap<>();

  @Option(
      names = {"-f", "--format"},
      paramLabel = "FORMAT",
      description = "text (default), markdown, json or csv")
  Format format = Format.text;

  @CommandLine.Mixin AtomicOutput output;

  @Option(
      names = "--package",
      paramLabel = "OPT,OPT",
      description =
          "Let these options (of different decision makers) be taken together in one joint"
              + " move, as a 'packages' entry would: by consent (made only where every owner"
              + " prefers the result), or any owner alone with the prefix imposed: (e.g."
              + " imposed:sign,withdraw); the briefing shows what that changes. Repeatable")
  List<String> packages = new ArrayList<>();

  @CommandLine.Mixin StatusQuoOption statusQuo;

  @Option(
      names = "--coalitions",
      paramLabel = "BLOCKS",
      description =
          "Also analyse with a fixed coalition structure: blocks of decision makers that act as"
              + " one, e.g. \"[US,UA],RU\" (every decision maker exactly once; a block moves by"
              + " changing its members' options together, improves only if every member gains, and"
              + " is deterred if some member ends up no better off)")
  String coalitions;

  @Option(
      names = "--robustness",
      paramLabel = "B",
      description =
          "Search robustness margins up to B swaps (default 3; 0 turns margins off). Models of more"
              + " than 64 states get none; use 'parley robustness'.")
  int robustness = 3;

  @Option(
      names = "--full-tables",
      description =
          "List every state in the state and stability tables (by default a model of more than"
              + " 200 states lists the status quo and the first 100 equilibria)")
  boolean fullTables;

  @Override
  public Integer call() {
    parseConcepts();
    if (robustness < 0 || robustness > 10) {
      throw new UserError("--robustness " + robustness + ": give a number from 0 to 10");
    }
    Cancellation cancellation = main == null ? new Cancellation() : main.cancellation;
    ModelInput in = ModelInput.load(model, true).withPackages(packages);
    in.warnings.forEach(w -> spec.commandLine().getErr().println(w));
    List<Concept> order =
        concepts.isEmpty() && (!horizons.isEmpty() || nonMyopic)
            ? List.of(Concept.NASH)
            : BriefingRun.concepts(in.model, concepts);
    List<Concept> assignment = null;
    Set<Concept> needed = EnumSet.noneOf(Concept.class);
    needed.addAll(order);
    if (!assign.isEmpty()) {
      assignment = new ArrayList<>();
      Concept fallback = concepts.isEmpty() ? Concept.NASH : concepts.get(0);
      for (int d = 0; d < in.conflict.dmCount(); d++) {
        assignment.add(fallback);
      }
      ConceptConverter conv = new ConceptConverter();
      for (Map.Entry<String, String> e : assign.entrySet()) {
        Concept c;
        try {
          c = conv.convert(e.getValue());
        } catch (CommandLine.TypeConversionException ex) {
          throw new UserError(
              "--assign " + e.getKey() + "=" + e.getValue() + ": " + ex.getMessage());
        }
        assignment.set(in.dm(e.getKey()), c);
      }
      needed.addAll(assignment);
    }
    ConceptOptions.requireOptionForm("analyze", model, in.model, needed);
    int sq = statusQuo.state(in);
    Foresight foresight = null;
    if (!horizons.isEmpty() || nonMyopic) {
      foresight = foresight(in);
    }
    StructureResult structure = null;
    if (coalitions != null) {
      CoalitionStructure blocks;
      try {
        blocks = CoalitionStructure.parse(coalitions, in.conflict.decisionMakers());
      } catch (IllegalArgumentException e) {
        throw new UserError("--coalitions " + e.getMessage());
      }
      structure = new StructureEngine().analyze(in.model, blocks, EnumSet.copyOf(order));
      if (format == Format.csv) {
        spec.commandLine()
            .getErr()
            .println(
                "note: the csv table has no coalition columns; use --format text, markdown or json"
                    + " to see the analysis with --coalitions");
      }
    }
    AnalysisRun run;
    Progress progress =
        ProgressDisplay.open(
            cancellation,
            String.format(java.util.Locale.ROOT, "%,d states", in.model.stateCount()),
            in.model.stateCount());
    try {
      run =
          BriefingRun.of(in.model, model.toString(), in.sha256)
              .concepts(order)
              .assignment(assignment)
              .statusQuo(sq)
              .foresight(foresight)
              .coalitions(structure)
              .robustness(robustness)
              .mediator(format != Format.csv) // the table shows no findings
              .progress(progress)
              .build();
    } finally {
      ProgressDisplay.close(progress);
    }
    String text =
        switch (format) {
          case text -> new Briefing(run).fullTables(fullTables).render(Doc.Style.TEXT);
          case markdown -> new Briefing(run).fullTables(fullTables).render(Doc.Style.MARKDOWN);
          case json -> ResultJson.render(run);
          case csv -> ResultCsv.render(run);
        };
    cancellation.check(); // Ctrl-C while the report was built: write nothing
    output.write(text, spec);
    return ExitCodes.OK;
  }

  /** The limited-move and non-myopic verdicts asked for (two decision makers only). */
  private Foresight foresight(ModelInput in) {
    try {
      return Foresight.compute(in.model, model.toString(), horizons, nonMyopic);
    } catch (Foresight.Refused e) {
      throw new UserError(e.getMessage());
    }
  }

  private void parseConcepts() {
    ConceptConverter conv = new ConceptConverter();
    for (String name : conceptNames) {
      String t = name.trim();
      if (t.matches("(?i)L[0-9]+")) {
        int h = Integer.parseInt(t.substring(1));
        if (h < 1 || h > 1000) {
          throw new UserError("--concept " + t + ": the horizon must be between 1 and 1000");
        }
        if (!horizons.contains(h)) {
          horizons.add(h);
        }
      } else if (t.equalsIgnoreCase("nm")) {
        nonMyopic = true;
      } else {
        try {
          concepts.add(conv.convert(t));
        } catch (CommandLine.TypeConversionException e) {
          throw new UserError(
              "parley analyze: "
                  + e.getMessage()
                  + ", or L1, L2, ... or NM for two decision makers");
        }
      }
    }
  }
}
