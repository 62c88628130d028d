package dev.parley.core.drama;

/**
 * One comparison that creates a dilemma: {@code judge} strictly prefers {@code better} to {@code
 * worse}.
 *
 * @param judge the party whose ranking decides (model index)
 * @param worse the state it likes less (state index)
 * @param better the state it likes more
 * @param move whether {@code judge} can move from {@code worse} to {@code better} on its own, by
 *     the model's moves
 */
public record Comparison(int judge, int worse, int better, boolean move) {}
