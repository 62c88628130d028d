package dev.parley.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.server.errors.ApiError;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Refuses strings that hold a lone UTF-16 surrogate ({@code "\ud800"} in JSON): such a string has
 * no UTF-8 form, and saving it would silently replace the character.
 */
final class Surrogates {
  private Surrogates() {}

  /**
   * @throws ApiError 400 naming the field, and for a multi-line text the line and column, of the
   *     first lone surrogate in {@code node}
   */
  static void refuse(JsonNode node) {
    refuse(node, "");
  }

  private static void refuse(JsonNode node, String path) {
    if (node.isTextual()) {
      check(node.asText(), path);
    } else if (node.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        String p = path.isEmpty() ? e.getKey() : path + "." + e.getKey();
        check(e.getKey(), p);
        refuse(e.getValue(), p);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        refuse(node.get(i), path + "[" + i + "]");
      }
    }
  }

  private static void check(String s, String path) {
    int at = loneAt(s);
    if (at < 0) {
      return;
    }
    int line = 1;
    int column = 1;
    for (int i = 0; i < at; i++) {
      if (s.charAt(i) == '\n') {
        line++;
        column = 1;
      } else if (!Character.isLowSurrogate(s.charAt(i))) {
        column++;
      }
    }
    throw new ApiError(
        400,
        String.format(
            "'%s' holds a lone surrogate (\\u%04x) at line %d, column %d, a character that has no"
                + " UTF-8 form and cannot be saved; remove it or send the whole character (a high"
                + " and a low surrogate together)",
            path, (int) s.charAt(at), line, column),
        List.of(new ApiError.Detail(line, column, path, "lone surrogate", null)));
  }

  /** The index of the first unpaired surrogate in {@code s}, or -1. */
  static int loneAt(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c)) {
        if (i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
          i++;
          continue;
        }
        return i;
      }
      if (Character.isLowSurrogate(c)) {
        return i;
      }
    }
    return -1;
  }
}
