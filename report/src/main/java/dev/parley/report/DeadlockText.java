package dev.parley.report;

import dev.parley.core.evolution.Deadlock;
import dev.parley.core.graph.GraphModel;
import dev.parley.core.model.Conflict;
import dev.parley.core.move.Move;
import dev.parley.core.stability.Concept;
import dev.parley.core.stability.Explainer;
import dev.parley.core.stability.Explanation;
import dev.parley.core.stability.StabilityResult;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * The sequencing deadlocks of the status quo in words: the deadlocks (computed once), the sentence
 * and the detail of each, and the briefing's section on them.
 */
final class DeadlockText {
  private final AnalysisRun run;
  private final GraphModel model;
  private final StabilityResult result;
  private final Narrator narrator;
  private final Conflict conflict;
  private final Explainer explainer;
  private List<Deadlock> deadlocksCache;

  DeadlockText(AnalysisRun run, Narrator narrator) {
    this.run = run;
    this.model = run.model();
    this.result = run.result();
    this.narrator = narrator;
    this.conflict = model.conflict();
    this.explainer = new Explainer(model);
  }

  List<Deadlock> deadlocks() {
    if (deadlocksCache == null) {
      deadlocksCache =
          run.statusQuo() < 0 || model.stateCount() > Deadlock.DEFAULT_STATE_LIMIT
              ? List.of()
              : Deadlock.find(model, run.statusQuo());
    }
    return deadlocksCache;
  }

  /**
   * The deadlocks worth a line in the summary: those whose target is an equilibrium under some
   * concept analysed, one per target, the one with the most mutual waiting first.
   */
  private List<Deadlock> headlineDeadlocks() {
    List<Deadlock> out = new ArrayList<>();
    for (Deadlock d : deadlocks()) {
      boolean holds = run.concepts().stream().anyMatch(c -> result.equilibria(c).get(d.target()));
      if (!holds) {
        continue;
      }
      Deadlock same = out.stream().filter(o -> o.target() == d.target()).findFirst().orElse(null);
      if (same == null) {
        out.add(d);
      } else if (waiting(d) > waiting(same)) {
        out.set(out.indexOf(same), d);
      }
    }
    return out;
  }

  private static int waiting(Deadlock d) {
    int w = 0;
    for (Deadlock.Member m : d.members()) {
      w += m.waitsFor().size();
    }
    return w;
  }

  /** "Sequencing deadlock: A will not … before B …; B will not … before A …. A joint move …" */
  public String deadlockSentence(Deadlock d) {
    List<String> parts = new ArrayList<>();
    for (Deadlock.Member mem : d.members()) {
      String who = narrator.dm(mem.dm());
      String step = narrator.step(d.from(), d.target(), mem.dm());
      if (mem.waitsFor().isEmpty()) {
        parts.add(who + " will not " + step + " on its own");
      } else {
        List<String> others = new ArrayList<>();
        for (int o : mem.waitsFor()) {
          others.add(narrator.dm(o) + " " + narrator.step3(d.from(), d.target(), o));
        }
        parts.add(who + " will not " + step + " before " + String.join(" or ", others));
      }
    }
    StringBuilder b = new StringBuilder("Sequencing deadlock: ");
    b.append(String.join("; ", parts)).append(". ");
    b.append("A joint move by ")
        .append(names(d.coalition()))
        .append(" reaches ")
        .append(narrator.label(d.joint()));
    if (!d.afterwards().isEmpty()) {
      b.append("; then ").append(narrator.moves(d.afterwards()));
    }
    b.append(". ").append(holdsSentence(d.target()));
    return b.toString();
  }

  private String holdsSentence(int t) {
    List<String> eqUnder = new ArrayList<>();
    List<String> failing = new ArrayList<>();
    for (Concept c : run.concepts()) {
      (result.equilibria(c).get(t) ? eqUnder : failing).add(c.label());
    }
    if (failing.isEmpty()) {
      return English.capital(narrator.label(t))
          + " holds: it is an equilibrium under every concept analysed.";
    }
    Concept c = run.concepts().stream().filter(k -> !result.equilibria(k).get(t)).findFirst().get();
    List<String> defections = new ArrayList<>();
    for (int d = 0; d < conflict.dmCount(); d++) {
      Explanation e = explainer.explain(c, d, t);
      Explanation.Improvement esc = e.escape();
      if (esc != null) {
        defections.add(
            narrator.move(new Move(d, t, esc.target()))
                + " (→ "
                + narrator.label(esc.target())
                + ")");
      }
    }
    return English.capital(narrator.label(t))
        + (eqUnder.isEmpty()
            ? " does not hold under any concept analysed"
            : " holds under "
                + String.join(", ", eqUnder)
                + " but not under "
                + String.join(", ", failing))
        + ": under "
        + c.label()
        + ", "
        + String.join("; or ", defections)
        + ".";
  }

