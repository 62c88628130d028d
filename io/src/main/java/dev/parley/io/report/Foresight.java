package dev.parley.io.report;

import dev.parley.core.foresight.LimitedMove;
import java.util.BitSet;
import java.util.Map;
import java.util.TreeMap;

/**
 * Limited-move (L_h) and non-myopic (NM) verdicts of a two-party analysis, by horizon. {@code nm}
 * is null when NM was not asked for.
 */
public record Foresight(Map<Integer, LimitedMove.Verdicts> horizons, LimitedMove.NonMyopic nm) {
  public Foresight {
    horizons = new TreeMap<>(horizons);
  }

  /** Label of a horizon column, e.g. {@code L3}. */
  public static String label(int h) {
    return "L" + h;
  }

  /** States L_h-stable for both decision makers under every tie resolution. */
  public BitSet equilibria(int h) {
    return both(horizons.get(h).stableUnderEvery());
  }

  /** States L_h-stable for both under some tie resolution. */
  public BitSet equilibriaUnderSome(int h) {
    return both(horizons.get(h).stableUnderSome());
  }

  static BitSet both(BitSet[] perDm) {
    BitSet b = (BitSet) perDm[0].clone();
    for (int d = 1; d < perDm.length; d++) {
      b.and(perDm[d]);
    }
    return b;
  }
}
