package dev.parley.core.move;

/**
 * What the reach computations read of an analysed model: its moves, and each decision maker's
 * options and payoffs. {@code GraphModel} is one; the interface keeps this package below it.
 */
public interface MovesAndPayoffs {
  MoveGraph moves();

  int dmCount();

  /** The options decision maker {@code dm} controls, as a bit mask (0 in graph form). */
  long optionMask(int dm);

  /** Decision maker {@code dm}'s payoff of every state (higher is better). */
  int[] payoffs(int dm);

  /** Whether the move {@code from → to} is an improvement for {@code dm}. */
  boolean improves(int dm, int from, int to);
}
