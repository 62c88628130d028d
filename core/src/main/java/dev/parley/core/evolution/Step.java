package dev.parley.core.evolution;

/**
 * One step of a conflict's evolution: mover {@code mover} (an index of {@link Movers}; with
 * individual movers, a decision-maker index) takes the conflict from {@code from} to {@code to};
 * {@code improvement} when every decision maker of the mover strictly prefers {@code to}.
 */
public record Step(int mover, int from, int to, boolean improvement) {}
