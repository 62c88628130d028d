package dev.parley.io;

import dev.parley.core.model.NamedState;
import dev.parley.core.model.StatePattern;
import dev.parley.core.state.StateSpace;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads {@code states:}: the named states, each by its option values (option form) or as one of the
 * listed states (graph form). Whether each names exactly one feasible state is checked once the
 * states are known.
 */
final class NamedStateReader extends PartReader {
  static final List<String> STATE_KEYS = List.of("id", "description", "options");

  /** A named state as read, checked against the feasible states later. */
  record Draft(NamedState state, Node node) {}

  NamedStateReader(Scope scope, RefReader refs) {
    super(scope, refs);
  }

  /** The named states under {@code n} (absent: none); each checked against the states later. */
  List<Draft> read(Node n) {
    List<Draft> out = new ArrayList<>();
    if (n == null) {
      return out;
    }
    Node.ListNode l = scope.fields.list(n, "'states'");
    if (l == null) {
      return out;
    }
    Map<String, Node> seen = new HashMap<>();
    for (int i = 0; i < l.items().size(); i++) {
      Node.MapNode m = scope.fields.map(l.items().get(i), "state " + (i + 1));
      if (m == null) {
        continue;
      }
      String id = scope.fields.id(m, "id", "in state " + (i + 1), "state");
      String label = id == null ? "state " + (i + 1) : "state '" + id + "'";
      scope.fields.keys(m, STATE_KEYS, "in " + label);
      if (scope.graphForm) {
        scope.notInGraphForm(m, "options", "a graph-form state is named by its id alone");
        if (id != null && scope.fields.unique(seen, id, m.get("id"), "state")) {
          StatePattern p = StateSpace.graphPattern(i);
          scope.namedStates.put(id, p);
          out.add(
              new Draft(
                  new NamedState(id, scope.fields.text(m, "description", "in " + label), p), m));
        }
        continue;
      }
      if (id != null && StatePattern.parseYnd(id, scope.optionCount()) != null) {
        scope.problems.at(
            m.get("id"),
            "state id '" + id + "' reads as a Y/N/- string",
            "choose a name that is not made of Y, N and - only");
        continue;
      }
      Node opts =
          scope.fields.required(
              m, "options", "in " + label, "add 'options: {option: true, ...}' to say which state");
      if (opts == null || id == null || !scope.fields.unique(seen, id, m.get("id"), "state")) {
        continue;
      }
      StatePattern p =
          opts instanceof Node.MapNode om
              ? refs.optionValues(om, "'options' of " + label)
              : refs.ynd(opts, "'options' of " + label);
      if (p == null) {
        continue;
      }
      scope.namedStates.put(id, p);
      out.add(
          new Draft(
              new NamedState(id, scope.fields.text(m, "description", "in " + label), p), opts));
    }
    return out;
  }
}
