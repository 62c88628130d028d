package dev.parley.core.strength;

import dev.parley.core.graph.GraphModel;
import dev.parley.core.stability.Concept;
import dev.parley.core.stability.ReferenceSolver;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The literal reference for strong stability (docs/semantics.md §5.4), sharing no code with {@link
 * Strength} or {@link StrengthEngine}: the "greatly preferred" relation is a boolean matrix per
 * decision maker, made of the declared pairs and the payoff gap and closed under the two chain
 * rules by iterating to a fixed point; moves and R_{N−i} come from {@link ReferenceSolver.Literal}.
 * Slow; a test oracle only.
 */
final class StrengthReference {
  private final ReferenceSolver.Literal g;
  private final int n;
  private final int m;
  private final boolean[][][] great;

  /**
   * @param pairs per decision maker, its declared {better, worse} pairs
   * @param gaps per decision maker, its gap (NaN: none), measured in {@code values}
   */
  StrengthReference(GraphModel model, List<List<int[]>> pairs, double[] gaps, double[][] values) {
    this.g = ReferenceSolver.literal(model);
    this.n = g.dmCount();
    this.m = g.stateCount();
    this.great = new boolean[n][m][m];
    for (int i = 0; i < n; i++) {
      boolean[][] gr = great[i];
      for (int[] p : pairs.get(i)) {
        gr[p[0]][p[1]] = true;
      }
      if (!Double.isNaN(gaps[i])) {
        for (int q = 0; q < m; q++) {
          for (int r = 0; r < m; r++) {
            if (values[i][q] - values[i][r] >= gaps[i]) {
              gr[q][r] = true;
            }
          }
        }
      }
      // close: s ≫ q ≿ r ⇒ s ≫ r, and s ≿ q ≫ r ⇒ s ≫ r
      boolean changed = true;
      while (changed) {
        changed = false;
        for (int s = 0; s < m; s++) {
          for (int q = 0; q < m; q++) {
            for (int r = 0; r < m; r++) {
              if (gr[s][r]) {
                continue;
              }
              boolean chain =
                  (gr[s][q] && !g.prefers(i, r, q)) || (!g.prefers(i, q, s) && gr[q][r]);
              if (chain) {
                gr[s][r] = true;
                changed = true;
              }
            }
          }
        }
      }
    }
  }

  /** Whether i greatly prefers q to r. */
  boolean greatly(int i, int q, int r) {
    return great[i][q][r];
  }

  /** Per concept, the states strongly stable for each decision maker. */
  Map<Concept, BitSet[]> strong() {
    Map<Concept, BitSet[]> out = new EnumMap<>(Concept.class);
    for (Concept c : StrengthEngine.CONCEPTS) {
      BitSet[] sets = new BitSet[n];
      for (int i = 0; i < n; i++) {
        sets[i] = new BitSet(m);
        for (int s = 0; s < m; s++) {
          if (stronglyStable(c, i, s)) {
            sets[i].set(s);
          }
        }
      }
      out.put(c, sets);
    }
    return out;
  }

  /** Strong c-stability of s for i, word for word from docs/semantics.md §5.4. */
  boolean stronglyStable(Concept c, int i, int s) {
    Set<Integer> opponents = g.opponents(i);
    for (int s1 : g.improvements(i, s)) {
      boolean sanctioned = false;
      switch (c) {
        case NASH -> sanctioned = false;
        case GMR -> {
          for (int s2 : g.reach(opponents, s1, false)) {
            sanctioned |= great[i][s][s2];
          }
        }
        case SEQ -> {
          for (int s2 : g.reach(opponents, s1, true)) {
            sanctioned |= great[i][s][s2];
          }
        }
        case SMR -> {
          for (int s2 : g.reach(opponents, s1, false)) {
            if (!great[i][s][s2]) {
              continue;
            }
            boolean everyCountermoveGreatlyWorse = true;
            for (int s3 : g.moves(i, s2)) {
              everyCountermoveGreatlyWorse &= great[i][s][s3];
            }
            sanctioned |= everyCountermoveGreatlyWorse;
          }
        }
        default -> throw new IllegalArgumentException("no strong " + c);
      }
      if (!sanctioned) {
        return false;
      }
    }
    return true;
  }
}
