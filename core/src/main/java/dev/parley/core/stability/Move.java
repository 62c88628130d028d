package dev.parley.core.stability;

/**
 * One unilateral move: decision maker {@code mover} takes the conflict from one state to another.
 */
public record Move(int mover, int from, int to) {}
