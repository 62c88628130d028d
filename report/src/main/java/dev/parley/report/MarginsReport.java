package dev.parley.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parley.core.graph.GraphModel;
import dev.parley.core.probability.Margin;
import dev.parley.core.probability.Probabilities;
import dev.parley.core.probability.ProbabilityResult;
import dev.parley.core.probability.ProbabilitySpec;
import dev.parley.core.probability.StatedProbability;
import dev.parley.core.probability.Thresholds;
import dev.parley.core.stability.Concept;
import dev.parley.core.state.StateSpace;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The verdicts of the probabilistic concepts and how close each is to flipping (docs/semantics.md
 * §5.5), in words and as JSON: the stated probabilities, a table of verdicts per concept, and for
 * each verdict that a change of threshold would flip, the threshold, the margin and the comparison
 * that decides it.
 */
public final class MarginsReport {
  /** Above this many states the per-concept table is left out (the sentences remain). */
  static final int TABLE_STATES = 40;

  /** At most this many deciding comparisons are named in one sentence. */
  static final int MOST_NAMED = 3;

  private final GraphModel model;
  private final ProbabilitySpec spec;
  private final Probabilities p;
  private final ProbabilityResult result;
  private final String modelFile;
  private final Narrator narrator;

  /**
   * The report of {@code result}, computed from {@code model} with {@code spec}'s comparisons
   * (null: the model states none).
   */
  public MarginsReport(
      GraphModel model,
      ProbabilitySpec spec,
      Probabilities p,
      ProbabilityResult result,
      String modelFile) {
    this.model = model;
    this.spec = spec;
    this.p = p;
    this.result = result;
    this.modelFile = modelFile;
    this.narrator = new Narrator(model);
  }

  /** A probability or threshold in millionths, as a short decimal: 0.6, 0.45, 0. */
  static String number(int micro) {
    return BigDecimal.valueOf(micro, 6).stripTrailingZeros().toPlainString();
  }

  /** The report as text or Markdown. */
  public String render(Doc.Style style) {
    return Doc.report(
        "Margins: " + model.conflict().title(), d -> appendTo(d, 3), modelFile, style);
  }

  /** The sections, headed at {@code level}, for the command's report and the briefing. */
  public void appendTo(Doc doc, int level) {
    doc.para("Bottom line: " + bottomLine());
    doc.para(
        "P is the probability that a decision maker prefers one state to another. A move counts as"
            + " an improvement when its P is above the mover's threshold τ, and a sanction deters"
            + " when its P is at most τ. A verdict changes only where τ crosses one of the"
            + " probabilities; its margin is the distance from τ to the nearest such point.");
    doc.heading(level, "Stated probabilities");
    doc.bullets(stated());
    for (Concept c : result.concepts()) {
      doc.heading(level, c.label() + ": how close each verdict is to flipping");
      if (model.stateCount() <= TABLE_STATES) {
        doc.table(header(), rows(c));
      }
      List<String> items = new ArrayList<>();
      for (Entry e : flippable(c)) {
        items.add(sentence(c, e));
      }
      int holds = model.dmCount() * model.stateCount() - items.size();
      if (holds > 0) {
        items.add(
            items.isEmpty()
                ? "Every verdict holds for every threshold."
                : holds == 1
                    ? "The one other verdict holds for every threshold."
                    : "The other " + holds + " verdicts hold for every threshold.");
      }
      doc.bullets(items);
    }
  }

  /** A verdict: whose, where, and its margin. */
  record Entry(int dm, int state, Margin margin) {}

