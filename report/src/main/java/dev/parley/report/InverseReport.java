package dev.parley.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parley.core.graph.GraphModel;
import dev.parley.core.inverse.Atom;
import dev.parley.core.inverse.InverseCount;
import dev.parley.core.inverse.MinimalChange;
import dev.parley.core.inverse.PreferenceSpace;
import dev.parley.core.inverse.TargetCheck;
import dev.parley.core.inverse.TargetConditions;
import dev.parley.core.progress.Progress;
import dev.parley.core.stability.Concept;
import dev.parley.core.state.StateSpace;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Inverse analysis of one target state (docs/semantics.md §3.3): per concept, the conditions on the
 * preferences, the comparisons the verdict depends on, the number of rankings within the varied
 * range that make the target an equilibrium (with a listing), and the smallest change that makes it
 * one (or, if it is one, breaks it).
 */
public final class InverseReport extends MediatorReport {
  /** Everything computed for one concept. */
  public record PerConcept(
      Concept concept,
      boolean equilibrium,
      boolean[] stableFor,
      TargetConditions conditions,
      String conditionsTooLarge,
      List<Atom> critical,
      InverseCount.Result count,
      InverseCount.Listing listing,
      MinimalChange.Result change) {}

  private final int target;
  private final PreferenceSpace countSpace;
  private final PreferenceSpace changeSpace;
  private final List<PerConcept> results;
  private Hints hints = Hints.NEUTRAL;

  /**
   * Words for the front end's controls where the report points to more: its own pointers and those
   * of the conditions it writes out.
   */
  public InverseReport hints(Hints h) {
    this.hints = h;
    this.text = new MediatorText(model, h);
    return this;
  }

  private InverseReport(
      GraphModel model,
      int target,
      PreferenceSpace countSpace,
      PreferenceSpace changeSpace,
      int bound,
      List<PerConcept> results,
      String modelFile) {
    super(model, bound, modelFile, "inverse");
    this.target = target;
    this.countSpace = countSpace;
    this.changeSpace = changeSpace;
    this.results = results;
  }

  /**
   * Computes the report.
   *
   * @param countSpace the rankings counted and listed (the current profile alone when nothing
   *     varies)
   * @param changeSpace where the smallest change is searched
   * @param listLimit how many rankings to list per concept
   * @param bound the most swaps searched for the smallest change
   * @param progress told of each concept in turn, and checked between concepts
   */
  public static InverseReport compute(
      GraphModel model,
      int target,
      List<Concept> concepts,
      PreferenceSpace countSpace,
      PreferenceSpace changeSpace,
      int listLimit,
      int bound,
      long budget,
      String modelFile,
      Progress progress) {
    TargetCheck check = new TargetCheck(model, target);
    int[][] current = current(model);
    List<PerConcept> out = new ArrayList<>();
    // one concept at a time: each is counted on its own, and a cancelled run stops between them
    for (int k = 0; k < concepts.size(); k++) {
      progress.check();
      Concept c = concepts.get(k);
      progress.report("inverse analysis: " + c.label(), k, concepts.size());
      InverseCount.Result count =
          InverseCount.count(countSpace, target, List.of(c), InverseCount.Limits.DEFAULT).get(0);
      boolean eq = check.equilibrium(c, current);
      boolean[] stable = new boolean[model.dmCount()];
      for (int d = 0; d < stable.length; d++) {
        stable[d] = check.stable(c, d, current);
      }
      TargetConditions tc = null;
      String tooLarge = null;
      List<Atom> critical = List.of();
      try {
        tc = TargetConditions.of(check, c);
        critical = tc.critical(current);
      } catch (TargetConditions.TooLarge e) {
        tooLarge = e.getMessage();
      }
      InverseCount.Listing listing =
          listLimit > 0
              ? InverseCount.list(countSpace, target, List.of(c), listLimit, 1_000_000)
              : null;
      MinimalChange.Result change =
          MinimalChange.forTarget(changeSpace, check, c, !eq, bound, budget);
      out.add(new PerConcept(c, eq, stable, tc, tooLarge, critical, count, listing, change));
    }
    progress.check();
    return new InverseReport(model, target, countSpace, changeSpace, bound, out, modelFile);
  }

  public List<PerConcept> results() {
    return results;
  }

  /** The target state. */
  public int target() {
    return target;
  }

  /** The rankings counted and listed. */
  public PreferenceSpace countSpace() {
    return countSpace;
  }

  /** Where the smallest changes were searched. */
  public PreferenceSpace changeSpace() {
    return changeSpace;
  }

