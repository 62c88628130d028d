package dev.parley.server.analysis;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.parley.io.Format;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Model files as the browser edits them: the text of the file, and the same content as a JSON tree
 * (the model format of docs/model-format.md, whichever spelling the file uses). The structured
 * editor sends a tree; it is written back in the file's own format, keys in the documented order.
 */
public final class ModelText {
  static final ObjectMapper JSON = JsonMapper.builder().build();
  private static final ObjectMapper JSON_PRETTY =
      JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
  private static final YAMLMapper YAML =
      YAMLMapper.builder(
              YAMLFactory.builder()
                  .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                  .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                  .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
                  .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
                  .enable(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE)
                  .disable(YAMLGenerator.Feature.SPLIT_LINES)
                  .build())
          .build();

  /** The documented order of the top-level keys. */
  private static final List<String> TOP_ORDER =
      List.of(
          "parley",
          "title",
          "description",
          "sources",
          "decisionMakers",
          "infeasible",
          "states",
          "statusQuo");

  private ModelText() {}

  /** The tree of a model file, or null when the text does not parse (the reader says why). */
  public static JsonNode tree(String text, Format format) {
    try {
      JsonNode n = (format == Format.YAML ? YAML : JSON).readTree(text);
      return n == null || n.isMissingNode() ? null : n;
    } catch (JsonProcessingException | RuntimeException e) {
      return null;
    }
  }

  /** The file text of a tree, in the given format. */
  public static String text(JsonNode tree, Format format) {
    JsonNode ordered = tree.isObject() ? ordered((ObjectNode) tree) : tree;
    try {
      if (format == Format.YAML) {
        return YAML.writeValueAsString(ordered);
      }
      return JSON_PRETTY.writeValueAsString(ordered) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e); // a tree always serializes
    }
  }

  private static ObjectNode ordered(ObjectNode tree) {
    ObjectNode out = JSON.createObjectNode();
    for (String k : TOP_ORDER) {
      if (tree.has(k)) {
        out.set(k, tree.get(k));
      }
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = tree.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      if (!out.has(e.getKey())) {
        out.set(e.getKey(), e.getValue());
      }
    }
    return out;
  }

  /** Where each value and key of the text starts, with its JSON pointer into the tree. */
  static List<Anchor> anchors(String text, Format format) {
    List<Anchor> out = new ArrayList<>();
    ObjectMapper m = format == Format.YAML ? YAML : JSON;
    try (JsonParser p = m.getFactory().createParser(text)) {
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        JsonLocation loc = p.currentTokenLocation();
        String pointer;
        if (t == JsonToken.FIELD_NAME) {
          pointer = p.getParsingContext().pathAsPointer().toString();
        } else if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
          continue;
        } else {
          pointer = p.getParsingContext().pathAsPointer().toString();
        }
        out.add(new Anchor(loc.getLineNr(), loc.getColumnNr(), pointer));
      }
    } catch (IOException | RuntimeException e) {
      // anchors up to the first syntax error are still useful
    }
    return out;
  }

  /**
   * The JSON pointer of the innermost key or value at or before a 1-based line and column, or ""
   * (the whole document) when there is none.
   */
  static String pointerAt(List<Anchor> anchors, int line, int column) {
    String best = "";
    for (Anchor a : anchors) {
      if (a.line() < line || (a.line() == line && a.column() <= Math.max(column, 1))) {
        best = a.pointer();
      } else {
        break;
      }
    }
    return best;
  }

  record Anchor(int line, int column, String pointer) {}
}
