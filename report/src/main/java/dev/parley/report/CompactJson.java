package dev.parley.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parley.core.graph.GraphModel;
import dev.parley.core.state.StateSpace;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.BitSet;
import java.util.Iterator;
import java.util.Map;

/**
 * The analysis result as a file for programs (docs/cli.md, "JSON results"): the keys of the full
 * document ({@link ResultJson}) in its order, on one line, written as a stream, with the per-state
 * parts made small:
 *
 * <ul>
 *   <li>{@code "shape": "compact"} after {@code parley};
 *   <li>{@code states}: one Y/N string per state, state n at index n − 1 (the full document's
 *       {@code yn}: option by option in model order, Y where taken); named states in {@code
 *       stateNames}, number → name;
 *   <li>each concept's {@code stableFor} (per decision maker) and {@code equilibria}, and {@code
 *       assigned.equilibria}: state numbers as a range string, {@code "1-3,7,9-12"} (empty: "").
 * </ul>
 *
 * Everything else is as in the full document. {@code --pretty} writes the full document instead.
 */
public final class CompactJson {
  private static final ObjectMapper FLAT = new ObjectMapper();

  private CompactJson() {}

  /** Writes the compact document of {@code run}, then a newline. */
  public static void write(AnalysisRun run, Writer out) throws IOException {
    ObjectNode root = ResultJson.tree(run, true);
    GraphModel model = run.model();
    try (JsonGenerator g = FLAT.getFactory().createGenerator(out)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.writeStartObject();
      Iterator<Map.Entry<String, JsonNode>> fields = root.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> f = fields.next();
        g.writeFieldName(f.getKey());
        if (f.getKey().equals("states")) {
          g.writeStartArray();
          StateSpace space = model.space();
          for (int s = 0, m = model.stateCount(); s < m; s++) {
            g.writeString(space.yn(s));
          }
          g.writeEndArray();
        } else {
          FLAT.writeTree(g, f.getValue());
        }
        if (f.getKey().equals("parley")) {
          g.writeStringField("shape", "compact");
        }
      }
      g.writeEndObject();
    }
    out.write('\n');
    out.flush();
  }

  /** Writes the full document of {@code run}, indented, then a newline. */
  public static void writePretty(AnalysisRun run, Writer out) throws IOException {
    try (JsonGenerator g = ResultJson.MAPPER.getFactory().createGenerator(out)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.useDefaultPrettyPrinter();
      ResultJson.MAPPER.writeTree(g, ResultJson.tree(run));
    }
    out.write('\n');
    out.flush();
  }

  /** The compact document as a string (for tests and small models). */
  public static String render(AnalysisRun run) {
    java.io.StringWriter w = new java.io.StringWriter();
    try {
      write(run, w);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w.toString();
  }

  /**
   * The 1-based numbers of {@code states} as ranges: consecutive runs of three or more as {@code
   * a-b}, others one by one, comma-separated; "" for none.
   */
  public static String ranges(BitSet states) {
    StringBuilder b = new StringBuilder();
    for (int s = states.nextSetBit(0); s >= 0; ) {
      int end = states.nextClearBit(s); // run s .. end-1
      if (b.length() > 0) {
        b.append(',');
      }
      if (end - s >= 3) {
        b.append(StateSpace.number(s)).append('-').append(StateSpace.number(end - 1));
      } else {
        b.append(StateSpace.number(s));
        if (end - s == 2) {
          b.append(',').append(StateSpace.number(s + 1));
        }
      }
      s = states.nextSetBit(end);
    }
    return b.toString();
  }

  /** The states of a range string ({@link #ranges}), 0-based. */
  public static BitSet parseRanges(String text) {
    BitSet out = new BitSet();
    if (text.isEmpty()) {
      return out;
    }
    for (String part : text.split(",")) {
      int dash = part.indexOf('-');
      if (dash < 0) {
        out.set(Integer.parseInt(part) - 1);
      } else {
        out.set(
            Integer.parseInt(part.substring(0, dash)) - 1,
            Integer.parseInt(part.substring(dash + 1)));
      }
    }
    return out;
  }
}
