package dev.parley.server.analysis;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parley.core.graph.GraphModel;
import dev.parley.core.inverse.GoalSeeker;
import dev.parley.core.inverse.InverseCount;
import dev.parley.core.inverse.MinimalChange;
import dev.parley.core.inverse.PreferenceSpace;
import dev.parley.core.inverse.Robustness;
import dev.parley.core.inverse.TargetConditions;
import dev.parley.core.model.PreferenceSpec;
import dev.parley.core.stability.Concept;
import dev.parley.core.state.StateSpace;
import dev.parley.report.GoalsReport;
import dev.parley.report.InverseReport;
import dev.parley.report.MediatorText;
import dev.parley.report.Narrator;
import dev.parley.report.ResultJson;
import dev.parley.report.RobustnessReport;
import java.math.BigInteger;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The mediator's analyses for the workbench (docs/mediator.md), shaped for the browser: the use
 * cases ({@link dev.parley.app.Inverse}, {@link dev.parley.app.Goals}, {@link
 * dev.parley.app.Robustness}) compute, and each answer here is the command line's JSON ({@code
 * parley inverse|goals|robustness --format json}) with the same findings in sentences beside it,
 * and the current rankings, so that the browser can show a change side by side with them.
 */
public final class Mediator {
  private Mediator() {}

  // ---------------------------------------------------------------- inverse

  /** The answer to an inverse analysis, with every finding also in sentences. */
  public static ObjectNode inverse(GraphModel model, InverseReport report) {
    int target = report.target();
    PreferenceSpace countSpace = report.countSpace();
    PreferenceSpace changeSpace = report.changeSpace();
    MediatorText text = new MediatorText(model, WorkbenchHints.HINTS);
    Narrator nar = text.narrator();
    ObjectNode root = ModelText.JSON.createObjectNode();
    root.set("target", Json.state(model, nar, target));
    root.put("targetLabel", nar.label(target));
    root.set("rankings", rankings(model));
    root.set("inverse", report.tree());
    ArrayNode setup = root.putArray("setup");
    setup.add(
        "Counted over "
            + (countSpace.varied().length == 0
                ? "the current preferences only (choose decision makers whose rankings may vary to"
                    + " count rankings)"
                : ranges(text, countSpace))
            + ".");
    setup.add(
        "Smallest changes searched over "
            + ranges(text, changeSpace)
            + ", up to "
            + report.bound()
            + " adjacent swaps ("
            + (statements(changeSpace)
                ? "one swap exchanges two neighbouring prioritized statements"
                : "one swap exchanges two neighbouring tie groups; ties are kept together")
            + ").");
    ObjectNode words = root.putObject("words");
    for (InverseReport.PerConcept r : report.results()) {
      words.set(r.concept().id(), conceptWords(model, text, target, changeSpace, r));
    }
    return root;
  }

