package dev.parley.core.coalition;

import dev.parley.core.state.StateSpace;

/**
 * SIM with blocks as players (docs/semantics.md §1.4, §1.7(a)): while block B makes its joint
 * improvement s -> s1, each other block stays or makes one of its own joint improvements from s, at
 * least one moving; the option changes combine, infeasible combinations are discarded, and the
 * improvement is sanctioned when some combination deters B (some member no better off than at s).
 */
final class BlockSim {
  private final BlockGraph bg;
  private final int b;
  private final int[] others;

  BlockSim(BlockGraph bg, int b) {
    this.bg = bg;
    this.b = b;
    this.others = bg.others(b);
  }

  int[] others() {
    return others;
  }

  boolean sanctioned(int s, int s1) {
    return find(s, s1) != null;
  }

  /**
   * A sanctioning combination: for each other block (in {@link #others} order) the state its own
   * joint move from s reaches, or -1 where it stays, then the combined state. Null when none.
   */
  int[] find(int s, int s1) {
    StateSpace space = bg.model.space();
    long base = space.code(s);
    int[][] targets = new int[others.length][];
    long[][] deltas = new long[others.length][];
    for (int k = 0; k < others.length; k++) {
      int o = others[k];
      int[] row = bg.moves(o, s);
      int count = 0;
      for (int t : row) {
        if (bg.improves(o, s, t)) {
          count++;
        }
      }
      targets[k] = new int[count];
      deltas[k] = new long[count];
      int c = 0;
      for (int t : row) {
        if (bg.improves(o, s, t)) {
          targets[k][c] = t;
          deltas[k][c++] = space.code(t) ^ base;
        }
      }
    }
    int[] choice = new int[others.length];
    long start = space.code(s1);
    if (!search(0, start, false, s, deltas, choice)) {
      return null;
    }
    int[] out = new int[others.length + 1];
    long code = start;
    for (int k = 0; k < others.length; k++) {
      out[k] = choice[k] < 0 ? -1 : targets[k][choice[k]];
      if (choice[k] >= 0) {
        code ^= deltas[k][choice[k]];
      }
    }
    out[others.length] = space.indexOf(code);
    return out;
  }

  private boolean search(int k, long code, boolean anyMoved, int s, long[][] deltas, int[] choice) {
    if (k == deltas.length) {
      if (!anyMoved) {
        return false;
      }
      int c = bg.model.space().indexOf(code);
      return c >= 0 && bg.deters(b, s, c);
    }
    choice[k] = -1;
    if (search(k + 1, code, anyMoved, s, deltas, choice)) {
      return true;
    }
    for (int q = 0; q < deltas[k].length; q++) {
      choice[k] = q;
      if (search(k + 1, code ^ deltas[k][q], true, s, deltas, choice)) {
        return true;
      }
    }
    return false;
  }
}
