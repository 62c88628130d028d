package dev.parley.report;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parley.core.Parley;
import dev.parley.core.evolution.Deadlock;
import dev.parley.core.evolution.ReachTree;
import dev.parley.core.graph.GraphModel;
import dev.parley.core.model.PreferenceSpec;
import dev.parley.core.stability.Concept;
import dev.parley.core.stability.Explainer;
import dev.parley.core.stability.StabilityResult;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A timeline in words and as JSON (docs/semantics.md §7): the bottom line first, then each phase —
 * what it changes and on what basis, its equilibria, where its status quo stands, where the
 * conflict can go from there and which deadlocks hold it — and, from the second phase on, which
 * verdicts changed from the phase before and why: which decision maker's comparison of which states
 * turned, or whose sanction appeared or fell away.
 */
public final class TimelineReport {
  /** At most this many reasons are written out for one change of verdict. */
  static final int MOST_REASONS = 2;

  /** At most this many deadlocks are written out per phase. */
  static final int MOST_DEADLOCKS = 3;

  private final TimelineRun timeline;
  private final List<TimelineRun.Step> steps;

  public TimelineReport(TimelineRun timeline) {
    this.timeline = timeline;
    this.steps = timeline.steps();
  }

  /** One change of verdict between consecutive phases. */
  record Change(Concept concept, long code, boolean gained, List<String> reasons) {}

  /** The report as text or Markdown. */
  public String render(Doc.Style style) {
    String title = steps.get(0).run().model().conflict().title();
    return Doc.report("Timeline: " + title, d -> appendTo(d, 2), timeline.modelFile(), style);
  }

  /** The sections, headed at {@code level}, for the command's report and the briefing. */
  public void appendTo(Doc doc, int level) {
    doc.para("Bottom line: " + bottomLine());
    for (int k = 0; k < steps.size(); k++) {
      TimelineRun.Step step = steps.get(k);
      Narrator n = new Narrator(step.run().model());
      doc.heading(level, "Phase " + (k + 1) + ": " + step.name() + dated(step));
      if (k > 0) {
        doc.para(changesSentence(steps.get(k - 1), step, n));
        String basis = basis(step);
        if (basis != null) {
          doc.para(basis);
        }
        List<String> changes = new ArrayList<>(changeSentences(k));
        changes.addAll(statusQuoChange(steps.get(k - 1), step));
        changes.addAll(deadlockChanges(k));
        doc.para("What this changes:");
        doc.bullets(
            changes.isEmpty()
                ? List.of("No verdict changes: the same states are equilibria as before.")
                : changes);
        doc.para("Where the conflict stands in this phase:");
      }
      doc.bullets(phaseFacts(step, n));
    }
  }

  /**
   * The changes of phase {@code k}, one sentence per state, direction and reasons, naming every
   * concept under which it happens.
   */
  List<String> changeSentences(int k) {
    Map<String, List<Concept>> grouped = new LinkedHashMap<>();
    Map<String, Change> first = new LinkedHashMap<>();
    for (Change c : changes(k)) {
      String key = c.code() + "|" + c.gained() + "|" + c.reasons();
      grouped.computeIfAbsent(key, x -> new ArrayList<>()).add(c.concept());
      first.putIfAbsent(key, c);
    }
    List<String> out = new ArrayList<>();
    first.forEach(
        (key, c) -> {
          String state = stateWords(c.gained() ? steps.get(k) : steps.get(k - 1), c.code());
          String head =
              state
                  + (c.gained() ? " becomes an equilibrium" : " stops being an equilibrium")
                  + " under "
                  + names(grouped.get(key))
                  + ".";
          out.add(c.reasons().isEmpty() ? head : head + " " + String.join(" ", c.reasons()));
        });
    return out;
  }

