package dev.parley.core.coalition;

import dev.parley.core.graph.GraphModel;
import java.util.BitSet;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Coalition stability for every coalition (docs/semantics.md §1.7(b)): which states are stable for
 * which coalition H ⊆ N under which coalition concept, with one deterrence quantifier. Immutable;
 * callers get copies.
 */
public final class CoalitionResult {
  private final GraphModel model;
  private final Deterrence deterrence;
  private final List<Coalition> coalitions;
  private final Map<CoalitionConcept, BitSet[]> stable; // indexed by coalition mask

  CoalitionResult(GraphModel model, Deterrence deterrence, Map<CoalitionConcept, BitSet[]> stable) {
    this.model = model;
    this.deterrence = deterrence;
    this.coalitions = Coalition.every(model.dmCount());
    EnumMap<CoalitionConcept, BitSet[]> copy = new EnumMap<>(CoalitionConcept.class);
    stable.forEach((c, sets) -> copy.put(c, sets.clone()));
    this.stable = Collections.unmodifiableMap(copy);
  }

  public GraphModel model() {
    return model;
  }

  public Deterrence deterrence() {
    return deterrence;
  }

  public Set<CoalitionConcept> concepts() {
    return stable.keySet();
  }

  /** Every non-empty coalition, singletons first, N last. */
  public List<Coalition> coalitions() {
    return coalitions;
  }

  /** States stable for coalition {@code h} under {@code concept}. */
  public BitSet stableFor(CoalitionConcept concept, Coalition h) {
    return (BitSet) set(concept, h).clone();
  }

  public boolean isStable(CoalitionConcept concept, Coalition h, int state) {
    return set(concept, h).get(state);
  }

  /** Coalition equilibria: the states stable for every coalition, singletons included. */
  public BitSet equilibria(CoalitionConcept concept) {
    BitSet eq = new BitSet();
    eq.set(0, model.stateCount());
    for (Coalition h : coalitions) {
      eq.and(set(concept, h));
    }
    return eq;
  }

  private BitSet set(CoalitionConcept concept, Coalition h) {
    BitSet[] s = stable.get(concept);
    if (s == null) {
      throw new IllegalArgumentException(concept.label() + " was not analysed");
    }
    if (h.mask() >= s.length) {
      throw new IllegalArgumentException(h + " names a decision maker the model does not have");
    }
    return s[(int) h.mask()];
  }
}
