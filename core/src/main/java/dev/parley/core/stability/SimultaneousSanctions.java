package dev.parley.core.stability;

import dev.parley.core.graph.GraphModel;
import dev.parley.core.model.ModelException;
import dev.parley.core.model.PreferenceSpec;
import dev.parley.core.move.MoveGraph;
import dev.parley.core.reach.GroupLayout;
import dev.parley.core.state.StateSpace;

/**
 * SIM (docs/semantics.md §1.4): from s, while the focal decision maker i makes its improvement s ->
 * s1, each opponent either stays or makes one of its own unilateral improvements from s, at least
 * one moving. The option changes combine; infeasible combinations are discarded. The improvement is
 * sanctioned when some combination leaves i no better off than at s.
 *
 * <p>Not thread-safe: one instance per thread (the engine makes one per decision maker).
 */
final class SimultaneousSanctions {
  private final GraphModel model;
  private final int focal;
  private final int[] opponents;

  /**
   * The options that can matter: those the focal decision maker's statements or any infeasibility
   * rule mention (all options when its preferences are a ranking or payoffs). Opponents' moves that
   * agree on these options give the same verdict, so only one of each kind is tried.
   */
  private final long relevant;

  /** The decision makers' layouts, to list the opponents' improvements from; null to use slots. */
  private final GroupLayout[] layouts;

  SimultaneousSanctions(GraphModel model, int focal) {
    this(model, focal, null);
  }

  /**
   * @param layouts every decision maker's layout ordered by its payoffs (as the engine builds
   *     them), or null
   */
  SimultaneousSanctions(GraphModel model, int focal, GroupLayout[] layouts) {
    requireOptionForm(model);
    this.model = model;
    this.focal = focal;
    this.opponents = model.opponents(focal);
    this.relevant = relevantOptions(model, focal);
    this.layouts = layouts;
  }

  private static long relevantOptions(GraphModel model, int focal) {
    var conflict = model.conflict();
    if (!(conflict.preferences().get(focal) instanceof PreferenceSpec.Prioritization p)) {
      return -1L;
    }
    long bits = 0;
    for (PreferenceSpec.Statement st : p.statements()) {
      bits |= st.formula().support();
    }
    for (var rule : conflict.infeasibilities()) {
      bits |= rule.infeasibleWhen().support();
    }
    return bits;
  }

  /**
   * SIM combines option changes, so it needs option form (docs/semantics.md §1.4: no general
   * graph-form analogue).
   *
   * @throws ModelException for a graph-form model
   */
  static void requireOptionForm(GraphModel model) {
    if (model.isGraphForm()) {
      throw new ModelException(
          null,
          "SIM and SEQ+SIM combine the decision makers' option changes, and this model is in graph"
              + " form (states and moves, no options)",
          "analyse it with nash, gmr, smr or seq, or write it in option form");
    }
  }

  /** Whether the improvement s -> s1 of the focal decision maker is SIM-sanctioned. */
  boolean sanctioned(int s, int s1) {
    return findCombination(s, s1) != null;
  }

  /**
   * A sanctioning combination: for each opponent (in {@link #opponents} order) the state its own
   * move from s reaches, or -1 where it stays; the last entry is the combined state. Null when
   * there is none.
   */
  int[] findCombination(int s, int s1) {
    prepare(s);
    int[] choice = new int[opponents.length];
    int threshold = model.payoff(focal, s);
    long start = model.space().code(s1);
    return search(0, start, false, deltas, targets, choice, threshold)
        ? result(choice, targets, start, deltas)
        : null;
  }

  /** The opponents' improvements from s, as option changes; kept for the next call at s. */
  private int preparedState = -1;

  private long[][] deltas;
  private int[][] targets;

  private void prepare(int s) {
    if (s == preparedState) {
      return;
    }
    StateSpace space = model.space();
    MoveGraph g = model.moves();
    long base = space.code(s);
    deltas = new long[opponents.length][];
    targets = new int[opponents.length][];
    for (int k = 0; k < opponents.length; k++) {
      int[] ui =
          layouts != null
              ? layouts[opponents[k]].improvements(s)
              : improvements(g, opponents[k], s);
      long[] d = new long[ui.length];
      int[] t = new int[ui.length];
      int c = 0;
      long own = model.optionMask(opponents[k]);
      candidates:
      for (int target : ui) {
        long delta = space.code(target) ^ base;
        if ((delta & ~own) != 0) {
          continue; // a joint (package) move changes others' options: not a simultaneous move
        }
        long key = delta & relevant;
        // a move that changes nothing relevant cannot sanction; one of each kind is enough
        if (key == 0) {
          continue;
        }
        for (int q = 0; q < c; q++) {
          if ((d[q] & relevant) == key) {
            continue candidates;
          }
        }
        d[c] = delta;
        t[c++] = target;
      }
      deltas[k] = java.util.Arrays.copyOf(d, c);
      targets[k] = java.util.Arrays.copyOf(t, c);
    }
    preparedState = s;
  }

  private boolean search(
      int k,
      long code,
      boolean anyMoved,
      long[][] deltas,
      int[][] targets,
      int[] choice,
      int threshold) {
    if (k == deltas.length) {
      if (!anyMoved) {
        return false;
      }
      int c = model.space().indexOf(code);
      return c >= 0 && model.payoff(focal, c) <= threshold;
    }
    choice[k] = -1;
    if (search(k + 1, code, anyMoved, deltas, targets, choice, threshold)) {
      return true;
    }
    for (int q = 0; q < deltas[k].length; q++) {
      choice[k] = q;
      if (search(k + 1, code ^ deltas[k][q], true, deltas, targets, choice, threshold)) {
        return true;
      }
    }
    return false;
  }

  private int[] result(int[] choice, int[][] targets, long start, long[][] deltas) {
    int[] out = new int[choice.length + 1];
    long code = start;
    for (int k = 0; k < choice.length; k++) {
      out[k] = choice[k] < 0 ? -1 : targets[k][choice[k]];
      if (choice[k] >= 0) {
        code ^= deltas[k][choice[k]];
      }
    }
    out[choice.length] = model.space().indexOf(code);
    return out;
  }

  private int[] improvements(MoveGraph g, int j, int s) {
    int n = g.slots(j, s);
    int[] out = new int[n];
    int c = 0;
    for (int k = 0; k < n; k++) {
      int t = g.target(j, s, k);
      if (t >= 0 && model.improves(j, s, t)) {
        out[c++] = t;
      }
    }
    return java.util.Arrays.copyOf(out, c);
  }

  int[] opponents() {
    return opponents;
  }
}