  /**
   * The bottom line: where the status quo stands in the first phase, then what each later phase
   * changes, one sentence each.
   */
  public String bottomLine() {
    TimelineRun.Step first = steps.get(0);
    StringBuilder b = new StringBuilder();
    b.append(English.capital(first.name())).append(", ").append(standing(first)).append('.');
    for (int k = 1; k < steps.size(); k++) {
      TimelineRun.Step step = steps.get(k);
      TimelineRun.Step before = steps.get(k - 1);
      List<String> moved = new ArrayList<>();
      Map<String, List<Concept>> grouped = new LinkedHashMap<>();
      Map<String, Change> one = new LinkedHashMap<>();
      for (Change c : changes(k)) {
        String key = c.code() + "|" + c.gained();
        grouped.computeIfAbsent(key, x -> new ArrayList<>()).add(c.concept());
        one.putIfAbsent(key, c);
      }
      one.forEach(
          (key, c) ->
              moved.add(
                  stateWords(c.gained() ? step : before, c.code())
                      + (c.gained()
                          ? " becomes an equilibrium under "
                          : " stops being an equilibrium under ")
                      + names(grouped.get(key))
                      + turnedReason(c)));
      b.append(' ').append(English.capital(step.name())).append(", ");
      if (moved.isEmpty()) {
        b.append("the equilibria stay as they were");
      } else {
        b.append(English.list(moved));
      }
      String standing = standing(step);
      b.append("; ")
          .append(standing.equals(standing(before)) ? "the status quo stands as before" : standing)
          .append('.');
    }
    return b.toString();
  }

  /**
   * " (Russia no longer prefers … to it)" when the change comes from a decision maker's own
   * comparison turning, else nothing: the other reasons take more than a bottom line can hold.
   */
  private static String turnedReason(Change c) {
    for (String r : c.reasons()) {
      if (!r.startsWith("It ") && !r.startsWith("The state")) {
        return " (" + lowerFirstWord(r.substring(0, r.length() - 1)) + ")";
      }
    }
    return "";
  }

  /**
   * The reason as it stands inside a sentence: "the United States …" stays, "It …" does not occur.
   */
  private static String lowerFirstWord(String r) {
    return r.startsWith("The ") ? "the " + r.substring(4) : r;
  }

  /** "the status quo, ‘war’ (state 1), is an equilibrium under …", or that there is none. */
  private static String standing(TimelineRun.Step step) {
    AnalysisRun run = step.run();
    int sq = run.statusQuo();
    if (sq < 0) {
      return "the model gives no status quo";
    }
    List<Concept> holds = holding(run, sq);
    String where =
        holds.isEmpty()
            ? "is an equilibrium under no concept analysed"
            : holds.size() == run.concepts().size()
                ? "is an equilibrium under every concept analysed"
                : "is an equilibrium under " + names(holds) + " only";
    return "the status quo, " + statusQuoWords(step) + ", " + where;
  }

  /** "‘war’ (state 1) under Nash and GMR", one group per set of concepts that agree. */
  private static List<String> equilibriaGroups(TimelineRun.Step step, Narrator n) {
    AnalysisRun run = step.run();
    Map<BitSet, List<Concept>> byStates = new LinkedHashMap<>();
    for (Concept c : run.concepts()) {
      byStates.computeIfAbsent(run.result().equilibria(c), x -> new ArrayList<>()).add(c);
    }
    List<String> out = new ArrayList<>();
    byStates.forEach(
        (states, cs) -> {
          if (!states.isEmpty()) {
            List<String> words = new ArrayList<>();
            states.stream().forEach(s -> words.add(n.words(s)));
            out.add(English.list(words) + " under " + names(cs));
          }
        });
    return out;
  }

  private static String names(List<Concept> cs) {
    List<String> labels = new ArrayList<>();
    cs.forEach(c -> labels.add(c.label()));
    return English.list(labels);
  }

  private static String dated(TimelineRun.Step step) {
    return step.date() == null ? "" : " (" + step.date() + ")";
  }

  /** What the phase changes: whose preferences (statements dropped, added), rules, moves. */
  String changesSentence(TimelineRun.Step before, TimelineRun.Step step, Narrator n) {
    List<String> parts = new ArrayList<>();
    var conflict = step.run().model().conflict();
    for (String id : step.preferencesOf()) {
      int d = conflict.dmIndex(id);
      parts.add(preferenceChange(before, step, d, n));
    }
    if (step.rulesAdded() > 0) {
      parts.add(
          step.rulesAdded() == 1
              ? "one infeasibility rule is added"
              : step.rulesAdded() + " infeasibility rules are added");
    }
    for (String r : step.reversibility()) {
      int eq = r.indexOf('=');
      String option = r.substring(0, eq);
      int t = conflict.optionIndex(option);
      parts.add(
          "‘"
              + (t < 0 ? option : English.oneLine(conflict.options().get(t).name()))
              + "’ becomes "
              + reversibilityWords(r.substring(eq + 1)));
    }
    if (step.statusQuoMoved()) {
      parts.add("the conflict stands at " + statusQuoWords(step) + " when the phase begins");
    }
    return "What changes: " + String.join("; ", parts) + ".";
  }

