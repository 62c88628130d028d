package dev.parley.core.strength;

import dev.parley.core.model.Provenance;
import dev.parley.core.model.StatePattern;

/**
 * One declared great preference of a decision maker (docs/semantics.md §5.4): every state of {@code
 * better} is greatly preferred to every state of {@code worse}. What follows from it by the chain
 * rule is in {@link Strength}.
 */
public record GreatPreference(StatePattern better, StatePattern worse, Provenance provenance) {
  public GreatPreference {
    if (better == null || worse == null) {
      throw new IllegalArgumentException("a great preference needs two states");
    }
    provenance = provenance == null ? Provenance.NONE : provenance;
  }
}
