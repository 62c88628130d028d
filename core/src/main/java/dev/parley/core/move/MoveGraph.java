package dev.parley.core.move;

/**
 * The unilateral moves of every decision maker: for each decision maker {@code dm} and state {@code
 * s}, the states {@code R_dm(s)} it can reach in one step (spec 1.2). Moves are stored in
 * compressed sparse rows, one array pair per decision maker, so the whole graph costs a few ints
 * per move and no object per state.
 */
public final class MoveGraph {
  private final int stateCount;
  private final int[][] offsets;
  private final int[][] targets;

  /**
   * @param offsets per decision maker, {@code stateCount + 1} ascending offsets into targets
   * @param targets per decision maker, the target states of each state's moves
   */
  public MoveGraph(int stateCount, int[][] offsets, int[][] targets) {
    this.stateCount = stateCount;
    this.offsets = offsets;
    this.targets = targets;
    for (int d = 0; d < offsets.length; d++) {
      if (offsets[d].length != stateCount + 1) {
        throw new IllegalArgumentException(
            "offsets of dm " + d + " must have stateCount + 1 entries");
      }
    }
  }

  public int stateCount() {
    return stateCount;
  }

  public int dmCount() {
    return offsets.length;
  }

  /** Start (inclusive) of the moves of {@code dm} from {@code state} in {@link #targets(int)}. */
  public int start(int dm, int state) {
    return offsets[dm][state];
  }

  /** End (exclusive) of the moves of {@code dm} from {@code state}. */
  public int end(int dm, int state) {
    return offsets[dm][state + 1];
  }

  /** The shared target array of {@code dm}; read only between {@link #start} and {@link #end}. */
  public int[] targets(int dm) {
    return targets[dm];
  }

  /** A copy of {@code R_dm(state)}. */
  public int[] moves(int dm, int state) {
    return java.util.Arrays.copyOfRange(targets[dm], offsets[dm][state], offsets[dm][state + 1]);
  }

  public boolean hasMove(int dm, int from, int to) {
    for (int k = offsets[dm][from]; k < offsets[dm][from + 1]; k++) {
      if (targets[dm][k] == to) {
        return true;
      }
    }
    return false;
  }

  /** Total number of moves of {@code dm}. */
  public int moveCount(int dm) {
    return offsets[dm][stateCount];
  }
}
