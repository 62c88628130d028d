package dev.parley.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parley.app.Check;
import dev.parley.app.ModelInput;
import dev.parley.app.check.Finding;
import dev.parley.core.model.Conflict;
import dev.parley.report.English;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Look for likely modelling mistakes in a sound model — hints, not errors: a conditional",
      "statement ranked above its own opposite, statements that never bite, orders that",
      "contradict a plain statement, mutually exclusive options of which none need hold, and",
      "quotes that share no word with what they are evidence for. Each finding says why it may",
      "be a mistake and how to fix it (docs/model-format.md, \"Checking a model\"). Exit code 0",
      "whether or not there are findings, 2 when the model does not load.",
      ""
    },
    footer = {
      "",
      "Examples:",
      "  parley check examples/peace-talks-2026.yaml",
      "  parley check my-model.yaml --format json"
    })
final class CheckCommand extends ModelCommand.Plain {
  /** The width of the text output. */
  static final int WIDTH = 100;

  /** This command's output formats. */
  enum CheckFormat {
    text,
    json
  }

  @Option(
      names = {"-f", "--format"},
      paramLabel = "FORMAT",
      description = "text (default) or json")
  CheckFormat format = CheckFormat.text;

  @Override
  public Integer call() {
    ModelInput in = model.loadToCheck();
    List<Finding> findings = Check.run(in).findings();
    String out =
        format == CheckFormat.json
            ? json(model.path(), in.conflict, findings)
            : text(model.path(), in.conflict, findings);
    spec.commandLine().getOut().print(out);
    spec.commandLine().getOut().flush();
    return ExitCodes.OK;
  }

  /** A numbered list grouped by decision maker, wrapped at {@link #WIDTH} columns. */
  static String text(Path file, Conflict conflict, List<Finding> findings) {
    if (findings.isEmpty()) {
      return file + ": no findings.\n";
    }
    StringBuilder b = new StringBuilder();
    int n = findings.size();
    wrapped(
        b,
        file
            + ": "
            + n
            + (n == 1 ? " finding" : " findings")
            + " — hints about likely modelling mistakes, not errors (see \"Checking a model\" in"
            + " docs/model-format.md).",
        "",
        "");
    int group = -2;
    String indent = " ".repeat(String.valueOf(n).length() + 4);
    for (int k = 0; k < n; k++) {
      Finding f = findings.get(k);
      if (f.dm() != group) {
        group = f.dm();
        b.append('\n')
            .append(
                group < 0
                    ? "The model as a whole"
                    : English.capital(English.the(conflict.decisionMakers().get(group).name())))
            .append('\n');
      }
      String number = String.format("%" + String.valueOf(n).length() + "d", k + 1);
      String tag = " [" + tag(f).replace(' ', NBSP) + "]";
      wrapped(b, English.capital(f.message()) + tag, "  " + number + ". ", indent);
    }
    return b.toString();
  }

  /** "never-bites, line 107". */
  static String tag(Finding f) {
    return f.kind().key() + (f.line() > 0 ? ", line " + f.line() : "");
  }

  /**
   * The findings as warnings, one per finding, for {@code validate}: "model.yaml:107: warning:
   * Russia: statement 3 …", wrapped at {@link #WIDTH} columns.
   */
  static List<String> warnings(Path file, List<Finding> findings) {
    List<String> out = new ArrayList<>();
    for (Finding f : findings) {
      String where = file + (f.line() > 0 ? ":" + f.line() : "");
      out.addAll(
          English.wrap(
              f.text() + " [" + f.kind().key() + "]", WIDTH, where + ": warning: ", "    "));
    }
    return out;
  }

  /** Joins the words of a tag so that wrapping keeps it on one line; printed as a space. */
  private static final char NBSP = '\u00a0';

  private static void wrapped(StringBuilder b, String text, String first, String rest) {
    English.wrap(text, WIDTH, first, rest)
        .forEach(l -> b.append(l.replace(NBSP, ' ')).append('\n'));
  }

  static String json(Path file, Conflict conflict, List<Finding> findings) {
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode root = mapper.createObjectNode();
    root.put("file", file.toString());
    root.put("count", findings.size());
    ArrayNode list = root.putArray("findings");
    for (Finding f : findings) {
      ObjectNode o = list.addObject();
      f.putSubject(o, conflict);
      o.put("path", f.path());
      if (f.line() > 0) {
        o.put("line", f.line());
      } else {
        o.putNull("line");
      }
      o.put("message", f.text());
    }
    try {
      return mapper.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
