package dev.parley.core.move;

import dev.parley.core.model.Reversibility;
import dev.parley.core.state.StateSpace;

/**
 * The moves of an option-form conflict, computed on the fly: slot {@code k} of decision maker
 * {@code dm} flips the k-th non-empty subset of its options; the slot is empty when that violates
 * reversibility or leads to an infeasible state. Costs no memory per state.
 */
public final class OptionMoveGraph extends MoveGraph {
  private final StateSpace space;
  private final long[][] flips;
  private final long[] ownMasks;
  private final long forward;
  private final long backward;

  OptionMoveGraph(StateSpace space, long[] ownMasks, long forward, long backward) {
    super(space.size(), ownMasks.length);
    this.space = space;
    this.ownMasks = ownMasks.clone();
    this.forward = forward;
    this.backward = backward;
    this.flips = new long[ownMasks.length][];
    for (int d = 0; d < ownMasks.length; d++) {
      long own = ownMasks[d];
      long[] f = new long[(1 << Long.bitCount(own)) - 1];
      int c = 0;
      // all non-empty submasks of own, in ascending order
      for (long sub = own & -own; c < f.length; sub = ((sub | ~own) + 1) & own) {
        f[c++] = sub;
      }
      flips[d] = f;
    }
  }

  @Override
  public int slots(int dm, int state) {
    return flips[dm].length;
  }

  @Override
  public int target(int dm, int state, int slot) {
    long code = space.code(state);
    long f = flips[dm][slot];
    if (!Reversibility.allowsFlip(f, code, forward, backward)) {
      return -1;
    }
    return space.indexOf(code ^ f);
  }

  @Override
  public boolean hasMove(int dm, int from, int to) {
    long f = space.code(from) ^ space.code(to);
    return f != 0
        && (f & ~ownMasks[dm]) == 0
        && Reversibility.allowsFlip(f, space.code(from), forward, backward);
  }

  public StateSpace space() {
    return space;
  }

  public long forward() {
    return forward;
  }

  public long backward() {
    return backward;
  }

  public long ownMask(int dm) {
    return ownMasks[dm];
  }

  @Override
  public boolean composable() {
    return true;
  }
}