  private static ObjectNode conceptWords(
      GraphModel model,
      MediatorText text,
      int target,
      PreferenceSpace changeSpace,
      InverseReport.PerConcept r) {
    Narrator nar = text.narrator();
    Concept c = r.concept();
    ObjectNode o = ModelText.JSON.createObjectNode();
    o.put("label", c.label());
    o.put("meaning", c.meaning());
    List<String> unstable = new ArrayList<>();
    for (int d = 0; d < model.dmCount(); d++) {
      if (!r.stableFor()[d]) {
        unstable.add(nar.dm(d));
      }
    }
    o.put(
        "verdict",
        capital(nar.label(target))
            + (r.equilibrium()
                ? " is a " + c.label() + " equilibrium now."
                : " is not a "
                    + c.label()
                    + " equilibrium now: it is unstable for "
                    + String.join(", ", unstable)
                    + "."));
    InverseCount.Result count = r.count();
    if (count.exact()) {
      o.put(
          "count",
          number(count.count())
              + " of "
              + number(count.total())
              + (count.total().equals(BigInteger.ONE) ? " profile" : " profiles")
              + " examined make it a "
              + c.label()
              + " equilibrium ("
              + method(count.method())
              + ").");
    } else {
      o.put("count", "Not counted: " + count.refusal() + ".");
    }
    MinimalChange.Result ch = r.change();
    String what = r.equilibrium() ? "break it" : "make it one";
    o.put("changeGoal", r.equilibrium() ? "break" : "make");
    if (ch.found()) {
      o.put(
          "change",
          ch.distance() == 0
              ? "No change is needed."
              : "Smallest change to " + what + ": " + text.change(changeSpace, ch) + ".");
      o.put(
          "changeShort",
          ch.distance() == 0
              ? "No change is needed."
              : capital(text.change(changeSpace, ch)) + ".");
      o.set("sideBySide", sideBySide(model, text, changeSpace, ch.orders()));
    } else if (ch.exhausted()) {
      o.put("change", "No change of the varied preferences can " + what + ".");
    } else {
      o.put("change", "No change of at most " + ch.searchedDepth() + " swaps can " + what + ".");
    }
    ArrayNode conds = o.putArray("conditions");
    if (r.conditions() == null) {
      o.put("conditionsTooLarge", "The conditions are not written out: " + r.conditionsTooLarge());
    } else {
      int[][] current = current(model);
      for (int d = 0; d < model.dmCount(); d++) {
        ObjectNode dn = conds.addObject();
        dn.put("decisionMaker", model.conflict().decisionMakers().get(d).id());
        dn.put("name", nar.dm(d));
        dn.put("holdsNow", r.conditions().stable(d).holds(current));
        List<TargetConditions.Clause> cls = r.conditions().clauses(d);
        dn.put(
            "summary",
            cls.isEmpty()
                ? nar.dm(d) + " has no move from " + nar.label(target) + ", so nothing to deter."
                : nar.dm(d)
                    + " has "
                    + cls.size()
                    + (cls.size() == 1 ? " move" : " moves")
                    + " from "
                    + nar.label(target)
                    + "; "
                    + (cls.size() == 1 ? "it" : "each")
                    + " must be deterred:");
        ArrayNode moves = dn.putArray("moves");
        for (TargetConditions.Clause cl : cls) {
          ObjectNode mn = moves.addObject();
          mn.put("to", StateSpace.number(cl.move()));
          mn.put("holdsNow", cl.condition().holds(current));
          mn.put("sentence", text.clause(cl, c));
        }
      }
    }
    ArrayNode dep = o.putArray("dependsOn");
    r.critical().forEach(a -> dep.add(text.atom(a)));
    if (r.equilibrium() && r.conditions() != null) {
      o.put(
          "dependsOnSummary",
          r.critical().isEmpty()
              ? "No single comparison is critical: wherever one of them is reversed, another still"
                  + " deters the move."
              : "Reversing any one of these comparisons, everything else as it is, would end the "
                  + c.label()
                  + " equilibrium:");
    }
    return o;
  }

  // ---------------------------------------------------------------- goals

