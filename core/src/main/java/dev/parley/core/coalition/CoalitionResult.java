package dev.parley.core.coalition;

import dev.parley.core.graph.GraphModel;
import dev.parley.core.stability.StableSets;
import java.util.BitSet;
import java.util.List;
import java.util.Map;

/**
 * Coalition stability for every coalition (docs/semantics.md §1.7(b)): which states are stable for
 * which coalition H ⊆ N under which coalition concept, with one deterrence quantifier. Immutable;
 * callers get copies.
 */
public final class CoalitionResult extends StableSets<CoalitionConcept> {
  private final Deterrence deterrence;
  private final List<Coalition> coalitions;

  /** {@code stable}: per concept, one bitset per coalition, indexed by the coalition's mask. */
  CoalitionResult(GraphModel model, Deterrence deterrence, Map<CoalitionConcept, BitSet[]> stable) {
    super(model, CoalitionConcept.class, stable, false, CoalitionConcept::label);
    this.deterrence = deterrence;
    this.coalitions = Coalition.every(model.dmCount());
  }

  public Deterrence deterrence() {
    return deterrence;
  }

  /** Every non-empty coalition, singletons first, N last. */
  public List<Coalition> coalitions() {
    return coalitions;
  }

  /** States stable for coalition {@code h} under {@code concept}. */
  public BitSet stableFor(CoalitionConcept concept, Coalition h) {
    return stable(concept, index(concept, h));
  }

  public boolean isStable(CoalitionConcept concept, Coalition h, int state) {
    return stable(concept, index(concept, h), state);
  }

  /** Coalition equilibria: the states stable for every coalition, singletons included. */
  public BitSet equilibria(CoalitionConcept concept) {
    BitSet eq = new BitSet();
    eq.set(0, model().stateCount());
    for (Coalition h : coalitions) {
      eq.and(sets(concept)[index(concept, h)]);
    }
    return eq;
  }

  private int index(CoalitionConcept concept, Coalition h) {
    if (h.mask() >= sets(concept).length) {
      throw new IllegalArgumentException(h + " names a decision maker the model does not have");
    }
    return (int) h.mask();
  }
}
