package dev.parley.server.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.app.Concepts;
import dev.parley.core.stability.Concept;
import dev.parley.io.Format;
import dev.parley.server.analysis.ModelText;
import dev.parley.server.errors.ApiError;
import dev.parley.server.workspace.ModelNames;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The one parser of request bodies and parameters: a JSON object (UTF-8, no lone surrogates), the
 * model as text or tree, and typed fields with clear 400s.
 */
final class Bodies {
  private Bodies() {}

  static long waitMs(JsonNode body) {
    JsonNode w = body.get("waitMs");
    if (w != null && !w.isNull() && !w.isIntegralNumber()) {
      throw ApiError.badRequest("waitMs must be a whole number of milliseconds, e.g. 3000");
    }
    return w == null || w.isNull()
        ? Api.DEFAULT_WAIT_MS
        : Math.max(0, Math.min(Api.MAX_WAIT_MS, w.asLong()));
  }

  /** The standard concepts a mediator's analysis is about; L_h and NM are refused. */
  static List<Concept> mediatorConcepts(JsonNode body, List<Concept> dflt) {
    List<String> names = stringList(body, "concepts");
    if (names.isEmpty()) {
      return dflt;
    }
    return Concepts.standard(names, "concepts");
  }

  /** A list of strings; a single string is split at commas; absent means empty. */
  static List<String> stringList(JsonNode body, String key) {
    return list(body.get(key), key, "[\"RU\", \"US=1..3\"]");
  }

  /**
   * A list of strings under {@code key}: an array of strings, or one string split at commas; absent
   * means empty; blanks are dropped and each entry trimmed.
   */
  private static List<String> list(JsonNode n, String key, String example) {
    List<String> out = new ArrayList<>();
    if (n == null || n.isNull()) {
      return out;
    }
    if (n.isTextual()) {
      return split(List.of(n.asText()));
    }
    if (!n.isArray()) {
      throw ApiError.badRequest(key + " must be a list of strings, e.g. " + example);
    }
    for (int k = 0; k < n.size(); k++) {
      if (!n.get(k).isTextual()) {
        throw ApiError.badRequest(key + "[" + k + "] must be a string");
      }
      if (!n.get(k).asText().isBlank()) {
        out.add(n.get(k).asText().trim());
      }
    }
    return out;
  }

  static String optionalText(JsonNode body, String key) {
    JsonNode n = body.get(key);
    if (n == null || n.isNull()) {
      return null;
    }
    if (!n.isTextual()) {
      throw ApiError.badRequest(key + " must be a string");
    }
    return n.asText();
  }

  static int intField(JsonNode body, String key, int dflt, int min, int max) {
    JsonNode n = body.get(key);
    if (n == null || n.isNull()) {
      return dflt;
    }
    if (!n.isIntegralNumber() || n.asLong() < min || n.asLong() > max) {
      throw ApiError.badRequest(
          key + " must be a whole number from " + min + " to " + max + " (default " + dflt + ")");
    }
    return n.asInt();
  }

  /** The model text a request carries, as {@code text} or as a {@code model} tree. */
  static String textOf(JsonNode body, Format format, boolean required) {
    JsonNode text = body.get("text");
    JsonNode model = body.get("model");
    boolean hasText = text != null && !text.isNull();
    boolean hasModel = model != null && !model.isNull();
    if (hasText && hasModel) {
      throw ApiError.badRequest("give either text or model, not both");
    }
    if (hasText) {
      if (!text.isTextual()) {
        throw ApiError.badRequest("text must be a string: the model file's content");
      }
      return text.asText();
    }
    if (hasModel) {
      if (!model.isObject()) {
        throw ApiError.badRequest("model must be an object: the model file as JSON");
      }
      return ModelText.text(model, format);
    }
    if (required) {
      throw ApiError.badRequest(
          "give the model as text (the file's content) or as model (the same as a JSON object)");
    }
    return null;
  }

  static String name(Context ctx) {
    return ModelNames.check(ctx.pathParam("name"));
  }

  static JsonNode body(Context ctx) {
    byte[] bytes = ctx.bodyAsBytes();
    int bad = dev.parley.io.Utf8.invalidAt(bytes);
    if (bad >= 0) {
      int[] at = dev.parley.io.Utf8.lineAndColumn(bytes, bad);
      throw new ApiError(
          400,
          String.format(
              "the request body is not UTF-8: the byte 0x%02X at line %d, column %d is not valid"
                  + " UTF-8; send the body as UTF-8 JSON",
              bytes[bad] & 0xff, at[0], at[1]),
          List.of(new ApiError.Detail(at[0], at[1], "", "not UTF-8", null)));
    }
    String text = new String(bytes, StandardCharsets.UTF_8);
    if (text.isBlank()) {
      return Api.JSON.createObjectNode();
    }
    try {
      JsonNode n = Api.JSON.readTree(text);
      if (!n.isObject()) {
        throw ApiError.badRequest("the request body must be a JSON object");
      }
      Surrogates.refuse(n);
      return n;
    } catch (JsonProcessingException e) {
      throw new ApiError(
          400,
          "the request body is not JSON",
          List.of(
              new ApiError.Detail(
                  e.getLocation() == null ? 0 : e.getLocation().getLineNr(),
                  e.getLocation() == null ? 0 : e.getLocation().getColumnNr(),
                  "",
                  e.getOriginalMessage(),
                  null)));
    }
  }

  static String text(JsonNode body, String key) {
    JsonNode n = body.get(key);
    if (n == null || !n.isTextual()) {
      throw ApiError.badRequest("'" + key + "' is required and must be a string");
    }
    return n.asText();
  }

  /** The {@code concepts} of a request: as {@link #stringList}. */
  static List<String> strings(JsonNode n) {
    return list(n, "concepts", "[\"nash\", \"seq\"]");
  }

  static List<String> split(List<String> values) {
    List<String> out = new ArrayList<>();
    for (String v : values) {
      for (String p : v.split(",")) {
        if (!p.isBlank()) {
          out.add(p.trim());
        }
      }
    }
    return out;
  }
}
