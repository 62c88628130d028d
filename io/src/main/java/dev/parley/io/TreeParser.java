package dev.parley.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import com.fasterxml.jackson.dataformat.yaml.snakeyaml.error.Mark;
import com.fasterxml.jackson.dataformat.yaml.snakeyaml.error.MarkedYAMLException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Builds the located tree from Jackson's token stream, the same code for YAML and JSON. Syntax
 * errors become one diagnostic at the place the parser stopped; duplicate keys are reported and the
 * first value kept. The {@link ReadLimits} are enforced here, before and while parsing, so that no
 * text can make the parser slow, hungry or deep; raw control characters are reported where they
 * stand ({@link TextScan}).
 */
final class TreeParser {
  private static final int MAX_DEPTH = ReadLimits.MAX_NESTING;
  private static final StreamReadConstraints LIMITS =
      StreamReadConstraints.builder()
          .maxStringLength(ReadLimits.MAX_STRING_CHARS)
          .maxNameLength(ReadLimits.MAX_STRING_CHARS)
          .maxNestingDepth(MAX_DEPTH + 10) // the tree's own, clearer check comes first
          .maxDocumentLength(ReadLimits.MAX_FILE_BYTES)
          .build();
  private static final JsonFactory JSON =
      JsonFactory.builder().streamReadConstraints(LIMITS).build();
  private static final YAMLFactory YAML =
      YAMLFactory.builder().streamReadConstraints(LIMITS).loaderOptions(loaderOptions()).build();

  private static LoaderOptions loaderOptions() {
    LoaderOptions o = new LoaderOptions();
    // SnakeYAML's own default (3 MiB) would refuse files the reader accepts, with a worse message
    o.setCodePointLimit((int) ReadLimits.MAX_FILE_BYTES + 1);
    return o;
  }

  private final JsonParser parser;
  private final String source;
  private final Problems problems;
  private int values;

  private TreeParser(JsonParser parser, String source, Problems problems) {
    this.parser = parser;
    this.source = source;
    this.problems = problems;
  }

  /** The tree of {@code text}, or null when it does not parse (the reason is in problems). */
  static Node parse(String text, Format format, Problems problems) {
    if (!TextScan.check(text, format, problems)) {
      return null;
    }
    JsonFactory factory = format == Format.YAML ? YAML : JSON;
    try (JsonParser p = factory.createParser(text)) {
      TreeParser tp = new TreeParser(p, text, problems);
      JsonToken first = p.nextToken();
      if (first == null) {
        problems.add(
            1, 1, "the file is empty", "start with 'title:' and 'decisionMakers:' (see examples/)");
        return null;
      }
      Node root = tp.node("", 0);
      if (p.nextToken() != null) {
        JsonLocation l = p.currentTokenLocation();
        problems.add(
            l.getLineNr(),
            l.getColumnNr(),
            format == Format.YAML
                ? "the file holds more than one YAML document"
                : "unexpected content after the end of the JSON value",
            "keep one model per file");
        return null;
      }
      return root;
    } catch (StreamConstraintsException e) {
      tooLarge(e, problems);
      return null;
    } catch (JsonProcessingException e) {
      syntaxError(e, format, problems);
      return null;
    } catch (IOException e) {
      problems.add(0, 0, "cannot read the model: " + e.getMessage(), null);
      return null;
    } catch (Unsupported e) {
      problems.add(e.line, e.column, e.getMessage(), e.hint);
      return null;
    }
  }