  /** The thresholds, and the verdict closest to flipping. */
  public String bottomLine() {
    Thresholds t = result.thresholds();
    String at =
        t.isUniform()
            ? "At τ = " + number(t.micro(0))
            : "At each decision maker's own threshold (" + thresholdList() + ")";
    int total = 0;
    Concept nearestConcept = null;
    Entry nearest = null;
    for (Concept c : result.concepts()) {
      for (Entry e : flippable(c)) {
        total++;
        if (nearest == null || e.margin().distance() < nearest.margin().distance()) {
          nearest = e;
          nearestConcept = c;
        }
      }
    }
    if (nearest == null) {
      return at
          + ", every verdict holds for every threshold: the stated probabilities change no"
          + " verdict.";
    }
    return at
        + ", "
        + (total == 1 ? "one verdict" : total + " verdicts")
        + " would flip at another threshold. The closest: "
        + English.sentence(sentence(nearestConcept, nearest));
  }

  private String thresholdList() {
    List<String> parts = new ArrayList<>();
    for (int d = 0; d < model.dmCount(); d++) {
      parts.add(narrator.dm(d) + " " + number(result.thresholds().micro(d)));
    }
    return String.join(", ", parts);
  }

  /** The verdicts of {@code c} that some threshold flips, nearest first. */
  List<Entry> flippable(Concept c) {
    List<Entry> out = new ArrayList<>();
    for (int d = 0; d < model.dmCount(); d++) {
      for (int s = 0; s < model.stateCount(); s++) {
        Margin m = result.margin(c, d, s);
        if (!m.holdsForEveryThreshold()) {
          out.add(new Entry(d, s, m));
        }
      }
    }
    out.sort(Comparator.comparingInt((Entry e) -> e.margin().distance()));
    return out;
  }

  private List<String> stated() {
    List<String> out = new ArrayList<>();
    if (spec != null) {
      for (int d = 0; d < model.dmCount(); d++) {
        for (StatedProbability sp : spec.stated().get(d)) {
          String line =
              English.capital(narrator.dm(d))
                  + " prefers "
                  + narrator.patternLabel(sp.better())
                  + " to "
                  + narrator.patternLabel(sp.worse())
                  + " with probability "
                  + number(Probabilities.micro(sp.p()));
          out.add(line + ModelAnnex.evidenceSuffix(sp.provenance()) + ".");
        }
      }
    }
    if (out.isEmpty()) {
      out.add(
          "The model states no probability: every comparison follows the rankings (1 for a"
              + " preferred state, 0 otherwise), so every verdict is the usual one.");
    } else {
      out.add(
          "Every other comparison follows the rankings: 1 for a preferred state, 0 otherwise; the"
              + " reverse of a stated comparison has the rest.");
    }
    return out;
  }

  private List<String> header() {
    List<String> h = new ArrayList<>();
    h.add("State");
    for (int d = 0; d < model.dmCount(); d++) {
      h.add(model.conflict().decisionMakers().get(d).id());
    }
    return h;
  }

  private List<List<String>> rows(Concept c) {
    List<List<String>> rows = new ArrayList<>();
    for (int s = 0; s < model.stateCount(); s++) {
      List<String> row = new ArrayList<>();
      row.add(narrator.shortLabel(s));
      for (int d = 0; d < model.dmCount(); d++) {
        Margin m = result.margin(c, d, s);
        row.add(
            (m.stable() ? "stable" : "unstable")
                + (m.holdsForEveryThreshold() ? "" : " (" + number(m.distance()) + ")"));
      }
      rows.add(row);
    }
    return rows;
  }

