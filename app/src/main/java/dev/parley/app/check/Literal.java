package dev.parley.app.check;

import dev.parley.core.statement.Formula;
import java.util.ArrayList;
import java.util.List;

/** An option or its negation: {@code sign} or {@code -sign}. */
record Literal(int option, boolean positive) {

  /** The literal a formula is, or null when it is anything else. */
  static Literal of(Formula f) {
    if (f instanceof Formula.Taken t) {
      return new Literal(t.option(), true);
    }
    if (f instanceof Formula.Not n && n.operand() instanceof Formula.Taken t) {
      return new Literal(t.option(), false);
    }
    return null;
  }

  /** The literals of a literal or of a conjunction of literals; null for any other formula. */
  static List<Literal> conjuncts(Formula f) {
    Literal l = of(f);
    if (l != null) {
      return List.of(l);
    }
    if (!(f instanceof Formula.And a)) {
      return null;
    }
    List<Literal> out = new ArrayList<>();
    for (Formula p : a.operands()) {
      Literal k = of(p);
      if (k == null) {
        return null;
      }
      out.add(k);
    }
    return out;
  }

  Literal negated() {
    return new Literal(option, !positive);
  }

  Formula formula() {
    Formula t = new Formula.Taken(option);
    return positive ? t : new Formula.Not(t);
  }

  boolean test(long code) {
    return ((code >>> option & 1L) != 0) == positive;
  }

  /** The negation of a formula, without a double negation: {@code -(a & b)}, {@code sign}. */
  static Formula negate(Formula f) {
    return f instanceof Formula.Not n ? n.operand() : new Formula.Not(f);
  }
}
