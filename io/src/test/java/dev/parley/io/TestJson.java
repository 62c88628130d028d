package dev.parley.io;

import com.fasterxml.jackson.databind.JsonNode;

/** Looking things up in the JSON answers of the tests (shared through io's test jar). */
public final class TestJson {
  private TestJson() {}

  /** The last element of {@code array} whose {@code field} is {@code value}; null if none. */
  public static JsonNode element(JsonNode array, String field, int value) {
    JsonNode found = null;
    for (JsonNode e : array) {
      if (e.get(field).asInt() == value) {
        found = e;
      }
    }
    return found;
  }
}
