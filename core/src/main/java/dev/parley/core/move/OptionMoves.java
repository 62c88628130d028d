package dev.parley.core.move;

import dev.parley.core.model.Conflict;
import dev.parley.core.model.Reversibility;
import dev.parley.core.state.StateSpace;

/**
 * The unilateral moves of an option-form conflict (docs/semantics.md §1.1): a decision maker may
 * change any non-empty subset of its own options in one move, each changed option respecting its
 * reversibility, and both ends must be feasible. Computed on the fly (see {@link MoveGraph}).
 */
public final class OptionMoves {
  private OptionMoves() {}

  public static MoveGraph build(Conflict conflict, StateSpace space) {
    long[] masks = new long[conflict.dmCount()];
    for (int d = 0; d < masks.length; d++) {
      masks[d] = conflict.optionMask(d);
    }
    return build(conflict, space, masks);
  }

  /**
   * The moves of players that each control a set of options: player {@code p} may change any
   * non-empty subset of {@code controlled[p]} in one move, under the same rules. With each decision
   * maker's own options this is {@link #build(Conflict, StateSpace)}; with the union of a
   * coalition's options it gives the coalition's joint moves (docs/semantics.md §1.7(a)).
   */
  public static MoveGraph build(Conflict conflict, StateSpace space, long[] controlled) {
    return new OptionMoveGraph(
        space,
        controlled,
        conflict.reversibilityMask(Reversibility.FORWARD),
        conflict.reversibilityMask(Reversibility.BACKWARD));
  }
}
