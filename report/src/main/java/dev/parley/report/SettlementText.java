package dev.parley.report;

import dev.parley.core.graph.GraphModel;
import dev.parley.core.model.Conflict;
import dev.parley.core.stability.Concept;
import java.util.ArrayList;
import java.util.List;

/**
 * "What the settlements depend on": for each settlement in view, what its stability depends on (the
 * moves that would leave it and what deters each), the comparisons that are critical now, and the
 * nearest change that would turn its verdict; crowded settlements in summary.
 */
final class SettlementText {
  private final AnalysisRun run;
  private final GraphModel model;
  private final Conflict conflict;
  private final Narrator narrator;

  private final Hints hints;

  SettlementText(AnalysisRun run, Narrator narrator, Hints hints) {
    this.hints = hints;
    this.run = run;
    this.model = run.model();
    this.conflict = model.conflict();
    this.narrator = narrator;
  }

  /** "State 8 (deal) holds under SEQ as long as …; the smallest change that breaks it: …". */
  String dependsSentence(MediatorFindings.Target t) {
    MediatorText text = new MediatorText(model, hints);
    StringBuilder b = new StringBuilder(English.capital(narrator.label(t.state())));
    String c = t.concept().label();
    if (t.equilibrium()) {
      b.append(" is a ").append(c).append(" equilibrium that depends on ");
      if (t.critical().isEmpty()) {
        b.append("no single comparison: each deterrent is backed up by another");
      } else {
        List<String> parts = new ArrayList<>();
        t.critical().forEach(a -> parts.add(text.atomGerund(a)));
        b.append(parts.size() == 1 ? "one comparison: " : parts.size() + " comparisons: ")
            .append(String.join("; ", parts))
            .append(" (reversing any one of them alone ends it)");
      }
      b.append(". ");
      b.append(changeText(text, t.change(), "Smallest change that breaks it"));
    } else {
      b.append(" is not a ").append(c).append(" equilibrium. ");
      b.append(changeText(text, t.change(), "Smallest change that makes it one"));
    }
    return b.toString();
  }

  private String changeText(
      MediatorText text, dev.parley.core.inverse.MinimalChange.Result r, String what) {
    if (r.found()) {
      return what + ": " + text.change(run.mediator().space(), r) + ".";
    }
    return what
        + ": "
        + (r.exhausted()
            ? "none — no change of the rankings does it."
            : "more than " + r.searchedDepth() + " swaps.");
  }

  void settlements(Doc doc) {
    MediatorFindings f = run.mediator();
    if (f == null || f.targets().isEmpty() && f.crowded().isEmpty()) {
      return;
    }
    if (f.targets().isEmpty()) {
      doc.heading(
          2,
          f.crowded().size() == 1
              ? "What the settlement depends on"
              : "What the settlements depend on");
      Concept focus = MediatorFindings.focus(run.concepts());
      f.crowded().forEach(t -> SanctionSummary.render(doc, model, narrator, t, focus.label()));
      return;
    }
    MediatorText text = new MediatorText(model, hints);
    doc.heading(
        2,
        f.targets().size() == 1
            ? "What the settlement depends on"
            : "What the settlements depend on");
    doc.para(
        "For each settlement in view, what each party would have to prefer for it to be stable"
            + " (inverse analysis under "
            + f.targets().get(0).concept().label()
            + "; "
            + hints.text(Hint.INVERSE_GIVES)
            + "). Every move a party could"
            + " make from the settlement must be deterred: either the party does not prefer where"
            + " the move leads, or the others can answer it. (true now) and (false now) mark the"
            + " current preferences.");
    for (MediatorFindings.Target t : f.targets()) {
      doc.heading(3, English.capital(narrator.label(t.state())));
      doc.para(dependsSentence(t));
      for (int d = 0; d < conflict.dmCount(); d++) {
        List<dev.parley.core.inverse.TargetConditions.Clause> cls = t.conditions().clauses(d);
        List<String> items = new ArrayList<>();
        for (var cl : cls) {
          items.add(text.clause(cl, t.concept()));
        }
        doc.para(
            narrator.dm(d)
                + (cls.isEmpty()
                    ? ": no move from " + narrator.label(t.state()) + ", nothing to deter."
                    : ":"));
        doc.bullets(items);
      }
      if (t.change().found() && t.change().distance() > 0) {
        List<String> header = new ArrayList<>();
        List<List<String>> rows = text.sideBySide(f.space(), t.change().orders(), header);
        doc.para(
            (t.equilibrium()
                    ? "The nearest rankings that break "
                    : "The nearest rankings that make ")
                + narrator.shortLabel(t.state())
                + (t.equilibrium() ? "" : " hold")
                + ", side by side (an asterisk marks a changed position):");
        doc.table(header, rows);
      }
    }
    Concept focus = f.targets().get(0).concept();
    f.crowded().forEach(t -> SanctionSummary.render(doc, model, narrator, t, focus.label()));
  }
}
