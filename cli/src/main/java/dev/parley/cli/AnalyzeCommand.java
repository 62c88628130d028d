package dev.parley.cli;

import dev.parley.app.Analyse;
import dev.parley.app.ModelInput;
import dev.parley.core.progress.Progress;
import dev.parley.core.stability.Concept;
import dev.parley.report.AnalysisRun;
import dev.parley.report.Briefing;
import dev.parley.report.CompactJson;
import dev.parley.report.Doc;
import dev.parley.report.ResultCsv;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

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
      "Attitudes (docs/semantics.md §3.4): rnash, rgmr, rsmr, rseq under the model's",
      "'attitudes:' (self-interested when it has none); a model with attitudes gets them anyway:",
      "  parley analyze examples/prisoners-dilemma-attitudes.yaml --concept nash,rnash,seq,rseq",
      "Two decision makers: also L1, L2, ... (limited move, horizon h) and NM (non-myopic):",
      "  parley analyze examples/chicken.yaml --concept nash,L2,L3,NM",
      "A model that declares strength of preference ('greatly:', 'greatGap:') also gets",
      "strong and weak stability under Nash, GMR, SMR and SEQ:",
      "  parley analyze examples/chicken-strength.yaml",
      "",
      "Models of more than 200,000 states show a progress bar on a terminal;",
      "Ctrl-C cancels (exit 130, nothing is written). A model too large for",
      "Java's memory is refused at once with the -Xmx to give it, e.g.",
      "  JAVA_OPTS=-Xmx8g ./parley analyze big.yaml"
    })
final class AnalyzeCommand extends ModelCommand.AnyFormat {
  @CommandLine.ParentCommand Main main;

  @Option(
      names = {"-c", "--concept"},
      split = ",",
      paramLabel = "C",
      description =
          "Concepts to analyse (repeatable or comma-separated): nash, gmr, smr, seq, sim, seqsim;"
              + " rnash, rgmr, rsmr, rseq (relational, under the model's attitudes); for two"
              + " decision makers also L1, L2, ... (limited move) and NM (non-myopic). Default: the"
              + " six standard concepts, and their relational versions when the model declares"
              + " attitudes.")
  List<String> conceptNames = new ArrayList<>();

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
      names = "--pretty",
      description =
          "With --format json: the full document, indented, for people (states as objects with"
              + " their options, stability as lists of state numbers: the shape the workbench's"
              + " API returns). By default json is compact, for programs: one line, states as Y/N"
              + " strings, stability as ranges such as \"1-3,7\" (docs/cli.md, \"JSON results\")")
  boolean pretty;

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
    Cancellation cancellation = main == null ? new Cancellation() : main.cancellation;
    if (pretty && format != Format.json) {
      throw new UserError("--pretty applies to --format json; leave it out for " + format);
    }
    Analyse.Request req = Analyse.Request.parse(conceptNames);
    Map<String, Concept> byDm = new LinkedHashMap<>();
    ConceptConverter conv = new ConceptConverter();
    for (Map.Entry<String, String> e : assign.entrySet()) {
      try {
        byDm.put(e.getKey(), conv.convert(e.getValue()));
      } catch (CommandLine.TypeConversionException ex) {
        throw new UserError("--assign " + e.getKey() + "=" + e.getValue() + ": " + ex.getMessage());
      }
    }
    req =
        req.withAssign(byDm)
            .withStatusQuo(statusQuo.statusQuo)
            .withCoalitions(coalitions)
            .withRobustness(robustness)
            .withFindings(format != Format.csv) // the table shows no findings
            .withHints(CliHints.HINTS);
    ModelInput in = model.load(true, packages);
    if (coalitions != null && format == Format.csv) {
      spec.commandLine()
          .getErr()
          .println(
              "note: the csv table has no coalition columns; use --format text, markdown or json"
                  + " to see the analysis with --coalitions");
    }
    AnalysisRun run;
    Progress progress =
        ProgressDisplay.open(
            cancellation,
            String.format(java.util.Locale.ROOT, "%,d states", in.model.stateCount()),
            in.model.stateCount());
    try {
      run = Analyse.run(in, req, progress);
    } finally {
      ProgressDisplay.close(progress);
    }
    if (format == Format.json) {
      cancellation.check(); // Ctrl-C during the analysis: write nothing
      output.write(
          w -> {
            if (pretty) {
              CompactJson.writePretty(run, w);
            } else {
              CompactJson.write(run, w);
            }
          },
          spec);
      return ExitCodes.OK;
    }
    String text =
        switch (format) {
          case text ->
              new Briefing(run).hints(CliHints.HINTS).fullTables(fullTables).render(Doc.Style.TEXT);
          case markdown ->
              new Briefing(run)
                  .hints(CliHints.HINTS)
                  .fullTables(fullTables)
                  .render(Doc.Style.MARKDOWN);
          case json -> throw new IllegalStateException("written above");
          case csv -> ResultCsv.render(run);
        };
    cancellation.check(); // Ctrl-C while the report was built: write nothing
    output.write(text, spec);
    return ExitCodes.OK;
  }
}
