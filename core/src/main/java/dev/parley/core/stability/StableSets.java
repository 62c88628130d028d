package dev.parley.core.stability;

import dev.parley.core.graph.GraphModel;
import java.util.BitSet;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Which states are stable for which party (a decision maker, a block, a coalition) under which
 * concept: per analysed concept, one bitset of state indices per party. The results of the
 * stability engines share it ({@link StabilityResult} and the coalition results). Immutable once
 * built; callers get copies.
 *
 * @param <C> the kind of concept
 */
public abstract class StableSets<C extends Enum<C>> {
  private final GraphModel model;
  private final Map<C, BitSet[]> stable;
  private final Function<C, String> label;

  /**
   * @param type the concepts' class
   * @param stable per analysed concept, one bitset per party (null where a party has none)
   * @param copyStates whether the bitsets are copied too, or only their arrays (for an engine that
   *     hands over bitsets of its own)
   * @param label a concept's name, for the error that it was not analysed
   */
  protected StableSets(
      GraphModel model,
      Class<C> type,
      Map<C, BitSet[]> stable,
      boolean copyStates,
      Function<C, String> label) {
    this.model = model;
    EnumMap<C, BitSet[]> copy = new EnumMap<>(type);
    stable.forEach(
        (c, sets) -> {
          BitSet[] cs = sets.clone();
          if (copyStates) {
            for (int k = 0; k < cs.length; k++) {
              cs[k] = cs[k] == null ? null : (BitSet) cs[k].clone();
            }
          }
          copy.put(c, cs);
        });
    this.stable = Collections.unmodifiableMap(copy);
    this.label = label;
  }

  public GraphModel model() {
    return model;
  }

  public Set<C> concepts() {
    return stable.keySet();
  }

  /** The states stable for party {@code party} under {@code concept}, the caller's copy. */
  protected BitSet stable(C concept, int party) {
    return (BitSet) sets(concept)[party].clone();
  }

  /** Whether {@code state} is stable for party {@code party} under {@code concept}. */
  protected boolean stable(C concept, int party, int state) {
    return sets(concept)[party].get(state);
  }

  /** The states stable for every party under {@code concept}. */
  protected BitSet stableForEvery(C concept) {
    BitSet eq = new BitSet();
    eq.set(0, model.stateCount());
    for (BitSet b : sets(concept)) {
      eq.and(b);
    }
    return eq;
  }

  /**
   * The bitsets of {@code concept}, one per party.
   *
   * @throws IllegalArgumentException when {@code concept} was not analysed
   */
  protected BitSet[] sets(C concept) {
    BitSet[] s = stable.get(concept);
    if (s == null) {
      throw new IllegalArgumentException(label.apply(concept) + " was not analysed");
    }
    return s;
  }
}
