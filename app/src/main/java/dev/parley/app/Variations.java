package dev.parley.app;

import dev.parley.core.graph.GraphModel;
import dev.parley.core.inverse.PreferenceSpace;
import dev.parley.core.model.PreferenceSpec;
import dev.parley.io.ScenarioReader;
import java.util.List;

/**
 * What a mediator's request varies (inverse, goals, robustness), read once for both front ends: the
 * {@code vary} entries {@code DM} (the whole ranking) or {@code DM=FROM..TO} (the tie groups at
 * positions FROM to TO of the current ranking, 1 = most preferred), the {@code metric} (ranking or
 * statements), and the states, decision makers and numbers a request names. Each problem is a
 * {@link BadRequest} naming its field: {@code vary[1]} for the second entry (the command line shows
 * it as {@code --vary}).
 */
public final class Variations {
  private Variations() {}

  /** The metric of smallest changes and margins: one swap exchanges two neighbouring tie groups. */
  public static final String RANKING = "ranking";

  /** The metric that exchanges two neighbouring prioritized statements. */
  public static final String STATEMENTS = "statements";

  /**
   * The rankings to count over: what the {@code vary} entries name; the current profile alone when
   * there are none.
   *
   * @throws BadRequest for an unknown decision maker, positions out of range or a single position
   */
  public static PreferenceSpace rankings(ModelInput in, List<String> vary) {
    GraphModel g = in.model;
    PreferenceSpace space = PreferenceSpace.fixed(g);
    for (int k = 0; k < vary.size(); k++) {
      String t = vary.get(k) == null ? "" : vary.get(k).strip();
      String field = field(k);
      int eq = t.indexOf('=');
      String who = eq < 0 ? t : t.substring(0, eq).strip();
      int d = dm(in, who, field);
      int tiers = PreferenceSpace.tiers(g, d).length;
      int from = 0;
      int to = tiers - 1;
      if (eq >= 0) {
        int[] r = ScenarioReader.positions(t.substring(eq + 1), tiers);
        if (r == null) {
          throw new BadRequest(
              field,
              t
                  + ": give positions FROM..TO within 1.."
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
        throw new BadRequest(
            field,
            t
                + ": a range of one position changes nothing; give at least two positions, or the"
                + " decision maker alone for its whole ranking");
      }
      space = space.withRanking(d, from, to);
    }
    return space;
  }

  /**
   * Where smallest changes and margins are searched: the {@code vary} ranges when given, else every
   * decision maker's whole ranking; with metric {@code statements}, statement orders instead (of
   * the decision makers {@code vary} names, else of every one with two or more statements).
   *
   * @throws BadRequest for an unknown metric, or statements where there are none to reorder
   */
  public static PreferenceSpace changes(ModelInput in, List<String> vary, String metric) {
    GraphModel g = in.model;
    if (!statements(metric)) {
      return vary.isEmpty() ? PreferenceSpace.wholeRankings(g) : rankings(in, vary);
    }
    PreferenceSpace space = PreferenceSpace.fixed(g);
    if (vary.isEmpty()) {
      space = PreferenceSpace.statementOrders(g);
    } else {
      for (int k = 0; k < vary.size(); k++) {
        String v = vary.get(k) == null ? "" : vary.get(k);
        String who = v.contains("=") ? v.substring(0, v.indexOf('=')).strip() : v.strip();
        int d = dm(in, who, field(k));
        if (!(in.conflict.preferences().get(d) instanceof PreferenceSpec.Prioritization p)
            || p.statements().size() < 2) {
          throw new BadRequest(
              "metric",
              "statements: "
                  + who
                  + " has no list of two or more prioritized statements; use ranking (the"
                  + " default)");
        }
        space = space.withStatements(d);
      }
    }
    if (space.varied().length == 0) {
      throw new BadRequest(
          "metric",
          "statements: no decision maker has two or more prioritized statements; use ranking (the"
              + " default)");
    }
    return space;
  }

  /**
   * Whether {@code metric} asks for statement orders: {@code statements}; {@code ranking} (or
   * {@code rankings}, or none) for rankings.
   *
   * @throws BadRequest for any other metric
   */
  public static boolean statements(String metric) {
    if (metric == null
        || metric.equalsIgnoreCase(RANKING)
        || metric.equalsIgnoreCase(RANKING + "s")) {
      return false;
    }
    if (!metric.equalsIgnoreCase(STATEMENTS)) {
      throw new BadRequest("metric", metric + ": use ranking (the default) or statements");
    }
    return true;
  }

  /**
   * The state {@code ref} names (a number, a named state, a Y/N/- text), for the request field
   * {@code field}.
   *
   * @throws BadRequest naming the field, for no reference or one that names no state
   */
  public static int state(ModelInput in, String ref, String field) {
    if (ref == null || ref.isBlank()) {
      throw new BadRequest(
          field, "is required: a state number, a named state or a Y/N text, e.g. \"deal\" or 8");
    }
    try {
      return in.state(ref);
    } catch (BadRequest e) {
      throw new BadRequest(field, String.join("; ", e.lines()));
    }
  }

  /**
   * The decision maker {@code ref} names (its id or name, in any case), for the request field
   * {@code field}.
   *
   * @throws BadRequest naming the field and the decision makers the model has
   */
  public static int dm(ModelInput in, String ref, String field) {
    try {
      return in.dm(ref);
    } catch (BadRequest e) {
      throw new BadRequest(field, String.join("; ", e.lines()));
    }
  }

  /**
   * Refuses a number outside {@code min..max} for the request field {@code field}.
   *
   * @throws BadRequest "{@code field} 99: give a number from 0 to 50"
   */
  public static void requireRange(String field, long value, long min, long max) {
    if (value < min || value > max) {
      throw new BadRequest(field, value + ": give a number from " + min + " to " + max);
    }
  }

  /** The field of the {@code k}th {@code vary} entry. */
  private static String field(int k) {
    return "vary[" + k + "]";
  }
}
