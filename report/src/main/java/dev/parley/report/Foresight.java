package dev.parley.report;

import dev.parley.core.foresight.LimitedMove;
import dev.parley.core.graph.GraphModel;
import java.util.BitSet;
import java.util.List;
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

  /** The largest model NM is computed for: it needs 8m horizons of m sets each. */
  public static final int NM_STATE_LIMIT = 2000;

  /** Why foresight cannot be computed for a model: the message a front end shows as it is. */
  public static final class Refused extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    Refused(String message) {
      super(message);
    }
  }

  /**
   * The limited-move verdicts for {@code horizons} (each at least 1) and, when {@code nonMyopic},
   * the NM verdicts of {@code model}, checked first: both need two decision makers, NM at most
   * {@link #NM_STATE_LIMIT} states. The one computation the command line and the server share.
   *
   * @param modelName how the message names the model (its file)
   * @throws Refused when the model is not one they are defined or computed for
   */
  public static Foresight compute(
      GraphModel model, String modelName, List<Integer> horizons, boolean nonMyopic) {
    if (model.dmCount() != 2) {
      throw new Refused(
          "limited-move (L1, L2, ...) and non-myopic (NM) stability are defined for two decision"
              + " makers; "
              + modelName
              + " has "
              + model.dmCount()
              + ". Use nash, gmr, smr, seq, sim or seqsim (see docs/concepts.md).");
    }
    if (nonMyopic && model.stateCount() > NM_STATE_LIMIT) {
      throw new Refused(
          "NM examines horizons up to 8 × the number of states; "
              + model.stateCount()
              + " states is more than the "
              + NM_STATE_LIMIT
              + " it handles. Use L1, L2, ... with a fixed horizon instead.");
    }
    LimitedMove lm = new LimitedMove(model);
    Map<Integer, LimitedMove.Verdicts> byH = new TreeMap<>();
    if (!horizons.isEmpty()) {
      int max = horizons.stream().mapToInt(Integer::intValue).max().getAsInt();
      LimitedMove.Verdicts[] all = lm.horizons(max);
      horizons.forEach(h -> byH.put(h, all[h - 1]));
    }
    return new Foresight(byH, nonMyopic ? lm.nonMyopic() : null);
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
