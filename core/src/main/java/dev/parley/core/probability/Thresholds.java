package dev.parley.core.probability;

import java.util.Arrays;

/**
 * Each decision maker's threshold τ_i ∈ [0, 1) (docs/semantics.md §5.5): q is a τ-improvement of s
 * for i when i can move there and P_i(q, s) &gt; τ_i. Held in millionths, as the probabilities are
 * ({@link Probabilities#micro(double)}), so comparisons are exact.
 */
public final class Thresholds {
  /** The threshold when neither the model nor the command gives one. */
  public static final double DEFAULT = 0.5;

  private final int[] micro;

  private Thresholds(int[] micro) {
    this.micro = micro;
  }

  /** The thresholds a model states: each DM's own, else the model's, else {@link #DEFAULT}. */
  public static Thresholds of(ProbabilitySpec spec) {
    int n = spec.dmThresholds().size();
    int[] t = new int[n];
    double model = spec.threshold() == null ? DEFAULT : spec.threshold();
    for (int d = 0; d < n; d++) {
      Double own = spec.dmThresholds().get(d);
      t[d] = Probabilities.micro(own == null ? model : own);
    }
    return new Thresholds(t);
  }

  /** The same threshold for each of {@code n} decision makers. */
  public static Thresholds uniform(int n, double tau) {
    check(tau);
    int[] t = new int[n];
    Arrays.fill(t, Probabilities.micro(tau));
    return new Thresholds(t);
  }

  /** These thresholds with decision maker {@code dm}'s set to {@code tau}. */
  public Thresholds with(int dm, double tau) {
    check(tau);
    int[] t = micro.clone();
    t[dm] = Probabilities.micro(tau);
    return new Thresholds(t);
  }

  /** Decision maker {@code dm}'s threshold in millionths. */
  public int micro(int dm) {
    return micro[dm];
  }

  /** Decision maker {@code dm}'s threshold. */
  public double of(int dm) {
    return Probabilities.fromMicro(micro[dm]);
  }

  public int size() {
    return micro.length;
  }

  /** Whether every decision maker has the same threshold. */
  public boolean isUniform() {
    return Arrays.stream(micro).distinct().count() <= 1;
  }

  /**
   * Refuses a threshold outside [0, 1) (null passes).
   *
   * @throws IllegalArgumentException when it is out of range
   */
  static void check(Double tau) {
    if (tau != null && !(tau >= 0 && tau < 1)) {
      throw new IllegalArgumentException("a threshold must lie in [0, 1), not " + tau);
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Thresholds t && Arrays.equals(micro, t.micro);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(micro);
  }
}