  private static String reversibilityWords(String r) {
    return switch (r.toLowerCase(java.util.Locale.ROOT)) {
      case "forward", "fwd" -> "irreversible once taken";
      case "backward", "back" -> "possible to undo but not to take";
      default -> "reversible";
    };
  }

  /** "Russia's preferences lose ‘settle IF withdraw’" or "… are given anew". */
  private static String preferenceChange(
      TimelineRun.Step before, TimelineRun.Step step, int d, Narrator n) {
    PreferenceSpec was = before.run().model().conflict().preferences().get(d);
    PreferenceSpec is = step.run().model().conflict().preferences().get(d);
    String who = English.capital(n.dmPossessive(d)) + " preferences";
    if (was instanceof PreferenceSpec.Prioritization p
        && is instanceof PreferenceSpec.Prioritization q) {
      List<String> old = texts(p);
      List<String> now = texts(q);
      List<String> dropped = new ArrayList<>(old);
      dropped.removeAll(now);
      List<String> added = new ArrayList<>(now);
      added.removeAll(old);
      List<String> parts = new ArrayList<>();
      if (!dropped.isEmpty()) {
        parts.add("lose " + quoted(dropped));
      }
      if (!added.isEmpty()) {
        parts.add("gain " + quoted(added));
      }
      if (parts.isEmpty()) {
        parts.add(old.equals(now) ? "are restated unchanged" : "are reordered");
      }
      return who + " " + English.list(parts);
    }
    return who + " are given anew";
  }

  private static List<String> texts(PreferenceSpec.Prioritization p) {
    List<String> out = new ArrayList<>();
    p.statements().forEach(s -> out.add(s.text()));
    return out;
  }

  private static String quoted(List<String> statements) {
    List<String> q = new ArrayList<>();
    statements.forEach(s -> q.add("‘" + s + "’"));
    return "the statement" + (q.size() == 1 ? " " : "s ") + English.list(q);
  }

  /** The source and quote a phase rests on, and the analyst's note, or null. */
  private static String basis(TimelineRun.Step step) {
    var p = step.provenance();
    List<String> parts = new ArrayList<>();
    if (p.quote() != null) {
      parts.add(
          "Basis"
              + (p.source() == null ? "" : " (" + p.source() + ")")
              + ": "
              + English.quote(p.quote()));
    }
    if (p.note() != null) {
      parts.add(English.sentence(English.oneLine(p.note())));
    }
    return parts.isEmpty() ? null : String.join(" ", parts);
  }

  /**
   * Every change of an equilibrium between phase {@code k - 1} and phase {@code k}, by concept,
   * states matched by their option values.
   */
  List<Change> changes(int k) {
    TimelineRun.Step before = steps.get(k - 1);
    TimelineRun.Step step = steps.get(k);
    GraphModel m0 = before.run().model();
    GraphModel m1 = step.run().model();
    List<Change> out = new ArrayList<>();
    for (Concept c : step.run().concepts()) {
      BitSet e0 = before.run().result().equilibria(c);
      BitSet e1 = step.run().result().equilibria(c);
      for (int s = e0.nextSetBit(0); s >= 0; s = e0.nextSetBit(s + 1)) {
        int t = m1.space().indexOf(m0.space().code(s));
        if (t < 0 || !e1.get(t)) {
          out.add(new Change(c, m0.space().code(s), false, reasons(before, step, c, s, t)));
        }
      }
      for (int t = e1.nextSetBit(0); t >= 0; t = e1.nextSetBit(t + 1)) {
        int s = m0.space().indexOf(m1.space().code(t));
        if (s < 0 || !e0.get(s)) {
          out.add(new Change(c, m1.space().code(t), true, reasons(before, step, c, s, t)));
        }
      }
    }
    return out;
  }

