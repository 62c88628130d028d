package dev.parley.io;

import dev.parley.core.model.PreferenceSpec;
import dev.parley.core.model.Provenance;
import dev.parley.core.model.StatePattern;
import dev.parley.core.model.UnknownPair;
import dev.parley.core.state.StateSpace;
import dev.parley.core.statement.Formula;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads one decision maker's {@code preferences:}: exactly one of {@code statements}, {@code
 * ranking} or {@code payoffs}. State numbers in rankings and payoffs can only be resolved once the
 * feasible states are known, so the result is a {@link Draft}.
 */
final class PreferenceReader extends PartReader {
  static final List<String> KEYS = List.of("statements", "ranking", "payoffs");

  /**
   * Every key of a {@code preferences:} mapping: one of {@link #KEYS}, {@code unknown}, and the
   * probabilistic {@code probabilities} and {@code threshold} ({@link ProbabilityReader}), and the
   * strength of preference {@code greatly} and {@code greatGap} ({@link StrengthReader}).
   */
  static final List<String> ALL_KEYS =
      List.of(
          "statements",
          "ranking",
          "payoffs",
          "unknown",
          "probabilities",
          "threshold",
          "greatly",
          "greatGap");

  static final List<String> STATEMENT_KEYS = List.of("statement", "source", "quote", "note");
  static final List<String> PAYOFF_KEYS = List.of("state", "value");

  /** Preferences waiting for the state space. */
  @FunctionalInterface
  interface Draft {
    /** The preferences with every reference resolved, or null after reporting. */
    PreferenceSpec resolve(StateSpace space);
  }

  PreferenceReader(Scope scope, RefReader refs) {
    super(scope, refs);
  }

  /**
   * The preferences under {@code n}, for the decision maker called {@code dm} (e.g. {@code 'US'});
   * null after reporting.
   */
  Draft read(Node n, String dm) {
    Node.MapNode m = scope.fields.map(n, "'preferences' of " + dm);
    if (m == null) {
      return null;
    }
    String where = "in the preferences of " + dm;
    scope.fields.keys(m, ALL_KEYS, where);
    List<String> given = given(m, KEYS);
    if (given.isEmpty()) {
      scope.problems.at(
          m,
          "the preferences of " + dm + " give no statements, ranking or payoffs",
          "give one of them: 'statements:' (most important first), 'ranking:' (most preferred"
              + " first) or 'payoffs:'");
      return null;
    }
    if (given.size() > 1) {
      scope.problems.at(
          m,
          "the preferences of "
              + dm
              + " give both '"
              + given.get(0)
              + "' and '"
              + given.get(1)
              + "'",
          "keep one form of preferences per decision maker");
      return null;
    }
    switch (given.get(0)) {
      case "statements":
        return statements(m.get("statements"), dm);
      case "ranking":
        return ranking(m.get("ranking"), dm);
      default:
        return payoffs(m.get("payoffs"), dm);
    }
  }

  /** Unknown comparisons waiting for the state space. */
  @FunctionalInterface
  interface UnknownDraft {
    /** The pairs with every reference resolved, or null after reporting. */
    List<UnknownPair> resolve(StateSpace space);
  }

  /**
   * The {@code unknown:} pairs under a {@code preferences:} mapping (docs/semantics.md §1.8): a
   * list of [state, state] pairs whose comparison is unknown to {@code dm}. Empty when absent; null
   * after reporting.
   */
  UnknownDraft unknown(Node prefs, String dm) {
    if (!(prefs instanceof Node.MapNode m) || !m.has("unknown")) {
      return space -> List.of();
    }
    Node.ListNode l = scope.fields.list(m.get("unknown"), "'unknown' in the preferences of " + dm);
    if (l == null) {
      return null;
    }
    List<RefReader.Ref[]> pairs = new ArrayList<>();
    List<Node> nodes = new ArrayList<>();
    boolean ok = true;
    for (int k = 0; k < l.items().size(); k++) {
      Node item = l.items().get(k);
      String label = "unknown pair " + (k + 1) + " of " + dm;
      if (!(item instanceof Node.ListNode pair) || pair.items().size() != 2) {
        scope.problems.at(
            item,
            label + " is not a pair of states",
            "write [stateA, stateB]: the two states whose comparison is unknown");
        ok = false;
        continue;
      }
      RefReader.Ref a = refs.read(pair.items().get(0), label);
      RefReader.Ref b = refs.read(pair.items().get(1), label);
      ok &= a != null && b != null;
      pairs.add(new RefReader.Ref[] {a, b});
      nodes.add(item);
    }
    if (!ok) {
      return null;
    }
    return space -> {
      List<UnknownPair> out = new ArrayList<>();
      boolean resolved = true;
      for (int k = 0; k < pairs.size(); k++) {
        StatePattern a = refs.resolve(pairs.get(k)[0], space);
        StatePattern b = refs.resolve(pairs.get(k)[1], space);
        if (a == null || b == null) {
          resolved = false;
          continue;
        }
        for (StatePattern p : new StatePattern[] {a, b}) {
          if (space.matching(p).length == 0) {
            scope.problems.at(
                nodes.get(k),
                "unknown pair "
                    + (k + 1)
                    + " of "
                    + dm
                    + ": '"
                    + p.toYnd(space.optionCount())
                    + "' matches no feasible state",
                "name feasible states; 'parley analyze' lists them in its states table");
            resolved = false;
          }
        }
        if (a.equals(b) && space.matching(a).length == 1) {
          scope.problems.at(
              nodes.get(k),
              "unknown pair " + (k + 1) + " of " + dm + " names the same state twice",
              "a state is always as good as itself; name two different states");
          resolved = false;
        }
        out.add(new UnknownPair(a, b));
      }
      return resolved ? out : null;
    };
  }