  /**
   * "Driver 1 at state 4 (both swerve): unstable at τ = 0.5; stable at τ ≥ 0.6 (margin 0.1), …".
   */
  String sentence(Concept c, Entry e) {
    int d = e.dm();
    int s = e.state();
    Margin m = e.margin();
    boolean down = m.nearerIsLower();
    String now = m.stable() ? "stable" : "unstable";
    String then = m.stable() ? "unstable" : "stable";
    String where = down ? "τ < " + number(m.lower()) : "τ ≥ " + number(m.upper());
    List<String> named = new ArrayList<>();
    for (int x : m.decidingMoves()) {
      named.add("its move to " + narrator.label(x));
    }
    for (int x : m.decidingOthers()) {
      named.add(narrator.label(x));
    }
    if (named.size() > MOST_NAMED) {
      int more = named.size() - MOST_NAMED;
      named = new ArrayList<>(named.subList(0, MOST_NAMED));
      named.add(more == 1 ? "one more state" : more + " more states");
    }
    String what =
        English.capital(narrator.dm(d))
            + (down ? " counts " : " no longer counts ")
            + English.list(named)
            + " as better than this state (P = "
            + number(m.flipPoint())
            + ")";
    return English.capital(narrator.dm(d))
        + " at "
        + narrator.label(s)
        + ": "
        + now
        + " under "
        + c.label()
        + " at τ = "
        + number(m.threshold())
        + "; "
        + then
        + " at "
        + where
        + " (margin "
        + number(m.distance())
        + "), where "
        + what
        + ".";
  }

  /** The report as JSON. */
  public String json() {
    ObjectNode root = MediatorJson.root(modelFile);
    root.setAll(tree());
    return MediatorJson.write(root);
  }

  /** The result as a JSON tree (without the version and file). */
  public ObjectNode tree() {
    ObjectNode n = MediatorJson.MAPPER.createObjectNode();
    n.put("bottomLine", bottomLine());
    ArrayNode ts = n.putArray("thresholds");
    for (int d = 0; d < model.dmCount(); d++) {
      ObjectNode o = ts.addObject();
      o.put("decisionMaker", MediatorJson.dm(model, d));
      o.put("threshold", result.thresholds().of(d));
    }
    ArrayNode st = n.putArray("stated");
    if (spec != null) {
      for (int d = 0; d < model.dmCount(); d++) {
        for (StatedProbability sp : spec.stated().get(d)) {
          ObjectNode o = st.addObject();
          o.put("decisionMaker", MediatorJson.dm(model, d));
          o.put("better", narrator.patternLabel(sp.better()));
          o.put("worse", narrator.patternLabel(sp.worse()));
          o.put("p", sp.p());
          DilemmasJson.provenance(o, sp.provenance());
        }
      }
    }
    ArrayNode cs = n.putArray("concepts");
    for (Concept c : result.concepts()) {
      ObjectNode co = cs.addObject();
      co.put("concept", c.id());
      ArrayNode vs = co.putArray("verdicts");
      for (int d = 0; d < model.dmCount(); d++) {
        for (int s = 0; s < model.stateCount(); s++) {
          vs.add(verdict(c, d, s));
        }
      }
    }
    return n;
  }

  private ObjectNode verdict(Concept c, int d, int s) {
    Margin m = result.margin(c, d, s);
    ObjectNode o = MediatorJson.MAPPER.createObjectNode();
    o.put("decisionMaker", MediatorJson.dm(model, d));
    o.put("state", StateSpace.number(s));
    o.put("stable", m.stable());
    o.put("threshold", Probabilities.fromMicro(m.threshold()));
    if (m.holdsForEveryThreshold()) {
      o.putNull("margin");
      o.put("holdsForEveryThreshold", true);
      return o;
    }
    o.put("margin", Probabilities.fromMicro(m.distance()));
    o.put("holdsForEveryThreshold", false);
    if (m.lower() >= 0) {
      o.put("flipsBelow", Probabilities.fromMicro(m.lower()));
    }
    if (m.upper() >= 0) {
      o.put("flipsFrom", Probabilities.fromMicro(m.upper()));
    }
    o.put("sentence", sentence(c, new Entry(d, s, m)));
    ArrayNode deciding = o.putArray("deciding");
    for (int x : m.decidingMoves()) {
      deciding
          .addObject()
          .put("state", StateSpace.number(x))
          .put("move", true)
          .put("p", p.p(d, x, s));
    }
    for (int x : m.decidingOthers()) {
      deciding
          .addObject()
          .put("state", StateSpace.number(x))
          .put("move", false)
          .put("p", p.p(d, x, s));
    }
    return o;
  }
}
