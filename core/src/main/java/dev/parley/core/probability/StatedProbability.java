package dev.parley.core.probability;

import dev.parley.core.model.Provenance;
import dev.parley.core.model.StatePattern;

/**
 * One comparison a decision maker's preferences give a probability (docs/semantics.md §5.5): the
 * chance {@code p} that it prefers {@code better} to {@code worse}. Either side may be a pattern
 * matching several states; the probability then holds for every pair of a state of {@code better}
 * and a different state of {@code worse}.
 */
public record StatedProbability(
    StatePattern better, StatePattern worse, double p, Provenance provenance) {
  public StatedProbability {
    if (!(p >= 0 && p <= 1)) {
      throw new IllegalArgumentException("a probability must lie in [0, 1], not " + p);
    }
    provenance = provenance == null ? Provenance.NONE : provenance;
  }
}
