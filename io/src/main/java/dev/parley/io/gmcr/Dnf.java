package dev.parley.io.gmcr;

import dev.parley.core.model.StatePattern;
import dev.parley.core.statement.Formula;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a formula into a disjunction of conjunctions of literals (cubes, written as Y/N/- patterns)
 * that is true exactly where the formula is, over the options the formula mentions. The cover is
 * the irredundant sum of prime implicants of Minato and Morreale, computed on the truth table, so a
 * pattern rule gives back its pattern and "at most one of a, b, c" gives the three pairs.
 */
final class Dnf {
  /** Formulas over more options than this are refused (a truth table of 2^24 entries). */
  static final int MAX_SUPPORT = 24;

  private Dnf() {}

  /**
   * The cubes of {@code f}, as patterns over global option indices: its own cubes in its own order
   * when it already is a disjunction of conjunctions of literals, else the prime cover. An empty
   * list means the formula is never true; a single pattern with an empty mask means it is always
   * true.
   *
   * @throws IllegalArgumentException when the formula mentions more than {@link #MAX_SUPPORT}
   *     options
   */
  static List<StatePattern> cover(Formula f) {
    List<StatePattern> direct = new ArrayList<>();
    if (asDnf(f, direct)) {
      List<StatePattern> out = new ArrayList<>();
      for (StatePattern p : direct) {
        if (p != null && !out.contains(p)) {
          out.add(p);
        }
      }
      return out;
    }
    return isop(f);
  }

  /**
   * Adds the cubes of {@code f} in its own order when it already is a disjunction of conjunctions
   * of literals (a null cube for a contradictory conjunction); false when it is not.
   */
  private static boolean asDnf(Formula f, List<StatePattern> out) {
    if (f instanceof Formula.Or or) {
      for (Formula g : or.operands()) {
        if (!asDnf(g, out)) {
          return false;
        }
      }
      return true;
    }
    if (f instanceof Formula.Constant c) {
      if (c.value()) {
        out.add(new StatePattern(0, 0));
      }
      return true;
    }
    List<Formula> lits = f instanceof Formula.And and ? and.operands() : List.of(f);
    long mask = 0;
    long value = 0;
    boolean contradiction = false;
    for (Formula lit : lits) {
      boolean yes = true;
      Formula atom = lit;
      if (lit instanceof Formula.Not not) {
        yes = false;
        atom = not.operand();
      }
      if (!(atom instanceof Formula.Taken taken)) {
        return false;
      }
      long bit = 1L << taken.option();
      if ((mask & bit) != 0 && ((value & bit) != 0) != yes) {
        contradiction = true;
      }
      mask |= bit;
      if (yes) {
        value |= bit;
      }
    }
    out.add(contradiction ? null : new StatePattern(mask, value));
    return true;
  }

  private static List<StatePattern> isop(Formula f) {
    long support = f.support();
    int k = Long.bitCount(support);
    if (k > MAX_SUPPORT) {
      throw new IllegalArgumentException(
          "the condition mentions "
              + k
              + " options; at most "
              + MAX_SUPPORT
              + " can be written as GMCR+ conditions");
    }
    int[] vars = new int[k];
    for (int t = 0, j = 0; t < 64; t++) {
      if ((support >>> t & 1L) != 0) {
        vars[j++] = t;
      }
    }
    int size = 1 << k;
    boolean[] table = new boolean[size];
    for (int x = 0; x < size; x++) {
      long code = 0;
      for (int j = 0; j < k; j++) {
        if ((x >>> j & 1) != 0) {
          code |= 1L << vars[j];
        }
      }
      table[x] = f.test(code);
    }
    List<long[]> cubes = new ArrayList<>();
    isop(table, table, k, cubes);
    List<StatePattern> out = new ArrayList<>(cubes.size());
    for (long[] c : cubes) {
      long mask = 0;
      long value = 0;
      for (int j = 0; j < k; j++) {
        if ((c[0] >>> j & 1L) != 0) {
          mask |= 1L << vars[j];
          if ((c[1] >>> j & 1L) != 0) {
            value |= 1L << vars[j];
          }
        }
      }
      out.add(new StatePattern(mask, value));
    }
    return out;
  }

  /**
   * Minato-Morreale ISOP: appends to {@code out} cubes (mask, value over variables 0..n-1) whose
   * union R satisfies lower ⊆ R ⊆ upper, and returns R's truth table.
   */
  private static boolean[] isop(boolean[] lower, boolean[] upper, int n, List<long[]> out) {
    int size = lower.length;
    if (!any(lower)) {
      return new boolean[size];
    }
    if (all(upper)) {
      out.add(new long[] {0, 0});
      boolean[] r = new boolean[size];
      java.util.Arrays.fill(r, true);
      return r;
    }
    int half = size / 2;
    long bit = 1L << (n - 1);
    boolean[] l0 = slice(lower, 0, half);
    boolean[] l1 = slice(lower, half, half);
    boolean[] u0 = slice(upper, 0, half);
    boolean[] u1 = slice(upper, half, half);

    List<long[]> c0 = new ArrayList<>();
    boolean[] r0 = isop(andNot(l0, u1), u0, n - 1, c0);
    List<long[]> c1 = new ArrayList<>();
    boolean[] r1 = isop(andNot(l1, u0), u1, n - 1, c1);
    boolean[] lStar = new boolean[half];
    boolean[] uStar = new boolean[half];
    for (int i = 0; i < half; i++) {
      lStar[i] = l0[i] && !r0[i] || l1[i] && !r1[i];
      uStar[i] = u0[i] && u1[i];
    }
    List<long[]> cs = new ArrayList<>();
    boolean[] rs = isop(lStar, uStar, n - 1, cs);
    for (long[] c : c0) {
      out.add(new long[] {c[0] | bit, c[1]});
    }
    for (long[] c : c1) {
      out.add(new long[] {c[0] | bit, c[1] | bit});
    }
    out.addAll(cs);
    boolean[] r = new boolean[size];
    for (int i = 0; i < half; i++) {
      r[i] = r0[i] || rs[i];
      r[half + i] = r1[i] || rs[i];
    }
    return r;
  }

  private static boolean any(boolean[] a) {
    for (boolean v : a) {
      if (v) {
        return true;
      }
    }
    return false;
  }

  private static boolean all(boolean[] a) {
    for (boolean v : a) {
      if (!v) {
        return false;
      }
    }
    return true;
  }

  private static boolean[] slice(boolean[] a, int from, int len) {
    boolean[] r = new boolean[len];
    System.arraycopy(a, from, r, 0, len);
    return r;
  }

  private static boolean[] andNot(boolean[] a, boolean[] b) {
    boolean[] r = new boolean[a.length];
    for (int i = 0; i < a.length; i++) {
      r[i] = a[i] && !b[i];
    }
    return r;
  }
}
