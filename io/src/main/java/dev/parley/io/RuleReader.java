package dev.parley.io;

import dev.parley.core.model.Infeasibility;
import dev.parley.core.model.Provenance;
import dev.parley.core.model.StatePattern;
import dev.parley.core.statement.Formula;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/** Reads the {@code infeasible:} list, one rule per entry. */
final class RuleReader extends PartReader {
  static final List<String> KINDS =
      List.of("mutuallyExclusive", "atLeastOne", "exactlyOne", "requires", "pattern", "when");
  static final List<String> KEYS;

  /** A kind of rule over a list of options: how many it needs at least, and the rule it makes. */
  private record OverOptions(
      int least, BiFunction<List<Integer>, Provenance, Infeasibility> rule) {}

  private static final Map<String, OverOptions> OVER_OPTIONS =
      Map.of(
          "mutuallyExclusive", new OverOptions(2, Infeasibility::mutuallyExclusive),
          "atLeastOne", new OverOptions(1, Infeasibility::atLeastOne),
          "exactlyOne", new OverOptions(1, Infeasibility::exactlyOne),
          "requires", new OverOptions(2, Infeasibility::requires));

  static {
    List<String> keys = new ArrayList<>(KINDS);
    keys.addAll(List.of("source", "quote", "note"));
    KEYS = List.copyOf(keys);
  }

  RuleReader(Scope scope, RefReader refs) {
    super(scope, refs);
  }

  /** The rules of the {@code infeasible} list (absent: none); failed rules are left out. */
  List<Infeasibility> read(Node list) {
    List<Infeasibility> rules = new ArrayList<>();
    if (list == null) {
      return rules;
    }
    Node.ListNode l = scope.fields.list(list, "'infeasible'");
    if (l == null) {
      return rules;
    }
    for (int r = 0; r < l.items().size(); r++) {
      Infeasibility rule = rule(l.items().get(r), "infeasibility rule " + (r + 1));
      if (rule != null) {
        rules.add(rule);
      }
    }
    return rules;
  }

  private Infeasibility rule(Node n, String label) {
    Node.MapNode m = entry(n, label, KEYS);
    if (m == null) {
      return null;
    }
    String where = "in " + label;
    List<String> given = given(m, KINDS);
    if (given.isEmpty()) {
      scope.problems.at(m, label + " has no condition", "give one of: " + String.join(", ", KINDS));
      return null;
    }
    if (given.size() > 1) {
      scope.problems.at(
          m,
          label + " has both '" + given.get(0) + "' and '" + given.get(1) + "'",
          "write one condition per rule: split it into two rules");
      return null;
    }
    Provenance p = scope.provenance(m, where);
    String kind = given.get(0);
    Node value = m.get(kind);
    String subject = "'" + kind + "' " + where;
    OverOptions over = OVER_OPTIONS.get(kind);
    if (over != null) {
      List<Integer> opts = options(value, subject, over.least());
      return opts == null ? null : over.rule().apply(opts, p);
    }
    switch (kind) {
      case "pattern":
        {
          StatePattern pattern =
              value instanceof Node.MapNode pm
                  ? refs.optionValues(pm, subject)
                  : refs.ynd(value, subject);
          return pattern == null ? null : pattern(pattern, p);
        }
      default:
        {
          Formula f = Statements.parse(scope, value, subject);
          return f == null ? null : Infeasibility.formula(f, p);
        }
    }
  }

  /** The options a pattern fixes, ascending, with their values. */
  static Infeasibility pattern(StatePattern pattern, Provenance p) {
    List<Integer> opts = new ArrayList<>();
    List<Boolean> values = new ArrayList<>();
    for (int t = 0; t < 64; t++) {
      if ((pattern.mask() >>> t & 1L) != 0) {
        opts.add(t);
        values.add((pattern.value() >>> t & 1L) != 0);
      }
    }
    return Infeasibility.pattern(opts, values, p);
  }

  /** A list of distinct option ids with at least {@code min} entries; null after reporting. */
  private List<Integer> options(Node n, String subject, int min) {
    Node.ListNode l = scope.fields.list(n, subject);
    if (l == null) {
      return null;
    }
    List<Integer> out = new ArrayList<>();
    Map<Integer, Node> seen = new HashMap<>();
    boolean ok = true;
    for (Node item : l.items()) {
      int t = scope.option(item, "in " + subject);
      if (t < 0) {
        ok = false;
      } else if (seen.containsKey(t)) {
        scope.problems.at(
            item,
            "option '" + scope.optionIds.get(t) + "' appears twice in " + subject,
            "list each option once");
        ok = false;
      } else {
        seen.put(t, item);
        out.add(t);
      }
    }
    if (ok && out.size() < min) {
      scope.problems.at(
          n,
          subject + " needs at least " + min + (min == 1 ? " option" : " options"),
          "list the options it relates, e.g. [a, b]");
      return null;
    }
    return ok ? out : null;
  }
}
