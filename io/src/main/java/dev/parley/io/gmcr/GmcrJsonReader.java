package dev.parley.io.gmcr;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parley.core.model.ModelException;
import dev.parley.io.ReadLimits;

/**
 * The JSON side of reading a {@code .gmcr} file: parsing it within Parley's read limits, typed
 * access to its fields, and every problem as a {@link GmcrFormatException} placed at its line and
 * column.
 */
abstract class GmcrJsonReader {
  private static final ObjectMapper MAPPER =
      new ObjectMapper(
              com.fasterxml.jackson.core.JsonFactory.builder()
                  .streamReadConstraints(
                      com.fasterxml.jackson.core.StreamReadConstraints.builder()
                          .maxStringLength(ReadLimits.MAX_STRING_CHARS)
                          .maxNameLength(ReadLimits.MAX_STRING_CHARS)
                          .maxNestingDepth(ReadLimits.MAX_NESTING)
                          .maxDocumentLength(ReadLimits.MAX_FILE_BYTES)
                          .build())
                  .build())
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  final String json;
  final String file;
  private JsonLocations locations;

  GmcrJsonReader(String json, String file) {
    this.json = json.startsWith("\uFEFF") ? json.substring(1) : json;
    this.file = file;
  }

  // ---- parsing --------------------------------------------------------------------------

  JsonNode parse() {
    String trimmed = json.strip();
    if (trimmed.isEmpty()) {
      throw new GmcrFormatException(
          file, "", 0, 0, "the file is empty", "choose a .gmcr file saved by GMCR+");
    }
    char first = trimmed.charAt(0);
    if (first == '\u0080'
        || trimmed.startsWith("(dp")
        || trimmed.startsWith("(lp")
        || trimmed.startsWith("(i")
        || trimmed.startsWith("ccopy_reg")) {
      throw pickle(file);
    }
    try {
      return MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      JsonLocation loc = e.getLocation();
      String detail = e.getOriginalMessage();
      int nl = detail == null ? -1 : detail.indexOf('\n');
      if (nl >= 0) {
        detail = detail.substring(0, nl);
      }
      return throwParse(loc, detail, first);
    }
  }

  JsonNode throwParse(JsonLocation loc, String detail, char first) {
    int line = loc == null ? 0 : Math.max(0, loc.getLineNr());
    int col = loc == null ? 0 : Math.max(0, loc.getColumnNr());
    if (first != '{' && first != '[') {
      String start = json.strip().lines().findFirst().orElse("");
      throw new GmcrFormatException(
          file,
          "",
          0,
          0,
          "this is not a JSON file: it starts with '" + abbreviate(start) + "'",
          "choose a .gmcr file saved by GMCR+ 0.4 or later, which is JSON; the old (2013)"
              + " pickle format is not supported");
    }
    throw new GmcrFormatException(
        file,
        "",
        line,
        col,
        "the file is not valid JSON: " + detail,
        "correct the JSON syntax there (a missing comma, quote or bracket), or save the"
            + " conflict again from GMCR+");
  }

  JsonNode required(JsonNode obj, String key, String path) {
    JsonNode n = obj.get(key);
    if (n == null || n.isNull()) {
      throw fail(
          path,
          "the key '" + key + "' is missing" + (path.isEmpty() ? "" : " here"),
          "add '" + key + "'; every GMCR+ save file has it");
    }
    return n;
  }

  void checkArray(JsonNode n, String path) {
    if (!n.isArray()) {
      throw fail(path, "expected an array, found " + kind(n), "write it as [ ... ]");
    }
  }

  String text(JsonNode n, String path) {
    if (!n.isTextual()) {
      throw fail(path, "expected a string, found " + kind(n), "write it in double quotes");
    }
    return n.asText();
  }

  int integer(JsonNode n, String path) {
    if (!n.isIntegralNumber() || !n.canConvertToInt()) {
      throw fail(
          path,
          "expected a whole number, found " + kind(n),
          "write an index or state number without quotes or decimals");
    }
    return n.intValue();
  }

  // ---- errors ---------------------------------------------------------------------------

  GmcrFormatException fail(String path, String problem, String hint) {
    if (locations == null) {
      locations = JsonLocations.of(json);
    }
    int[] pos = locations.find(path);
    return new GmcrFormatException(file, path, pos[0], pos[1], problem, hint);
  }

  GmcrFormatException fromModel(ModelException e) {
    ModelException.Problem p = e.problems().get(0);
    String path = p.path() == null ? "" : p.path();
    if (path.equals("infeasible")) {
      path = "infeasibles";
    } else if (path.matches("decisionMakers\\[\\d+]\\.options\\[\\d+]\\.id")) {
      path = path.substring(0, path.length() - 3);
    }
    String message = p.message();
    if (e.problems().size() > 1) {
      message += " (and " + (e.problems().size() - 1) + " more problem(s))";
    }
    return fail(path, message, p.hint());
  }

  String baseName() {
    String n = file.replace('\\', '/');
    return n.substring(n.lastIndexOf('/') + 1);
  }

  String title() {
    String n = baseName();
    return n.toLowerCase(java.util.Locale.ROOT).endsWith(".gmcr")
        ? n.substring(0, n.length() - 5)
        : n;
  }

  static GmcrFormatException pickle(String file) {
    return new GmcrFormatException(
        file,
        "",
        0,
        0,
        "this is not a JSON .gmcr file: it looks like the old (2013) GMCR+ save format, a Python"
            + " pickle, which Parley does not read",
        "re-enter the conflict in GMCR+ 0.4 or later and save it again (JSON), or write it as a"
            + " Parley model");
  }

  static String kind(JsonNode n) {
    if (n == null || n.isNull()) {
      return "null";
    }
    if (n.isObject()) {
      return "an object";
    }
    if (n.isArray()) {
      return "an array";
    }
    if (n.isTextual()) {
      return "the string \"" + abbreviate(n.asText()) + "\"";
    }
    if (n.isBoolean()) {
      return n.asText();
    }
    if (n.isNumber()) {
      return "the number " + n.asText();
    }
    return n.getNodeType().toString().toLowerCase(java.util.Locale.ROOT);
  }

  static String abbreviate(String s) {
    return s.length() > 30 ? s.substring(0, 27) + "..." : s;
  }
}
