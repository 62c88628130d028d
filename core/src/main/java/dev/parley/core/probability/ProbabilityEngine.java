package dev.parley.core.probability;

import dev.parley.core.graph.GraphModel;
import dev.parley.core.reach.LegalReach;
import dev.parley.core.reach.LegalSearch;
import dev.parley.core.reach.RelationStability;
import dev.parley.core.stability.Concept;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * The probabilistic concepts of docs/semantics.md §5.5 and the margin of each verdict. For focal i
 * with threshold τ_i, q is a τ-improvement of s when q ∈ R_i(s) and P_i(q, s) &gt; τ_i, a sanction
 * s2 is effective when P_i(s2, s) ≤ τ_i, and Nash, GMR, SMR and SEQ follow the crisp templates
 * ({@link RelationStability}, whose SEQ steps are the opponents' own τ-improvements at their own
 * thresholds).
 *
 * <p>Margins: i's verdict at s depends on τ_i only through the comparisons P_i(·, s), so it is
 * constant between consecutive {@link Probabilities#breakpoints breakpoints}. The engine evaluates
 * every concept once per breakpoint of i (the others' thresholds held), and reads each state's
 * nearest change in either direction from that table: exact, and cheap for models whose analyst
 * states a handful of probabilities.
 */
public final class ProbabilityEngine {
  /** The concepts the engine computes. */
  public static final Set<Concept> CONCEPTS =
      java.util.EnumSet.of(Concept.NASH, Concept.GMR, Concept.SMR, Concept.SEQ);

  /**
   * The verdicts and margins of {@code concepts} at {@code thresholds}.
   *
   * @throws IllegalArgumentException for a concept outside {@link #CONCEPTS}
   */
  public ProbabilityResult analyze(
      GraphModel model, Probabilities p, Thresholds thresholds, Set<Concept> concepts) {
    for (Concept c : concepts) {
      if (!CONCEPTS.contains(c)) {
        throw new IllegalArgumentException(c.label() + " has no probabilistic version");
      }
    }
    int n = model.dmCount();
    int m = model.stateCount();
    int[][][] adjacency = LegalSearch.adjacency(model.moves());
    Margin[][][] perDm = new Margin[n][][];
    IntStream.range(0, n)
        .parallel()
        .forEach(i -> perDm[i] = analyzeDm(adjacency, m, p, thresholds, i, concepts));
    Map<Concept, Margin[][]> out = new EnumMap<>(Concept.class);
    for (Concept c : concepts) {
      Margin[][] byDm = new Margin[n][];
      for (int i = 0; i < n; i++) {
        byDm[i] = perDm[i][index(c)];
      }
      out.put(c, byDm);
    }
    return new ProbabilityResult(thresholds, m, out);
  }

  /** Every concept at the model's thresholds. */
  public ProbabilityResult analyze(GraphModel model, Probabilities p, Thresholds thresholds) {
    return analyze(model, p, thresholds, CONCEPTS);
  }

  private static int index(Concept c) {
    return switch (c) {
      case NASH -> RelationStability.NASH;
      case GMR -> RelationStability.GMR;
      case SMR -> RelationStability.SMR;
      default -> RelationStability.SEQ;
    };
  }

  /** The τ-improvement relation with {@code focal}'s threshold set to {@code tau}. */
  static LegalReach.MoveFilter improvement(
      Probabilities p, Thresholds thresholds, int focal, int tau) {
    return (dm, from, to) -> p.micro(dm, to, from) > (dm == focal ? tau : thresholds.micro(dm));
  }

  private static Margin[][] analyzeDm(
      int[][][] adjacency,
      int m,
      Probabilities p,
      Thresholds thresholds,
      int i,
      Set<Concept> concepts) {
    int[] cuts = p.breakpoints(i);
    int tau = thresholds.micro(i);
    RelationStability engine = new RelationStability(adjacency, m);
    BitSet[][] at = new BitSet[cuts.length][];
    for (int k = 0; k < cuts.length; k++) {
      at[k] =
          engine.analyze(
              i,
              improvement(p, thresholds, i, cuts[k]),
              concepts.contains(Concept.GMR),
              concepts.contains(Concept.SMR),
              concepts.contains(Concept.SEQ));
    }
    int here = 0;
    while (here + 1 < cuts.length && cuts[here + 1] <= tau) {
      here++;
    }
    Margin[][] out = new Margin[4][];
    for (Concept c : concepts) {
      int ci = index(c);
      Margin[] margins = new Margin[m];
      for (int s = 0; s < m; s++) {
        boolean v = at[here][ci].get(s);
        int lower = Margin.NONE;
        for (int j = here - 1; j >= 0; j--) {
          if (at[j][ci].get(s) != v) {
            lower = cuts[j + 1];
            break;
          }
        }
        int upper = Margin.NONE;
        for (int j = here + 1; j < cuts.length; j++) {
          if (at[j][ci].get(s) != v) {
            upper = cuts[j];
            break;
          }
        }
        margins[s] = margin(adjacency[i], p, i, s, v, tau, lower, upper);
      }
      out[ci] = margins;
    }
    return out;
  }

  private static Margin margin(
      int[][] own, Probabilities p, int i, int s, boolean v, int tau, int lower, int upper) {
    Margin bare = new Margin(v, tau, lower, upper, List.of(), List.of());
    int flip = bare.flipPoint();
    if (flip == Margin.NONE) {
      return bare;
    }
    BitSet moves = new BitSet();
    for (int q : own[s]) {
      moves.set(q);
    }
    List<Integer> deciding = new ArrayList<>();
    List<Integer> others = new ArrayList<>();
    for (int x = 0; x < p.stateCount(); x++) {
      if (x != s && p.micro(i, x, s) == flip) {
        (moves.get(x) ? deciding : others).add(x);
      }
    }
    return new Margin(v, tau, lower, upper, deciding, others);
  }
}
