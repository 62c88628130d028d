package dev.parley.core.inverse;

import dev.parley.core.graph.GraphModel;
import dev.parley.core.reach.LegalReach;
import dev.parley.core.reach.LegalSearch;
import dev.parley.core.stability.Concept;
import dev.parley.core.state.StateSpace;

/**
 * The verdict of every concept at one target state, for payoffs that change from call to call (the
 * moves do not). Everything that does not depend on preferences is computed once: each decision
 * maker's moves from the target, the opponents' legal reach R_{N−i}(q) from each of them, and the
 * opponents' moves from the target for SIM. A verdict then costs a few array look-ups, and for SEQ
 * a breadth-first search over (state, last mover) pairs ({@link LegalSearch}) by the opponents'
 * improvements under the given payoffs.
 *
 * <p>The definitions are those of docs/semantics.md §1.4 and the engine; this class is checked
 * against both in the tests. Not thread-safe (scratch arrays): use {@link #fork()} for another
 * thread.
 */
public final class TargetCheck {
  private final GraphModel model;
  private final int target;
  private final int n;
  private final int m;

  /** {@code own[i]} = R_i(target). */
  private final int[][] own;

  /** {@code reach[i][k]} = R_{N−i}(own[i][k]) by legal sequences of all moves. */
  private final int[][][] reach;

  /** {@code moves[i][x]} = R_i(x), filled on first use. */
  private final int[][][] movesCache;

  /** SIM: {@code simTargets[i][k]} and {@code simDeltas[i][k]}: opponent k's moves from target. */
  private final int[][][] simTargets;

  private final long[][][] simDeltas;
  private final int[][] opponents;

  /** The legal search of SEQ and of the opponents' reach, made on first use (scratch space). */
  private LegalSearch search;

  /** The improvements filter of the last SEQ search's payoffs. */
  private int[][] filterPayoffs;

  private LegalReach.MoveFilter improvements;

  public TargetCheck(GraphModel model, int target) {
    this(model, target, null);
  }

  /**
   * As {@link #TargetCheck(GraphModel, int)}, taking the opponents' reach from a cache shared by
   * the checks of other targets of the same model.
   */
  public TargetCheck(GraphModel model, int target, OpponentReach shared) {
    if (shared != null && shared.model() != model) {
      throw new IllegalArgumentException("the reach cache belongs to another model");
    }
    this.model = model;
    this.target = target;
    this.n = model.dmCount();
    this.m = model.stateCount();
    this.movesCache = new int[n][m][];
    this.own = new int[n][];
    this.reach = new int[n][][];
    this.opponents = new int[n][];
    for (int i = 0; i < n; i++) {
      opponents[i] = model.opponents(i);
      own[i] = moves(i, target);
      reach[i] = new int[own[i].length][];
      for (int k = 0; k < own[i].length; k++) {
        reach[i][k] =
            shared == null ? legalReach(opponents[i], own[i][k]) : shared.get(i, own[i][k], this);
      }
    }
    this.simTargets = new int[n][][];
    this.simDeltas = new long[n][][];
    StateSpace space = model.space();
    long base = space.code(target);
    for (int i = 0; i < n; i++) {
      int[] opp = opponents[i];
      simTargets[i] = new int[opp.length][];
      simDeltas[i] = new long[opp.length][];
      for (int k = 0; k < opp.length; k++) {
        int[] t = moves(opp[k], target);
        simTargets[i][k] = t;
        simDeltas[i][k] = new long[t.length];
        for (int c = 0; c < t.length; c++) {
          simDeltas[i][k][c] = space.code(t[c]) ^ base;
        }
      }
    }
  }

  private TargetCheck(TargetCheck o) {
    this.model = o.model;
    this.target = o.target;
    this.n = o.n;
    this.m = o.m;
    this.own = o.own;
    this.reach = o.reach;
    this.movesCache = new int[n][m][];
    for (int i = 0; i < n; i++) {
      movesCache[i] = o.movesCache[i].clone();
    }
    this.simTargets = o.simTargets;
    this.simDeltas = o.simDeltas;
    this.opponents = o.opponents;
  }

  /** A copy with its own scratch space, for use on another thread. */
  public TargetCheck fork() {
    return new TargetCheck(this);
  }

  public GraphModel model() {
    return model;
  }

  public int target() {
    return target;
  }

