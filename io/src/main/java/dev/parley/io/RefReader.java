package dev.parley.io;

import dev.parley.core.model.StatePattern;
import dev.parley.core.state.StateSpace;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads state references: a named-state id, a Y/N/- string (option 1 first, {@code -} = any), a
 * standard state number, or a mapping option id to true/false. Numbers can only be resolved once
 * the feasible states are known, so a reference is first read into a {@link Ref}.
 */
final class RefReader {
  static final String FORMS =
      "a state id, a Y/N/- string with one letter per option, a state number, or {option: true,"
          + " ...}";

  /** A reference read from the file, resolved to a pattern once the state space is known. */
  sealed interface Ref permits Ref.Fixed, Ref.Numbered {
    Node node();

    /** A reference by option values. */
    record Fixed(StatePattern pattern, Node node) implements Ref {}

    /** A reference by standard state number (1-based). */
    record Numbered(long number, Node node, String subject) implements Ref {}
  }

  private final Scope scope;

  RefReader(Scope scope) {
    this.scope = scope;
  }

  /** The reference written at {@code n}, or null after reporting. */
  Ref read(Node n, String subject) {
    if (n instanceof Node.MapNode m) {
      StatePattern p = optionValues(m, subject);
      return p == null ? null : new Ref.Fixed(p, n);
    }
    if (n instanceof Node.ScalarNode s && s.value() instanceof Long number) {
      if (number < 1) {
        scope.problems.at(
            n, "there is no state " + number + " (in " + subject + ")", "state numbers start at 1");
        return null;
      }
      return new Ref.Numbered(number, n, subject);
    }
    if (n instanceof Node.ScalarNode s && (s.isString() || s.value() instanceof Boolean)) {
      String text = s.asText();
      StatePattern named = scope.namedStates.get(text);
      if (named != null) {
        return new Ref.Fixed(named, n);
      }
      StatePattern ynd = StatePattern.parseYnd(text, scope.optionCount());
      if (ynd != null && s.isString()) {
        return new Ref.Fixed(ynd, n);
      }
      unknown(s, text, subject);
      return null;
    }
    scope.fields.wrongType(n, subject, "a state reference", "write " + FORMS);
    return null;
  }

  private void unknown(Node.ScalarNode s, String text, String subject) {
    int k = scope.optionCount();
    if (scope.graphForm) {
      String best = Suggestions.closest(text, scope.namedStates.keySet());
      String list =
          "states: " + String.join(", ", scope.namedStates.keySet()) + "; or write a state number";
      scope.problems.at(
          s,
          "unknown state '" + text + "' in " + subject,
          best == null ? list : "did you mean '" + best + "'? (" + list + ")");
      return;
    }
    if (!text.isEmpty() && text.chars().allMatch(c -> "YNyn-".indexOf(c) >= 0)) {
      scope.problems.at(
          s,
          "'"
              + text
              + "' in "
              + subject
              + " has "
              + text.length()
              + " letters but the model has "
              + k
              + " options",
          "write one Y, N or - per option, in this order: " + String.join(", ", scope.optionIds));
      return;
    }
    String hint;
    if (scope.namedStates.isEmpty()) {
      hint = "name it under 'states:', or write " + FORMS;
    } else {
      String best = Suggestions.closest(text, scope.namedStates.keySet());
      String list =
          "named states: "
              + String.join(", ", scope.namedStates.keySet())
              + "; or write a Y/N/- string, a state number or {option: true, ...}";
      hint = best == null ? list : "did you mean '" + best + "'? (" + list + ")";
    }
    scope.problems.at(s, "unknown state '" + text + "' in " + subject, hint);
  }

  /**
   * A mapping from option ids to true (taken) or false (not taken); options left out may have any
   * value. Null after reporting.
   */
  StatePattern optionValues(Node.MapNode m, String subject) {
    if (scope.graphForm) {
      scope.problems.at(
          m,
          subject + " names options, and a graph-form model has none",
          "write a state id or a state number");
      return null;
    }
    if (m.entries().isEmpty()) {
      scope.problems.at(m, subject + " names no option", "write {option: true, other: false, ...}");
      return null;
    }
    long mask = 0;
    long value = 0;
    boolean ok = true;
    for (Node.Entry e : m.entries().values()) {
      int t = scope.option(e, "in " + subject);
      if (!(e.value() instanceof Node.ScalarNode s) || !(s.value() instanceof Boolean b)) {
        scope.fields.wrongType(
            e.value(),
            "option '" + e.key() + "' in " + subject,
            "true or false",
            "write true when the option is taken, false when it is not");
        ok = false;
        continue;
      }
      if (t < 0) {
        ok = false;
        continue;
      }
      mask |= 1L << t;
      if (b) {
        value |= 1L << t;
      }
    }
    return ok ? new StatePattern(mask, value) : null;
  }

  /** A Y/N/- string of one letter per option, or null after reporting. */
  StatePattern ynd(Node n, String subject) {
    if (n instanceof Node.ScalarNode s && s.isString()) {
      String text = (String) s.value();
      StatePattern p = StatePattern.parseYnd(text, scope.optionCount());
      if (p != null) {
        return p;
      }
      scope.problems.at(
          n,
          "'"
              + text
              + "' in "
              + subject
              + " is not a Y/N/- string of "
              + scope.optionCount()
              + " letters",
          "write one Y, N or - per option, in this order: " + String.join(", ", scope.optionIds));
      return null;
    }
    scope.fields.wrongType(
        n, subject, "a Y/N/- string or {option: true, ...}", "write e.g. {sign: true}");
    return null;
  }

  /** The pattern of a reference, numbers resolved in {@code space}; null after reporting. */
  StatePattern resolve(Ref ref, StateSpace space) {
    if (ref instanceof Ref.Fixed f) {
      return f.pattern();
    }
    Ref.Numbered n = (Ref.Numbered) ref;
    if (n.number() > space.size()) {
      scope.problems.at(
          n.node(),
          "there is no state "
              + n.number()
              + " (in "
              + n.subject()
              + "): the model has "
              + space.size()
              + " feasible states",
          "state numbers shift whenever options or infeasibility rules change; prefer a state id or"
              + " a Y/N/- string");
      return null;
    }
    return space.pattern((int) n.number() - 1);
  }

  /**
   * The one feasible state {@code pattern} matches, or -1 after reporting that it matches none or
   * several.
   */
  int single(StatePattern pattern, StateSpace space, Node at, String subject) {
    int[] states = space.matching(pattern);
    if (states.length == 1) {
      return states[0];
    }
    String y = pattern.toYnd(space.optionCount());
    if (states.length == 0) {
      scope.problems.at(
          at,
          subject + " (" + y + ") matches no feasible state",
          "check its option values against the infeasibility rules");
    } else {
      List<String> list = new ArrayList<>();
      for (int i = 0; i < Math.min(states.length, 8); i++) {
        list.add(StateSpace.number(states[i]) + " " + space.yn(states[i]));
      }
      scope.problems.at(
          at,
          subject
              + " ("
              + y
              + ") matches "
              + states.length
              + " feasible states: "
              + String.join(", ", list)
              + (states.length > 8 ? ", ..." : ""),
          "fix more options so that exactly one state matches");
    }
    return -1;
  }
}
