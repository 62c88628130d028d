package dev.parley.core.strength;

import dev.parley.core.graph.GraphModel;
import dev.parley.core.model.PreferenceSpec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The "greatly preferred" relation of every decision maker, resolved to states (docs/semantics.md
 * §5.4). q ≫_i r holds when
 *
 * <ul>
 *   <li>i declares some pair (b, w) greatly preferred with q ≿_i b and w ≿_i r (the declared pair,
 *       closed under the chain rules s ≫ q ≿ r ⇒ s ≫ r and s ≿ q ≫ r ⇒ s ≫ r), or
 *   <li>i's payoff gap g is set and payoff_i(q) − payoff_i(r) ≥ g, in the payoffs as written.
 * </ul>
 *
 * Both parts are closed under the chain rules, so is their union, and q ≫ r implies q ≻ r. The
 * relation is therefore a threshold per state: q ≫_i r iff p_i(r) ≤ {@link #greatBelow}(i, q), with
 * p_i the dense-rank payoffs of the graph model. Immutable.
 */
public final class Strength {
  /** The threshold of a state that i prefers greatly to nothing. */
  public static final int NOTHING = Integer.MIN_VALUE;

  private final int[][] below;
  private final boolean declared;
  private final StrengthSpec spec;

  private Strength(int[][] below, boolean declared, StrengthSpec spec) {
    this.below = below;
    this.declared = declared;
    this.spec = spec;
  }

  /** No great preference at all: every strict preference is mild. */
  public static Strength none(GraphModel model) {
    int[][] b = new int[model.dmCount()][model.stateCount()];
    for (int[] row : b) {
      Arrays.fill(row, NOTHING);
    }
    return new Strength(b, false, null);
  }

  /**
   * The relation a model declares. A gap needs payoffs as written ({@link PreferenceSpec.Payoffs});
   * io reports that, and a declared pair that is not a strict preference, at their place in the
   * file before this is called.
   *
   * @throws IllegalArgumentException for a gap without payoffs or a pair that is no strict
   *     preference
   */
  public static Strength of(GraphModel model, StrengthSpec spec) {
    int n = model.dmCount();
    List<List<int[]>> pairs = new ArrayList<>();
    double[] gaps = new double[n];
    double[][] values = new double[n][];
    for (int d = 0; d < n; d++) {
      StrengthSpec.Party party = spec.party(d);
      List<int[]> ps = new ArrayList<>();
      for (GreatPreference g : party.greatly()) {
        int[] better = model.space().matching(g.better());
        int[] worse = model.space().matching(g.worse());
        if (better.length == 0 || worse.length == 0) {
          throw new IllegalArgumentException(
              "a great preference of DM " + (d + 1) + " names no state");
        }
        for (int b : better) {
          for (int w : worse) {
            ps.add(new int[] {b, w});
          }
        }
      }
      pairs.add(ps);
      gaps[d] = party.greatGap() == null ? Double.NaN : party.greatGap();
      if (party.greatGap() != null) {
        values[d] = writtenPayoffs(model, d);
      }
    }
    Strength s = declared(model, pairs, gaps, values);
    return new Strength(s.below, s.declared, spec);
  }

  /**
   * The relation from pairs of states and gaps: {@code pairs.get(i)} holds {better, worse} state
   * indices declared by i; {@code gaps[i]} (NaN: none) is measured in {@code values[i]}, one value
   * per state ordered as i's payoffs (null where i has no gap).
   */
  public static Strength declared(
      GraphModel model, List<List<int[]>> pairs, double[] gaps, double[][] values) {
    int n = model.dmCount();
    int m = model.stateCount();
    int[][] b = new int[n][m];
    boolean any = false;
    for (int d = 0; d < n; d++) {
      int[] p = model.payoffs(d);
      int[] row = b[d];
      Arrays.fill(row, NOTHING);
      List<int[]> ps = d < pairs.size() ? pairs.get(d) : List.of();
      // per payoff level of the better state, the best worse state declared: then a prefix maximum
      int[] levels = p.clone();
      Arrays.sort(levels);
      int[] bestWorse = new int[m];
      Arrays.fill(bestWorse, NOTHING);
      for (int[] pair : ps) {
        if (p[pair[0]] <= p[pair[1]]) {
          throw new IllegalArgumentException(
              "DM "
                  + (d + 1)
                  + " does not strictly prefer state "
                  + (pair[0] + 1)
                  + " to state "
                  + (pair[1] + 1));
        }
        int at = Arrays.binarySearch(levels, p[pair[0]]);
        bestWorse[at] = Math.max(bestWorse[at], p[pair[1]]);
        any = true;
      }
      for (int k = 1; k < m; k++) {
        bestWorse[k] = Math.max(bestWorse[k], bestWorse[k - 1]);
      }
      for (int q = 0; q < m; q++) {
        // the last level at or below p[q]
        int at = lastAtOrBelow(levels, p[q]);
        row[q] = bestWorse[at];
      }
      if (d < gaps.length && !Double.isNaN(gaps[d])) {
        any = true;
        gap(p, values[d], gaps[d], row, d);
      }
    }
    return new Strength(b, any, null);
  }

  private static void gap(int[] p, double[] v, double gap, int[] row, int d) {
    if (!(gap > 0) || Double.isInfinite(gap)) {
      throw new IllegalArgumentException("a great gap must be a positive number: " + gap);
    }
    int m = p.length;
    Integer[] order = new Integer[m];
    for (int s = 0; s < m; s++) {
      order[s] = s;
    }
    Arrays.sort(order, (x, y) -> Double.compare(v[x], v[y]));
    double[] sorted = new double[m];
    // the best payoff among the states of value at most sorted[k]
    int[] bestUpTo = new int[m];
    for (int k = 0; k < m; k++) {
      int s = order[k];
      sorted[k] = v[s];
      bestUpTo[k] = Math.max(p[s], k == 0 ? NOTHING : bestUpTo[k - 1]);
      if (k > 0 && Integer.compare(p[order[k - 1]], p[s]) != Double.compare(sorted[k - 1], v[s])) {
        throw new IllegalArgumentException(
            "the values of DM " + (d + 1) + " are not ordered as its payoffs");
      }
    }
    for (int q = 0; q < m; q++) {
      int at = lastAtOrBelow(sorted, v[q] - gap);
      if (at >= 0) {
        row[q] = Math.max(row[q], bestUpTo[at]);
      }
    }
  }

  /** The payoff of each state as written in a payoff list. */
  private static double[] writtenPayoffs(GraphModel model, int d) {
    if (!(model.conflict().preferences().get(d) instanceof PreferenceSpec.Payoffs pay)
        || pay.entries().isEmpty()) {
      throw new IllegalArgumentException(
          "a great gap of DM " + (d + 1) + " needs preferences given as payoffs");
    }
    double[] v = new double[model.stateCount()];
    for (PreferenceSpec.Payoffs.Entry e : pay.entries()) {
      for (int s : model.space().matching(e.pattern())) {
        v[s] = e.value();
      }
    }
    return v;
  }

  private static int lastAtOrBelow(int[] sorted, int key) {
    int lo = 0;
    int hi = sorted.length - 1;
    int out = -1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted[mid] <= key) {
        out = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return out;
  }

  private static int lastAtOrBelow(double[] sorted, double key) {
    int lo = 0;
    int hi = sorted.length - 1;
    int out = -1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted[mid] <= key) {
        out = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return out;
  }

  /**
   * The highest payoff (dense rank) of a state that {@code dm} finds greatly worse than {@code
   * state}; {@link #NOTHING} when there is none.
   */
  public int greatBelow(int dm, int state) {
    return below[dm][state];
  }

  /** The declarations this was resolved from, or null when it was given as pairs of states. */
  public StrengthSpec spec() {
    return spec;
  }

  /** Whether some decision maker declares a great preference (a pair or a gap). */
  public boolean isDeclared() {
    return declared;
  }
}
