package dev.parley.core.move;

import dev.parley.core.model.Conflict;
import dev.parley.core.model.Reversibility;
import dev.parley.core.state.StateSpace;

/**
 * The unilateral moves of an option-form conflict (spec 1.1): a decision maker may change any
 * non-empty subset of its own options in one move, each changed option respecting its
 * reversibility, and both ends must be feasible. Computed on the fly (see {@link MoveGraph}).
 */
public final class OptionMoves {
  private OptionMoves() {}

  public static MoveGraph build(Conflict conflict, StateSpace space) {
    long[] own = new long[conflict.dmCount()];
    for (int d = 0; d < own.length; d++) {
      own[d] = conflict.optionMask(d);
    }
    return new OptionMoveGraph(
        space,
        own,
        conflict.reversibilityMask(Reversibility.FORWARD),
        conflict.reversibilityMask(Reversibility.BACKWARD));
  }
}
