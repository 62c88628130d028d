package dev.parley.report;

import dev.parley.core.graph.GraphModel;
import dev.parley.core.model.Conflict;
import dev.parley.core.model.Infeasibility;
import dev.parley.core.model.MoveEdits;
import dev.parley.core.model.MoveSpec;
import dev.parley.core.model.Option;
import dev.parley.core.model.OptionPackage;
import dev.parley.core.model.PreferenceSpec;
import dev.parley.core.model.Provenance;
import dev.parley.core.model.Source;
import dev.parley.core.stability.Concept;
import dev.parley.core.stability.StabilityResult;
import dev.parley.core.state.StateSpace;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * The part of a briefing's annex that sets out the model itself: its options (or states and moves
 * in graph form), rules, statements and evidence, the state table, the stability table with the
 * robustness margins, and the sources.
 */
final class ModelAnnex {
  private final AnalysisRun run;
  private final GraphModel model;
  private final Conflict conflict;
  private final StabilityResult result;
  private final Narrator narrator;
  private final boolean fullTables;
  private final Hints hints;

  ModelAnnex(AnalysisRun run, Narrator narrator, boolean fullTables, Hints hints) {
    this.hints = hints;
    this.run = run;
    this.model = run.model();
    this.conflict = model.conflict();
    this.result = run.result();
    this.narrator = narrator;
    this.fullTables = fullTables;
  }

  void modelSection(Doc doc) {
    doc.heading(2, "The model");
    if (model.isGraphForm()) {
      graphMoves(doc);
    } else {
      options(doc);
      moveEdits(doc);
    }
    doc.heading(3, "Preferences");
    for (int d = 0; d < conflict.dmCount(); d++) {
      PreferenceSpec spec = conflict.preferences().get(d);
      List<String> items = new ArrayList<>();
      String form;
      if (spec instanceof PreferenceSpec.Prioritization p) {
        int k = 1;
        for (PreferenceSpec.Statement st : p.statements()) {
          items.add(
              English.sentence(
                  (k++)
                      + ". ‘"
                      + English.oneLine(st.text())
                      + "’"
                      + evidenceSuffix(st.provenance())));
        }
        form = "prioritized statements, most important first";
      } else if (spec instanceof PreferenceSpec.DirectRanking) {
        form = "a direct ranking";
      } else {
        form = "payoffs per state";
      }
      doc.para(
          narrator.dm(d)
              + " — "
              + form
              + ". Ranking (best first, ties in brackets): "
              + rankingText(d)
              + (items.isEmpty() ? "." : ". Statements:"));
      doc.bullets(items);
    }
  }

  private void options(Doc doc) {
    List<List<String>> rows = new ArrayList<>();
    List<String> evidence = new ArrayList<>();
    for (int t = 0; t < conflict.optionCount(); t++) {
      Option o = conflict.options().get(t);
      rows.add(
          List.of(
              String.valueOf(t + 1),
              o.id(),
              English.oneLine(o.name()),
              narrator.dm(conflict.owner(t)),
              o.reversibility().id()));
      String e = evidence(o.provenance());
      if (!e.isEmpty()) {
        evidence.add(o.id() + ": " + e + ".");
      }
    }
    doc.table(List.of("#", "option", "meaning", "controlled by", "reversibility"), rows);
    if (!evidence.isEmpty()) {
      doc.para("Evidence for the options:");
      doc.bullets(evidence);
    }
    if (!conflict.infeasibilities().isEmpty()) {
      doc.heading(3, "Infeasible combinations");
      List<String> items = new ArrayList<>();
      for (Infeasibility r : conflict.infeasibilities()) {
        items.add(
            r.kind().key()
                + ": "
                + r.infeasibleWhen().render(t -> conflict.options().get(t).id())
                + " is impossible"
                + evidenceSuffix(r.provenance())
                + ".");
      }
      doc.bullets(items);
    }
  }

  /** Moves forbidden or added per decision maker, and the commitment packages. */
  private void moveEdits(Doc doc) {
    List<String> items = new ArrayList<>();
    for (int d = 0; d < conflict.dmCount(); d++) {
      MoveEdits e = conflict.moveEdits(d);
      for (MoveSpec m : e.forbid()) {
        items.add(
            narrator.dm(d) + " may not move " + moveText(m) + evidenceSuffix(m.provenance()) + ".");
      }
      for (MoveSpec m : e.add()) {
        items.add(
            narrator.dm(d)
                + " may also move "
                + moveText(m)
                + evidenceSuffix(m.provenance())
                + ".");
      }
    }
    if (!items.isEmpty()) {
      doc.heading(3, "Moves forbidden and added");
      doc.bullets(items);
    }
    if (!conflict.packages().isEmpty()) {
      doc.heading(3, "Packages");
      List<String> ps = new ArrayList<>();
      for (OptionPackage p : conflict.packages()) {
        ps.add(narrator.packageName(p) + evidenceSuffix(p.provenance()));
      }
      doc.bullets(ps);
    }
  }