  /**
   * Why the verdict at a state changed under {@code c}: for each decision maker whose verdict
   * changed, the moves from it whose comparison turned, else the new verdict's explanation.
   */
  private static List<String> reasons(
      TimelineRun.Step before, TimelineRun.Step step, Concept c, int s, int t) {
    GraphModel m1 = step.run().model();
    Narrator n = new Narrator(m1);
    if (t < 0) {
      return List.of("The state is infeasible in this phase.");
    }
    if (s < 0) {
      return List.of("The state is feasible only from this phase on.");
    }
    GraphModel m0 = before.run().model();
    StabilityResult r0 = before.run().result();
    StabilityResult r1 = step.run().result();
    List<String> out = new ArrayList<>();
    for (int d = 0; d < m1.dmCount(); d++) {
      boolean was = r0.isStable(c, d, s);
      boolean is = r1.isStable(c, d, t);
      if (was == is) {
        continue;
      }
      List<String> turned = new ArrayList<>();
      for (int q : m1.moves().moves(d, t)) {
        int q0 = m0.space().indexOf(m1.space().code(q));
        boolean improvedBefore = q0 >= 0 && m0.improves(d, s, q0);
        boolean improves = m1.improves(d, t, q);
        if (improvedBefore != improves) {
          turned.add(
              improves
                  ? n.dm(d) + " now prefers " + n.words(q) + " to it"
                  : n.dm(d) + " no longer prefers " + n.words(q) + " to it");
        }
      }
      if (!turned.isEmpty()) {
        out.add(
            English.sentence(
                English.capital(
                    English.list(turned.subList(0, Math.min(MOST_REASONS, turned.size()))))));
      } else {
        List<String> why = n.explain(new Explainer(m1).explain(c, d, t), 1);
        out.add(
            "It "
                + (is ? "becomes" : "stops being")
                + " stable for "
                + n.dm(d)
                + (why.isEmpty()
                    ? ", the others' moves having changed."
                    : ". " + English.sentence(why.get(0))));
      }
    }
    return out;
  }

  private static String stateWords(TimelineRun.Step step, long code) {
    GraphModel m = step.run().model();
    return new Narrator(m).words(m.space().indexOf(code));
  }

  private static String statusQuoWords(TimelineRun.Step step) {
    int sq = step.run().statusQuo();
    return sq < 0 ? "no status quo" : new Narrator(step.run().model()).words(sq);
  }

  /** A change of the status quo's verdict from one phase to the next, in one sentence or none. */
  private static List<String> statusQuoChange(TimelineRun.Step before, TimelineRun.Step step) {
    int s0 = before.run().statusQuo();
    int s1 = step.run().statusQuo();
    if (s0 < 0 || s1 < 0) {
      return List.of();
    }
    List<Concept> was = holding(before.run(), s0);
    List<Concept> is = holding(step.run(), s1);
    if (was.equals(is)
        && before.run().model().space().code(s0) == step.run().model().space().code(s1)) {
      return List.of();
    }
    return List.of(
        "The status quo, "
            + statusQuoWords(step)
            + ", "
            + (is.isEmpty()
                ? "is no equilibrium under any concept"
                : "is an equilibrium under " + names(is))
            + " (before: "
            + (was.isEmpty() ? "under none" : "under " + names(was))
            + ").");
  }

  /**
   * The sequencing deadlocks that phase {@code k} ends or begins, by the state they hold back
   * (states matched by their option values), one sentence each.
   */
  List<String> deadlockChanges(int k) {
    TimelineRun.Step before = steps.get(k - 1);
    TimelineRun.Step step = steps.get(k);
    Map<Long, Deadlock> was = deadlocksByTarget(before);
    Map<Long, Deadlock> is = deadlocksByTarget(step);
    List<String> out = new ArrayList<>();
    was.forEach(
        (code, d) -> {
          if (!is.containsKey(code)) {
            String why = deadlockGone(d, step, code);
            out.add(
                "The sequencing deadlock that kept the parties from "
                    + stateWords(before, code)
                    + " is gone: "
                    + why
                    + ".");
          }
        });
    is.forEach(
        (code, d) -> {
          if (!was.containsKey(code)) {
            out.add(
                "A new sequencing deadlock: "
                    + new DeadlockText(step.run(), new Narrator(step.run().model()))
                        .deadlockSentence(d));
          }
        });
    return out;
  }

