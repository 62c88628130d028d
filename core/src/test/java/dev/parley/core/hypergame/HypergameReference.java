package dev.parley.core.hypergame;

import dev.parley.core.graph.GraphModel;
import dev.parley.core.stability.Concept;
import dev.parley.core.stability.ReferenceSolver;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The literal reference of docs/semantics.md §6: one decision maker's perceived game written out
 * from the definitions, with no code shared with {@link PerceivedGame} or the engine. Moves come
 * from the literal graph model of the true conflict ({@link ReferenceSolver#literal}); every arc to
 * or from a hidden state is dropped; the holder's own payoffs are the true ones and the others' the
 * believed ones; reachability is the literal fixed point {@link ReferenceSolver#legalReach}.
 */
final class HypergameReference {
  private final int n;
  private final int m;
  private final BitSet hidden;
  private final int[][] payoff;
  private final int[][][] moves;
  private final int[][][] improvements;
  private final ReferenceSolver.Literal literal;
  private final Map<Long, Integer> stateOfCode = new HashMap<>();

  /** The game of {@code holder}: {@code believed[d]} null means the truth. */
  HypergameReference(GraphModel truth, int holder, int[][] believed, BitSet hidden) {
    this.literal = ReferenceSolver.literal(truth);
    this.n = literal.dmCount();
    this.m = literal.stateCount();
    this.hidden = hidden;
    this.payoff = new int[n][];
    for (int d = 0; d < n; d++) {
      payoff[d] =
          d == holder || believed == null || believed[d] == null ? truth.payoffs(d) : believed[d];
    }
    moves = new int[n][m][];
    improvements = new int[n][m][];
    for (int j = 0; j < n; j++) {
      for (int x = 0; x < m; x++) {
        int jj = j;
        int xx = x;
        moves[j][x] =
            hidden.get(x)
                ? new int[0]
                : literal.moves(j, x).stream()
                    .mapToInt(Integer::intValue)
                    .filter(y -> !hidden.get(y))
                    .toArray();
        improvements[j][x] =
            java.util.Arrays.stream(moves[j][x])
                .filter(y -> payoff[jj][y] > payoff[jj][xx])
                .toArray();
      }
    }
    for (int s = 0; s < m; s++) {
      stateOfCode.put(literal.code(s), s);
    }
  }

  boolean sees(int s) {
    return !hidden.get(s);
  }

  private boolean notBetter(int i, int q, int s) {
    return payoff[i][q] <= payoff[i][s];
  }

  private Set<Integer> opponents(int i) {
    Set<Integer> o = new LinkedHashSet<>();
    for (int j = 0; j < n; j++) {
      if (j != i) {
        o.add(j);
      }
    }
    return o;
  }

  /** Whether visible state s is stable for i under c in this game. */
  boolean isStable(Concept c, int i, int s) {
    for (int s1 : improvements[i][s]) {
      if (!sanctioned(c, i, s, s1)) {
        return false;
      }
    }
    return true;
  }

  private boolean sanctioned(Concept c, int i, int s, int s1) {
    switch (c) {
      case NASH:
        return false;
      case GMR:
        return anyNotBetter(ReferenceSolver.legalReach(moves, opponents(i), s1), i, s);
      case SEQ:
        return anyNotBetter(ReferenceSolver.legalReach(improvements, opponents(i), s1), i, s);
      case SMR:
        BitSet r = ReferenceSolver.legalReach(moves, opponents(i), s1);
        for (int s2 = r.nextSetBit(0); s2 >= 0; s2 = r.nextSetBit(s2 + 1)) {
          if (!notBetter(i, s2, s)) {
            continue;
          }
          boolean noEscape = true;
          for (int s3 : moves[i][s2]) {
            noEscape &= notBetter(i, s3, s);
          }
          if (noEscape) {
            return true;
          }
        }
        return false;
      case SIM:
        return sim(i, s, s1);
      case SEQSIM:
        return sanctioned(Concept.SEQ, i, s, s1) || sim(i, s, s1);
      default:
        throw new IllegalArgumentException(c.label());
    }
  }

  private boolean anyNotBetter(BitSet r, int i, int s) {
    for (int s2 = r.nextSetBit(0); s2 >= 0; s2 = r.nextSetBit(s2 + 1)) {
      if (notBetter(i, s2, s)) {
        return true;
      }
    }
    return false;
  }

  /**
   * SIM in this game: opponents each stay or make one of their improvements from s (in this game),
   * at least one moving; the combined state must be feasible and visible, and no better for i.
   */
  private boolean sim(int i, int s, int s1) {
    int[] opp = opponents(i).stream().mapToInt(Integer::intValue).toArray();
    return combine(i, s, opp, 0, literal.code(s1), false);
  }

  private boolean combine(int i, int s, int[] opp, int k, long code, boolean moved) {
    if (k == opp.length) {
      Integer c = stateOfCode.get(code);
      return moved && c != null && sees(c) && notBetter(i, c, s);
    }
    if (combine(i, s, opp, k + 1, code, moved)) {
      return true;
    }
    for (int t : improvements[opp[k]][s]) {
      long delta = literal.code(t) ^ literal.code(s);
      if (combine(i, s, opp, k + 1, code ^ delta, true)) {
        return true;
      }
    }
    return false;
  }
}
