package dev.parley.core.stability;

import dev.parley.core.graph.GraphModel;
import java.util.BitSet;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which states are stable for which decision maker under which concept. Sets of states are bitsets
 * of state indices. Immutable once built; callers get copies.
 */
public final class StabilityResult {
  private final GraphModel model;
  private final Map<Concept, BitSet[]> stable;
  private final String solver;

  /**
   * @param stable for each analysed concept, one bitset per decision maker
   * @param solver name of the implementation that produced it
   */
  public StabilityResult(GraphModel model, Map<Concept, BitSet[]> stable, String solver) {
    this.model = model;
    EnumMap<Concept, BitSet[]> copy = new EnumMap<>(Concept.class);
    stable.forEach(
        (c, sets) -> {
          BitSet[] cs = new BitSet[sets.length];
          for (int d = 0; d < sets.length; d++) {
            cs[d] = (BitSet) sets[d].clone();
          }
          copy.put(c, cs);
        });
    this.stable = Collections.unmodifiableMap(copy);
    this.solver = solver;
  }

  public GraphModel model() {
    return model;
  }

  public String solver() {
    return solver;
  }

  public Set<Concept> concepts() {
    return stable.keySet();
  }

  /** States stable for {@code dm} under {@code concept}. */
  public BitSet stableFor(Concept concept, int dm) {
    return (BitSet) sets(concept)[dm].clone();
  }

  public boolean isStable(Concept concept, int dm, int state) {
    return sets(concept)[dm].get(state);
  }

  /** States stable for every decision maker under {@code concept}. */
  public BitSet equilibria(Concept concept) {
    BitSet[] s = sets(concept);
    BitSet eq = (BitSet) s[0].clone();
    for (int d = 1; d < s.length; d++) {
      eq.and(s[d]);
    }
    return eq;
  }

  /** Equilibria when each decision maker is analysed with its own concept. */
  public BitSet equilibria(List<Concept> perDm) {
    BitSet eq = new BitSet();
    eq.set(0, model.stateCount());
    for (int d = 0; d < perDm.size(); d++) {
      eq.and(sets(perDm.get(d))[d]);
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