  private Node node(String path, int depth) throws IOException {
    JsonLocation loc = parser.currentTokenLocation();
    int line = loc.getLineNr();
    int column = loc.getColumnNr();
    if (depth > MAX_DEPTH) {
      throw new Unsupported(
          line,
          column,
          "the file nests deeper than " + MAX_DEPTH + " levels of lists and mappings",
          "a model nests a few levels deep; check that this is the model file");
    }
    if (++values > ReadLimits.MAX_VALUES) {
      throw new Unsupported(
          line,
          column,
          "the file holds more than "
              + ReadLimits.count(ReadLimits.MAX_VALUES)
              + " values (keys' values, list items, mappings), the most Parley reads",
          "a model has a few thousand; check that this is the model file");
    }
    JsonToken t = parser.currentToken();
    switch (t) {
      case START_OBJECT:
        {
          Map<String, Node.Entry> entries = new LinkedHashMap<>();
          while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            JsonLocation kl = parser.currentTokenLocation();
            parser.nextToken();
            Node value = node(path.isEmpty() ? key : path + "." + key, depth + 1);
            Node.Entry first = entries.get(key);
            if (first != null) {
              problems.add(
                  kl.getLineNr(),
                  kl.getColumnNr(),
                  "duplicate key '" + key + "' (first given on line " + first.line() + ")",
                  "keep one of the two: a key may appear once in each mapping");
              continue;
            }
            entries.put(key, new Node.Entry(key, kl.getLineNr(), kl.getColumnNr(), value));
          }
          return new Node.MapNode(line, column, path, entries);
        }
      case START_ARRAY:
        {
          List<Node> items = new ArrayList<>();
          while (parser.nextToken() != JsonToken.END_ARRAY) {
            items.add(node(path + "[" + items.size() + "]", depth + 1));
          }
          return new Node.ListNode(line, column, path, items);
        }
      default:
        return scalar(t, path, line, column, loc.getCharOffset());
    }
  }

  private Node scalar(JsonToken t, String path, int line, int column, long offset)
      throws IOException {
    String text;
    try {
      text = parser.getText();
    } catch (StreamConstraintsException e) {
      throw tooLong(path, line, column);
    }
    if (text != null && text.length() > ReadLimits.MAX_STRING_CHARS) {
      throw tooLong(path, line, column);
    }
    Object value;
    switch (t) {
      case VALUE_STRING:
        if (parser instanceof YAMLParser y && y.isCurrentAlias()) {
          throw new Unsupported(
              line,
              column,
              "YAML aliases (*" + text + ") are not supported in model files",
              "write the value out in full");
        }
        // YAML reads an empty value ("key:" and nothing after it) as empty text; it means nothing
        value = text.isEmpty() && !quotedAt(offset) ? null : text;
        break;
      case VALUE_NUMBER_INT:
        value =
            parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER
                ? parser.getBigIntegerValue()
                : (Object) parser.getLongValue();
        break;
      case VALUE_NUMBER_FLOAT:
        value = yamlSpecialFloat(text);
        if (value == null) {
          value = parser.getDoubleValue();
        }
        break;
      case VALUE_TRUE:
        value = Boolean.TRUE;
        break;
      case VALUE_FALSE:
        value = Boolean.FALSE;
        break;
      case VALUE_NULL:
        value = null;
        break;
      default:
        value = text; // embedded objects cannot occur in YAML or JSON text
        break;
    }
    return new Node.ScalarNode(line, column, path, value, text, offset);
  }

  /**
   * YAML's infinities and NaN ({@code .inf}, {@code -.Inf}, {@code .NAN}), which Jackson tags as
   * floats but cannot convert; null for any other text. They are read so that the field that wants
   * a finite number can say so.
   */
  private static Double yamlSpecialFloat(String text) {
    String t = text == null ? "" : text.strip();
    boolean negative = t.startsWith("-");
    String body = t.startsWith("-") || t.startsWith("+") ? t.substring(1) : t;
    if (body.equals(".inf") || body.equals(".Inf") || body.equals(".INF")) {
      return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
    }
    if (t.equals(".nan") || t.equals(".NaN") || t.equals(".NAN")) {
      return Double.NaN;
    }
    return null;
  }

  private static Unsupported tooLong(String path, int line, int column) {
    return new Unsupported(
        line,
        column,
        (path.isEmpty() ? "the value" : "'" + path + "'")
            + " is longer than "
            + ReadLimits.count(ReadLimits.MAX_STRING_CHARS)
            + " characters, the most Parley reads in one text value",
        "shorten it; keep long material in its own document and cite it under 'sources:'");
  }

  /** A Jackson reading limit (a name, number or document too long, too deep) was reached. */
  private static void tooLarge(StreamConstraintsException e, Problems problems) {
    JsonLocation l = e.getLocation();
    String message = e.getOriginalMessage();
    // "... (100000, from `StreamReadConstraints.getMaxStringLength()`)": the setter is no help
    message = message.replaceAll(", from `[^`]*`", "");
    problems.add(
        l == null ? 0 : l.getLineNr(),
        l == null ? 0 : l.getColumnNr(),
        "the file exceeds a reading limit: " + message,
        "shorten the value or the file; docs/model-format.md (Errors) lists the limits");
  }

  private static void syntaxError(JsonProcessingException e, Format format, Problems problems) {
    if (e instanceof MarkedYAMLException y && y.getProblemMark() != null) {
      Mark m = y.getProblemMark();
      StringBuilder msg = new StringBuilder("YAML syntax error: ").append(y.getProblem());
      Mark c = y.getContextMark();
      if (y.getContext() != null && c != null) {
        msg.append(" (")
            .append(y.getContext())
            .append(" that starts at line ")
            .append(c.getLine() + 1)
            .append(", column ")
            .append(c.getColumn() + 1)
            .append(')');
      }
      problems.add(
          m.getLine() + 1,
          m.getColumn() + 1,
          msg.toString(),
          "check the indentation and the brackets; quote text that contains ': ', ' #' or starts"
              + " with a special character such as '*', '&', '!', '[' or '{'");
      return;
    }
    JsonLocation l = e.getLocation();
    String original = e.getOriginalMessage();
    int cut = original.indexOf('\n');
    String first = cut < 0 ? original : original.substring(0, cut);
    problems.add(
        l == null ? 0 : l.getLineNr(),
        l == null ? 0 : l.getColumnNr(),
        (format == Format.YAML ? "YAML" : "JSON") + " syntax error: " + first,
        format == Format.JSON
            ? "check for a missing comma, quote or bracket near this place"
            : "check the indentation and the brackets near this place");
  }

  private boolean quotedAt(long offset) {
    if (offset < 0 || offset >= source.length()) {
      return false;
    }
    char c = source.charAt((int) offset);
    return c == '"' || c == '\'';
  }

  /** Stops the parse at something the tree cannot hold: an alias, absurdly deep nesting. */
  private static final class Unsupported extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final int line;
    final int column;
    final String hint;

    Unsupported(int line, int column, String message, String hint) {
      super(message, null, false, false);
      this.line = line;
      this.column = column;
      this.hint = hint;
    }
  }
}
