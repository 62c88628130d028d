package dev.parley.app.check;

import dev.parley.core.model.PreferenceSpec;
import dev.parley.core.state.StateSpace;
import dev.parley.report.English;
import java.util.List;

/**
 * Rule 3: for a plain statement {@code L} (an option or its negation), pairs of feasible states
 * {@code s}, {@code t} that differ only in {@code L}'s option, {@code L} true at {@code t} and
 * false at {@code s}, where the decision maker nevertheless strictly prefers {@code s}: a higher
 * statement decides. At most {@link #SHOWN} pairs per statement, in state order, in words.
 */
final class SurprisingOrders {
  /** The most pairs reported per statement. */
  static final int SHOWN = 3;

  private SurprisingOrders() {}

  static void run(Context c) {
    if (c.model.isGraphForm()) {
      return;
    }
    StateSpace space = c.model.space();
    for (int d = 0; d < c.conflict.dmCount(); d++) {
      List<PreferenceSpec.Statement> st = c.statements(d);
      if (st == null) {
        continue;
      }
      for (int j = 0; j < st.size(); j++) {
        Literal l = Literal.of(st.get(j).formula());
        if (l == null) {
          continue;
        }
        long bit = 1L << l.option();
        int total = 0;
        int[][] shown = new int[SHOWN][];
        for (int s = 0; s < space.size(); s++) {
          long code = space.code(s);
          if (l.test(code)) {
            continue;
          }
          int t = space.indexOf(code ^ bit);
          if (t < 0 || c.model.payoff(d, s) <= c.model.payoff(d, t)) {
            continue;
          }
          if (total < SHOWN) {
            shown[total] = new int[] {s, t};
          }
          total++;
        }
        for (int k = 0; k < Math.min(total, SHOWN); k++) {
          String more =
              k == SHOWN - 1 && total > SHOWN
                  ? " (" + SHOWN + " of the " + total + " such pairs are shown.)"
                  : "";
          c.add(
              Finding.Kind.SURPRISING_ORDER,
              d,
              j,
              Context.statementPath(d, j),
              message(c, d, j, l, st, shown[k][0], shown[k][1]) + more);
        }
      }
    }
  }

  private static String message(
      Context c, int d, int j, Literal l, List<PreferenceSpec.Statement> st, int s, int t) {
    StringBuilder b = new StringBuilder();
    b.append("statement ")
        .append(j + 1)
        .append(" says ")
        .append(c.formula(l.formula()))
        .append(", yet ")
        .append(c.name(d))
        .append(" prefers ")
        .append(c.narrator.label(s))
        .append(" to ")
        .append(c.narrator.label(t))
        .append(", the same ")
        .append(l.positive() ? "with " : "without ")
        .append(English.quoteShort(c.optionName(l.option())))
        .append(l.positive() ? " taken" : "");
    long a = c.model.space().code(s);
    long z = c.model.space().code(t);
    for (int k = 0; k < j; k++) {
      var f = st.get(k).formula();
      if (f.test(a) != f.test(z)) {
        b.append(": ").append(c.statement(d, k)).append(", ranked higher, decides");
        break;
      }
    }
    return b.append(". Intended?").toString();
  }
}