  private String names(List<Integer> dms) {
    List<String> n = new ArrayList<>();
    dms.forEach(d -> n.add(narrator.dm(d)));
    return n.size() <= 2
        ? String.join(" and ", n)
        : String.join(", ", n.subList(0, n.size() - 1)) + " and " + n.get(n.size() - 1);
  }

  void gaps(Doc doc) {
    List<Deadlock> found = deadlocks();
    if (found.isEmpty()) {
      return;
    }
    List<Deadlock> lasting = headlineDeadlocks();
    doc.heading(2, "Sequencing deadlocks");
    if (!lasting.isEmpty()) {
      doc.para(
          "Each of these states is preferred to the status quo by every member of a coalition and"
              + " would hold once reached, yet no legal sequence of unilateral improvements leads"
              + " to it: each member would have to take its own step first, and alone that step"
              + " leaves it no better off. A joint move by the coalition gets there.");
    }
    for (Deadlock d : lasting) {
      List<String> coalitions = new ArrayList<>();
      for (Deadlock o : found) {
        if (o.target() == d.target()) {
          coalitions.add(names(o.coalition()));
        }
      }
      doc.heading(3, English.capital(narrator.label(d.target())));
      List<String> items = new ArrayList<>();
      items.add(
          (coalitions.size() == 1 ? "Coalition: " : "Coalitions that could make the joint move: ")
              + String.join("; or ", coalitions)
              + (coalitions.size() == 1 ? "." : ". The first is shown."));
      items.addAll(deadlockDetails(d));
      doc.bullets(items);
    }
    BitSet transientTargets = new BitSet();
    found.stream()
        .filter(d -> lasting.stream().noneMatch(l -> l.target() == d.target()))
        .forEach(d -> transientTargets.set(d.target()));
    if (!transientTargets.isEmpty()) {
      List<String> passing = new ArrayList<>();
      for (int s = transientTargets.nextSetBit(0);
          s >= 0 && passing.size() < 3;
          s = transientTargets.nextSetBit(s + 1)) {
        passing.add(narrator.label(s));
      }
      if (transientTargets.cardinality() > 3) {
        passing.add((transientTargets.cardinality() - 3) + " more");
      }
      boolean one = transientTargets.cardinality() == 1;
      doc.para(
          (lasting.isEmpty() ? "No sequencing deadlock leads to a state that would hold. " : "")
              + "A coalition also prefers "
              + English.list(passing)
              + " to the status quo but would not stay there (no concept analysed finds "
              + (one ? "it" : "them")
              + " stable), so "
              + (one
                  ? "it is a passing state, not a deadlock."
                  : "they are passing states, not deadlocks."));
    }
  }

  /**
   * One deadlock in sentences, as the briefing lists it: why each member will not move first, what
   * the joint move reaches and what follows, and whether the target holds.
   */
  public List<String> deadlockDetails(Deadlock d) {
    List<String> items = new ArrayList<>();
    for (Deadlock.Member mem : d.members()) {
      String who = narrator.dm(mem.dm());
      String step = narrator.step(d.from(), d.target(), mem.dm());
      String alone =
          mem.solo() < 0
              ? "it cannot do so alone (the state in between is not feasible)"
              : "alone that leads to "
                  + narrator.label(mem.solo())
                  + ", which it likes no better than the status quo";
      String after =
          mem.waitsFor().isEmpty()
              ? "no other member's step alone changes that"
              : "after "
                  + mem.waitsFor().stream()
                      .map(o -> narrator.dmPossessive(o) + " step")
                      .reduce((a, b) -> a + " or " + b)
                      .get()
                  + " it is an improvement";
      items.add(who + " will not " + step + " first: " + alone + "; " + after + ".");
    }
    StringBuilder joint =
        new StringBuilder("Together: a joint move by ")
            .append(names(d.coalition()))
            .append(" reaches ")
            .append(narrator.label(d.joint()));
    if (!d.afterwards().isEmpty()) {
      joint.append("; then ").append(narrator.moves(d.afterwards()));
    }
    items.add(joint.append('.').toString());
    items.add(holdsSentence(d.target()));
    return items;
  }
}
