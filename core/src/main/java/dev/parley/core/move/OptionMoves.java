package dev.parley.core.move;

import dev.parley.core.model.Conflict;
import dev.parley.core.model.Reversibility;
import dev.parley.core.state.StateSpace;
import java.util.Arrays;

/**
 * Builds the unilateral moves of an option-form conflict (spec 1.1): a decision maker may change
 * any non-empty subset of its own options in one move, each changed option respecting its
 * reversibility, and both ends must be feasible.
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
   * coalition's options it gives the coalition's joint moves (spec 1.7(a)).
   */
  public static MoveGraph build(Conflict conflict, StateSpace space, long[] controlled) {
    int n = controlled.length;
    int m = space.size();
    long forward = conflict.reversibilityMask(Reversibility.FORWARD);
    long backward = conflict.reversibilityMask(Reversibility.BACKWARD);
    int[][] offsets = new int[n][];
    int[][] targets = new int[n][];
    for (int d = 0; d < n; d++) {
      long own = controlled[d];
      int[] off = new int[m + 1];
      int[] tgt = new int[Math.max(16, m)];
      int count = 0;
      int[] row = new int[64];
      for (int s = 0; s < m; s++) {
        long code = space.code(s);
        int rowLen = 0;
        // every non-empty submask of own: the options that flip
        for (long flip = own; flip != 0; flip = (flip - 1) & own) {
          if (!Reversibility.allowsFlip(flip, code, forward, backward)) {
            continue;
          }
          int t = space.indexOf(code ^ flip);
          if (t >= 0) {
            if (rowLen == row.length) {
              row = Arrays.copyOf(row, 2 * rowLen);
            }
            row[rowLen++] = t;
          }
        }
        Arrays.sort(row, 0, rowLen);
        if (count + rowLen > tgt.length) {
          tgt = Arrays.copyOf(tgt, Math.max(count + rowLen, 2 * tgt.length));
        }
        System.arraycopy(row, 0, tgt, count, rowLen);
        count += rowLen;
        off[s + 1] = count;
      }
      offsets[d] = off;
      targets[d] = Arrays.copyOf(tgt, count);
    }
    return new MoveGraph(m, offsets, targets);
  }
}
