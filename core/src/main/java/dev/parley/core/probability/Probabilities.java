package dev.parley.core.probability;

import dev.parley.core.graph.GraphModel;
import dev.parley.core.state.StateSpace;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Every decision maker's probability P_i(q, s) that it prefers q to s (docs/semantics.md §5.5), in
 * millionths. A comparison the model states has its stated value; its reverse, unless also stated,
 * has the rest (1 − p). Every other comparison follows the ranking: 1 when i prefers q to s, 0 when
 * it prefers s to q or is indifferent (ties are certain indifference). P_i(s, s) = 0.
 */
public final class Probabilities {
  /** One, in millionths. */
  public static final int ONE = 1_000_000;

  private final int[][] payoffs;
  private final List<Map<Long, Integer>> stated;
  private final int m;

  private Probabilities(int[][] payoffs, List<Map<Long, Integer>> stated, int m) {
    this.payoffs = payoffs;
    this.stated = stated;
    this.m = m;
  }

  /** {@code p} in millionths, rounded to the nearest. */
  public static int micro(double p) {
    return (int) Math.round(p * ONE);
  }

  /** Millionths back to a probability. */
  public static double fromMicro(int micro) {
    return micro / (double) ONE;
  }

  /**
   * The probabilities of {@code model} with {@code spec}'s stated comparisons.
   *
   * @throws IllegalArgumentException when a comparison and its reverse are stated with a sum above
   *     1, or a stated pattern names the same state on both sides
   */
  public static Probabilities of(GraphModel model, ProbabilitySpec spec) {
    int n = model.dmCount();
    if (spec.stated().size() != n) {
      throw new IllegalArgumentException(
          "probabilities for " + spec.stated().size() + " decision makers, the model has " + n);
    }
    int m = model.stateCount();
    StateSpace space = model.space();
    List<Map<Long, Integer>> maps = new java.util.ArrayList<>();
    for (int d = 0; d < n; d++) {
      Map<Long, Integer> given = new HashMap<>();
      for (StatedProbability sp : spec.stated().get(d)) {
        for (int a : space.matching(sp.better())) {
          for (int b : space.matching(sp.worse())) {
            if (a != b) {
              given.put(key(m, a, b), micro(sp.p()));
            }
          }
        }
      }
      Map<Long, Integer> all = new HashMap<>(given);
      for (Map.Entry<Long, Integer> e : given.entrySet()) {
        long reverse = reverse(m, e.getKey());
        Integer r = given.get(reverse);
        if (r == null) {
          all.put(reverse, ONE - e.getValue());
        } else if (r + e.getValue() > ONE) {
          throw new IllegalArgumentException(
              "decision maker "
                  + (d + 1)
                  + ": P(q, s) + P(s, q) exceeds 1 for states "
                  + (e.getKey() / m + 1)
                  + " and "
                  + (e.getKey() % m + 1));
        }
      }
      maps.add(all);
    }
    int[][] payoffs = new int[n][];
    for (int d = 0; d < n; d++) {
      payoffs[d] = model.payoffs(d);
    }
    return new Probabilities(payoffs, maps, m);
  }

  /** The probabilities of the ranking alone: 1, 0, and 0 for ties. */
  public static Probabilities crisp(GraphModel model) {
    return of(model, ProbabilitySpec.none(model.dmCount()));
  }

  private static long key(int m, int q, int s) {
    return (long) q * m + s;
  }

  private static long reverse(int m, long key) {
    return (key % m) * m + key / m;
  }

  /** P_{dm}(q, s) in millionths. */
  public int micro(int dm, int q, int s) {
    if (q == s) {
      return 0;
    }
    Map<Long, Integer> given = stated.get(dm);
    if (!given.isEmpty()) {
      Integer p = given.get(key(m, q, s));
      if (p != null) {
        return p;
      }
    }
    return payoffs[dm][q] > payoffs[dm][s] ? ONE : 0;
  }

  /** P_{dm}(q, s). */
  public double p(int dm, int q, int s) {
    return fromMicro(micro(dm, q, s));
  }

  /** Whether the model states P_{dm}(q, s), directly or as the rest of its reverse. */
  public boolean isStated(int dm, int q, int s) {
    return stated.get(dm).containsKey(key(m, q, s));
  }

  /** Whether some decision maker has a stated comparison. */
  public boolean anyStated() {
    return stated.stream().anyMatch(g -> !g.isEmpty());
  }

  /**
   * The thresholds at which {@code dm}'s verdicts can change, ascending: 0 and every distinct value
   * of P_{dm} below 1 (a verdict is the same for all τ between two neighbours, §5.5).
   */
  public int[] breakpoints(int dm) {
    TreeSet<Integer> out = new TreeSet<>();
    out.add(0);
    for (int p : stated.get(dm).values()) {
      if (p < ONE) {
        out.add(p);
      }
    }
    return out.stream().mapToInt(Integer::intValue).toArray();
  }

  public int stateCount() {
    return m;
  }
}
