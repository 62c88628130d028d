package dev.parley.core.inverse;

import dev.parley.core.graph.GraphModel;
import dev.parley.core.model.PreferenceSpec;
import dev.parley.core.preference.PreferenceResolver;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The preference profiles an inverse analysis examines: for each decision maker either its current
 * preferences (fixed) or a {@link Variation}, a list of items whose order may change. A profile is
 * one order per varied decision maker ({@code orders[dm]}, null where fixed): {@code order[p]} is
 * the index (in the current order) of the item at position p. The identity order is the current
 * preferences.
 *
 * <p>Two kinds of variation:
 *
 * <ul>
 *   <li>{@link Metric#RANKING}: the items are the tie groups (tiers) at positions {@code from..to}
 *       of the decision maker's current ranking, most preferred first. They are reordered whole:
 *       ties are kept together, never merged or split; tiers outside the slice stay in place.
 *   <li>{@link Metric#STATEMENTS}: the items are the decision maker's prioritized statements; a
 *       profile is another priority order, scored by binary weighting (docs/semantics.md §2.2).
 * </ul>
 *
 * One adjacent swap exchanges two neighbouring items, so the number of swaps between two orders is
 * the number of item pairs they put in opposite order (Kendall's distance over items).
 */
public final class PreferenceSpace {
  /** What a swap exchanges. */
  public enum Metric {
    /** Two neighbouring tiers of a ranking. */
    RANKING,
    /** Two neighbouring statements of a priority list. */
    STATEMENTS
  }

  /**
   * The part of one decision maker's preferences that may change: the items at positions {@code
   * from..to} (0-based, inclusive; for rankings tier positions, most preferred = 0) of its current
   * tiers ({@link Metric#RANKING}: best first, each its states ascending) or of its prioritized
   * statements' truth tables ({@link Metric#STATEMENTS}), over {@code stateCount} states.
   */
  public record Variation(
      int dm, Metric metric, int from, int to, int[][] tiers, boolean[][] truth, int stateCount) {
    /** The number of items that change order. */
    public int size() {
      return to - from + 1;
    }

    /** For {@link Metric#RANKING}: the states of item {@code item} (a tier of the slice). */
    public int[] item(int item) {
      return tiers[from + item];
    }

    /** The decision maker's payoffs when the items are in {@code order}. */
    public int[] payoffs(int[] order) {
      int[] p = new int[stateCount];
      if (metric == Metric.RANKING) {
        int t = tiers.length;
        for (int pos = 0; pos < t; pos++) {
          int tier = pos < from || pos > to ? pos : from + order[pos - from];
          for (int s : tiers[tier]) {
            p[s] = t - pos;
          }
        }
        return p;
      }
      int k = truth.length;
      long[] score = new long[stateCount];
      for (int pos = 0; pos < k; pos++) {
        boolean[] tv = truth[order[pos]];
        long w = 1L << (k - 1 - pos);
        for (int s = 0; s < stateCount; s++) {
          if (tv[s]) {
            score[s] += w;
          }
        }
      }
      return PreferenceResolver.denseRanks(score);
    }

    /** The tier position (0 = best) of each state under {@code order}; rankings only. */
    public int[] tierPositions(int[] order) {
      int[] pos = new int[stateCount];
      for (int q = 0; q < tiers.length; q++) {
        int tier = q < from || q > to ? q : from + order[q - from];
        for (int s : tiers[tier]) {
          pos[s] = q;
        }
      }
      return pos;
    }
  }

  private final GraphModel model;
  private final Variation[] variations;

  private PreferenceSpace(GraphModel model, Variation[] variations) {
    this.model = model;
    this.variations = variations;
  }

  /** No variation: the current profile only. */
  public static PreferenceSpace fixed(GraphModel model) {
    return new PreferenceSpace(model, new Variation[model.dmCount()]);
  }

  /** Every decision maker's whole ranking varies. */
  public static PreferenceSpace wholeRankings(GraphModel model) {
    PreferenceSpace s = fixed(model);
    for (int d = 0; d < model.dmCount(); d++) {
      s = s.withRanking(d, 0, tiers(model, d).length - 1);
    }
    return s;
  }

  /**
   * Every decision maker given by prioritized statements varies its statement order; the others
   * stay fixed.
   */
  public static PreferenceSpace statementOrders(GraphModel model) {
    PreferenceSpace s = fixed(model);
    for (int d = 0; d < model.dmCount(); d++) {
      if (model.conflict().preferences().get(d) instanceof PreferenceSpec.Prioritization p
          && p.statements().size() >= 2) {
        s = s.withStatements(d);
      }
    }
    return s;
  }

  /**
   * The same space with decision maker {@code dm}'s tiers at positions {@code from..to} (0-based,
   * inclusive, 0 = most preferred) varying.
   */
  public PreferenceSpace withRanking(int dm, int from, int to) {
    int[][] t = tiers(model, dm);
    if (from < 0 || to >= t.length || from > to) {
      throw new IllegalArgumentException(
          "positions " + (from + 1) + ".." + (to + 1) + " are outside 1.." + t.length);
    }
    Variation[] v = variations.clone();
    v[dm] = new Variation(dm, Metric.RANKING, from, to, t, null, model.stateCount());
    return new PreferenceSpace(model, v);
  }

  /** The same space with {@code dm}'s statement order varying (it must have statements). */
  public PreferenceSpace withStatements(int dm) {
    if (!(model.conflict().preferences().get(dm) instanceof PreferenceSpec.Prioritization p)) {
      throw new IllegalArgumentException("decision maker " + dm + " has no prioritized statements");
    }
    boolean[][] truth = PreferenceResolver.truthTable(p, model.space());
    if (truth.length > 62) {
      throw new IllegalArgumentException("more than 62 statements");
    }
    Variation[] v = variations.clone();
    v[dm] =
        new Variation(dm, Metric.STATEMENTS, 0, truth.length - 1, null, truth, model.stateCount());
    return new PreferenceSpace(model, v);
  }

  /** The same space restricted to decision maker {@code dm}'s variation (the others fixed). */
  public PreferenceSpace only(int dm) {
    Variation[] v = new Variation[variations.length];
    v[dm] = variations[dm];
    return new PreferenceSpace(model, v);
  }

  public GraphModel model() {
    return model;
  }

  /** The variation of {@code dm}, or null when its preferences are fixed. */
  public Variation variation(int dm) {
    return variations[dm];
  }

  /** The decision makers whose preferences vary, ascending. */
  public int[] varied() {
    return Arrays.stream(variations).filter(v -> v != null).mapToInt(Variation::dm).toArray();
  }

  /**
   * The number of profiles one adjacent swap away from any profile: the first level of a search.
   */
  public long neighbours() {
    long k = 0;
    for (Variation v : variations) {
      if (v != null) {
        k += v.size() - 1;
      }
    }
    return k;
  }

  /** The identity profile: the current preferences. */
  public int[][] identity() {
    int[][] o = new int[variations.length][];
    for (int d = 0; d < o.length; d++) {
      if (variations[d] != null) {
        o[d] = new int[variations[d].size()];
        for (int k = 0; k < o[d].length; k++) {
          o[d][k] = k;
        }
      }
    }
    return o;
  }

  /** The payoffs of a profile. */
  public int[][] payoffs(int[][] orders) {
    int[][] p = new int[variations.length][];
    for (int d = 0; d < p.length; d++) {
      p[d] = variations[d] == null ? model.payoffs(d) : variations[d].payoffs(orders[d]);
    }
    return p;
  }

  /** The number of adjacent swaps from the current preferences to {@code orders}. */
  public static int distance(int[][] orders) {
    int total = 0;
    for (int[] o : orders) {
      if (o != null) {
        total += inversions(o);
      }
    }
    return total;
  }

  static int inversions(int[] o) {
    int inv = 0;
    for (int a = 0; a < o.length; a++) {
      for (int b = a + 1; b < o.length; b++) {
        if (o[a] > o[b]) {
          inv++;
        }
      }
    }
    return inv;
  }

  /** The current tiers of {@code dm}, most preferred first, each with its states ascending. */
  public static int[][] tiers(GraphModel model, int dm) {
    TreeMap<Integer, List<Integer>> byPayoff = new TreeMap<>();
    for (int s = 0; s < model.stateCount(); s++) {
      byPayoff.computeIfAbsent(model.payoff(dm, s), k -> new ArrayList<>()).add(s);
    }
    List<int[]> out = new ArrayList<>();
    for (Map.Entry<Integer, List<Integer>> e : byPayoff.descendingMap().entrySet()) {
      out.add(e.getValue().stream().mapToInt(Integer::intValue).toArray());
    }
    return out.toArray(new int[0][]);
  }
}
