package dev.parley.core.probability;

import dev.parley.core.stability.Concept;
import java.util.BitSet;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/**
 * The verdicts and margins of the probabilistic concepts (docs/semantics.md §5.5) for every
 * decision maker and state, with the thresholds they were computed at.
 */
public final class ProbabilityResult {
  private final Thresholds thresholds;
  private final int stateCount;
  private final Map<Concept, Margin[][]> margins;

  ProbabilityResult(Thresholds thresholds, int stateCount, Map<Concept, Margin[][]> margins) {
    this.thresholds = thresholds;
    this.stateCount = stateCount;
    this.margins = new EnumMap<>(margins);
  }

  public Thresholds thresholds() {
    return thresholds;
  }

  public int stateCount() {
    return stateCount;
  }

  public int dmCount() {
    return thresholds.size();
  }

  /** The concepts computed, in their order. */
  public Set<Concept> concepts() {
    return Collections.unmodifiableSet(margins.keySet());
  }

  /** The verdict of {@code dm} at {@code state} under {@code concept}, with its margin. */
  public Margin margin(Concept concept, int dm, int state) {
    Margin[][] m = margins.get(concept);
    if (m == null) {
      throw new IllegalArgumentException(concept.label() + " was not computed");
    }
    return m[dm][state];
  }

  public boolean isStable(Concept concept, int dm, int state) {
    return margin(concept, dm, state).stable();
  }

  /** The states stable for {@code dm} under {@code concept}. */
  public BitSet stableFor(Concept concept, int dm) {
    BitSet out = new BitSet(stateCount);
    for (int s = 0; s < stateCount; s++) {
      out.set(s, isStable(concept, dm, s));
    }
    return out;
  }

  /** The states stable for every decision maker under {@code concept}. */
  public BitSet equilibria(Concept concept) {
    BitSet out = new BitSet(stateCount);
    out.set(0, stateCount);
    for (int d = 0; d < dmCount(); d++) {
      out.and(stableFor(concept, d));
    }
    return out;
  }
}
