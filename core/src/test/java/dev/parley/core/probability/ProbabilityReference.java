package dev.parley.core.probability;

import dev.parley.core.graph.GraphModel;
import dev.parley.core.stability.Concept;
import dev.parley.core.stability.ReferenceSolver;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The literal reference for the probabilistic concepts and their margins (docs/semantics.md §5.5):
 * the probabilities built pair by pair from the ranking and the stated comparisons, the concepts
 * written with quantifiers over all states, and each margin found by evaluating the verdict on
 * every interval between the distinct values of P_i(·, s). Shares no code with {@link
 * ProbabilityEngine}, {@link Probabilities} or {@code RelationStability}: states and moves come
 * from {@link ReferenceSolver.Literal}, R_{N−i} from {@link ReferenceSolver#legalReach}. Thresholds
 * are handled in half-millionths, so that a midpoint between two millionths is exact.
 */
final class ProbabilityReference {
  private final ReferenceSolver.Literal g;
  private final int n;
  private final int m;

  /** {@code prob[j][q][s]} = P_j(q, s) in millionths. */
  private final int[][][] prob;

  private final int[] tau;
  private final int[][][] moves;
  private final int[][][] improvements;
  private final Map<Long, BitSet> memo = new HashMap<>();

  ProbabilityReference(GraphModel model, ProbabilitySpec spec) {
    this.g = ReferenceSolver.literal(model);
    this.n = g.dmCount();
    this.m = g.stateCount();
    this.prob = new int[n][m][m];
    this.tau = new int[n];
    for (int j = 0; j < n; j++) {
      boolean[][] given = new boolean[m][m];
      for (int q = 0; q < m; q++) {
        for (int s = 0; s < m; s++) {
          prob[j][q][s] = q != s && model.payoff(j, q) > model.payoff(j, s) ? 1_000_000 : 0;
        }
      }
      for (StatedProbability sp : spec.stated().get(j)) {
        for (int a = 0; a < m; a++) {
          for (int b = 0; b < m; b++) {
            if (a != b
                && sp.better().matches(model.space().code(a))
                && sp.worse().matches(model.space().code(b))) {
              prob[j][a][b] = (int) Math.round(sp.p() * 1_000_000);
              given[a][b] = true;
            }
          }
        }
      }
      for (int a = 0; a < m; a++) {
        for (int b = 0; b < m; b++) {
          if (given[a][b] && !given[b][a]) {
            prob[j][b][a] = 1_000_000 - prob[j][a][b];
          }
        }
      }
      Double own = spec.dmThresholds().get(j);
      double t = own != null ? own : spec.threshold() != null ? spec.threshold() : 0.5;
      tau[j] = 2 * (int) Math.round(t * 1_000_000);
    }
    this.moves = new int[n][m][];
    this.improvements = new int[n][m][];
    for (int j = 0; j < n; j++) {
      for (int x = 0; x < m; x++) {
        int jj = j;
        int xx = x;
        moves[j][x] = g.moves(j, x).stream().mapToInt(Integer::intValue).toArray();
        improvements[j][x] =
            g.moves(j, x).stream()
                .filter(y -> 2L * prob[jj][y][xx] > tau[jj])
                .mapToInt(Integer::intValue)
                .toArray();
      }
    }
  }

  /** P_i(q, s) in millionths. */
  int p(int i, int q, int s) {
    return prob[i][q][s];
  }

  /** s2 ∈ R_{N−i}(s1), or reached by the opponents' own τ-improvements at their thresholds. */
  private boolean reaches(int i, int s1, int s2, boolean improving) {
    long key = ((long) i * m + s1) * 2 + (improving ? 1 : 0);
    BitSet r = memo.get(key);
    if (r == null) {
      Set<Integer> opponents = g.opponents(i);
      r = ReferenceSolver.legalReach(improving ? improvements : moves, opponents, s1);
      memo.put(key, r);
    }
    return r.get(s2);
  }

  /** The verdict of i at s under c with i's threshold {@code t2} in half-millionths. */
  boolean isStable(Concept c, int i, int s, long t2) {
    for (int s1 = 0; s1 < m; s1++) {
      // s1 is a τ-improvement: a move of i with P_i(s1, s) > τ
      if (!g.moves(i, s).contains(s1) || !(2L * prob[i][s1][s] > t2)) {
        continue;
      }
      boolean sanctioned = false;
      for (int s2 = 0; s2 < m && !sanctioned && c != Concept.NASH; s2++) {
        boolean effective = 2L * prob[i][s2][s] <= t2;
        if (!effective) {
          continue;
        }
        if (c == Concept.GMR) {
          sanctioned = reaches(i, s1, s2, false);
        } else if (c == Concept.SEQ) {
          sanctioned = reaches(i, s1, s2, true);
        } else if (reaches(i, s1, s2, false)) {
          boolean escape = false;
          for (int s3 : moves[i][s2]) {
            escape |= 2L * prob[i][s3][s] > t2;
          }
          sanctioned = !escape;
        }
      }
      if (!sanctioned) {
        return false;
      }
    }
    return true;
  }

  /** The verdict at the model's thresholds, and its margin. */
  Margin margin(Concept c, int i, int s) {
    long here = tau[i];
    boolean v = isStable(c, i, s, here);
    TreeSet<Integer> cuts = new TreeSet<>();
    cuts.add(0);
    for (int x = 0; x < m; x++) {
      if (x != s && prob[i][x][s] < 1_000_000) {
        cuts.add(prob[i][x][s]);
      }
    }
    int lower = -1;
    // downwards: the first cut t ≤ τ below which (on the interval just under t) the verdict differs
    Integer t = cuts.floor((int) (here / 2));
    while (t != null && t > 0) {
      Integer prev = cuts.lower(t);
      long below = (long) prev + t; // the midpoint of [prev, t), in half-millionths
      if (isStable(c, i, s, below) != v) {
        lower = t;
        break;
      }
      t = prev;
    }
    int upper = -1;
    for (int u : cuts.tailSet((int) (here / 2), false)) {
      if (isStable(c, i, s, 2L * u) != v) {
        upper = u;
        break;
      }
    }
    int at = (int) (here / 2);
    boolean down = lower >= 0 && (upper < 0 || at - lower <= upper - at);
    int flip = down ? lower : upper;
    List<Integer> deciding = new ArrayList<>();
    List<Integer> others = new ArrayList<>();
    if (flip >= 0) {
      for (int x = 0; x < m; x++) {
        if (x != s && prob[i][x][s] == flip) {
          (g.moves(i, s).contains(x) ? deciding : others).add(x);
        }
      }
    }
    return new Margin(v, at, lower, upper, deciding, others);
  }
}
