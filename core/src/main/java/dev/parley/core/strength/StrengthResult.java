package dev.parley.core.strength;

import dev.parley.core.graph.GraphModel;
import dev.parley.core.stability.Concept;
import dev.parley.core.stability.StabilityEngine;
import dev.parley.core.stability.StabilityResult;
import java.util.BitSet;
import java.util.List;
import java.util.Map;

/**
 * Strong and weak stability (docs/semantics.md §5.4) per concept, decision maker and state, beside
 * the standard verdicts they refine. Weak = stable but not strongly stable. A strong equilibrium is
 * strongly stable for every decision maker; a weak equilibrium is an equilibrium that is not a
 * strong one. Callers get copies of every set.
 */
public final class StrengthResult {
  private final GraphModel model;
  private final Strength strength;
  private final StabilityResult standard;
  private final Map<Concept, BitSet[]> strong;
  private final StabilityEngine.Minima[] minima;

  StrengthResult(
      GraphModel model,
      Strength strength,
      StabilityResult standard,
      Map<Concept, BitSet[]> strong,
      StabilityEngine.Minima[] minima) {
    this.model = model;
    this.strength = strength;
    this.standard = standard;
    this.strong = strong;
    this.minima = minima;
  }

  public GraphModel model() {
    return model;
  }

  /** The strength of preference analysed. */
  public Strength strength() {
    return strength;
  }

  /** The standard verdicts of the same concepts. */
  public StabilityResult standard() {
    return standard;
  }

  /** The concepts analysed, in order (Nash always among them). */
  public List<Concept> concepts() {
    return StrengthEngine.CONCEPTS.stream().filter(strong::containsKey).toList();
  }

  /** States strongly stable for {@code dm} under {@code c}. */
  public BitSet strongFor(Concept c, int dm) {
    return (BitSet) sets(c)[dm].clone();
  }

  /** States stable for {@code dm} under {@code c} but not strongly. */
  public BitSet weakFor(Concept c, int dm) {
    BitSet w = standard.stableFor(c, dm);
    w.andNot(sets(c)[dm]);
    return w;
  }

  public boolean isStrong(Concept c, int dm, int state) {
    return sets(c)[dm].get(state);
  }

  public boolean isWeak(Concept c, int dm, int state) {
    return standard.isStable(c, dm, state) && !isStrong(c, dm, state);
  }

  /** States strongly stable for every decision maker under {@code c}. */
  public BitSet strongEquilibria(Concept c) {
    BitSet eq = new BitSet();
    eq.set(0, model.stateCount());
    for (BitSet s : sets(c)) {
      eq.and(s);
    }
    return eq;
  }

  /** Equilibria under {@code c} that are not strong equilibria. */
  public BitSet weakEquilibria(Concept c) {
    BitSet eq = standard.equilibria(c);
    eq.andNot(strongEquilibria(c));
    return eq;
  }

  /**
   * A unilateral improvement of {@code dm} from {@code state} that no sanction under {@code c}
   * answers with a state {@code dm} finds greatly worse (the reason a stable state is only weakly
   * stable); -1 when there is none.
   */
  public int mildMove(Concept c, int dm, int state) {
    sets(c);
    return StrengthEngine.mildMove(model, strength, dm, c, minima[dm], state);
  }

  /**
   * Whether the worst sanction of {@code move} under {@code c} (for SMR: counting the best reply)
   * leaves {@code dm} worse off than at {@code state}, if only mildly; false when it leaves it just
   * as well off. For a {@link #mildMove} of a weakly stable state.
   */
  public boolean mildlyWorse(Concept c, int dm, int state, int move) {
    int[] min = StrengthEngine.minimum(c, minima[dm]);
    return min != null && min[move] < model.payoff(dm, state);
  }

  private BitSet[] sets(Concept c) {
    BitSet[] s = strong.get(c);
    if (s == null) {
      throw new IllegalArgumentException(c.label() + " was not analysed for strength");
    }
    return s;
  }
}
