package dev.parley.core.strength;

import dev.parley.core.graph.GraphModel;
import dev.parley.core.move.MoveGraph;
import dev.parley.core.progress.Progress;
import dev.parley.core.reach.GroupLayout;
import dev.parley.core.stability.Concept;
import dev.parley.core.stability.StabilityEngine;
import dev.parley.core.stability.StabilityResult;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Strong and weak stability (docs/semantics.md §5.4) for Nash, GMR, SMR and SEQ. It reads the same
 * sanction minima as the standard engine ({@link StabilityEngine#minima}): a unilateral improvement
 * s1 from s is strongly sanctioned when the minimum over the opponents' reach from s1 is at most
 * {@link Strength#greatBelow}(i, s), the highest payoff i finds greatly worse than s, where the
 * standard engine compares it with p_i(s). For SMR the minimised value is max(p_i(s2), max p_i over
 * R_i(s2)), so both the sanction and every countermove from it must be greatly worse than s.
 */
public final class StrengthEngine {
  /** The concepts that have a strong version. */
  public static final List<Concept> CONCEPTS =
      List.of(Concept.NASH, Concept.GMR, Concept.SMR, Concept.SEQ);

  private final Progress progress;

  public StrengthEngine() {
    this(Progress.NONE);
  }

  public StrengthEngine(Progress progress) {
    this.progress = progress;
  }

  /** Every concept of {@link #CONCEPTS}. */
  public StrengthResult analyze(GraphModel model, Strength strength) {
    return analyze(model, strength, EnumSet.copyOf(CONCEPTS));
  }

  /** The concepts of {@code asked} that have a strong version (the others are ignored). */
  public StrengthResult analyze(GraphModel model, Strength strength, Set<Concept> asked) {
    Set<Concept> concepts = EnumSet.noneOf(Concept.class);
    for (Concept c : asked) {
      if (CONCEPTS.contains(c)) {
        concepts.add(c);
      }
    }
    concepts.add(Concept.NASH);
    StabilityResult standard = new StabilityEngine(progress).analyze(model, concepts);
    int n = model.dmCount();
    GroupLayout[] layouts =
        GroupLayout.supports(model.moves())
            ? GroupLayout.ofDecisionMakers(model.moves(), model::payoffs)
            : null;
    StabilityEngine.Minima[] minima = new StabilityEngine.Minima[n];
    Map<Concept, BitSet[]> strong = new EnumMap<>(Concept.class);
    for (Concept c : concepts) {
      strong.put(c, new BitSet[n]);
    }
    for (int i = 0; i < n; i++) {
      progress.check();
      minima[i] = StabilityEngine.minima(model, layouts, i, concepts, progress, phase -> {});
      for (Concept c : concepts) {
        strong.get(c)[i] = strongFor(model, strength, i, c, minima[i]);
      }
    }
    return new StrengthResult(model, strength, standard, strong, minima);
  }

  private static BitSet strongFor(
      GraphModel model, Strength strength, int i, Concept c, StabilityEngine.Minima minima) {
    int m = model.stateCount();
    BitSet out = new BitSet(m);
    for (int s = 0; s < m; s++) {
      if (mildMove(model, strength, i, c, minima, s) < 0) {
        out.set(s);
      }
    }
    return out;
  }

  /**
   * The first unilateral improvement of {@code i} from {@code s} that no sanction of {@code c}
   * answers with a state {@code i} finds greatly worse than {@code s}; -1 when there is none (s is
   * strongly stable).
   */
  static int mildMove(
      GraphModel model, Strength strength, int i, Concept c, StabilityEngine.Minima minima, int s) {
    MoveGraph g = model.moves();
    int[] p = model.payoffs(i);
    int[] min = minimum(c, minima);
    int bound = strength.greatBelow(i, s);
    for (int k = 0, slots = g.slots(i, s); k < slots; k++) {
      int s1 = g.target(i, s, k);
      if (s1 < 0 || p[s1] <= p[s]) {
        continue;
      }
      if (min == null || min[s1] > bound) {
        return s1; // Nash: any improvement; otherwise one without a great sanction
      }
    }
    return -1;
  }

  /** The minima that decide {@code c}; null for Nash. */
  static int[] minimum(Concept c, StabilityEngine.Minima minima) {
    return switch (c) {
      case GMR -> minima.gmr();
      case SMR -> minima.smr();
      case SEQ -> minima.seq();
      default -> null;
    };
  }
}
