package dev.parley.io.gmcr;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parley.core.model.Conflict;
import dev.parley.core.preference.PreferenceResolver;
import dev.parley.core.state.StateSpace;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/** Shared helpers for the GMCR+ tests. */
final class GmcrTestSupport {
  static final ObjectMapper JSON = new ObjectMapper();

  /**
   * Options a, b (A's) and c (B's) with one compound infeasible condition: (a & b) | (-a & -b & c).
   */
  static final String COMPOUND =
      """
      {"options": [{"name": "a"}, {"name": "b"}, {"name": "c"}],
       "decisionMakers": [
         {"name": "A", "options": [0, 1], "preferences": [[[0, "Y"]]]},
         {"name": "B", "options": [2], "preferences": [[[2, "Y"]]]}],
       "infeasibles": [
         {"compound": true, "members": [[[0, "Y"], [1, "Y"]], [[0, "N"], [1, "N"], [2, "Y"]]]}]}
      """;

  private GmcrTestSupport() {}

  static Path resource(String name) {
    try {
      return Path.of(GmcrTestSupport.class.getResource("/gmcr/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static JsonNode caseFile(String id) throws IOException {
    return JSON.readTree(resource("cases/" + id + ".json").toFile());
  }

  /** Rankings of every decision maker, best first, ties as sorted groups of state numbers. */
  static List<List<List<Integer>>> rankings(Conflict c) {
    StateSpace space = StateSpace.of(c);
    int[][] payoffs = PreferenceResolver.resolve(c, space);
    List<List<List<Integer>>> out = new ArrayList<>();
    for (int[] p : payoffs) {
      out.add(ranking(p));
    }
    return out;
  }

  static List<List<Integer>> ranking(int[] payoffs) {
    TreeMap<Integer, List<Integer>> by = new TreeMap<>();
    for (int s = 0; s < payoffs.length; s++) {
      by.computeIfAbsent(payoffs[s], k -> new ArrayList<>()).add(s + 1);
    }
    return new ArrayList<>(by.descendingMap().values());
  }

  /** A ranking written as in the case files or GMCR+: ints and nested arrays of ints. */
  static List<List<Integer>> ranking(JsonNode node) {
    List<List<Integer>> out = new ArrayList<>();
    for (JsonNode e : node) {
      List<Integer> g = new ArrayList<>();
      if (e.isArray()) {
        e.forEach(x -> g.add(x.intValue()));
      } else {
        g.add(e.intValue());
      }
      g.sort(null);
      out.add(g);
    }
    return out;
  }

  static List<List<Integer>> ranking(String json) {
    try {
      return ranking(JSON.readTree(json));
    } catch (IOException e) {
      throw new IllegalArgumentException(e);
    }
  }

  static long[] codes(StateSpace s) {
    long[] c = new long[s.size()];
    for (int i = 0; i < c.length; i++) {
      c[i] = s.code(i);
    }
    return c;
  }
}