  /** The answer to goal seeking: can the goals hold together, and with what smallest change? */
  public static ObjectNode goals(GraphModel model, GoalsReport report) {
    PreferenceSpace space = report.space();
    MediatorText text = new MediatorText(model, WorkbenchHints.HINTS);
    ObjectNode root = ModelText.JSON.createObjectNode();
    root.set("rankings", rankings(model));
    JsonNode cli = report.jsonTree();
    root.set("goals", cli.get("goals"));
    ObjectNode words = root.putObject("words");
    ArrayNode gs = words.putArray("goals");
    report.goals().forEach(g -> gs.add(capital(report.goal(g)) + "."));
    words.put("over", "Preferences that may change: " + ranges(text, space) + ".");
    GoalSeeker.Outcome out = report.outcome();
    ArrayNode conflict = words.putArray("conflict");
    if (!out.decided()) {
      words.put("outcome", report.undecided());
    } else if (out.achievable()) {
      JsonNode sc = root.get("goals").get("smallestChange");
      boolean nearest = sc != null && !sc.isNull();
      JsonNode shown = nearest ? sc : root.get("goals").get("example");
      int swaps = shown.get("swaps").asInt();
      List<String> rev = new ArrayList<>();
      shown.get("reversals").forEach(x -> rev.add(x.asText()));
      String change =
          swaps == 0
              ? "they hold with the current preferences; no change is needed"
              : swaps + (swaps == 1 ? " swap: " : " swaps: ") + String.join("; ", rev);
      words.put(
          "outcome",
          nearest
              ? "The goals can hold together. The smallest change that achieves every goal: "
                  + change
                  + "."
              : "The goals can hold together, but no change of at most "
                  + report.bound()
                  + " swaps achieves every goal; this one does, with "
                  + change
                  + ".");
      int[][] orders =
          report.nearest() != null && report.nearest().found()
              ? report.nearest().orders()
              : out.orders();
      words.set("sideBySide", sideBySide(model, text, space, orders));
    } else {
      words.put(
          "outcome",
          out.conflict().size() == 1
              ? "The goals conflict: no preferences in the varied ranges meet every goal; this goal"
                  + " alone cannot be met:"
              : "The goals conflict: no preferences in the varied ranges meet every goal. These "
                  + out.conflict().size()
                  + " goals cannot hold together, and dropping any one of them makes the rest"
                  + " achievable:");
      out.conflict().forEach(g -> conflict.add(capital(report.goal(g)) + "."));
    }
    return root;
  }

  // ---------------------------------------------------------------- robustness

  /** The answer to robustness: per concept and state, the fewest swaps that reverse the verdict. */
  public static ObjectNode robustness(GraphModel model, RobustnessReport report) {
    PreferenceSpace space = report.space();
    MediatorText text = new MediatorText(model, WorkbenchHints.HINTS);
    Narrator nar = text.narrator();
    ObjectNode root = ModelText.JSON.createObjectNode();
    root.set("rankings", rankings(model));
    ObjectNode words = ModelText.JSON.createObjectNode();
    List<Concept> cs = report.concepts();
    for (int k = 0; k < cs.size(); k++) {
      Concept c = cs.get(k);
      ObjectNode cw = words.putObject(c.id());
      cw.put("label", c.label());
      cw.put("meaning", c.meaning());
      ArrayNode cells = cw.putArray("cells");
      ArrayNode breaks = cw.putArray("breaks");
      Robustness.Margin[] ms = report.margins()[k];
      for (int s = 0; s < ms.length; s++) {
        Robustness.Margin m = ms[s];
        cells.add(RobustnessReport.cell(m));
        if (!m.equilibrium()) {
          continue;
        }
        ObjectNode b = breaks.addObject();
        b.put("state", StateSpace.number(s));
        b.put(
            "sentence",
            capital(nar.label(s))
                + ", a "
                + c.label()
                + " equilibrium, "
                + (m.found()
                    ? "breaks with " + text.change(space, m.change())
                    : m.never()
                        ? "cannot be broken by any change of the varied preferences"
                        : "is not broken by any change of at most " + m.moreThan() + " swaps")
                + ".");
        if (m.found()) {
          b.set("sideBySide", sideBySide(model, text, space, m.change().orders()));
        }
      }
    }
    root.set("robustness", report.tree());
    root.set("words", words);
    root.put(
        "explanation",
        "The margin of a verdict is the fewest adjacent swaps in "
            + ranges(text, space)
            + " that would reverse it: break an equilibrium, or make a state one. One swap"
            + (statements(space)
                ? " exchanges two neighbouring prioritized statements"
                : " exchanges two neighbouring tie groups of one ranking; ties are kept together")
            + ". \">"
            + report.bound()
            + "\" means no change of at most "
            + report.bound()
            + " swaps does; \"never\" that no change of the varied preferences can.");
    return root;
  }