  /** The most swaps searched. */
  static int[][] current(GraphModel model) {
    int[][] p = new int[model.dmCount()][];
    for (int d = 0; d < p.length; d++) {
      p[d] = model.payoffs(d);
    }
    return p;
  }

  public String render(Doc.Style style) {
    Narrator nar = text.narrator();
    Doc doc = new Doc();
    doc.heading(1, "What it would take: " + nar.label(target));
    doc.para(nar.describe(target) + ".");
    List<String> setup = new ArrayList<>();
    setup.add(
        "Counted over: "
            + (countSpace.varied().length == 0
                ? "the current preferences only (" + hints.text(Hint.VARY_RANKINGS) + ")"
                : ranges(countSpace))
            + ".");
    setup.add(
        "Smallest changes searched over: "
            + ranges(changeSpace)
            + ", up to "
            + bound
            + (statements(changeSpace)
                ? " adjacent swaps (one swap exchanges two neighbouring prioritized statements)."
                : " adjacent swaps (one swap exchanges two neighbouring tie groups; ties are kept"
                    + " together)."));
    doc.bullets(setup);
    for (PerConcept r : results) {
      concept(doc, r);
    }
    return signed(doc, style, " · target " + nar.label(target));
  }

  private static boolean statements(PreferenceSpace space) {
    int[] v = space.varied();
    return v.length > 0 && space.variation(v[0]).metric() == PreferenceSpace.Metric.STATEMENTS;
  }

  private String ranges(PreferenceSpace space) {
    List<String> parts = new ArrayList<>();
    for (int d : space.varied()) {
      parts.add(text.range(space.variation(d)));
    }
    return parts.isEmpty() ? "nothing" : String.join("; ", parts);
  }

  private void concept(Doc doc, PerConcept r) {
    Narrator nar = text.narrator();
    doc.heading(2, r.concept().label());
    doc.para(English.capital(r.concept().meaning()) + ".");
    List<String> now = new ArrayList<>();
    List<String> unstable = new ArrayList<>();
    for (int d = 0; d < model.dmCount(); d++) {
      if (!r.stableFor()[d]) {
        unstable.add(nar.dm(d));
      }
    }
    now.add(
        English.capital(nar.label(target))
            + (r.equilibrium()
                ? " is a " + r.concept().label() + " equilibrium now."
                : " is not a "
                    + r.concept().label()
                    + " equilibrium now: it is unstable for "
                    + String.join(", ", unstable)
                    + "."));
    InverseCount.Result c = r.count();
    if (c.exact()) {
      now.add(
          c.count()
              + " of "
              + c.total()
              + (c.total().equals(java.math.BigInteger.ONE) ? " profile" : " profiles")
              + " examined make it an equilibrium ("
              + method(c.method())
              + ").");
    } else {
      now.add("Not counted: " + c.refusal() + ".");
    }
    now.add(changeSentence(r));
    doc.bullets(now);
    if (r.conditions() == null) {
      doc.para("The conditions are not written out: " + r.conditionsTooLarge() + ".");
    } else {
      doc.heading(3, "Conditions, decision maker by decision maker");
      doc.para(
          "Each move the decision maker could make from "
              + nar.label(target)
              + " must be deterred: every condition below must hold at once (an AND over the"
              + " moves), and each is met by its first clause or by one of the sanctions after it.");
      for (int d = 0; d < model.dmCount(); d++) {
        List<TargetConditions.Clause> cls = r.conditions().clauses(d);
        List<String> items = new ArrayList<>();
        for (TargetConditions.Clause cl : cls) {
          items.add(text.clause(cl, r.concept()));
        }
        doc.para(
            nar.dm(d)
                + (cls.isEmpty()
                    ? ": no move from " + nar.label(target) + ", so nothing to deter."
                    : " (" + cls.size() + (cls.size() == 1 ? " move" : " moves") + "):"));
        doc.bullets(items);
      }
    }
    if (r.equilibrium() && r.conditions() != null) {
      doc.heading(3, "What the verdict depends on");
      if (r.critical().isEmpty()) {
        doc.para(
            "No single comparison is critical: wherever one of them is reversed, another still"
                + " deters the move.");
      } else {
        doc.para(
            "Reversing any one of these comparisons, everything else as it is, would end the "
                + r.concept().label()
                + " equilibrium:");
        List<String> items = new ArrayList<>();
        r.critical().forEach(a -> items.add(text.atom(a)));
        doc.bullets(items);
      }
    }
    if (r.change().found() && r.change().distance() > 0) {
      doc.heading(3, "Smallest change, side by side");
      List<String> header = new ArrayList<>();
      List<List<String>> rows = text.sideBySide(changeSpace, r.change().orders(), header);
      doc.para("An asterisk (*) marks a changed position.");
      doc.table(header, rows);
    }
    if (r.listing() != null
        && !r.listing().profiles().isEmpty()
        && countSpace.varied().length > 0) {
      doc.heading(3, "Rankings that make it an equilibrium");
      List<String> items = new ArrayList<>();
      int k = 0;
      for (int[][] o : r.listing().profiles()) {
        k++;
        List<String> parts = new ArrayList<>();
        for (int d : countSpace.varied()) {
          PreferenceSpace.Variation v = countSpace.variation(d);
          List<String> tiers = new ArrayList<>();
          for (int x : o[d]) {
            tiers.add(text.item(v, x));
          }
          parts.add(
              model.conflict().decisionMakers().get(d).id() + ": " + String.join(" > ", tiers));
        }
        items.add(k + ". " + String.join("; ", parts));
      }
      doc.bullets(items);
      if (c.exact() && c.count().compareTo(java.math.BigInteger.valueOf(k)) > 0) {
        doc.para("(the first " + k + " of " + c.count() + "; " + hints.text(Hint.LIST_MORE) + ")");
      }
    }
  }

