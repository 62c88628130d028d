package dev.parley.core.attitude;

import java.util.BitSet;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/**
 * The states stable for each decision maker under each relational concept asked for, with the
 * attitudes and reading they were computed with. Bit sets are copied out.
 */
public final class RelationalResult {
  private final Attitudes attitudes;
  private final RelationalPreference.Reading reading;
  private final int stateCount;
  private final Map<RelationalConcept, BitSet[]> stable;

  public RelationalResult(
      Attitudes attitudes,
      RelationalPreference.Reading reading,
      int stateCount,
      Map<RelationalConcept, BitSet[]> stable) {
    this.attitudes = attitudes;
    this.reading = reading;
    this.stateCount = stateCount;
    this.stable = new EnumMap<>(RelationalConcept.class);
    stable.forEach(
        (c, sets) -> {
          BitSet[] copy = new BitSet[sets.length];
          for (int i = 0; i < sets.length; i++) {
            copy[i] = (BitSet) sets[i].clone();
          }
          this.stable.put(c, copy);
        });
  }

  public Attitudes attitudes() {
    return attitudes;
  }

  public RelationalPreference.Reading reading() {
    return reading;
  }

  public int stateCount() {
    return stateCount;
  }

  /** The concepts computed. */
  public Set<RelationalConcept> concepts() {
    return Collections.unmodifiableSet(stable.keySet());
  }

  /** The states stable for {@code dm} under {@code concept} (a copy). */
  public BitSet stableFor(RelationalConcept concept, int dm) {
    return (BitSet) sets(concept)[dm].clone();
  }

  public boolean isStable(RelationalConcept concept, int dm, int state) {
    return sets(concept)[dm].get(state);
  }

  /** The states stable for every decision maker under {@code concept}. */
  public BitSet equilibria(RelationalConcept concept) {
    BitSet[] sets = sets(concept);
    BitSet out = new BitSet(stateCount);
    out.set(0, stateCount);
    for (BitSet b : sets) {
      out.and(b);
    }
    return out;
  }

  private BitSet[] sets(RelationalConcept concept) {
    BitSet[] sets = stable.get(concept);
    if (sets == null) {
      throw new IllegalArgumentException(concept.label() + " was not computed");
    }
    return sets;
  }
}