  /** Graph form: each decision maker's moves. */
  private void graphMoves(Doc doc) {
    doc.para(
        "The model is in graph form: it lists its states and, for each decision maker, the moves"
            + " between them.");
    List<String> items = new ArrayList<>();
    for (int d = 0; d < conflict.dmCount(); d++) {
      List<String> arcs = new ArrayList<>();
      int total = 0;
      for (int s = 0; s < model.stateCount(); s++) {
        int[] to = model.moves().moves(d, s);
        total += to.length;
        if (to.length > 0 && arcs.size() < 40) {
          List<String> ts = new ArrayList<>();
          for (int t : to) {
            ts.add(String.valueOf(StateSpace.number(t)));
          }
          arcs.add(StateSpace.number(s) + " → " + String.join(", ", ts));
        }
      }
      items.add(
          narrator.dm(d)
              + " — "
              + total
              + (total == 1 ? " move" : " moves")
              + (arcs.isEmpty() ? "" : ": " + String.join("; ", arcs))
              + (arcs.size() == 40 ? "; …" : "")
              + evidenceSuffix(conflict.decisionMakers().get(d).provenance()));
    }
    doc.bullets(items);
  }

  private String moveText(MoveSpec m) {
    List<String> to = new ArrayList<>();
    for (var t : m.to()) {
      to.add(stateRefText(t));
    }
    return "from " + stateRefText(m.from()) + " to " + String.join(" or ", to);
  }

  private String stateRefText(dev.parley.core.model.StatePattern p) {
    int[] states = model.space().matching(p);
    return states.length == 1 ? narrator.label(states[0]) : p.toYnd(conflict.optionCount());
  }

  void statesTable(Doc doc) {
    doc.heading(2, "States");
    if (!fullTables && model.stateCount() > Briefing.FULL_TABLE_LIMIT) {
      doc.para(
          String.format(
              java.util.Locale.ROOT,
              "Of the %,d states, these tables list %,d: the status quo and the equilibria, in"
                  + " order ("
                  + hints.text(Hint.EVERY_STATE)
                  + ").",
              model.stateCount(),
              shownStates().size()));
    }
    List<String> header = new ArrayList<>(List.of("state", "name"));
    for (Option o : conflict.options()) {
      header.add(o.id());
    }
    for (int d = 0; d < conflict.dmCount(); d++) {
      header.add("rank " + conflict.decisionMakers().get(d).id());
    }
    List<List<String>> rows = new ArrayList<>();
    int[][] ranks = ranks();
    for (int s : shownStates()) {
      List<String> row = new ArrayList<>();
      row.add(String.valueOf(StateSpace.number(s)));
      row.add(nameOf(s));
      for (int t = 0; t < conflict.optionCount(); t++) {
        row.add(model.space().isTaken(s, t) ? "Y" : "N");
      }
      for (int d = 0; d < conflict.dmCount(); d++) {
        row.add(String.valueOf(ranks[d][s]));
      }
      rows.add(row);
    }
    doc.para(
        "Y = option taken. Rank 1 = the decision maker's most preferred state; equal ranks are ties.");
    doc.table(header, rows);
  }

