package dev.parley.core.move;

/** Moves stored explicitly in compressed sparse rows, for graph-form models and edited moves. */
final class ExplicitMoveGraph extends MoveGraph {
  private final int[][] offsets;
  private final int[][] targets;

  ExplicitMoveGraph(int stateCount, int[][] offsets, int[][] targets) {
    super(stateCount, offsets.length);
    this.offsets = offsets;
    this.targets = targets;
    for (int d = 0; d < offsets.length; d++) {
      if (offsets[d].length != stateCount + 1) {
        throw new IllegalArgumentException(
            "offsets of dm " + d + " must have stateCount + 1 entries");
      }
    }
  }

  @Override
  public int slots(int dm, int state) {
    return offsets[dm][state + 1] - offsets[dm][state];
  }

  @Override
  public int target(int dm, int state, int slot) {
    return targets[dm][offsets[dm][state] + slot];
  }

  @Override
  public boolean composable() {
    return false;
  }
}
