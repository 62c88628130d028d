package dev.parley.core.coalition;

import dev.parley.core.graph.GraphModel;
import dev.parley.core.stability.Concept;
import java.util.BitSet;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/**
 * Which states are stable for which block of a fixed coalition structure under which concept
 * (docs/semantics.md §1.7(a)). Block indices are those of {@link CoalitionStructure#blocks()}.
 * Immutable; callers get copies.
 */
public final class StructureResult {
  private final GraphModel model;
  private final CoalitionStructure structure;
  private final Map<Concept, BitSet[]> stable;

  StructureResult(GraphModel model, CoalitionStructure structure, Map<Concept, BitSet[]> stable) {
    this.model = model;
    this.structure = structure;
    EnumMap<Concept, BitSet[]> copy = new EnumMap<>(Concept.class);
    stable.forEach((c, sets) -> copy.put(c, sets.clone()));
    this.stable = Collections.unmodifiableMap(copy);
  }

  public GraphModel model() {
    return model;
  }

  public CoalitionStructure structure() {
    return structure;
  }

  public Set<Concept> concepts() {
    return stable.keySet();
  }

  /** States stable for block {@code block} under {@code concept}. */
  public BitSet stableFor(Concept concept, int block) {
    return (BitSet) sets(concept)[block].clone();
  }

  /** States stable for the block of {@code coalition}, which must be one of the blocks. */
  public BitSet stableFor(Concept concept, Coalition coalition) {
    int b = structure.blocks().indexOf(coalition);
    if (b < 0) {
      throw new IllegalArgumentException(coalition + " is not a block of " + structure);
    }
    return stableFor(concept, b);
  }

  public boolean isStable(Concept concept, int block, int state) {
    return sets(concept)[block].get(state);
  }

  /** States stable for every block under {@code concept}. */
  public BitSet equilibria(Concept concept) {
    BitSet[] s = sets(concept);
    BitSet eq = new BitSet();
    eq.set(0, model.stateCount());
    for (BitSet b : s) {
      eq.and(b);
    }
    return eq;
  }

  private BitSet[] sets(Concept concept) {
    BitSet[] s = stable.get(concept);
    if (s == null) {
      throw new IllegalArgumentException(concept.label() + " was not analysed");
    }
    return s;
  }
}
