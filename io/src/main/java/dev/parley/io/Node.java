package dev.parley.io;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A node of the located tree the reader builds from the token stream: every mapping, list and
 * scalar knows its 1-based line and column and its model path ({@code decisionMakers[0].id}).
 */
sealed interface Node permits Node.MapNode, Node.ListNode, Node.ScalarNode {
  int line();

  int column();

  String path();

  /** How this node reads in a message: "a mapping", "a list", "the text 'x'", ... */
  String describe();

  /** A key of a mapping and where the key itself is written. */
  record Entry(String key, int line, int column, Node value) {}

  /** A mapping; entries keep file order. */
  record MapNode(int line, int column, String path, Map<String, Entry> entries) implements Node {
    public MapNode {
      entries = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(entries));
    }

    Node get(String key) {
      Entry e = entries.get(key);
      return e == null ? null : e.value();
    }

    boolean has(String key) {
      return entries.containsKey(key);
    }

    @Override
    public String describe() {
      return "a mapping";
    }
  }

  /** A list (sequence, JSON array). */
  record ListNode(int line, int column, String path, List<Node> items) implements Node {
    public ListNode {
      items = List.copyOf(items);
    }

    @Override
    public String describe() {
      return "a list";
    }
  }

  /**
   * A scalar: {@code value} is a String, Long, java.math.BigInteger, Double, Boolean or null;
   * {@code text} is the scalar as written (for booleans, e.g. {@code yes}); {@code offset} is the
   * character offset of its first character in the source, or -1.
   */
  record ScalarNode(int line, int column, String path, Object value, String text, long offset)
      implements Node {

    boolean isString() {
      return value instanceof String;
    }

    /** The scalar as text: a string's value, anything else as written ({@code yes}, {@code 12}). */
    String asText() {
      return value instanceof String s ? s : text;
    }

    @Override
    public String describe() {
      if (value == null) {
        return "nothing (an empty value)";
      }
      if (value instanceof String s) {
        return "the text '" + abbreviate(s) + "'";
      }
      if (value instanceof Boolean) {
        return "the truth value " + text;
      }
      return "the number " + text;
    }

    private static String abbreviate(String s) {
      String one = s.replace('\n', ' ').strip();
      return one.length() > 40 ? one.substring(0, 37) + "..." : one;
    }
  }
}
