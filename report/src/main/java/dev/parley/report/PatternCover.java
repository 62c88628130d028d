package dev.parley.report;

import dev.parley.core.model.StatePattern;
import dev.parley.core.state.StateSpace;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * A set of states said as option patterns: a small cover of the set by partial assignments ("the
 * United States signs and Russia does not fight"), each matching only states of the set (among the
 * feasible ones), together matching all of them. Greedy: from an uncovered state, drop one option
 * after another from its full assignment as long as every feasible state the pattern matches stays
 * in the set; repeat until the set is covered. Exact (a pattern never matches a state outside the
 * set), small rather than minimal.
 */
public final class PatternCover {
  /** The most options a pattern leaves free (each free option doubles the states to check). */
  static final int MAX_FREE = 12;

  private PatternCover() {}

  /** The patterns, largest first; at most {@code maxPatterns} (null when more are needed). */
  public static List<StatePattern> of(StateSpace space, BitSet states, int maxPatterns) {
    int n = space.optionCount();
    long all = n == 64 ? -1L : (1L << n) - 1;
    BitSet uncovered = (BitSet) states.clone();
    List<StatePattern> out = new ArrayList<>();
    while (!uncovered.isEmpty()) {
      if (out.size() == maxPatterns) {
        return null;
      }
      int seed = uncovered.nextSetBit(0);
      long code = space.code(seed);
      long mask = all;
      for (int t = 0; t < n; t++) {
        long bit = 1L << t;
        long trial = mask & ~bit;
        if (Long.bitCount(all & ~trial) > MAX_FREE) {
          break;
        }
        if (inside(space, states, trial, code & trial, all)) {
          mask = trial;
        }
      }
      StatePattern p = new StatePattern(mask, code & mask);
      out.add(p);
      forEach(space, mask, code & mask, all, uncovered::clear);
    }
    out.sort((a, b) -> Long.bitCount(a.mask()) - Long.bitCount(b.mask()));
    return out;
  }

  /** Whether every feasible state matching the pattern is in {@code states}. */
  private static boolean inside(StateSpace space, BitSet states, long mask, long value, long all) {
    boolean[] ok = {true};
    forEach(
        space,
        mask,
        value,
        all,
        s -> {
          if (!states.get(s)) {
            ok[0] = false;
          }
        });
    return ok[0];
  }

  /** Calls {@code f} with every feasible state matching the pattern. */
  private static void forEach(
      StateSpace space, long mask, long value, long all, java.util.function.IntConsumer f) {
    long free = all & ~mask;
    long sub = 0;
    do {
      int s = space.indexOf(value | sub);
      if (s >= 0) {
        f.accept(s);
      }
      sub = (sub - free) & free;
    } while (sub != 0);
  }
}
