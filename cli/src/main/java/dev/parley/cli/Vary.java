package dev.parley.cli;

import dev.parley.app.ModelInput;
import dev.parley.core.graph.GraphModel;
import dev.parley.core.inverse.PreferenceSpace;
import dev.parley.core.model.PreferenceSpec;
import java.util.List;

/**
 * The preferences a mediator's command varies: {@code --vary DM} (the whole ranking) or {@code
 * --vary DM=FROM..TO} (tiers at positions FROM to TO of the current ranking, 1 = most preferred),
 * and {@code --metric statements} for statement orders.
 */
final class Vary {
  private Vary() {}

  /** The space the {@code --vary} options name; the current profile alone when there are none. */
  static PreferenceSpace rankings(ModelInput in, List<String> vary) {
    GraphModel g = in.model;
    PreferenceSpace space = PreferenceSpace.fixed(g);
    for (String v : vary) {
      String t = v.strip();
      int eq = t.indexOf('=');
      String who = eq < 0 ? t : t.substring(0, eq).strip();
      int d = in.dm(who);
      int tiers = PreferenceSpace.tiers(g, d).length;
      int from = 0;
      int to = tiers - 1;
      if (eq >= 0) {
        int[] r = dev.parley.io.ScenarioReader.positions(t.substring(eq + 1), tiers);
        if (r == null) {
          throw new UserError(
              "--vary "
                  + t
                  + ": give positions FROM..TO within 1.."
                  + tiers
                  + " (1 = the most preferred tie group of "
                  + who
                  + "'s current ranking; it has "
                  + tiers
                  + ")");
        }
        from = r[0];
        to = r[1];
      }
      if (from == to) {
        throw new UserError("--vary " + t + ": a range of one position changes nothing");
      }
      space = space.withRanking(d, from, to);
    }
    return space;
  }

  /**
   * Where smallest changes are searched: the {@code --vary} ranges when given, else every decision
   * maker's whole ranking; with {@code statements}, statement orders instead.
   */
  static PreferenceSpace changes(ModelInput in, List<String> vary, String metric) {
    GraphModel g = in.model;
    if (metric == null
        || metric.equalsIgnoreCase("ranking")
        || metric.equalsIgnoreCase("rankings")) {
      return vary.isEmpty() ? PreferenceSpace.wholeRankings(g) : rankings(in, vary);
    }
    if (!metric.equalsIgnoreCase("statements")) {
      throw new UserError("--metric " + metric + ": use ranking (default) or statements");
    }
    PreferenceSpace space = PreferenceSpace.fixed(g);
    if (vary.isEmpty()) {
      space = PreferenceSpace.statementOrders(g);
    } else {
      for (String v : vary) {
        String who = v.contains("=") ? v.substring(0, v.indexOf('=')).strip() : v.strip();
        int d = in.dm(who);
        if (!(in.conflict.preferences().get(d) instanceof PreferenceSpec.Prioritization p)
            || p.statements().size() < 2) {
          throw new UserError(
              "--metric statements: " + who + " has no list of two or more prioritized statements");
        }
        space = space.withStatements(d);
      }
    }
    if (space.varied().length == 0) {
      throw new UserError(
          "--metric statements: no decision maker has two or more prioritized statements");
    }
    return space;
  }
}
