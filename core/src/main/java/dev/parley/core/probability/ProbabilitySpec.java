package dev.parley.core.probability;

import java.util.ArrayList;
import java.util.List;

/**
 * The probabilistic preferences a model states (docs/semantics.md §5.5): for each decision maker,
 * in model order, the comparisons it gives a probability and its own threshold (null: the model's),
 * and the model's threshold (null: {@link Thresholds#DEFAULT}).
 */
public record ProbabilitySpec(
    List<List<StatedProbability>> stated, List<Double> dmThresholds, Double threshold) {
  public ProbabilitySpec {
    stated = stated.stream().map(List::copyOf).toList();
    dmThresholds = java.util.Collections.unmodifiableList(new ArrayList<>(dmThresholds));
    if (stated.size() != dmThresholds.size()) {
      throw new IllegalArgumentException("one list of comparisons and one threshold per DM");
    }
    for (Double t : dmThresholds) {
      Thresholds.check(t);
    }
    Thresholds.check(threshold);
  }

  /** No stated probability, and no threshold, for {@code n} decision makers. */
  public static ProbabilitySpec none(int n) {
    List<List<StatedProbability>> s = new ArrayList<>();
    List<Double> t = new ArrayList<>();
    for (int d = 0; d < n; d++) {
      s.add(List.of());
      t.add(null);
    }
    return new ProbabilitySpec(s, t, null);
  }

  /** Whether the model states no probability and no threshold. */
  public boolean isEmpty() {
    return threshold == null
        && stated.stream().allMatch(List::isEmpty)
        && dmThresholds.stream().allMatch(t -> t == null);
  }
}
