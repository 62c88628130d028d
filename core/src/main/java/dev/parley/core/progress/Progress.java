package dev.parley.core.progress;

/**
 * Receives progress from long analyses and may cancel them. Implementations must be thread-safe:
 * decision makers are analysed in parallel. Calls are cheap and infrequent (a few hundred per
 * analysis at most).
 */
public interface Progress {
  /** Progress that reports nothing and never cancels. */
  Progress NONE = (phase, done, total) -> {};

  /**
   * {@code done} of {@code total} units of work are finished in the named phase (e.g. "GMR for
   * Russia").
   */
  void report(String phase, long done, long total);

  /** Whether the caller asked to stop; analyses then throw {@link CancelledException}. */
  default boolean cancelled() {
    return false;
  }

  /** Throws {@link CancelledException} when {@link #cancelled()}. */
  default void check() {
    if (cancelled()) {
      throw new CancelledException();
    }
  }

  /** Thrown by an analysis that was cancelled through its {@link Progress}. */
  final class CancelledException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public CancelledException() {
      super("cancelled");
    }
  }
}
