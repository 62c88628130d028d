package dev.parley.io;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * A reader of one part of a model file ({@link MoveReader}, {@link PreferenceReader}, {@link
 * PerceptionReader}, {@link RuleReader}): the file's scope (its fields, problems and sources) and
 * the reader of state references it resolves them with.
 */
abstract class PartReader {
  final Scope scope;
  final RefReader refs;

  PartReader(Scope scope, RefReader refs) {
    this.scope = scope;
    this.refs = refs;
  }

  /**
   * Entry {@code n} (called {@code label}) as a mapping, its keys checked against {@code keys};
   * null after reporting when it is no mapping.
   */
  Node.MapNode entry(Node n, String label, List<String> keys) {
    Node.MapNode m = scope.fields.map(n, label);
    if (m != null) {
      scope.fields.keys(m, keys, "in " + label);
    }
    return m;
  }

  /** Which of {@code alternatives} mapping {@code m} gives, in their order. */
  static List<String> given(Node.MapNode m, List<String> alternatives) {
    List<String> given = new ArrayList<>();
    for (String k : alternatives) {
      if (m.has(k)) {
        given.add(k);
      }
    }
    return given;
  }

  /** A finite number, or null after reporting; {@code subject} names the field. */
  Double number(Node n, String subject) {
    return number(n, subject, "write a number; higher is better");
  }

  /** {@link #number(Node, String)} with the fix for what is no number. */
  Double number(Node n, String subject, String fix) {
    if (n instanceof Node.ScalarNode s) {
      Double v = null;
      if (s.value() instanceof Long l) {
        v = l.doubleValue();
      } else if (s.value() instanceof Double d) {
        v = d;
      } else if (s.value() instanceof BigInteger b) {
        v = b.doubleValue();
      }
      if (v != null && Double.isFinite(v)) {
        return v;
      }
      if (v != null) {
        // 1e400 or a 400-digit integer: beyond a double, it would be written out as Infinity
        String text = s.text() == null ? String.valueOf(v) : s.text();
        scope.problems.at(
            n,
            subject
                + " is "
                + (text.length() > 24
                    ? text.substring(0, 20) + "… (" + text.length() + " characters)"
                    : text)
                + ", which is not a finite number",
            "write a number between -1e300 and 1e300; only the order of the payoffs matters");
        return null;
      }
    }
    scope.fields.wrongType(n, subject, "a number", fix);
    return null;
  }
}
