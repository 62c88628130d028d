package dev.parley.core.stability;

import dev.parley.core.graph.GraphModel;
import java.util.BitSet;
import java.util.List;
import java.util.Map;

/**
 * Which states are stable for which decision maker under which concept. Sets of states are bitsets
 * of state indices. Immutable once built; callers get copies.
 */
public final class StabilityResult extends StableSets<Concept> {
  private final String solver;

  /**
   * @param stable for each analysed concept, one bitset per decision maker
   * @param solver name of the implementation that produced it
   */
  public StabilityResult(GraphModel model, Map<Concept, BitSet[]> stable, String solver) {
    super(model, Concept.class, stable, true, Concept::label);
    this.solver = solver;
  }

  public String solver() {
    return solver;
  }

  /** States stable for {@code dm} under {@code concept}. */
  public BitSet stableFor(Concept concept, int dm) {
    return stable(concept, dm);
  }

  public boolean isStable(Concept concept, int dm, int state) {
    return stable(concept, dm, state);
  }

  /** States stable for every decision maker under {@code concept}. */
  public BitSet equilibria(Concept concept) {
    return stableForEvery(concept);
  }

  /** Equilibria when each decision maker is analysed with its own concept. */
  public BitSet equilibria(List<Concept> perDm) {
    BitSet eq = new BitSet();
    eq.set(0, model().stateCount());
    for (int d = 0; d < perDm.size(); d++) {
      eq.and(sets(perDm.get(d))[d]);
    }
    return eq;
  }
}
