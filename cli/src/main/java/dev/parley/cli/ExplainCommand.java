package dev.parley.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.parley.app.ModelInput;
import dev.parley.core.stability.Concept;
import dev.parley.core.stability.Explainer;
import dev.parley.core.stability.Explanation;
import dev.parley.report.Narrator;
import dev.parley.report.ResultJson;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
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
      "STATE is a state number (as in the tables), a named state, or a Y/N/- text (option 1 first).",
      "",
      "Examples:",
      "  parley explain examples/peace-talks-2026.yaml deal",
      "  parley explain examples/peace-talks-2026.yaml war --dm RU --concept seq",
      "  parley explain examples/elmira.yaml 7 --concept gmr --format json"
    })
final class ExplainCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "MODEL", description = "Model file")
  Path model;

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
    ModelInput in = ModelInput.load(model);
    int s = in.state(state);
    List<Integer> dms = new ArrayList<>();
    if (dm != null) {
      dms.add(in.dm(dm));
    } else {
      for (int d = 0; d < in.conflict.dmCount(); d++) {
        dms.add(d);
      }
    }
    List<Concept> cs = concepts.chosen();
    Explainer explainer = new Explainer(in.model);
    Narrator narrator = new Narrator(in.model);
    if (format == Format.json) {
      ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
      ArrayNode arr = mapper.createArrayNode();
      for (Concept c : cs) {
        for (int d : dms) {
          arr.add(ResultJson.explanation(in.model, explainer.explain(c, d, s)));
        }
      }
      Output.write(arr.toPrettyString() + "\n", null, spec.commandLine().getOut(), null);
      return ExitCodes.OK;
    }
    if (format != Format.text) {
      throw new UserError("explain writes text or json, not " + format);
    }
    StringBuilder out = new StringBuilder();
    out.append(capital(narrator.label(s))).append(": ").append(narrator.describe(s)).append(".\n");
    for (Concept c : cs) {
      out.append('\n').append(c.label()).append(" — ").append(c.meaning()).append(".\n");
      for (int d : dms) {
        Explanation e = explainer.explain(c, d, s);
        out.append("  ")
            .append(narrator.dm(d))
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
