package dev.parley.io;

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
}