  void stabilityTable(Doc doc) {
    doc.heading(2, "Stability");
    doc.para(
        "Each cell lists the decision makers for whom the state is stable; EQ = stable for all (an equilibrium).");
    if (run.mediator() != null && run.mediator().margins() != null) {
      doc.para(
          "In parentheses, the robustness margin: the fewest adjacent swaps of tie groups in the"
              + " rankings that would reverse whether the state is an equilibrium (\">"
              + run.mediator().bound()
              + "\": none within "
              + run.mediator().bound()
              + "; \"never\": none at all); "
              + hints.text(Hint.ROBUSTNESS_SHOWS)
              + ".");
    }
    if (run.mediator() != null && run.mediator().skipped() != null) {
      doc.para(
          run.mediator().margins() == null
              ? "Robustness margins: not computed — " + run.mediator().skipped() + "."
              : run.mediator().skipped());
    }
    List<String> header = new ArrayList<>(List.of("state", "name"));
    for (Concept c : run.concepts()) {
      header.add(c.label());
    }
    Foresight f = run.foresight();
    if (f != null) {
      f.horizons().keySet().forEach(h -> header.add(Foresight.label(h)));
      if (f.nm() != null) {
        header.add("NM");
      }
    }
    if (run.assignment() != null) {
      header.add("assigned");
    }
    List<List<String>> rows = new ArrayList<>();
    for (int s : shownStates()) {
      List<String> row = new ArrayList<>();
      row.add(String.valueOf(StateSpace.number(s)));
      row.add(nameOf(s));
      for (Concept c : run.concepts()) {
        List<String> who = new ArrayList<>();
        for (int d = 0; d < conflict.dmCount(); d++) {
          if (result.isStable(c, d, s)) {
            who.add(conflict.decisionMakers().get(d).id());
          }
        }
        String verdict =
            who.size() == conflict.dmCount() ? "EQ" : who.isEmpty() ? "-" : String.join(" ", who);
        var margin = run.mediator() == null ? null : run.mediator().margin(c, s);
        row.add(margin == null ? verdict : verdict + " (" + RobustnessReport.cell(margin) + ")");
      }
      if (f != null) {
        for (int h : f.horizons().keySet()) {
          row.add(cell(f.horizons().get(h).stableUnderEvery(), s));
        }
        if (f.nm() != null) {
          row.add(cell(f.nm().stable(), s));
        }
      }
      if (run.assignment() != null) {
        row.add(result.equilibria(run.assignment()).get(s) ? "EQ" : "-");
      }
      rows.add(row);
    }
    doc.table(header, rows);
    doc.heading(3, "Concepts");
    List<String> items = new ArrayList<>();
    for (Concept c : run.concepts()) {
      items.add(c.label() + ": " + c.meaning() + ".");
    }
    if (f != null) {
      for (int h : f.horizons().keySet()) {
        items.add(
            Foresight.label(h)
                + ": limited-move stability with horizon "
                + h
                + " — each party looks "
                + h
                + " moves ahead and leaves a state only if the anticipated outcome is strictly"
                + " better (stable under every tie resolution).");
      }
      if (f.nm() != null) {
        items.add(
            "NM: non-myopic stability — L_h for every horizon h from "
                + f.nm().fromHorizon()
                + " to "
                + f.nm().toHorizon()
                + "; states whose verdict keeps changing have no limit.");
      }
    }
    doc.bullets(items);
  }

  void sources(Doc doc) {
    if (conflict.sources().isEmpty()) {
      return;
    }
    doc.heading(2, "Sources");
    List<String> items = new ArrayList<>();
    for (Source s : conflict.sources()) {
      StringBuilder b = new StringBuilder("[" + s.id() + "] " + s.title());
      for (String part : new String[] {s.publisher(), s.date(), s.url(), s.file()}) {
        if (part != null) {
          b.append(", ").append(part);
        }
      }
      items.add(b.toString());
    }
    doc.bullets(items);
  }

  private List<Integer> shownStates() {
    List<Integer> out = new ArrayList<>();
    if (fullTables || model.stateCount() <= Briefing.FULL_TABLE_LIMIT) {
      for (int s = 0; s < model.stateCount(); s++) {
        out.add(s);
      }
      return out;
    }
    BitSet notable = new BitSet();
    for (Concept c : run.concepts()) {
      notable.or(result.equilibria(c));
    }
    if (run.statusQuo() >= 0) {
      notable.set(run.statusQuo());
    }
    for (int s = notable.nextSetBit(0);
        s >= 0 && out.size() < Briefing.NOTABLE_ROWS;
        s = notable.nextSetBit(s + 1)) {
      out.add(s);
    }
    return out;
  }

  private int[][] ranks() {
    int[][] r = new int[conflict.dmCount()][model.stateCount()];
    for (int d = 0; d < conflict.dmCount(); d++) {
      int max = 0;
      for (int s = 0; s < model.stateCount(); s++) {
        max = Math.max(max, model.payoff(d, s));
      }
      for (int s = 0; s < model.stateCount(); s++) {
        r[d][s] = max - model.payoff(d, s) + 1;
      }
    }
    return r;
  }

  /** A decision maker's ranking, best first, tie groups in brackets. */
  String rankingText(int d) {
    return RankingFormat.ranking(model, d, 40);
  }

  private String nameOf(int s) {
    String n = narrator.name(s);
    return n == null ? "" : n;
  }

  private String cell(BitSet[] perDm, int s) {
    List<String> who = new ArrayList<>();
    for (int d = 0; d < conflict.dmCount(); d++) {
      if (perDm[d].get(s)) {
        who.add(conflict.decisionMakers().get(d).id());
      }
    }
    return who.size() == conflict.dmCount() ? "EQ" : who.isEmpty() ? "-" : String.join(" ", who);
  }

  private static String evidence(Provenance p) {
    if (p.isEmpty()) {
      return "";
    }
    StringBuilder b = new StringBuilder();
    if (p.quote() != null) {
      b.append(English.quote(p.quote()));
    }
    if (p.source() != null) {
      b.append(b.length() > 0 ? " " : "").append("[").append(p.source()).append("]");
    }
    if (p.note() != null) {
      String note = English.oneLine(p.note());
      if (note.endsWith(".")) {
        note = note.substring(0, note.length() - 1);
      }
      b.append(b.length() > 0 ? " — " : "").append(note);
    }
    return b.toString();
  }

  static String evidenceSuffix(Provenance p) {
    String e = evidence(p);
    return e.isEmpty() ? "" : " — " + e;
  }
}
