package dev.parley.core.coalition;

/**
 * One move by a coalition {@code by}: a single decision maker's unilateral move when {@code by} is
 * a singleton, or a block's joint move (its members change their options together, in one step)
 * under a fixed coalition structure.
 */
public record JointMove(Coalition by, int from, int to) {}
