package dev.parley.core.stability;

import dev.parley.core.model.GraphModel;
import dev.parley.core.model.ModelException;
import dev.parley.core.move.MoveGraph;
import dev.parley.core.state.StateSpace;

/**
 * SIM (spec 1.4): from s, while the focal decision maker i makes its improvement s -> s1, each
 * opponent either stays or makes one of its own unilateral improvements from s, at least one
 * moving. The option changes combine; infeasible combinations are discarded. The improvement is
 * sanctioned when some combination leaves i no better off than at s.
 */
final class SimultaneousSanctions {
  private final GraphModel model;
  private final int focal;
  private final int[] opponents;

  SimultaneousSanctions(GraphModel model, int focal) {
    requireOptionForm(model);
    this.model = model;
    this.focal = focal;
    this.opponents = StabilityEngine.opponents(model.dmCount(), focal);
  }

  /**
   * SIM combines option changes, so it needs option form (spec 1.4: no general graph-form
   * analogue).
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
    StateSpace space = model.space();
    MoveGraph g = model.moves();
    long base = space.code(s);
    long[][] deltas = new long[opponents.length][];
    int[][] targets = new int[opponents.length][];
    for (int k = 0; k < opponents.length; k++) {
      int j = opponents[k];
      int from = g.start(j, s);
      int end = g.end(j, s);
      int count = 0;
      int[] tg = g.targets(j);
      long own = model.optionMask(j);
      for (int q = from; q < end; q++) {
        if (model.improves(j, s, tg[q]) && ((space.code(tg[q]) ^ base) & ~own) == 0) {
          count++;
        }
      }
      deltas[k] = new long[count];
      targets[k] = new int[count];
      int c = 0;
      for (int q = from; q < end; q++) {
        // joint (package) moves change others' options too: they are not simultaneous moves
        if (model.improves(j, s, tg[q]) && ((space.code(tg[q]) ^ base) & ~own) == 0) {
          deltas[k][c] = space.code(tg[q]) ^ base;
          targets[k][c++] = tg[q];
        }
      }
    }
    int[] choice = new int[opponents.length];
    int threshold = model.payoff(focal, s);
    long start = space.code(s1);
    return search(0, start, false, deltas, targets, choice, threshold)
        ? result(choice, targets, start, deltas)
        : null;
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

  int[] opponents() {
    return opponents;
  }
}