  // ---------------------------------------------------------------- shared

  /** The current rankings, most preferred first: {@code {DM: [8, [3, 5], ...]}}. */
  static ObjectNode rankings(GraphModel model) {
    ObjectNode prefs = ModelText.JSON.createObjectNode();
    ResultJson.rankings(prefs, model);
    return prefs;
  }

  /**
   * The current and changed preferences of each decision maker a change touches, position by
   * position: {@code [{decisionMaker, name, metric, rows: [{position, now, changed, differs}]}]};
   * for rankings {@code now} and {@code changed} are lists of state numbers (one tie group), for
   * statements the statement's text.
   */
  static ArrayNode sideBySide(
      GraphModel model, MediatorText text, PreferenceSpace space, int[][] orders) {
    ArrayNode out = ModelText.JSON.createArrayNode();
    for (int d : space.varied()) {
      int[] o = orders[d];
      boolean moved = false;
      for (int p = 0; o != null && p < o.length; p++) {
        moved |= o[p] != p;
      }
      if (!moved) {
        continue;
      }
      PreferenceSpace.Variation v = space.variation(d);
      ObjectNode dn = out.addObject();
      dn.put("decisionMaker", model.conflict().decisionMakers().get(d).id());
      dn.put("name", text.narrator().dm(d));
      ArrayNode rows = dn.putArray("rows");
      if (v.metric() == PreferenceSpace.Metric.RANKING) {
        dn.put("metric", "ranking");
        for (int p = 0; p < v.tiers().length; p++) {
          boolean in = p >= v.from() && p <= v.to();
          int[] now = v.tiers()[p];
          int[] changed = in ? v.tiers()[v.from() + o[p - v.from()]] : now;
          ObjectNode row = rows.addObject();
          row.put("position", p + 1);
          states(row.putArray("now"), now);
          states(row.putArray("changed"), changed);
          row.put("differs", in && o[p - v.from()] != p - v.from());
        }
      } else {
        dn.put("metric", "statements");
        PreferenceSpec.Prioritization pr =
            (PreferenceSpec.Prioritization) model.conflict().preferences().get(d);
        for (int p = 0; p < v.size(); p++) {
          ObjectNode row = rows.addObject();
          row.put("position", p + 1);
          row.put("now", pr.statements().get(p).text());
          row.put("changed", pr.statements().get(o[p]).text());
          row.put("differs", o[p] != p);
        }
      }
    }
    return out;
  }

  private static void states(ArrayNode a, int[] tier) {
    for (int s : tier) {
      a.add(StateSpace.number(s));
    }
  }

  private static int[][] current(GraphModel model) {
    int[][] p = new int[model.dmCount()][];
    for (int d = 0; d < p.length; d++) {
      p[d] = model.payoffs(d);
    }
    return p;
  }

  private static boolean statements(PreferenceSpace space) {
    int[] v = space.varied();
    return v.length > 0 && space.variation(v[0]).metric() == PreferenceSpace.Metric.STATEMENTS;
  }

  private static String ranges(MediatorText text, PreferenceSpace space) {
    List<String> parts = new ArrayList<>();
    for (int d : space.varied()) {
      parts.add(text.range(space.variation(d)));
    }
    return parts.isEmpty() ? "nothing" : String.join("; ", parts);
  }

  private static String method(InverseCount.Method m) {
    return switch (m) {
      case ENUMERATED -> "exact: every profile checked";
      case PER_DECISION_MAKER -> "exact: product of per-decision-maker counts";
      case CLASSES -> "exact: profiles grouped by what the checks read";
      case REFUSED -> "not counted";
    };
  }

  private static String number(BigInteger n) {
    return NumberFormat.getIntegerInstance(Locale.UK).format(n);
  }

  private static String capital(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
