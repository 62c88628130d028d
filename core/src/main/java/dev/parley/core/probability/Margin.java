package dev.parley.core.probability;

import java.util.List;

/**
 * A verdict under a probabilistic concept and how far it is from flipping (docs/semantics.md §5.5),
 * for one decision maker i, state s and concept, in millionths. The verdict is constant in i's
 * threshold τ between the distinct values of P_i(·, s); it flips when τ drops below {@code lower}
 * (−1: never) or reaches {@code upper} (−1: not below 1).
 *
 * @param stable the verdict at the threshold used
 * @param threshold i's threshold τ
 * @param lower the verdict flips for every τ &lt; lower (and not between lower and τ); −1: none
 * @param upper the verdict flips for every τ ≥ upper (and not between τ and upper); −1: none
 * @param decidingMoves the moves x ∈ R_i(s) with P_i(x, s) at the nearer flip point, ascending
 * @param decidingOthers the other states x ≠ s with P_i(x, s) at the nearer flip point, ascending
 */
public record Margin(
    boolean stable,
    int threshold,
    int lower,
    int upper,
    List<Integer> decidingMoves,
    List<Integer> decidingOthers) {
  /** No flip point. */
  public static final int NONE = -1;

  public Margin {
    decidingMoves = List.copyOf(decidingMoves);
    decidingOthers = List.copyOf(decidingOthers);
  }

  /** Whether the verdict is the same for every threshold in [0, 1). */
  public boolean holdsForEveryThreshold() {
    return lower == NONE && upper == NONE;
  }

  /** Whether the nearer flip is downwards (ties: downwards); false when there is none. */
  public boolean nearerIsLower() {
    if (lower == NONE) {
      return false;
    }
    return upper == NONE || threshold - lower <= upper - threshold;
  }

  /** The threshold at which the nearer flip happens, or {@link #NONE}. */
  public int flipPoint() {
    return holdsForEveryThreshold() ? NONE : nearerIsLower() ? lower : upper;
  }

  /** The distance from τ to the nearer flip point, in millionths; MAX_VALUE when none. */
  public int distance() {
    if (holdsForEveryThreshold()) {
      return Integer.MAX_VALUE;
    }
    return nearerIsLower() ? threshold - lower : upper - threshold;
  }
}
