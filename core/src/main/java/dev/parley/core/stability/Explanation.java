package dev.parley.core.stability;

import dev.parley.core.move.Move;
import java.util.List;

/**
 * Why a state is or is not stable for one decision maker under one concept: each of its unilateral
 * improvements, and for each the sanction that deters it, if any.
 *
 * <p>A state is stable iff every improvement is sanctioned (an AND over improvements; a state
 * without improvements is stable).
 */
public record Explanation(
    Concept concept,
    int dm,
    int state,
    boolean stable,
    List<Improvement> improvements,
    int unexplained) {

  /**
   * {@code unexplained}: further improvements, each deterred, whose sanctions were not searched
   * (see {@link Explainer#explainStable}); 0 for a complete explanation.
   */
  public Explanation {
    improvements = List.copyOf(improvements);
    if (unexplained < 0 || unexplained > 0 && !stable) {
      throw new IllegalArgumentException("unexplained improvements are deterred ones");
    }
  }

  /** A complete explanation: every improvement with its sanction. */
  public Explanation(
      Concept concept, int dm, int state, boolean stable, List<Improvement> improvements) {
    this(concept, dm, state, stable, improvements, 0);
  }

  /**
   * One unilateral improvement {@code state -> target} of the focal decision maker and its
   * sanction, or null when nothing deters it.
   */
  public record Improvement(int target, Sanction sanction) {
    public boolean sanctioned() {
      return sanction != null;
    }
  }

  /**
   * What the opponents do after (or, for SIM, at the same time as) the improvement. For sequential
   * concepts {@code moves} is a legal sequence starting at the improvement's target; for SIM the
   * moves all start at the original state and are made together. {@code end} is where the focal
   * decision maker ends up, no better off than at the original state. For SMR, {@code counterMoves}
   * lists the focal decision maker's moves from {@code end}, none of which takes it above the
   * original state.
   */
  public record Sanction(
      boolean simultaneous, List<Move> moves, int end, List<Integer> counterMoves) {
    public Sanction {
      moves = List.copyOf(moves);
      counterMoves = List.copyOf(counterMoves);
    }
  }

  /** The first improvement nothing deters, or null when the state is stable. */
  public Improvement escape() {
    return improvements.stream().filter(i -> !i.sanctioned()).findFirst().orElse(null);
  }
}
