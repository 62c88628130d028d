package dev.parley.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.parley.app.BadRequest;
import dev.parley.app.Explain;
import dev.parley.app.ModelInput;
import dev.parley.core.stability.Concept;
import dev.parley.core.stability.Explanation;
import dev.parley.report.Narrator;
import dev.parley.report.ResultJson;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "explain",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Explain, in sentences, why a state is or is not stable: for each unilateral improvement",
      "of a decision maker, the sanction that deters it (who moves, in which order, and where",
      "that leaves the improver), or the fact that nothing does.",
      ""
    },
    footer = {
      "",
      "STATE is a state number (as in the tables), a named state, a Y/N/- text (option 1 first),",
      "or option values, e.g. sign=Y,withdraw=N (options left out may be either).",
      "",
      "Examples:",
      "  parley explain examples/peace-talks-2026.yaml deal",
      "  parley explain examples/peace-talks-2026.yaml war --dm RU --concept seq",
      "  parley explain examples/elmira.yaml 7 --concept gmr --format json"
    })
final class ExplainCommand extends ModelCommand.Plain {
  @Parameters(index = "1", paramLabel = "STATE", description = "The state to explain")
  String state;

  @Option(
      names = "--dm",
      paramLabel = "DM",
      description = "Only this decision maker (id or name). Default: all.")
  String dm;

  @CommandLine.Mixin ConceptOptions.DefaultFour concepts;

  @Option(
      names = {"-f", "--format"},
      paramLabel = "FORMAT",
      description = "text (default) or json")
  Format format = Format.text;

  @Override
  public Integer call() {
    ModelInput in = model.read();
    if (format != Format.text && format != Format.json) {
      throw new UserError("explain writes text or json, not " + format);
    }
    Explain.Result r;
    try {
      r = Explain.run(in, new Explain.Request(state, concepts.concepts, dm));
    } catch (BadRequest e) {
      if ("state".equals(e.field())) {
        throw new UserError(e.lines()); // STATE is the second parameter, not an option
      }
      throw e;
    }
    if (format == Format.json) {
      ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
      ArrayNode arr = mapper.createArrayNode();
      r.explanations().forEach(e -> arr.add(ResultJson.explanation(in.model, e)));
      Output.write(arr.toPrettyString() + "\n", null, spec.commandLine().getOut(), null);
      return ExitCodes.OK;
    }
    Narrator narrator = new Narrator(in.model);
    int s = r.state();
    StringBuilder out = new StringBuilder();
    out.append(capital(narrator.label(s))).append(": ").append(narrator.describe(s)).append(".\n");
    for (Concept c : r.concepts()) {
      out.append('\n').append(c.label()).append(" — ").append(c.meaning()).append(".\n");
      for (Explanation e : r.of(c)) {
        out.append("  ")
            .append(narrator.dm(e.dm()))
            .append(": ")
            .append(e.stable() ? "stable" : "UNSTABLE")
            .append('\n');
        for (String line : narrator.explain(e)) {
          out.append("    - ").append(line).append('\n');
        }
      }
    }
    Output.write(out.toString(), null, spec.commandLine().getOut(), null);
    return ExitCodes.OK;
  }

  private static String capital(String t) {
    return Character.toUpperCase(t.charAt(0)) + t.substring(1);
  }
}
