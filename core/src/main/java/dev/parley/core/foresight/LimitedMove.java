package dev.parley.core.foresight;

import dev.parley.core.graph.GraphModel;
import dev.parley.core.move.MoveGraph;
import java.util.BitSet;

/**
 * Limited-move stability L_h and non-myopic stability NM for two decision makers (Kilgour 1985;
 * Zagare 1984; docs/semantics.md §1.5).
 *
 * <p>G_h(i, s) is the anticipated final state when i is about to move at s with h moves left:
 * G_0(i, s) = s; for h ≥ 1, i moves to the q in R_i(s) whose anticipated outcome G_{h−1}(j, q) it
 * likes best, provided that outcome is strictly better for i than s; otherwise it stays and the
 * process stops. A move need not itself be an improvement. s is L_h-stable for i iff G_h(i, s) = s.
 *
 * <p><b>Ties.</b> When i is indifferent between the best anticipated outcomes, the choice is open.
 * This class computes the set of every outcome some tie resolution produces, choosing independently
 * at each (h, decision maker, state) node, and reports L_h-stability "under every tie resolution"
 * (the only possible outcome is s) and "under some" (s is a possible outcome). With strict
 * preferences the two coincide.
 */
public final class LimitedMove {
  private final GraphModel model;
  private final MoveGraph g;
  private final int m;

  /** Per decision maker and horizon: the stable states. */
  public record Verdicts(BitSet[] stableUnderEvery, BitSet[] stableUnderSome) {}

  public LimitedMove(GraphModel model) {
    if (model.dmCount() != 2) {
      throw new IllegalArgumentException(
          "limited-move and non-myopic stability are defined here for two decision makers; this"
              + " model has "
              + model.dmCount());
    }
    this.model = model;
    this.g = model.moves();
    this.m = model.stateCount();
  }

  /** L_h verdicts for h = 1..maxH: {@code result[h-1]}. */
  public Verdicts[] horizons(int maxH) {
    Verdicts[] out = new Verdicts[maxH];
    BitSet[][] level = initial();
    for (int h = 1; h <= maxH; h++) {
      level = step(level);
      out[h - 1] = verdicts(level);
    }
    return out;
  }

  /** L_h verdicts for one horizon. */
  public Verdicts horizon(int h) {
    return horizons(h)[h - 1];
  }

  /**
   * Non-myopic stability: for each decision maker, the states L_h-stable (under every tie
   * resolution) for every h in the window [4m, 8m], those L_h-unstable for every such h, and the
   * rest, whose verdict does not settle ("no limit").
   */
  public NonMyopic nonMyopic() {
    int lo = 4 * m;
    int hi = 8 * m;
    BitSet[] stable = new BitSet[2];
    BitSet[] unstable = new BitSet[2];
    for (int i = 0; i < 2; i++) {
      stable[i] = new BitSet();
      stable[i].set(0, m);
      unstable[i] = new BitSet();
      unstable[i].set(0, m);
    }
    BitSet[][] level = initial();
    for (int h = 1; h <= hi; h++) {
      level = step(level);
      if (h >= lo) {
        Verdicts v = verdicts(level);
        for (int i = 0; i < 2; i++) {
          stable[i].and(v.stableUnderEvery()[i]);
          unstable[i].andNot(v.stableUnderEvery()[i]);
        }
      }
    }
    BitSet[] noLimit = new BitSet[2];
    for (int i = 0; i < 2; i++) {
      noLimit[i] = new BitSet();
      noLimit[i].set(0, m);
      noLimit[i].andNot(stable[i]);
      noLimit[i].andNot(unstable[i]);
    }
    return new NonMyopic(stable, unstable, noLimit, lo, hi);
  }

  /** NM verdicts per decision maker and the window of horizons examined. */
  public record NonMyopic(
      BitSet[] stable, BitSet[] unstable, BitSet[] noLimit, int fromHorizon, int toHorizon) {
    /** States NM-stable for both decision makers. */
    public BitSet equilibria() {
      BitSet e = (BitSet) stable[0].clone();
      e.and(stable[1]);
      return e;
    }
  }

  /** The possible anticipated outcomes G_h(i, s) at the horizon last computed by {@link #step}. */
  private BitSet[][] initial() {
    BitSet[][] level = new BitSet[2][m];
    for (int i = 0; i < 2; i++) {
      for (int s = 0; s < m; s++) {
        BitSet b = new BitSet(m);
        b.set(s);
        level[i][s] = b;
      }
    }
    return level;
  }

  private BitSet[][] step(BitSet[][] prev) {
    BitSet[][] next = new BitSet[2][m];
    for (int i = 0; i < 2; i++) {
      int j = 1 - i;
      int[] p = model.payoffs(i);
      for (int s = 0; s < m; s++) {
        int[] tg = g.moves(i, s);
        int from = 0;
        int end = tg.length;
        // worst possible outcome of each move, and the two largest of those minima
        int max1 = Integer.MIN_VALUE;
        int max2 = Integer.MIN_VALUE;
        int argMax1 = -1;
        int[] minP = new int[end - from];
        for (int k = from; k < end; k++) {
          BitSet outcomes = prev[j][tg[k]];
          int min = Integer.MAX_VALUE;
          for (int o = outcomes.nextSetBit(0); o >= 0; o = outcomes.nextSetBit(o + 1)) {
            min = Math.min(min, p[o]);
          }
          minP[k - from] = min;
          if (min > max1) {
            max2 = max1;
            max1 = min;
            argMax1 = k;
          } else if (min > max2) {
            max2 = min;
          }
        }
        BitSet result = new BitSet(m);
        // staying is possible when, under some choice, no move promises more than s
        if (end == from || max1 <= p[s]) {
          result.set(s);
        }
        for (int k = from; k < end; k++) {
          int maxOther = k == argMax1 ? max2 : max1;
          BitSet outcomes = prev[j][tg[k]];
          for (int o = outcomes.nextSetBit(0); o >= 0; o = outcomes.nextSetBit(o + 1)) {
            // o is chosen iff it beats staying and no other move can be made to promise more
            if (p[o] > p[s] && maxOther <= p[o]) {
              result.set(o);
            }
          }
        }
        next[i][s] = result;
      }
    }
    return next;
  }

  private Verdicts verdicts(BitSet[][] level) {
    BitSet[] every = new BitSet[2];
    BitSet[] some = new BitSet[2];
    for (int i = 0; i < 2; i++) {
      every[i] = new BitSet(m);
      some[i] = new BitSet(m);
      for (int s = 0; s < m; s++) {
        BitSet b = level[i][s];
        if (b.get(s)) {
          some[i].set(s);
          if (b.cardinality() == 1) {
            every[i].set(s);
          }
        }
      }
    }
    return new Verdicts(every, some);
  }
}