  /** Which condition of a deadlock (docs/concepts.md §6) no longer holds in {@code step}. */
  private static String deadlockGone(Deadlock d, TimelineRun.Step step, long code) {
    GraphModel m = step.run().model();
    int t = m.space().indexOf(code);
    int sq = step.run().statusQuo();
    Narrator n = new Narrator(m);
    if (t < 0) {
      return "the state is infeasible in this phase";
    }
    if (ReachTree.of(m, sq, true).reachable().get(t)) {
      return "improvements from the status quo now reach it";
    }
    List<String> cooler = new ArrayList<>();
    for (int member : d.coalition()) {
      if (!m.improves(member, sq, t)) {
        cooler.add(n.dm(member));
      }
    }
    if (!cooler.isEmpty()) {
      return English.list(cooler)
          + (cooler.size() == 1 ? " no longer prefers" : " no longer prefer")
          + " it to the status quo";
    }
    return "the joint move of "
        + English.list(d.coalition().stream().map(n::dm).toList())
        + " no longer leads there by improvements";
  }

  private static Map<Long, Deadlock> deadlocksByTarget(TimelineRun.Step step) {
    Map<Long, Deadlock> out = new LinkedHashMap<>();
    if (step.run().statusQuo() < 0) {
      return out;
    }
    Narrator n = new Narrator(step.run().model());
    for (Deadlock d : new DeadlockText(step.run(), n).deadlocks()) {
      out.putIfAbsent(step.run().model().space().code(d.target()), d);
    }
    return out;
  }

  private static List<Concept> holding(AnalysisRun run, int s) {
    List<Concept> out = new ArrayList<>();
    for (Concept c : run.concepts()) {
      if (run.result().equilibria(c).get(s)) {
        out.add(c);
      }
    }
    return out;
  }

  /** The phase's equilibria, its status quo's standing, where it can go, and its deadlocks. */
  private List<String> phaseFacts(TimelineRun.Step step, Narrator n) {
    AnalysisRun run = step.run();
    List<String> out = new ArrayList<>();
    List<String> groups = equilibriaGroups(step, n);
    out.add(
        groups.isEmpty()
            ? "No state is an equilibrium under any concept analysed."
            : "Equilibria: " + String.join("; ", groups) + ".");
    int sq = run.statusQuo();
    if (sq < 0) {
      return out;
    }
    List<Concept> holds = holding(run, sq);
    out.add(
        "The status quo, "
            + n.words(sq)
            + ", "
            + (holds.isEmpty()
                ? "is an equilibrium under no concept analysed"
                : "is an equilibrium under " + names(holds))
            + ".");
    out.add(reachSentence(run, n));
    DeadlockText dt = new DeadlockText(run, n);
    List<Deadlock> ds = dt.deadlocks();
    for (int k = 0; k < Math.min(MOST_DEADLOCKS, ds.size()); k++) {
      out.add("Deadlock: " + dt.deadlockSentence(ds.get(k)));
    }
    if (ds.size() > MOST_DEADLOCKS) {
      out.add((ds.size() - MOST_DEADLOCKS) + " further deadlocks are not written out.");
    }
    return out;
  }

  /** Which equilibria improvements from the status quo reach (each step better for its mover). */
  private static String reachSentence(AnalysisRun run, Narrator n) {
    int sq = run.statusQuo();
    BitSet reach = ReachTree.of(run.model(), sq, true).reachable();
    BitSet any = new BitSet();
    for (Concept c : run.concepts()) {
      any.or(run.result().equilibria(c));
    }
    any.and(reach);
    any.clear(sq);
    if (any.isEmpty()) {
      return "From the status quo, no sequence of improvements reaches another equilibrium.";
    }
    List<String> words = new ArrayList<>();
    any.stream().forEach(s -> words.add(n.words(s)));
    return "From the status quo, improvements can reach " + English.list(words) + ".";
  }

  /** The report as JSON. */
  public String json() {
    ObjectNode root = MediatorJson.MAPPER.createObjectNode();
    root.put("parley", Parley.VERSION);
    root.put("model", timeline.modelFile());
    root.setAll(tree());
    return MediatorJson.write(root);
  }

  /** The result as a JSON tree (without the version and file). */
  public ObjectNode tree() {
    return new TimelineJson(this, steps).tree();
  }
}