  private Draft statements(Node n, String dm) {
    Node.ListNode l =
        scope.fields.nonEmptyList(
            n, "'statements' of " + dm, "list the statements, most important first");
    if (l == null) {
      return null;
    }
    List<PreferenceSpec.Statement> out = new ArrayList<>();
    boolean ok = true;
    for (int k = 0; k < l.items().size(); k++) {
      PreferenceSpec.Statement s =
          statement(l.items().get(k), "statement " + (k + 1) + " of " + dm);
      if (s == null) {
        ok = false;
      } else {
        out.add(s);
      }
    }
    if (!ok) {
      return null;
    }
    PreferenceSpec spec = new PreferenceSpec.Prioritization(out);
    return space -> spec;
  }

  private PreferenceSpec.Statement statement(Node n, String label) {
    Node text = n;
    Provenance p = Provenance.NONE;
    if (n instanceof Node.MapNode m) {
      scope.fields.keys(m, STATEMENT_KEYS, "in " + label);
      p = scope.provenance(m, "in " + label);
      text =
          scope.fields.required(
              m, "statement", "in " + label, "add 'statement: ...', the condition");
      if (text == null) {
        return null;
      }
    } else if (!(n instanceof Node.ScalarNode)) {
      scope.fields.wrongType(
          n, label, "a statement", "write the condition as text, or a mapping with 'statement:'");
      return null;
    }
    Formula f = Statements.parse(scope, text, label);
    if (f == null) {
      return null;
    }
    Node.ScalarNode scalar = (Node.ScalarNode) text;
    return new PreferenceSpec.Statement(f, scalar.asText(), p);
  }

  private Draft ranking(Node n, String dm) {
    String label = "the ranking of " + dm;
    Node.ListNode l =
        scope.fields.nonEmptyList(n, "'ranking' of " + dm, "list the states, most preferred first");
    if (l == null) {
      return null;
    }
    List<List<RefReader.Ref>> tiers = new ArrayList<>();
    boolean ok = true;
    for (int t = 0; t < l.items().size(); t++) {
      Node item = l.items().get(t);
      String entry = "entry " + (t + 1) + " of " + label;
      List<RefReader.Ref> tier = new ArrayList<>();
      if (item instanceof Node.ListNode group) {
        if (group.items().isEmpty()) {
          scope.problems.at(
              item, "empty tie group in " + entry, "list the equally preferred states");
          ok = false;
        }
        for (Node ref : group.items()) {
          RefReader.Ref r =
              ref instanceof Node.ListNode ? nested(ref, entry) : refs.read(ref, entry);
          ok &= r != null;
          tier.add(r);
        }
      } else {
        RefReader.Ref r = refs.read(item, entry);
        ok &= r != null;
        tier.add(r);
      }
      tiers.add(tier);
    }
    if (!ok) {
      return null;
    }
    return space -> {
      List<List<StatePattern>> out = new ArrayList<>();
      boolean resolved = true;
      for (List<RefReader.Ref> tier : tiers) {
        List<StatePattern> ps = new ArrayList<>();
        for (RefReader.Ref r : tier) {
          StatePattern p = refs.resolve(r, space);
          resolved &= p != null;
          ps.add(p);
        }
        out.add(ps);
      }
      return resolved ? new PreferenceSpec.DirectRanking(out) : null;
    };
  }

  private RefReader.Ref nested(Node n, String entry) {
    scope.problems.at(
        n,
        "a tie group inside a tie group in " + entry,
        "a ranking entry is a state or one [ ] group of equally preferred states");
    return null;
  }

  private Draft payoffs(Node n, String dm) {
    Node.ListNode l =
        scope.fields.nonEmptyList(n, "'payoffs' of " + dm, "list {state: ..., value: ...} entries");
    if (l == null) {
      return null;
    }
    List<RefReader.Ref> states = new ArrayList<>();
    List<Double> values = new ArrayList<>();
    boolean ok = true;
    for (int e = 0; e < l.items().size(); e++) {
      String label = "payoff " + (e + 1) + " of " + dm;
      Node.MapNode m = scope.fields.map(l.items().get(e), label);
      if (m == null) {
        ok = false;
        continue;
      }
      scope.fields.keys(m, PAYOFF_KEYS, "in " + label);
      Node state = scope.fields.required(m, "state", "in " + label, "add 'state: ...'");
      Node value = scope.fields.required(m, "value", "in " + label, "add 'value: <number>'");
      RefReader.Ref r = state == null ? null : refs.read(state, "'state' of " + label);
      Double v = value == null ? null : number(value, "'value' in " + label);
      ok &= r != null && v != null;
      states.add(r);
      values.add(v);
    }
    if (!ok) {
      return null;
    }
    return space -> {
      List<PreferenceSpec.Payoffs.Entry> out = new ArrayList<>();
      boolean resolved = true;
      for (int e = 0; e < states.size(); e++) {
        StatePattern p = refs.resolve(states.get(e), space);
        resolved &= p != null;
        out.add(new PreferenceSpec.Payoffs.Entry(p, values.get(e)));
      }
      return resolved ? new PreferenceSpec.Payoffs(out) : null;
    };
  }
}
