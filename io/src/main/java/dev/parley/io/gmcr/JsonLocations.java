package dev.parley.io.gmcr;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * Line and column of every value in a JSON text, keyed by its path in the form the reader's
 * messages use: {@code decisionMakers[1].preferenceRanking[4]}. Built only when a message needs a
 * position.
 */
final class JsonLocations {
  private final Map<String, int[]> positions = new HashMap<>();

  private JsonLocations() {}

  static JsonLocations of(String json) {
    JsonLocations l = new JsonLocations();
    try (JsonParser p = new JsonFactory().createParser(json)) {
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        if (t == JsonToken.FIELD_NAME || t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
          continue;
        }
        JsonStreamContext ctx = p.getParsingContext();
        if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
          ctx = ctx.getParent();
        }
        JsonLocation loc = p.currentTokenLocation();
        l.positions.putIfAbsent(path(ctx), new int[] {loc.getLineNr(), loc.getColumnNr()});
      }
    } catch (IOException e) {
      // positions found before the problem are still useful
    }
    return l;
  }

  private static String path(JsonStreamContext ctx) {
    if (ctx == null || ctx.inRoot()) {
      return "";
    }
    String parent = path(ctx.getParent());
    if (ctx.inArray()) {
      return parent + "[" + ctx.getCurrentIndex() + "]";
    }
    String name = ctx.getCurrentName();
    return parent.isEmpty() ? name : parent + "." + name;
  }

  /**
   * Line and column of the value at {@code path}, or of the nearest enclosing value that exists
   * (for a missing key, the object that lacks it); {@code {0, 0}} when unknown.
   */
  int[] find(String path) {
    String p = path == null ? "" : path;
    while (true) {
      int[] pos = positions.get(p);
      if (pos != null) {
        return pos;
      }
      if (p.isEmpty()) {
        return new int[] {0, 0};
      }
      int cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
      p = cut < 0 ? "" : p.substring(0, cut);
    }
  }
}
