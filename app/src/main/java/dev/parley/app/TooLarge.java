package dev.parley.app;

/**
 * A model refused before anything is built because its analysis would not fit in the heap ({@link
 * MemoryGuard}). Each front end words the remedy for itself: {@link #advice} takes the command to
 * run again with more memory.
 */
public final class TooLarge extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final transient MemoryEstimate estimate;
  private final long maxHeap;

  public TooLarge(MemoryEstimate estimate, long maxHeap) {
    super(estimate.advice(maxHeap, "again"));
    this.estimate = estimate;
    this.maxHeap = maxHeap;
  }

  /**
   * What the model needs, what this JVM has, and how to give it more: {@code rerun} is the command
   * to repeat, e.g. {@code ./parley analyze big.yaml}.
   */
  public String advice(String rerun) {
    return estimate.advice(maxHeap, rerun);
  }
}
