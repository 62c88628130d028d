package dev.parley.core.attitude;

import dev.parley.core.graph.GraphModel;
import dev.parley.core.stability.ReferenceSolver;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The literal reference for the relational concepts: the definitions of docs/semantics.md §3.4 and
 * §5.3 written out with quantifiers over all states, sharing no code with {@link RelationalEngine}
 * or {@link RelationalPreference}. States and moves come from {@link ReferenceSolver.Literal}
 * (enumerated from the conflict, not from the engine's move graph), and R_{N−i} from its fixed
 * point {@link ReferenceSolver#legalReach}. Slow; a test oracle only.
 */
final class RelationalReference {
  private final ReferenceSolver.Literal g;
  private final int n;
  private final int m;
  private final int[][] payoff;
  private final int[][] e;
  private final boolean strict;

  /** {@code moves[j][x]} = R_j(x); {@code relational[j][x]}: j's relational improvements. */
  private final int[][][] moves;

  private final int[][][] relational;
  private final Map<Long, BitSet> memo = new HashMap<>();

  RelationalReference(GraphModel model, Attitudes attitudes, RelationalPreference.Reading reading) {
    this.g = ReferenceSolver.literal(model);
    this.n = g.dmCount();
    this.m = g.stateCount();
    this.payoff = new int[n][m];
    for (int j = 0; j < n; j++) {
      for (int s = 0; s < m; s++) {
        payoff[j][s] = model.payoff(j, s);
      }
    }
    this.e = new int[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        e[i][j] = attitudes.attitude(i, j);
      }
    }
    this.strict = reading == RelationalPreference.Reading.STRICT;
    this.moves = new int[n][m][];
    this.relational = new int[n][m][];
    for (int j = 0; j < n; j++) {
      for (int x = 0; x < m; x++) {
        int jj = j;
        int xx = x;
        moves[j][x] = g.moves(j, x).stream().mapToInt(Integer::intValue).toArray();
        relational[j][x] =
            g.moves(j, x).stream()
                .filter(y -> relationalImprovement(jj, y, xx))
                .mapToInt(Integer::intValue)
                .toArray();
      }
    }
  }

  /** Every concept, every decision maker, every state. */
  Map<RelationalConcept, BitSet[]> analyze() {
    Map<RelationalConcept, BitSet[]> out = new EnumMap<>(RelationalConcept.class);
    for (RelationalConcept c : RelationalConcept.values()) {
      BitSet[] sets = new BitSet[n];
      for (int i = 0; i < n; i++) {
        sets[i] = new BitSet(m);
        for (int s = 0; s < m; s++) {
          sets[i].set(s, isStable(c, i, s));
        }
      }
      out.put(c, sets);
    }
    return out;
  }

  /** c_ij(q, s) = e_ij · sign(payoff_j(q) − payoff_j(s)). */
  int c(int i, int j, int q, int s) {
    return e[i][j] * Integer.signum(payoff[j][q] - payoff[j][s]);
  }

  /**
   * q is a relational improvement of s for i: q ≠ s and c_ij(q, s) ≥ 0 for every j; in the strict
   * reading also c_ij(q, s) &gt; 0 for some j.
   */
  boolean relationalImprovement(int i, int q, int s) {
    if (q == s) {
      return false;
    }
    boolean some = false;
    for (int j = 0; j < n; j++) {
      if (c(i, j, q, s) < 0) {
        return false;
      }
      some |= c(i, j, q, s) > 0;
    }
    return !strict || some;
  }

  /** q ∈ R_i(s). */
  private boolean move(int i, int s, int q) {
    for (int y : moves[i][s]) {
      if (y == q) {
        return true;
      }
    }
    return false;
  }

  /** q ∈ RR_i(s): a move of i from s that is a relational improvement. */
  boolean relationalReply(int i, int s, int q) {
    return move(i, s, q) && relationalImprovement(i, q, s);
  }

  /** s2 ∈ R_{N−i}(s1), or R^{R+}_{N−i}(s1) (the opponents' relational improvements). */
  private boolean reaches(int i, int s1, int s2, boolean relationalOnly) {
    long key = ((long) i * m + s1) * 2 + (relationalOnly ? 1 : 0);
    BitSet r = memo.get(key);
    if (r == null) {
      Set<Integer> opponents = g.opponents(i);
      r = ReferenceSolver.legalReach(relationalOnly ? relational : moves, opponents, s1);
      memo.put(key, r);
    }
    return r.get(s2);
  }

  /** s2 is an effective sanction against i at s: not a relational improvement of s. */
  private boolean effective(int i, int s, int s2) {
    return !relationalImprovement(i, s2, s);
  }

  boolean isStable(RelationalConcept c, int i, int s) {
    // for all s1 in S: s1 ∈ RR_i(s) implies the concept's sanction exists
    for (int s1 = 0; s1 < m; s1++) {
      if (relationalReply(i, s, s1) && !sanctioned(c, i, s, s1)) {
        return false;
      }
    }
    return true;
  }

  /** Some s2 sanctions i's relational reply s1 from s as concept c asks (never for RNash). */
  boolean sanctioned(RelationalConcept c, int i, int s, int s1) {
    for (int s2 = 0; s2 < m; s2++) {
      boolean sanctioned =
          switch (c) {
            case RNASH -> false;
            case RGMR -> reaches(i, s1, s2, false) && effective(i, s, s2);
            case RSMR -> {
              boolean escape = false;
              for (int s3 : moves[i][s2]) { // for all s3 ∈ R_i(s2)
                escape |= relationalImprovement(i, s3, s);
              }
              yield reaches(i, s1, s2, false) && effective(i, s, s2) && !escape;
            }
            case RSEQ -> reaches(i, s1, s2, true) && effective(i, s, s2);
          };
      if (sanctioned) {
        return true;
      }
    }
    return false;
  }
}
