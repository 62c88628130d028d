package dev.parley.app.check;

import dev.parley.core.model.PreferenceSpec;
import dev.parley.core.statement.Formula;
import java.util.List;

/**
 * Rule 1: a statement {@code L IF C} about the decision maker's own option ranked above the plain
 * opposite {@code -L}, or above a plain literal of {@code C}. Binary weighting lets the higher
 * statement win: {@code withdraw IF sign} above {@code -withdraw} makes the party <em>want</em> to
 * withdraw whenever {@code sign} holds — a sufficient condition, where a report usually means a
 * necessary one ({@code -withdraw IF -sign}).
 */
final class ConditionalOrder {
  private ConditionalOrder() {}

  static void run(Context c) {
    for (int d = 0; d < c.conflict.dmCount(); d++) {
      List<PreferenceSpec.Statement> st = c.statements(d);
      if (st == null) {
        continue;
      }
      for (int i = 0; i < st.size(); i++) {
        if (!(st.get(i).formula() instanceof Formula.If f)) {
          continue;
        }
        Literal l = Literal.of(f.consequent());
        if (l == null || c.conflict.owner(l.option()) != d) {
          continue;
        }
        List<Literal> condition = Literal.conjuncts(f.condition());
        String necessary =
            c.formula(new Formula.If(l.negated().formula(), Literal.negate(f.condition())));
        String advice =
            "; if a necessary condition is meant ("
                + c.formula(l.formula())
                + " only if "
                + c.formula(f.condition())
                + "), write "
                + necessary
                + " instead";
        for (int j = i + 1; j < st.size(); j++) {
          Literal m = Literal.of(st.get(j).formula());
          if (m == null) {
            continue;
          }
          String above = c.statement(d, i) + " is ranked above " + c.statement(d, j);
          if (m.equals(l.negated())) {
            flag(
                c,
                d,
                i,
                above
                    + ", so whenever "
                    + c.formula(f.condition())
                    + " holds "
                    + c.name(d)
                    + " wants "
                    + c.formula(l.formula())
                    + advice
                    + ".");
          } else if (condition != null && condition.contains(m)) {
            flag(
                c,
                d,
                i,
                above
                    + " and holds whenever "
                    + c.formula(m.negated().formula())
                    + " does, so, other things equal, it can make "
                    + c.name(d)
                    + " prefer "
                    + c.formula(m.negated().formula())
                    + " to "
                    + c.formula(m.formula())
                    + " while "
                    + c.formula(l.negated().formula())
                    + " holds, against statement "
                    + (j + 1)
                    + advice
                    + ", or rank statement "
                    + (j + 1)
                    + " higher.");
          }
        }
      }
    }
  }

  /** The finding {@code message} about statement {@code i} of decision maker {@code d}. */
  private static void flag(Context c, int d, int i, String message) {
    c.add(Finding.Kind.CONDITIONAL_ORDER, d, i, Context.statementPath(d, i), message);
  }
}
