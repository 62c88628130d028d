package dev.parley.app;

import dev.parley.core.state.StateSpace;
import java.util.Arrays;

/**
 * Refuses a model whose estimated memory ({@link MemoryEstimate}) exceeds the heap, before its
 * states are enumerated: every command and every route that builds a model goes through it.
 */
public final class MemoryGuard {
  private MemoryGuard() {}

  /**
   * Whether the guard is on: {@code PARLEY_MEMORY_GUARD=0} (or {@code off}) turns it off for those
   * who know their model needs less than this upper bound; an {@link OutOfMemoryError} is then
   * still reported with advice.
   */
  public static boolean enabled() {
    String v = System.getenv("PARLEY_MEMORY_GUARD");
    return v == null || !(v.trim().equals("0") || v.trim().equalsIgnoreCase("off"));
  }

  /**
   * Throws {@link TooLarge} when a model of this shape (options per decision maker) would not fit,
   * with its analysis if {@code analyse}; a null shape (unknown: graph form) passes.
   */
  public static void check(int[] optionsPerDm, boolean analyse) {
    check(optionsPerDm, analyse, 0);
  }

  /**
   * As {@link #check(int[], boolean)}, with {@code answerBytesPerState} more per state for what the
   * caller builds from the result (the workbench's JSON answer).
   */
  public static void check(int[] optionsPerDm, boolean analyse, int answerBytesPerState) {
    if (optionsPerDm == null || !enabled()) {
      return;
    }
    if (Arrays.stream(optionsPerDm).sum() > StateSpace.MAX_ENUMERABLE_OPTIONS) {
      return; // the reader refuses the model, with its own message
    }
    MemoryEstimate estimate =
        MemoryEstimate.of(optionsPerDm, analyse).plusPerState(analyse ? answerBytesPerState : 0);
    long max = Runtime.getRuntime().maxMemory();
    if (!estimate.fits(max)) {
      throw new TooLarge(estimate, max);
    }
  }
}
