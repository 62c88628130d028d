package dev.parley.core.move;

import java.util.Arrays;

/**
 * The unilateral moves of every decision maker: for each decision maker {@code dm} and state {@code
 * s}, the states {@code R_dm(s)} it can reach in one step (docs/semantics.md §1.2).
 *
 * <p>Moves are read through <em>slots</em>: {@code slots(dm, s)} candidate positions, each holding
 * a move's target or -1. An explicit graph stores its moves in compressed sparse rows (every slot
 * full); an option-form graph computes them on the fly from the state code (one slot per subset of
 * the decision maker's options), so a model with millions of states needs no memory for its moves.
 * Hot loops iterate slots with no allocation.
 */
public abstract class MoveGraph {
  private final int stateCount;
  private final int dmCount;

  protected MoveGraph(int stateCount, int dmCount) {
    this.stateCount = stateCount;
    this.dmCount = dmCount;
  }

  /** An explicit graph from compressed sparse rows, one array pair per decision maker. */
  public static MoveGraph explicit(int stateCount, int[][] offsets, int[][] targets) {
    return new ExplicitMoveGraph(stateCount, offsets, targets);
  }

  public final int stateCount() {
    return stateCount;
  }

  public final int dmCount() {
    return dmCount;
  }

  /** The number of candidate slots of {@code dm} at {@code state}. */
  public abstract int slots(int dm, int state);

  /** The target of slot {@code slot}, or -1 when that slot holds no move. */
  public abstract int target(int dm, int state, int slot);

  /**
   * Whether two consecutive moves of one decision maker always compose into one of its moves (or
   * cancel out) — true in option form, where a move is any change of one's own options that
   * respects reversibility between feasible states. Then the endpoints of legal sequences are
   * exactly the endpoints of arbitrary walks (other than the start), and reachability may ignore
   * the rule that no decision maker moves twice in a row.
   */
  public abstract boolean composable();

  /** {@code R_dm(state)}, ascending. */
  public int[] moves(int dm, int state) {
    int n = slots(dm, state);
    int[] out = new int[n];
    int c = 0;
    for (int k = 0; k < n; k++) {
      int t = target(dm, state, k);
      if (t >= 0) {
        out[c++] = t;
      }
    }
    int[] r = Arrays.copyOf(out, c);
    Arrays.sort(r);
    return r;
  }

  public boolean hasMove(int dm, int from, int to) {
    int n = slots(dm, from);
    for (int k = 0; k < n; k++) {
      if (target(dm, from, k) == to) {
        return true;
      }
    }
    return false;
  }

  /** Total number of moves of {@code dm} (counts every state's moves: a full pass). */
  public long moveCount(int dm) {
    long total = 0;
    for (int s = 0; s < stateCount; s++) {
      int n = slots(dm, s);
      for (int k = 0; k < n; k++) {
        if (target(dm, s, k) >= 0) {
          total++;
        }
      }
    }
    return total;
  }
}