  private String changeSentence(PerConcept r) {
    MinimalChange.Result ch = r.change();
    String what = r.equilibrium() ? "break it" : "make it one";
    if (ch.found()) {
      return "Smallest change to " + what + ": " + text.change(changeSpace, ch) + ".";
    }
    if (ch.exhausted()) {
      return "No change of the varied preferences can " + what + ".";
    }
    return "No change of at most " + ch.searchedDepth() + " swaps can " + what + ".";
  }

  static String method(InverseCount.Method m) {
    return switch (m) {
      case ENUMERATED -> "exact: every profile checked";
      case PER_DECISION_MAKER -> "exact: product of per-decision-maker counts";
      case CLASSES -> "exact: profiles grouped by what the checks read";
      case REFUSED -> "not counted";
    };
  }

  /** The {@code inverse} object: target, ranges and per concept its results. */
  @Override
  public ObjectNode tree() {
    ObjectNode n = MediatorJson.MAPPER.createObjectNode();
    n.put("target", StateSpace.number(target));
    String name = text.narrator().name(target);
    if (name != null) {
      n.put("targetName", name);
    }
    n.set("varied", MediatorJson.space(model, countSpace));
    n.set("changeSearch", MediatorJson.space(model, changeSpace));
    n.put("bound", bound);
    ObjectNode cs = n.putObject("concepts");
    for (PerConcept r : results) {
      ObjectNode cn = cs.putObject(r.concept().id());
      cn.put("equilibrium", r.equilibrium());
      ObjectNode sf = cn.putObject("stableFor");
      for (int d = 0; d < model.dmCount(); d++) {
        sf.put(MediatorJson.dm(model, d), r.stableFor()[d]);
      }
      InverseCount.Result c = r.count();
      if (c.exact()) {
        cn.put("count", c.count());
      } else {
        cn.putNull("count");
        cn.put("refused", c.refusal());
      }
      cn.put("total", c.total());
      cn.put("method", c.method().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
      cn.set("smallestChange", MediatorJson.change(model, changeSpace, r.change(), text));
      ArrayNode crit = cn.putArray("dependsOn");
      r.critical().forEach(a -> crit.add(MediatorJson.atom(model, a)));
      if (r.conditions() != null) {
        cn.set("conditions", MediatorJson.conditions(model, r.conditions()));
      } else {
        cn.put("conditionsTooLarge", r.conditionsTooLarge());
      }
      if (r.listing() != null) {
        ArrayNode list = cn.putArray("rankings");
        for (int[][] o : r.listing().profiles()) {
          ObjectNode pn = list.addObject();
          for (int d : countSpace.varied()) {
            PreferenceSpace.Variation v = countSpace.variation(d);
            ArrayNode arr = pn.putArray(MediatorJson.dm(model, d));
            for (int x : o[d]) {
              if (v.metric() == PreferenceSpace.Metric.STATEMENTS) {
                arr.add(text.item(v, x));
              } else {
                MediatorJson.addTier(arr, v.item(x));
              }
            }
          }
        }
      }
    }
    return n;
  }

  /** Per concept, for callers that need the pieces (e.g. the briefing). */
  public Map<Concept, PerConcept> byConcept() {
    Map<Concept, PerConcept> m = new LinkedHashMap<>();
    results.forEach(r -> m.put(r.concept(), r));
    return m;
  }
}
