package dev.parley.core.state;

import dev.parley.core.model.Infeasibility;
import dev.parley.core.statement.Formula;
import java.util.ArrayList;
import java.util.List;

/**
 * The infeasibility rules compiled for speed: rules that are disjunctions of conjunctions of
 * literals (patterns, mutually exclusive, at least one, exactly one, requires, and such formulas)
 * become (mask, value) pairs tested with two machine operations; any other formula is evaluated as
 * written.
 */
final class FeasibilityTest {
  private final long[] masks;
  private final long[] values;
  private final Formula[] others;

  FeasibilityTest(List<Infeasibility> rules) {
    List<long[]> patterns = new ArrayList<>();
    List<Formula> rest = new ArrayList<>();
    for (Infeasibility r : rules) {
      List<long[]> dnf = new ArrayList<>();
      if (flatten(r.infeasibleWhen(), dnf)) {
        patterns.addAll(dnf);
      } else {
        rest.add(r.infeasibleWhen());
      }
    }
    masks = new long[patterns.size()];
    values = new long[patterns.size()];
    for (int k = 0; k < masks.length; k++) {
      masks[k] = patterns.get(k)[0];
      values[k] = patterns.get(k)[1];
    }
    others = rest.toArray(new Formula[0]);
  }

  boolean feasible(long code) {
    for (int k = 0; k < masks.length; k++) {
      if ((code & masks[k]) == values[k]) {
        return false;
      }
    }
    for (Formula f : others) {
      if (f.test(code)) {
        return false;
      }
    }
    return true;
  }

  /** Adds the (mask, value) conjunctions of a DNF formula; false if it is not one. */
  private static boolean flatten(Formula f, List<long[]> out) {
    if (f instanceof Formula.Or or) {
      for (Formula d : or.operands()) {
        if (!flatten(d, out)) {
          return false;
        }
      }
      return true;
    }
    if (f instanceof Formula.Constant c) {
      if (c.value()) {
        out.add(new long[] {0, 0});
      }
      return true;
    }
    long[] mv = conjunction(f);
    if (mv == null) {
      return false;
    }
    if (mv.length > 0) {
      out.add(mv);
    }
    return true;
  }

  /** (mask, value) of a conjunction of literals; empty when contradictory; null if not one. */
  private static long[] conjunction(Formula f) {
    List<Formula> lits = f instanceof Formula.And and ? and.operands() : List.of(f);
    long mask = 0;
    long value = 0;
    for (Formula lit : lits) {
      boolean positive = true;
      Formula x = lit;
      if (x instanceof Formula.Not n) {
        positive = false;
        x = n.operand();
      }
      if (!(x instanceof Formula.Taken t)) {
        return null;
      }
      long bit = 1L << t.option();
      if ((mask & bit) != 0 && ((value & bit) != 0) != positive) {
        return new long[0]; // a contradiction removes nothing
      }
      mask |= bit;
      if (positive) {
        value |= bit;
      }
    }
    return new long[] {mask, value};
  }
}
