package dev.parley.core.move;

/**
 * One move: {@code mover} takes the conflict from state {@code from} to state {@code to} in one
 * step. The mover is an index of whoever moves in the analysis that made the move: a decision
 * maker's index in a stability analysis, an explanation or a sanction; a mover's index in a status
 * quo analysis ({@code evolution.Movers}: decision makers, or blocks of them that move as one).
 *
 * <p>Whether the move is an improvement is not part of it: it is a question about the move (asked
 * of the model, or of the movers for blocks), not a fact the move records.
 */
public record Move(int mover, int from, int to) {}
