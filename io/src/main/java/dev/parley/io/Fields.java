package dev.parley.io;

import dev.parley.core.statement.StatementParser;
import java.util.List;
import java.util.Map;

/**
 * Typed access to the located tree. Each accessor reports what is wrong (wrong type, missing key,
 * invalid id) and returns null, so the caller can keep walking.
 */
final class Fields {
  static final String ID_RULE =
      "an id starts with a letter or '_' and has only letters, digits, '_' and '.' (no spaces or"
          + " dashes); and, or, not, if, iff, true and false are reserved";

  private final Problems problems;

  Fields(Problems problems) {
    this.problems = problems;
  }

  /** Reports every key of {@code m} not in {@code allowed}; unknown keys are soft problems. */
  void keys(Node.MapNode m, List<String> allowed, String where) {
    for (Node.Entry e : m.entries().values()) {
      if (!allowed.contains(e.key())) {
        problems.softAtKey(
            e,
            "unknown key '" + e.key() + "' " + where,
            Suggestions.hint(e.key(), allowed, "allowed"));
      }
    }
  }

  /** {@code n} as a mapping, or null after reporting that it is not one. */
  Node.MapNode map(Node n, String subject) {
    if (n instanceof Node.MapNode m) {
      return m;
    }
    wrongType(n, subject, "a mapping", "write 'key: value' lines, indented under it");
    return null;
  }

  /** {@code n} as a list, or null after reporting that it is not one. */
  Node.ListNode list(Node n, String subject) {
    if (n instanceof Node.ListNode l) {
      return l;
    }
    wrongType(n, subject, "a list", "write one '- item' line per entry, or [a, b, c]");
    return null;
  }

  /** A non-empty list, or null after reporting. */
  Node.ListNode nonEmptyList(Node n, String subject, String hintWhenEmpty) {
    Node.ListNode l = list(n, subject);
    if (l != null && l.items().isEmpty()) {
      problems.at(n, subject + " is empty", hintWhenEmpty);
      return null;
    }
    return l;
  }

  void wrongType(Node n, String subject, String expected, String hint) {
    if (n instanceof Node.ScalarNode s && s.value() == null) {
      problems.at(
          n, subject + " has no value", "write " + expected + " after it, or remove the key");
    } else {
      problems.at(n, subject + " must be " + expected + ", not " + n.describe(), hint);
    }
  }

  /** The value of a required key, or null after reporting that it is missing. */
  Node required(Node.MapNode m, String key, String where, String hint) {
    Node n = m.get(key);
    if (n == null) {
      problems.at(m, "missing '" + key + "' " + where, hint);
    }
    return n;
  }

  /**
   * Optional free text (a title, a description): any scalar is accepted and taken as written, so
   * {@code date: 2026-11-26} and {@code title: 1984} read as text. Null when the key is absent; a
   * list, a mapping or an empty value is a soft problem.
   */
  String text(Node.MapNode m, String key, String where) {
    Node n = m.get(key);
    return n == null ? null : textOf(n, "'" + key + "' " + where, false);
  }

  /** Required free text, or null after reporting. */
  String requiredText(Node.MapNode m, String key, String where, String hint) {
    Node n = required(m, key, where, hint);
    return n == null ? null : textOf(n, "'" + key + "' " + where, true);
  }

  private String textOf(Node n, String subject, boolean hard) {
    if (n instanceof Node.ScalarNode s && s.value() != null) {
      return s.asText();
    }
    boolean empty = n instanceof Node.ScalarNode;
    String message =
        empty ? subject + " has no value" : subject + " must be text, not " + n.describe();
    String hint =
        empty
            ? "write the text after it, or remove the key"
            : "write it on one line; quote it if it contains ': ' or ' #'";
    if (hard) {
      problems.at(n, message, hint);
    } else {
      problems.soft(n, message, hint);
    }
    return null;
  }

  /**
   * The text of a scalar that names something (an id or a reference to one). YAML reads a plain
   * {@code yes}, {@code no}, {@code on} or {@code off} as a truth value and {@code 12} as a number;
   * as a name they are taken as written. Null after reporting for lists, mappings and empty values.
   */
  String name(Node n, String subject) {
    if (n instanceof Node.ScalarNode s && s.value() != null) {
      return s.asText();
    }
    wrongType(n, subject, "a name", "write the id as plain text");
    return null;
  }

  /** A required, well-formed id under {@code key}; null after reporting. */
  String id(Node.MapNode m, String key, String where, String kind) {
    Node n = required(m, key, where, "add '" + key + ": ...', a short name to refer to it by");
    if (n == null) {
      return null;
    }
    String id = name(n, "'" + key + "' " + where);
    if (id == null) {
      return null;
    }
    if (!StatementParser.isValidId(id)) {
      problems.at(
          n, "invalid " + kind + " id '" + id + "'", ID_RULE + "; put the full name in 'name'");
    }
    return id;
  }

  /** Reports a duplicate id (hard); true when {@code id} is new. */
  boolean unique(Map<String, Node> seen, String id, Node at, String kind) {
    Node first = seen.putIfAbsent(id, at);
    if (first != null) {
      problems.at(
          at,
          "duplicate " + kind + " id '" + id + "' (first used on line " + first.line() + ")",
          "give each " + kind + " its own id");
      return false;
    }
    return true;
  }
}
