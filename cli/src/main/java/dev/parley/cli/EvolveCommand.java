package dev.parley.cli;

import dev.parley.app.Evolve;
import dev.parley.app.ModelInput;
import dev.parley.core.progress.Progress;
import dev.parley.core.stability.Concept;
import dev.parley.report.Doc;
import dev.parley.report.EvolutionReport;
import dev.parley.report.EvolutionRun;
import dev.parley.report.TransitionExport;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "evolve",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Status quo analysis: where the conflict can go from a state. Lists each party's moves and",
      "improvements from it, the states reachable by legal sequences of moves and of",
      "improvements (nobody moves twice in a row), those reachable in exactly t steps, and the",
      "shortest path to each equilibrium (or to --to STATE) with who moves at each step. With",
      "--depth, also the transition tree. DOT and GraphML draw the transition graph, or the tree",
      "when --depth is given.",
      ""
    },
    footer = {
      "",
      "Examples:",
      "  parley evolve examples/elmira.yaml",
      "  parley evolve examples/elmira.yaml --coalitions MoE+Uniroyal --improvements-only",
      "  parley evolve examples/elmira.yaml --coalitions \"[MoE,Uniroyal],LG\"",
      "  parley evolve examples/peace-talks-2026.yaml --to deal --package sign,withdraw",
      "  parley evolve examples/elmira.yaml --depth 3 --format dot --output elmira-tree.dot",
      "  parley evolve examples/elmira-graph.yaml --format graphml --output elmira.graphml",
      "",
      "Targets: the equilibria under --concept (default nash, gmr, smr, seq), or --to STATE.",
      "Semantics (legal sequences, blocks, packages): docs/evolution.md."
    })
final class EvolveCommand extends ModelCommand.AnyFormat {
  /** Output formats of evolve. */
  enum EvolveFormat {
    text,
    markdown,
    json,
    dot,
    graphml
  }

  @CommandLine.Mixin FromOption from;

  @Option(
      names = "--to",
      paramLabel = "STATE",
      description = "Report the shortest paths to this state instead of to the equilibria")
  String to;

  @Option(
      names = "--depth",
      paramLabel = "N",
      description =
          "Draw the transition tree N steps deep (text, markdown, json, dot, graphml) and list"
              + " the states reachable in exactly 1..N steps (default "
              + Evolve.DEFAULT_DEPTH
              + ", without a tree; at most "
              + Evolve.MAX_DEPTH
              + ")")
  Integer depth;

  @Option(
      names = "--coalitions",
      paramLabel = "BLOCKS",
      description =
          "Blocks that move as one, written as for analyze, e.g. \"[MoE,Uniroyal],LG\", or as"
              + " MoE+Uniroyal (comma-separated for several): a block moves by any member's move"
              + " or a joint change of its members' options, and improves only if every member"
              + " does")
  List<String> coalitions = new ArrayList<>();

  @Option(
      names = "--improvements-only",
      description = "Follow only improvements (each step strictly better for its mover)")
  boolean improvementsOnly;

  @Option(
      names = {"-c", "--concept"},
      split = ",",
      paramLabel = "C",
      converter = ConceptConverter.class,
      description = "Whose equilibria are the targets: nash, gmr, smr, seq, sim, seqsim")
  List<Concept> concepts = new ArrayList<>();

  @Option(
      names = "--package",
      paramLabel = "OPT,OPT",
      description =
          "Let these options (of different decision makers) be taken together in one joint"
              + " move, as a 'packages' entry would: by consent, or imposed with the prefix"
              + " imposed: (e.g. imposed:sign,withdraw); repeatable")
  List<String> packages = new ArrayList<>();

  @Option(
      names = {"-f", "--format"},
      paramLabel = "FORMAT",
      description = "text (default), markdown, json, dot or graphml")
  EvolveFormat format = EvolveFormat.text;

  @CommandLine.Mixin AtomicOutput output;

  @Override
  public Integer call() {
    Evolve.Request req =
        new Evolve.Request(
            from.from, to, concepts, depth, depth != null, improvementsOnly, coalitions);
    ModelInput in = model.load(true, packages);
    EvolutionRun run = Evolve.run(in, req, Progress.NONE).run();
    String text =
        switch (format) {
          case text -> new EvolutionReport(run).hints(CliHints.HINTS).render(Doc.Style.TEXT);
          case markdown ->
              new EvolutionReport(run).hints(CliHints.HINTS).render(Doc.Style.MARKDOWN);
          case json -> new EvolutionReport(run).json();
          case dot ->
              depth == null
                  ? new TransitionExport(run).dotGraph()
                  : new TransitionExport(run).dotTree();
          case graphml ->
              depth == null
                  ? new TransitionExport(run).graphmlGraph()
                  : new TransitionExport(run).graphmlTree();
        };
    output.write(text, spec);
    return ExitCodes.OK;
  }
}
