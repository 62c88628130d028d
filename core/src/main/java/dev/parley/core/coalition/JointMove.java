package dev.parley.core.coalition;

import dev.parley.core.move.Move;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * One move by a coalition {@code by}: a single decision maker's unilateral move when {@code by} is
 * a singleton, or a block's joint move (its members change their options together, in one step)
 * under a fixed coalition structure.
 *
 * <p>It is a {@link Move} whose mover is named by its members rather than by an index (see the
 * package documentation for why): the searches find {@link Move}s of player indices, and {@link
 * #of} names each player.
 */
public record JointMove(Coalition by, int from, int to) {
  /** {@code move}, made by the coalition {@code by}. */
  public static JointMove of(Coalition by, Move move) {
    return new JointMove(by, move.from(), move.to());
  }

  /** Each move of {@code moves} by {@code players.apply(move.mover())}. */
  static List<JointMove> of(List<Move> moves, IntFunction<Coalition> players) {
    List<JointMove> out = new ArrayList<>(moves.size());
    for (Move mv : moves) {
      out.add(of(players.apply(mv.mover()), mv));
    }
    return out;
  }
}
