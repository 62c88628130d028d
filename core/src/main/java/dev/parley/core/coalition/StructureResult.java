package dev.parley.core.coalition;

import dev.parley.core.graph.GraphModel;
import dev.parley.core.stability.Concept;
import dev.parley.core.stability.StableSets;
import java.util.BitSet;
import java.util.Map;

/**
 * Which states are stable for which block of a fixed coalition structure under which concept
 * (docs/semantics.md §1.7(a)). Block indices are those of {@link CoalitionStructure#blocks()}.
 * Immutable; callers get copies.
 */
public final class StructureResult extends StableSets<Concept> {
  private final CoalitionStructure structure;

  StructureResult(GraphModel model, CoalitionStructure structure, Map<Concept, BitSet[]> stable) {
    super(model, Concept.class, stable, false, Concept::label);
    this.structure = structure;
  }

  public CoalitionStructure structure() {
    return structure;
  }

  /** States stable for block {@code block} under {@code concept}. */
  public BitSet stableFor(Concept concept, int block) {
    return stable(concept, block);
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
    return stable(concept, block, state);
  }

  /** States stable for every block under {@code concept}. */
  public BitSet equilibria(Concept concept) {
    return stableForEvery(concept);
  }
}
