package dev.parley.core.evolution;

import dev.parley.core.graph.GraphModel;
import dev.parley.core.stability.Concept;
import dev.parley.core.stability.StabilityEngine;
import dev.parley.core.stability.StabilityResult;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/**
 * What the commitment packages of a model change (see {@code OptionPackage}): the states reachable
 * from a starting state by legal sequences of unilateral improvements, and the equilibria, with and
 * without the packages' joint moves.
 *
 * @param without the same model without packages
 * @param with the model with its packages
 * @param from the starting state (usually the status quo)
 */
public record PackageEffect(
    GraphModel without,
    GraphModel with,
    int from,
    BitSet reachWithout,
    BitSet reachWith,
    Map<Concept, BitSet> equilibriaWithout,
    Map<Concept, BitSet> equilibriaWith) {

  /**
   * Compares {@code with} to the same model without packages.
   *
   * @param concepts the concepts to compare; SIM and SEQ+SIM need option form, as always
   */
  public static PackageEffect of(GraphModel with, int from, Set<Concept> concepts) {
    GraphModel without = with.withConflict(with.conflict().toBuilder().clearPackages().build());
    StabilityEngine engine = new StabilityEngine();
    StabilityResult a = engine.analyze(without, concepts);
    StabilityResult b = engine.analyze(with, concepts);
    Map<Concept, BitSet> ea = new EnumMap<>(Concept.class);
    Map<Concept, BitSet> eb = new EnumMap<>(Concept.class);
    for (Concept c : concepts) {
      ea.put(c, a.equilibria(c));
      eb.put(c, b.equilibria(c));
    }
    return new PackageEffect(
        without,
        with,
        from,
        Evolution.of(without, from).reachable(true),
        Evolution.of(with, from).reachable(true),
        ea,
        eb);
  }

  /** States reachable by improvements only with the packages. */
  public BitSet newlyReachable() {
    BitSet b = (BitSet) reachWith.clone();
    b.andNot(reachWithout);
    return b;
  }

  /** States reachable by improvements only without the packages. */
  public BitSet noLongerReachable() {
    BitSet b = (BitSet) reachWithout.clone();
    b.andNot(reachWith);
    return b;
  }

  /** Equilibria under {@code c} with the packages that are not equilibria without them. */
  public BitSet gained(Concept c) {
    BitSet b = (BitSet) equilibriaWith.get(c).clone();
    b.andNot(equilibriaWithout.get(c));
    return b;
  }

  /** Equilibria under {@code c} without the packages that are not equilibria with them. */
  public BitSet lost(Concept c) {
    BitSet b = (BitSet) equilibriaWithout.get(c).clone();
    b.andNot(equilibriaWith.get(c));
    return b;
  }
}
