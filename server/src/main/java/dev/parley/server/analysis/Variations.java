package dev.parley.server.analysis;

import dev.parley.core.graph.GraphModel;
import dev.parley.core.inverse.PreferenceSpace;
import dev.parley.core.model.DecisionMaker;
import dev.parley.core.model.PreferenceSpec;
import dev.parley.io.LoadedModel;
import dev.parley.io.ScenarioReader;
import dev.parley.io.StateRefException;
import dev.parley.io.StateRefs;
import dev.parley.server.errors.ApiError;
import java.util.ArrayList;
import java.util.List;

/**
 * What a mediator's request varies, read from its fields: the slices of rankings or statement
 * orders ({@code vary}), and the decision makers and states it names, each refused with a 400 that
 * says which field and why.
 */
final class Variations {
  private Variations() {}

  /**
   * The rankings to count over: {@code vary} entries {@code DM} (the whole ranking) or {@code
   * DM=FROM..TO} (tie groups at those positions, 1 = most preferred); the current profile alone
   * when there are none.
   */
  static PreferenceSpace rankings(LoadedModel loaded, List<String> vary) {
    GraphModel g = loaded.graphModel();
    PreferenceSpace space = PreferenceSpace.fixed(g);
    for (int k = 0; k < vary.size(); k++) {
      String t = vary.get(k) == null ? "" : vary.get(k).strip();
      String field = "vary[" + k + "]";
      int eq = t.indexOf('=');
      String who = eq < 0 ? t : t.substring(0, eq).strip();
      int d = dm(g, who, field);
      int tiers = PreferenceSpace.tiers(g, d).length;
      int from = 0;
      int to = tiers - 1;
      if (eq >= 0) {
        int[] r = ScenarioReader.positions(t.substring(eq + 1), tiers);
        if (r == null) {
          throw ApiError.badRequest(
              field
                  + " '"
                  + t
                  + "': give positions FROM..TO within 1.."
                  + tiers
                  + " (1 = the most preferred tie group of "
                  + who
                  + "'s current ranking, which has "
                  + tiers
                  + "), e.g. "
                  + who
                  + "=1.."
                  + tiers);
        }
        from = r[0];
        to = r[1];
      }
      if (from == to) {
        throw ApiError.badRequest(
            field
                + " '"
                + t
                + "': a range of one position changes nothing; give at least two positions, or"
                + " the decision maker alone for its whole ranking");
      }
      space = space.withRanking(d, from, to);
    }
    return space;
  }

  /**
   * Where smallest changes are searched: the {@code vary} ranges when given, else every decision
   * maker's whole ranking; with metric {@code statements}, statement orders instead.
   */
  static PreferenceSpace changes(LoadedModel loaded, List<String> vary, String metric) {
    GraphModel g = loaded.graphModel();
    if (metric == null
        || metric.equalsIgnoreCase("ranking")
        || metric.equalsIgnoreCase("rankings")) {
      return vary.isEmpty() ? PreferenceSpace.wholeRankings(g) : rankings(loaded, vary);
    }
    if (!metric.equalsIgnoreCase("statements")) {
      throw ApiError.badRequest("metric '" + metric + "': use ranking (the default) or statements");
    }
    PreferenceSpace space = PreferenceSpace.fixed(g);
    if (vary.isEmpty()) {
      space = PreferenceSpace.statementOrders(g);
    } else {
      for (int k = 0; k < vary.size(); k++) {
        String v = vary.get(k) == null ? "" : vary.get(k);
        String who = v.contains("=") ? v.substring(0, v.indexOf('=')).strip() : v.strip();
        int d = dm(g, who, "vary[" + k + "]");
        if (!(g.conflict().preferences().get(d) instanceof PreferenceSpec.Prioritization p)
            || p.statements().size() < 2) {
          throw ApiError.badRequest(
              "metric statements: "
                  + who
                  + " has no list of two or more prioritized statements; use metric ranking");
        }
        space = space.withStatements(d);
      }
    }
    if (space.varied().length == 0) {
      throw ApiError.badRequest(
          "metric statements: no decision maker has two or more prioritized statements; use"
              + " metric ranking");
    }
    return space;
  }

  static int dm(GraphModel g, String ref, String field) {
    List<String> ids = new ArrayList<>();
    for (int d = 0; d < g.dmCount(); d++) {
      DecisionMaker dm = g.conflict().decisionMakers().get(d);
      if (dm.id().equalsIgnoreCase(ref) || dm.name().equalsIgnoreCase(ref)) {
        return d;
      }
      ids.add(dm.id());
    }
    throw ApiError.badRequest(
        field + ": unknown decision maker '" + ref + "'; the model has " + String.join(", ", ids));
  }

  static int state(LoadedModel loaded, String ref, String field) {
    if (ref == null || ref.isBlank()) {
      throw ApiError.badRequest(
          field + " is required: a state number, a named state or a Y/N text, e.g. \"deal\" or 8");
    }
    try {
      return StateRefs.resolve(ref, loaded);
    } catch (StateRefException e) {
      throw ApiError.badRequest(
          field
              + " '"
              + ref
              + "': "
              + e.getMessage()
              + (e.hint() == null ? "" : " (" + e.hint() + ")"));
    }
  }
}
