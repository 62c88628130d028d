package dev.parley.io;

import dev.parley.core.hypergame.Perception;
import dev.parley.core.model.PreferenceSpec;
import dev.parley.core.model.StatePattern;
import dev.parley.core.state.StateSpace;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a decision maker's {@code perceives:} (docs/model-format.md, docs/semantics.md §6): the
 * preferences of other decision makers as it believes them ({@code preferences:}, keyed by their
 * ids, each in one of the forms of {@code preferences:}), the options it does not know exist
 * ({@code unaware:}), the states it cannot see ({@code hidden:}, state references or patterns) and
 * the groups of states it cannot tell apart ({@code indistinct:}, each a list of references).
 */
final class PerceptionReader extends PartReader {
  static final List<String> KEYS =
      List.of("preferences", "unaware", "hidden", "indistinct", "source", "quote", "note");

  /** A perception waiting for the state space. */
  @FunctionalInterface
  interface Draft {
    /** The perception with every reference resolved, or null after reporting. */
    Perception resolve(StateSpace space);
  }

  private final PreferenceReader prefs;

  PerceptionReader(Scope scope, RefReader refs, PreferenceReader prefs) {
    super(scope, refs);
    this.prefs = prefs;
  }

  /**
   * The perception under {@code n} of decision maker {@code holder} (called {@code label}); {@code
   * dmIds} are all decision makers' ids in model order. Null after reporting.
   */
  Draft read(Node n, int holder, List<String> dmIds, String label) {
    Node.MapNode m = scope.fields.map(n, "'perceives' of " + label);
    if (m == null) {
      return null;
    }
    String where = "in what " + label + " perceives";
    scope.fields.keys(m, KEYS, where);
    Map<Integer, PreferenceReader.Draft> beliefs = new LinkedHashMap<>();
    boolean ok = true;
    if (m.has("preferences")) {
      Node.MapNode pm = scope.fields.map(m.get("preferences"), "'preferences' " + where);
      ok &= pm != null;
      if (pm != null) {
        for (Node.Entry e : pm.entries().values()) {
          int d = scope.dmAt(e, dmIds, where);
          if (d < 0) {
            ok = false;
            continue;
          }
          if (d == holder) {
            scope.problems.add(
                e.line(),
                e.column(),
                label + " cannot misperceive its own preferences (a first-level hypergame)",
                "give its true preferences under its own 'preferences:', and here only its beliefs"
                    + " about the others");
            ok = false;
            continue;
          }
          PreferenceReader.Draft draft =
              prefs.read(e.value(), "'" + e.key() + "' as " + label + " believes them");
          ok &= draft != null;
          beliefs.put(d, draft);
        }
      }
    }
    List<Integer> unaware = new ArrayList<>();
    if (m.has("unaware")) {
      if (scope.graphForm) {
        scope.problems.at(
            m.get("unaware"),
            "a graph-form model has no options to be unaware of",
            "list the states " + label + " cannot see under 'hidden:'");
        ok = false;
      } else {
        Node.ListNode l = scope.fields.list(m.get("unaware"), "'unaware' " + where);
        ok &= l != null;
        if (l != null) {
          for (Node item : l.items()) {
            int t = scope.option(item, where);
            ok &= t >= 0;
            unaware.add(t);
          }
        }
      }
    }
    List<RefReader.Ref> hidden = new ArrayList<>();
    if (m.has("hidden")) {
      Node.ListNode l = scope.fields.list(m.get("hidden"), "'hidden' " + where);
      ok &= l != null;
      if (l != null) {
        for (Node item : l.items()) {
          RefReader.Ref r = refs.read(item, "'hidden' " + where);
          ok &= r != null;
          hidden.add(r);
        }
      }
    }
    List<List<RefReader.Ref>> groups = new ArrayList<>();
    if (m.has("indistinct")) {
      Node.ListNode l = scope.fields.list(m.get("indistinct"), "'indistinct' " + where);
      ok &= l != null;
      if (l != null) {
        for (Node item : l.items()) {
          List<RefReader.Ref> group = new ArrayList<>();
          List<Node> members = item instanceof Node.ListNode il ? il.items() : List.of(item);
          for (Node member : members) {
            RefReader.Ref r = refs.read(member, "'indistinct' " + where);
            ok &= r != null;
            group.add(r);
          }
          groups.add(group);
        }
      }
    }
    dev.parley.core.model.Provenance provenance = scope.provenance(m, where);
    if (!ok) {
      return null;
    }
    return space -> {
      Map<Integer, PreferenceSpec> specs = new LinkedHashMap<>();
      boolean good = true;
      for (Map.Entry<Integer, PreferenceReader.Draft> e : beliefs.entrySet()) {
        PreferenceSpec spec = e.getValue().resolve(space);
        good &= spec != null;
        specs.put(e.getKey(), spec);
      }
      List<StatePattern> patterns = new ArrayList<>();
      for (RefReader.Ref r : hidden) {
        StatePattern p = refs.resolve(r, space);
        if (p != null && space.matching(p).length == 0) {
          scope.problems.at(
              r.node(),
              "the hidden state matches no feasible state " + where,
              "name a feasible state, or a pattern that matches some");
          p = null;
        }
        good &= p != null;
        patterns.add(p);
      }
      List<List<StatePattern>> indistinct = new ArrayList<>();
      for (List<RefReader.Ref> group : groups) {
        List<StatePattern> ps = new ArrayList<>();
        for (RefReader.Ref r : group) {
          StatePattern p = refs.resolve(r, space);
          good &= p != null;
          ps.add(p);
        }
        indistinct.add(ps);
      }
      return good ? new Perception(holder, specs, unaware, patterns, indistinct, provenance) : null;
    };
  }
}
