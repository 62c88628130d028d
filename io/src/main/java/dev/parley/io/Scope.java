package dev.parley.io;

import dev.parley.core.model.Provenance;
import dev.parley.core.model.StatePattern;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the reader has learnt about the model so far (option ids, source ids, named states) and the
 * look-ups that later parts need, each reporting unknown names with a suggestion.
 */
final class Scope {
  final Problems problems;
  final Fields fields;

  /** The source text, to place problems inside a scalar (statement columns). */
  final String text;

  /** Option ids in global order; an option without a usable id holds a placeholder. */
  final List<String> optionIds = new ArrayList<>();

  final Map<String, Integer> optionIndex = new LinkedHashMap<>();
  final Set<String> sourceIds = new LinkedHashSet<>();
  final Map<String, StatePattern> namedStates = new LinkedHashMap<>();

  /** Whether the model lists states and moves instead of options. */
  boolean graphForm;

  Scope(Problems problems, String text) {
    this.problems = problems;
    this.fields = new Fields(problems);
    this.text = text;
  }

  int optionCount() {
    return optionIds.size();
  }

  /** The global index of the option named by {@code n}, or -1 after reporting. */
  int option(Node n, String subject) {
    String id = fields.name(n, subject);
    if (id == null) {
      return -1;
    }
    Integer i = optionIndex.get(id);
    if (i == null) {
      problems.at(
          n,
          "unknown option '" + id + "' " + subject,
          Suggestions.hint(id, optionIndex.keySet(), "options"));
      return -1;
    }
    return i;
  }

  /** The global index of an option named by a mapping key, or -1 after reporting. */
  int option(Node.Entry key, String subject) {
    Integer i = optionIndex.get(key.key());
    if (i == null) {
      problems.add(
          key.line(),
          key.column(),
          "unknown option '" + key.key() + "' " + subject,
          Suggestions.hint(key.key(), optionIndex.keySet(), "options"));
      return -1;
    }
    return i;
  }

  /** The {@code source}, {@code quote} and {@code note} keys of {@code m}. */
  Provenance provenance(Node.MapNode m, String where) {
    String source = null;
    Node s = m.get("source");
    if (s != null) {
      source = fields.name(s, "'source' " + where);
      if (source != null && !sourceIds.contains(source)) {
        problems.soft(
            s,
            "unknown source '" + source + "' " + where,
            sourceIds.isEmpty()
                ? "declare it under 'sources:' with an id and a title"
                : Suggestions.hint(source, sourceIds, "sources"));
      }
    }
    String quote = fields.text(m, "quote", where);
    String note = fields.text(m, "note", where);
    Provenance p = new Provenance(source, quote, note);
    return p.isEmpty() ? Provenance.NONE : p;
  }

  /** Reports {@code key} of {@code m}, which a graph-form model has no place for. */
  void notInGraphForm(Node.MapNode m, String key, String hint) {
    Node.Entry e = m.entries().get(key);
    if (e != null) {
      problems.add(
          e.line(),
          e.column(),
          "'" + key + "' has no place in a graph-form model (decision makers with 'moves:')",
          hint);
    }
  }

  /**
   * The decision maker a mapping key names: its index in {@code dmIds}, or -1 after reporting the
   * unknown id {@code where} (e.g. "in the attitudes of 'P1'") with the closest one.
   */
  int dmAt(Node.Entry e, List<String> dmIds, String where) {
    int d = dmIds.indexOf(e.key());
    if (d < 0) {
      problems.add(
          e.line(),
          e.column(),
          "unknown decision maker '" + e.key() + "' " + where,
          Suggestions.hint(e.key(), dmIds, "decision makers"));
    }
    return d;
  }
}
