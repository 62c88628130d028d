package dev.parley.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parley.app.Deadlocks;
import dev.parley.app.ModelInput;
import dev.parley.core.progress.Progress;
import dev.parley.core.stability.Concept;
import dev.parley.report.AnalysisRun;
import dev.parley.report.Briefing;
import dev.parley.report.Doc;
import dev.parley.report.ResultJson;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "deadlocks",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Sequencing deadlocks: states every member of a coalition prefers to the starting state",
      "that no legal sequence of unilateral improvements reaches, because each member would",
      "have to take its own step first and alone that step leaves it no better off. For each:",
      "who waits for whom, what a joint move by the coalition reaches, what the others then do,",
      "and whether the result holds.",
      ""
    },
    footer = {
      "",
      "Examples:",
      "  parley deadlocks examples/peace-talks-2026.yaml",
      "  parley deadlocks examples/peace-talks-2026.yaml --package sign,withdraw",
      "  parley deadlocks examples/elmira.yaml --from 7 --format json",
      "",
      "Joint moves change options: graph-form models have no deadlock analysis.",
      "Semantics: docs/evolution.md."
    })
final class DeadlocksCommand extends ModelCommand.AnyFormat {
  /** Output formats of deadlocks. */
  enum DeadlockFormat {
    text,
    markdown,
    json
  }

  @CommandLine.Mixin FromOption from;

  @Option(
      names = {"-c", "--concept"},
      split = ",",
      paramLabel = "C",
      converter = ConceptConverter.class,
      description =
          "Concepts under which each target is checked to hold (default: all six; nash, gmr,"
              + " smr, seq for graph form)")
  List<Concept> concepts = new ArrayList<>();

  @Option(
      names = "--package",
      paramLabel = "OPT,OPT",
      description =
          "Let these options be taken together in one joint move, by consent (every owner"
              + " prefers the result) or with the prefix imposed: by any owner alone; repeatable")
  List<String> packages = new ArrayList<>();

  @Option(
      names = {"-f", "--format"},
      paramLabel = "FORMAT",
      description = "text (default), markdown or json")
  DeadlockFormat format = DeadlockFormat.text;

  @CommandLine.Mixin AtomicOutput output;

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  @Override
  public Integer call() {
    ModelInput in = model.load(true, packages);
    Deadlocks.Result result =
        Deadlocks.run(in, new Deadlocks.Request(from.from, concepts), Progress.NONE);
    AnalysisRun run = result.run();
    String text =
        switch (format) {
          case text -> new Briefing(run).hints(CliHints.HINTS).renderDeadlocks(Doc.Style.TEXT);
          case markdown ->
              new Briefing(run).hints(CliHints.HINTS).renderDeadlocks(Doc.Style.MARKDOWN);
          case json -> json(result);
        };
    output.write(text, spec);
    return ExitCodes.OK;
  }

  /** The JSON result: the deadlocks found, or why none were searched. */
  private static String json(Deadlocks.Result result) {
    ObjectNode root = ResultJson.deadlocksTree(result.run(), result.deadlocks());
    if (result.skipped() != null) {
      root.put("skipped", result.skipped());
    }
    try {
      return JSON.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
