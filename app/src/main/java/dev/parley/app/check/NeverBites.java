package dev.parley.app.check;

import dev.parley.core.model.PreferenceSpec;
import dev.parley.core.move.MoveGraph;
import dev.parley.core.state.StateSpace;
import dev.parley.core.statement.Formula;
import dev.parley.report.English;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Rule 2: a statement of a decision maker that has the same truth value at both ends of every move
 * the decision maker itself can make (over the feasible states, with reversibility, move edits and
 * packages as the move graph has them). It cannot make that party move or stay; it only shapes how
 * the party judges the others' moves — typically a statement about options it does not control.
 */
final class NeverBites {
  private NeverBites() {}

  static void run(Context c) {
    if (c.model.isGraphForm()) {
      return;
    }
    MoveGraph moves = c.model.moves();
    StateSpace space = c.model.space();
    for (int d = 0; d < c.conflict.dmCount(); d++) {
      List<PreferenceSpec.Statement> st = c.statements(d);
      if (st == null || !hasMove(moves, d)) {
        continue;
      }
      for (int i = 0; i < st.size(); i++) {
        Formula f = st.get(i).formula();
        if (f.support() == 0 || bites(c, f, moves, space, d)) {
          continue;
        }
        c.add(
            Finding.Kind.NEVER_BITES,
            d,
            i,
            Context.statementPath(d, i),
            c.statement(d, i) + " " + about(c, d, f) + consequence(c, d));
      }
    }
  }

  private static boolean hasMove(MoveGraph moves, int d) {
    for (int s = 0; s < moves.stateCount(); s++) {
      int n = moves.slots(d, s);
      for (int k = 0; k < n; k++) {
        if (moves.target(d, s, k) >= 0) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether some move of {@code d} changes the truth value of {@code f}. */
  private static boolean bites(Context c, Formula f, MoveGraph moves, StateSpace space, int d) {
    if (c.conflict.packages().isEmpty() && (f.support() & c.conflict.optionMask(d)) == 0) {
      // without packages a move of d changes d's options only (move edits included), which f
      // does not mention: no need to walk the moves
      return false;
    }
    for (int s = 0; s < space.size(); s++) {
      boolean here = f.test(space.code(s));
      int n = moves.slots(d, s);
      for (int k = 0; k < n; k++) {
        int t = moves.target(d, s, k);
        if (t >= 0 && f.test(space.code(t)) != here) {
          return true;
        }
      }
    }
    return false;
  }

  private static String about(Context c, int d, Formula f) {
    long support = f.support();
    if ((support & c.conflict.optionMask(d)) != 0) {
      return "never changes along " + c.possessive(d) + " own moves (in the feasible states)";
    }
    Map<Integer, List<String>> byOwner = new LinkedHashMap<>();
    int count = 0;
    for (int t = 0; t < c.conflict.optionCount(); t++) {
      if ((support >>> t & 1L) != 0) {
        byOwner.computeIfAbsent(c.conflict.owner(t), k -> new ArrayList<>()).add(c.optionId(t));
        count++;
      }
    }
    List<String> parts = new ArrayList<>();
    byOwner.forEach(
        (owner, ids) -> parts.add(English.list(ids, "and") + ", owned by " + c.name(owner)));
    return "is about "
        + (count == 1 ? "an option " : "options ")
        + c.name(d)
        + " does not control ("
        + String.join("; ", parts)
        + "): it never changes along "
        + c.possessive(d)
        + " own moves";
  }

  private static String consequence(Context c, int d) {
    return ", so it cannot make "
        + c.name(d)
        + " move or stay; it only shapes how "
        + c.name(d)
        + " judges the others' moves. Intended?";
  }
}
