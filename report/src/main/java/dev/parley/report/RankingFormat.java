package dev.parley.report;

import dev.parley.core.graph.GraphModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Rankings as GMCR users write them: best first, tie groups in brackets, state numbers. */
public final class RankingFormat {
  /** The most states shown of one tie group; a larger group is cut with its size. */
  static final int TIER_SHOWN = 20;

  private RankingFormat() {}

  /** Tiers best first; each tier the ascending state indices with equal payoff. */
  public static List<List<Integer>> tiers(GraphModel model, int dm) {
    TreeMap<Integer, List<Integer>> byPayoff = new TreeMap<>();
    for (int s = 0; s < model.stateCount(); s++) {
      byPayoff.computeIfAbsent(model.payoff(dm, s), k -> new ArrayList<>()).add(s);
    }
    List<List<Integer>> out = new ArrayList<>();
    for (Map.Entry<Integer, List<Integer>> e : byPayoff.descendingMap().entrySet()) {
      out.add(e.getValue());
    }
    return out;
  }

  /** "9, 3, [5, 6], 1" with at most {@code limit} tiers. */
  public static String ranking(GraphModel model, int dm, int limit) {
    List<List<Integer>> tiers = tiers(model, dm);
    List<String> parts = new ArrayList<>();
    for (List<Integer> tier : tiers) {
      if (parts.size() == limit) {
        parts.add("… (" + (tiers.size() - limit) + " more groups)");
        break;
      }
      if (tier.size() == 1) {
        parts.add(String.valueOf(tier.get(0) + 1));
      } else {
        List<String> t = new ArrayList<>();
        for (int s : tier) {
          if (t.size() == TIER_SHOWN && tier.size() > TIER_SHOWN + 1) {
            t.add(String.format(java.util.Locale.ROOT, "… %,d states in all", tier.size()));
            break;
          }
          t.add(String.valueOf(s + 1));
        }
        parts.add("[" + String.join(", ", t) + "]");
      }
    }
    return String.join(", ", parts);
  }
}
