package dev.parley.core.coalition;

import dev.parley.core.stability.Concept;
import java.util.List;

/**
 * Why a state is or is not stable for a coalition: each of its coalition improvements, and for each
 * the sanction that deters it, if any. The same shape serves both coalition analyses:
 *
 * <ul>
 *   <li>{@link Kind#COALITION} (docs/semantics.md §1.7(b)): {@code concept} is the individual
 *       concept a coalition concept generalizes (GMR for CGMR); an improvement is reached by a
 *       legal sequence of the members' own moves, a sanction is a legal sequence of the other
 *       decision makers' moves;
 *   <li>{@link Kind#FIXED_STRUCTURE} (docs/semantics.md §1.7(a)): {@code coalition} is a block; an
 *       improvement is one joint move of the block, a sanction a legal sequence of the other
 *       blocks' joint moves (or, for SIM, their simultaneous joint improvements from the original
 *       state).
 * </ul>
 *
 * A state is stable iff every improvement is sanctioned (a state without improvements is stable).
 */
public record CoalitionExplanation(
    Kind kind,
    Concept concept,
    Deterrence deterrence,
    Coalition coalition,
    int state,
    boolean stable,
    List<Improvement> improvements) {

  /** Which coalition analysis the explanation belongs to. */
  public enum Kind {
    COALITION,
    FIXED_STRUCTURE
  }

  public CoalitionExplanation {
    improvements = List.copyOf(improvements);
  }

  /** The concept's name: "CGMR" for a coalition, "GMR" for a block. */
  public String label() {
    return kind == Kind.COALITION ? CoalitionConcept.of(concept).label() : concept.label();
  }

  /** The concept's id: {@code cgmr} for a coalition, {@code gmr} for a block. */
  public String id() {
    return kind == Kind.COALITION ? CoalitionConcept.of(concept).id() : concept.id();
  }

  /**
   * One coalition improvement {@code state -> target}: {@code path} is how the coalition gets there
   * (a shortest legal sequence of its members' moves, or the block's one joint move), and {@code
   * sanction} what deters it, or null when nothing does.
   */
  public record Improvement(int target, List<JointMove> path, Sanction sanction) {
    public Improvement {
      path = List.copyOf(path);
    }

    public boolean sanctioned() {
      return sanction != null;
    }
  }

  /**
   * What the others do after (or, for SIM, at the same time as) the improvement. {@code end} is
   * where the coalition ends up; {@code deterred} lists the members who find it no better than the
   * original state (at least one; every member under {@link Deterrence#ALL_MEMBERS}). For SMR
   * {@code counterMoves} lists the states the coalition can still reach from {@code end}, none of
   * which every member prefers to the original state.
   */
  public record Sanction(
      boolean simultaneous,
      List<JointMove> moves,
      int end,
      List<Integer> deterred,
      List<Integer> counterMoves) {
    public Sanction {
      moves = List.copyOf(moves);
      deterred = List.copyOf(deterred);
      counterMoves = List.copyOf(counterMoves);
    }
  }

  /**
   * This explanation of an unstable state told by its {@link #escape()} alone: unstable, with the
   * one improvement nothing deters.
   */
  public CoalitionExplanation escapeOnly() {
    return new CoalitionExplanation(
        kind, concept, deterrence, coalition, state, false, List.of(escape()));
  }

  /** The first improvement nothing deters, or null when the state is stable. */
  public Improvement escape() {
    return improvements.stream().filter(i -> !i.sanctioned()).findFirst().orElse(null);
  }
}