  /** R_i(target). */
  public int[] ownMoves(int i) {
    return own[i].clone();
  }

  /** R_{N−i}(q) for the k-th state of {@link #ownMoves}: every legal sequence of the opponents. */
  public int[] opponentsReach(int i, int k) {
    return reach[i][k].clone();
  }

  /** R_i(x), ascending. */
  int[] moves(int i, int x) {
    int[] r = movesCache[i][x];
    if (r == null) {
      r = model.moves().moves(i, x);
      movesCache[i][x] = r;
    }
    return r;
  }

  /** Whether the target is stable for {@code i} under {@code c} with these payoffs. */
  public boolean stable(Concept c, int i, int[][] payoffs) {
    int[] p = payoffs[i];
    int ps = p[target];
    int[] q = own[i];
    for (int k = 0; k < q.length; k++) {
      int s1 = q[k];
      if (p[s1] <= ps) {
        continue;
      }
      boolean ok =
          switch (c) {
            case NASH -> false;
            case GMR -> gmr(i, k, p, ps);
            case SMR -> smr(i, k, p, ps);
            case SEQ -> seq(i, s1, payoffs, ps);
            case SIM -> sim(i, s1, payoffs, ps);
            case SEQSIM -> seq(i, s1, payoffs, ps) || sim(i, s1, payoffs, ps);
          };
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  /** Whether the target is an equilibrium (stable for every decision maker) under {@code c}. */
  public boolean equilibrium(Concept c, int[][] payoffs) {
    for (int i = 0; i < n; i++) {
      if (!stable(c, i, payoffs)) {
        return false;
      }
    }
    return true;
  }

  private boolean gmr(int i, int k, int[] p, int ps) {
    for (int x : reach[i][k]) {
      if (p[x] <= ps) {
        return true;
      }
    }
    return false;
  }

  private boolean smr(int i, int k, int[] p, int ps) {
    outer:
    for (int x : reach[i][k]) {
      if (p[x] > ps) {
        continue;
      }
      for (int y : moves(i, x)) {
        if (p[y] > ps) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }

  /** A legal sequence of the opponents' improvements from s1 to a state no better than ps. */
  private boolean seq(int i, int s1, int[][] payoffs, int ps) {
    int[] p = payoffs[i];
    if (payoffs != filterPayoffs) {
      filterPayoffs = payoffs;
      improvements = LegalSearch.improvements(payoffs);
    }
    return search().search(s1, opponents[i], improvements, x -> p[x] <= ps) >= 0;
  }

  private LegalSearch search() {
    if (search == null) {
      search = new LegalSearch(m, this::moves);
    }
    return search;
  }

  private boolean sim(int i, int s1, int[][] payoffs, int ps) {
    return simSearch(i, 0, model.space().code(s1), false, payoffs, ps);
  }

  private boolean simSearch(int i, int k, long code, boolean moved, int[][] payoffs, int ps) {
    int[] opp = opponents[i];
    if (k == opp.length) {
      if (!moved) {
        return false;
      }
      int c = model.space().indexOf(code);
      return c >= 0 && payoffs[i][c] <= ps;
    }
    if (simSearch(i, k + 1, code, moved, payoffs, ps)) {
      return true;
    }
    int[] pj = payoffs[opp[k]];
    int[] t = simTargets[i][k];
    for (int c = 0; c < t.length; c++) {
      if (pj[t[c]] > pj[target]
          && simSearch(i, k + 1, code ^ simDeltas[i][k][c], true, payoffs, ps)) {
        return true;
      }
    }
    return false;
  }

  /** R_H(s) for H = {@code coalition}, ascending, by the legal search (two nodes per state). */
  int[] legalReach(int[] coalition, int s) {
    LegalSearch ls = search();
    ls.search(s, coalition, LegalReach.MoveFilter.ALL, null);
    return ls.reachedStates();
  }

  /** The SIM combinations for the focal move to {@code s1}: see {@link TargetConditions}. */
  int[][] simTargets(int i) {
    return simTargets[i];
  }

  long[][] simDeltas(int i) {
    return simDeltas[i];
  }

  int[] opponentsOf(int i) {
    return opponents[i];
  }

  /** Whether a concept's verdict for decision maker i depends only on i's own preferences. */
  public static boolean local(Concept c) {
    return c == Concept.NASH || c == Concept.GMR || c == Concept.SMR;
  }
}
