package dev.parley.report;

import dev.parley.core.evolution.Deadlock;
import dev.parley.core.evolution.ReachTree;
import dev.parley.core.graph.GraphModel;
import dev.parley.core.inverse.Atom;
import dev.parley.core.inverse.Condition;
import dev.parley.core.inverse.TargetCheck;
import dev.parley.core.inverse.TargetConditions;
import dev.parley.core.model.Conflict;
import dev.parley.core.model.PreferenceSpec;
import dev.parley.core.model.Provenance;
import dev.parley.core.stability.Concept;
import dev.parley.core.stability.Explainer;
import dev.parley.core.stability.Explanation;
import dev.parley.core.stability.StabilityResult;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The opening of a briefing: the bottom line in plain words (where the conflict is stuck, what
 * would move it, what the outcome depends on, what to watch) and the decisive assumptions behind
 * it, ranked, each with the statement and quote it rests on and what follows if it is false. See
 * docs/briefing.md.
 */
final class BottomLine {
  /** Models up to this many states get the decisive assumptions (they need the inverse checks). */
  static final int STATE_LIMIT = 64;

  /** The most decisive assumptions listed. */
  static final int MAX_ASSUMPTIONS = 5;

  /** A conclusion of the briefing: a state holds (or not) under the focus concept. */
  record Conclusion(int state, boolean holds, Condition condition) {}

  /**
   * One decisive assumption: a statement of one party (index {@code statement}, or -1 for a ranking
   * or payoffs) and the comparisons it decides that are true now and whose reversal alone would
   * turn a conclusion; {@code turns} are those conclusions.
   */
  record Assumption(int dm, int statement, List<Atom> atoms, List<Conclusion> turns) {
    /**
     * 0 for making a failing settlement hold, 1 for breaking a settlement, 2 for the status quo.
     */
    int rank(int statusQuo) {
      int best = 2;
      for (Conclusion c : turns) {
        best = Math.min(best, c.state() == statusQuo ? 2 : c.holds() ? 1 : 0);
      }
      return best;
    }
  }

  private final AnalysisRun run;
  private final GraphModel model;
  private final Conflict conflict;
  private final StabilityResult result;
  private final Narrator narrator;
  private final Concept focus;
  private final int[][] current;
  private final List<Deadlock> deadlocks;
  private final List<Integer> settlements;
  private final List<Conclusion> conclusions = new ArrayList<>();
  private List<Assumption> assumptions;

  BottomLine(AnalysisRun run, Narrator narrator, List<Deadlock> deadlocks) {
    this.run = run;
    this.model = run.model();
    this.conflict = model.conflict();
    this.result = run.result();
    this.narrator = narrator;
    this.focus = MediatorFindings.focus(run.concepts());
    this.current = InverseReport.current(model);
    this.deadlocks = deadlocks;
    this.settlements = settlements();
    if (focus != null && model.stateCount() <= STATE_LIMIT) {
      List<Integer> states = new ArrayList<>();
      if (run.statusQuo() >= 0) {
        states.add(run.statusQuo());
      }
      settlements.stream().filter(s -> !states.contains(s)).forEach(states::add);
      for (int s : states) {
        Condition c = conditions(s);
        if (c != null) {
          conclusions.add(new Conclusion(s, c.holds(current), c));
        }
      }
    }
  }

  /**
   * The condition for {@code s} to be an equilibrium under the focus concept: the mediator's
   * findings' when they have it, else computed here; null when it has too many sanctions to weigh.
   */
  private Condition conditions(int s) {
    MediatorFindings f = run.mediator();
    if (f != null) {
      for (MediatorFindings.Target t : f.targets()) {
        if (t.state() == s && t.concept() == focus) {
          return t.conditions().equilibrium();
        }
      }
      if (f.crowded().contains(s)) {
        return null;
      }
    }
    try {
      return TargetConditions.of(new TargetCheck(model, s), focus, MediatorFindings.BRIEF_SANCTIONS)
          .equilibrium();
    } catch (TargetConditions.TooLarge e) {
      return null; // too many sanctions to weigh: no assumptions for this state
    }
  }

  /** The concept the bottom line speaks of (SEQ when analysed), or null. */
  Concept focus() {
    return focus;
  }

  /**
   * The settlements in view: named states other than the status quo, then the targets of the
   * sequencing deadlocks that hold under some concept; at most three.
   */
  private List<Integer> settlements() {
    List<Integer> out = new ArrayList<>();
    for (Deadlock d : deadlocks) {
      boolean holds = run.concepts().stream().anyMatch(c -> result.equilibria(c).get(d.target()));
      if (holds && !out.contains(d.target()) && out.size() < 3) {
        out.add(d.target());
      }
    }
    if (!model.isGraphForm()) {
      for (var ns : conflict.namedStates()) {
        int[] m = model.space().matching(ns.pattern());
        if (m.length == 1 && m[0] != run.statusQuo() && !out.contains(m[0]) && out.size() < 3) {
          out.add(m[0]);
        }
      }
    }
    return out;
  }

  /** The bottom line, one paragraph per point. */
  List<String> paragraphs() {
    List<String> out = new ArrayList<>();
    if (focus == null) {
      out.add("No concept was analysed that the bottom line can speak of.");
      return out;
    }
    String under = " under " + focus.label();
    int sq = run.statusQuo();
    if (sq >= 0) {
      BitSet reach = ReachTree.of(model, sq, true).reachable();
      boolean stable = result.equilibria(focus).get(sq);
      if (stable && reach.isEmpty()) {
        out.add(
            "The conflict is stuck at "
                + narrator.label(sq)
                + ", an equilibrium"
                + everyConcept(sq, under)
                + ": no party gains by moving first.");
      } else if (stable) {
        out.add(
            "Today's state, "
                + narrator.label(sq)
                + ", is an equilibrium"
                + everyConcept(sq, under)
                + ", although some party could improve on it at a risk.");
      } else {
        BitSet ends = (BitSet) reach.clone();
        ends.and(result.equilibria(focus));
        out.add(
            "Today's state, "
                + narrator.label(sq)
                + ", does not hold"
                + under
                + ": "
                + leaves(sq)
                + (ends.isEmpty()
                    ? "."
                    : "; unilateral improvements can lead on to "
                        + listStates(ends, 2)
                        + ", which "
                        + (ends.cardinality() == 1 ? "holds." : "hold."))
                + "");
      }
    } else {
      BitSet eq = result.equilibria(focus);
      out.add(
          "The model has no status quo; "
              + (eq.isEmpty()
                  ? "no state is an equilibrium" + under + "."
                  : eq.cardinality()
                      + (eq.cardinality() == 1
                          ? " state is an equilibrium"
                          : " states are equilibria")
                      + under
                      + ": "
                      + listStates(eq, 3)
                      + "."));
    }
    List<String> moves = new ArrayList<>();
    for (int s : settlements) {
      moves.add(settlementSentence(s));
    }
    out.addAll(moves);
    List<Assumption> top = assumptions();
    if (!top.isEmpty()) {
      Assumption a = top.get(0);
      out.add(
          "What to watch: "
              + (a.statement() >= 0 ? statementText(a) : formBasis(a.dm()))
              + ": if it changes, so do the conclusions.");
    }
    return out;
  }

  private String everyConcept(int s, String under) {
    for (Concept c : run.concepts()) {
      if (!result.equilibria(c).get(s)) {
        return under;
      }
    }
    return run.concepts().size() == 1 ? under : " under every concept analysed";
  }

  /** "the United States would move to …" for the first party with an undeterred improvement. */
  private String leaves(int s) {
    Explainer ex = new Explainer(model);
    for (int d = 0; d < conflict.dmCount(); d++) {
      Explanation.Improvement esc = ex.explain(focus, d, s).escape();
      if (esc != null) {
        return narrator.dm(d) + " would leave it for " + narrator.label(esc.target());
      }
    }
    return "some party would move";
  }

  private String settlementSentence(int s) {
    String under = " under " + focus.label();
    Deadlock d = deadlocks.stream().filter(x -> x.target() == s).findFirst().orElse(null);
    boolean holds = result.equilibria(focus).get(s);
    StringBuilder b = new StringBuilder(English.capital(narrator.label(s)));
    if (holds) {
      b.append(" would hold").append(under);
      if (d != null) {
        b.append(", but it takes a joint step: ")
            .append(names(d.coalition()))
            .append(" each wait for the other to move first");
      } else if (run.statusQuo() >= 0
          && !ReachTree.of(model, run.statusQuo(), true).reachable().get(s)) {
        b.append(", but no sequence of improvements leads there from today");
      }
    } else {
      b.append(" does not hold").append(under).append(": ").append(leaves(s));
      for (Assumption a : assumptions()) {
        if (a.turns().stream().anyMatch(c -> c.state() == s && !c.holds())) {
          b.append(", because of ")
              .append(
                  a.statement() >= 0
                      ? narrator.dmPossessive(a.dm())
                          + " statement "
                          + (a.statement() + 1)
                          + " (‘"
                          + English.oneLine(
                              ((PreferenceSpec.Prioritization) conflict.preferences().get(a.dm()))
                                  .statements()
                                  .get(a.statement())
                                  .text())
                          + "’)"
                      : formBasis(a.dm()))
              .append("; that alone stands in the way");
          break;
        }
      }
    }
    return b.append('.').toString();
  }

  private String names(List<Integer> dms) {
    List<String> n = new ArrayList<>();
    dms.forEach(x -> n.add(narrator.dm(x)));
    return English.list(n);
  }

  private String listStates(BitSet states, int max) {
    List<String> out = new ArrayList<>();
    for (int s = states.nextSetBit(0); s >= 0 && out.size() < max; s = states.nextSetBit(s + 1)) {
      out.add(narrator.label(s));
    }
    if (states.cardinality() > max) {
      out.add((states.cardinality() - max) + " more");
    }
    return English.list(out);
  }

  /**
   * The decisive comparisons, most decisive first: comparisons true now whose reversal alone would
   * turn a conclusion (today's state holds; a settlement holds or fails), ranked by how many
   * conclusions they turn.
   */
  List<Assumption> assumptions() {
    if (assumptions == null) {
      assumptions = rankAssumptions();
    }
    return assumptions;
  }

  private List<Assumption> rankAssumptions() {
    Map<List<Integer>, Assumption> byBasis = new LinkedHashMap<>();
    for (Conclusion c : conclusions) {
      for (Atom a : c.condition().atoms()) {
        Atom now = a.holds(current) ? a : a.negate();
        boolean flipped =
            c.condition().eval(x -> x.equals(a) ? !a.holds(current) : x.holds(current));
        if (flipped == c.holds()) {
          continue;
        }
        int k = deciding(now);
        Assumption as =
            byBasis.computeIfAbsent(
                k < 0 ? List.of(now.dm(), -1, now.a(), now.b()) : List.of(now.dm(), k),
                key -> new Assumption(now.dm(), k, new ArrayList<>(), new ArrayList<>()));
        if (as.atoms().stream().noneMatch(x -> x.a() == now.a() && x.b() == now.b())) {
          as.atoms().add(now);
        }
        if (!as.turns().contains(c)) {
          as.turns().add(c);
        }
      }
    }
    List<Assumption> out = new ArrayList<>(byBasis.values());
    int sq = run.statusQuo();
    java.util.Comparator<Assumption> order =
        java.util.Comparator.<Assumption>comparingInt(x -> x.rank(sq))
            .thenComparingInt(this::firstSettlement)
            .thenComparingInt(x -> -x.turns().size());
    out.sort(order);
    return out.size() > MAX_ASSUMPTIONS ? out.subList(0, MAX_ASSUMPTIONS) : out;
  }

  /** The position of the first settlement in view that the assumption turns (later: larger). */
  private int firstSettlement(Assumption a) {
    int best = Integer.MAX_VALUE;
    for (Conclusion c : a.turns()) {
      int i = settlements.indexOf(c.state());
      if (i >= 0) {
        best = Math.min(best, i);
      }
    }
    return best;
  }

  /** The statement that decides a comparison, or -1 (no statements, or none tells them apart). */
  private int deciding(Atom a) {
    return conflict.preferences().get(a.dm()) instanceof PreferenceSpec.Prioritization p
        ? deciding(p, a)
        : -1;
  }

  /** The decisive assumptions as bullet items. */
  List<String> assumptionItems() {
    MediatorText text = new MediatorText(model);
    List<String> items = new ArrayList<>();
    for (Assumption a : assumptions()) {
      StringBuilder b = new StringBuilder();
      if (a.statement() >= 0) {
        PreferenceSpec.Statement st =
            ((PreferenceSpec.Prioritization) conflict.preferences().get(a.dm()))
                .statements()
                .get(a.statement());
        b.append(narrator.dmPossessive(a.dm()))
            .append(" statement ")
            .append(a.statement() + 1)
            .append(", ‘")
            .append(English.oneLine(st.text()))
            .append("’")
            .append(evidence(st.provenance()))
            .append(". It decides that ");
      } else {
        b.append(formBasis(a.dm())).append(" says that ");
      }
      List<String> atoms = new ArrayList<>();
      a.atoms().stream().limit(2).forEach(x -> atoms.add(text.atom(x)));
      b.append(English.list(atoms));
      if (a.atoms().size() > 2) {
        b.append(" (and ").append(a.atoms().size() - 2).append(" more comparisons)");
      }
      b.append(". If that were not so, ");
      List<String> effects = new ArrayList<>();
      for (Conclusion c : a.turns()) {
        effects.add(
            narrator.label(c.state())
                + (c.holds() ? " would no longer hold" : " would hold")
                + " under "
                + focus.label());
      }
      b.append(English.list(effects)).append('.');
      items.add(b.toString());
    }
    return items;
  }

  private String formBasis(int dm) {
    return narrator.dmPossessive(dm) + " " + formName(conflict.preferences().get(dm));
  }

  /** ", resting on “quote” [source]", or nothing. */
  private static String evidence(Provenance p) {
    if (p == null || p.quote() == null) {
      return "";
    }
    return ", resting on "
        + English.quote(p.quote())
        + (p.source() == null ? "" : " [" + p.source() + "]");
  }

  /** "Russia's statement 1, ‘-settle IF sign’ (“quote”)". */
  private String statementText(Assumption a) {
    PreferenceSpec.Statement st =
        ((PreferenceSpec.Prioritization) conflict.preferences().get(a.dm()))
            .statements()
            .get(a.statement());
    String q = st.provenance().quote();
    return narrator.dmPossessive(a.dm())
        + " statement "
        + (a.statement() + 1)
        + (q == null ? ", ‘" + English.oneLine(st.text()) + "’" : " (" + English.quote(q) + ")");
  }

  private int deciding(PreferenceSpec.Prioritization p, Atom a) {
    long ca = model.space().code(a.a());
    long cb = model.space().code(a.b());
    for (int k = 0; k < p.statements().size(); k++) {
      var f = p.statements().get(k).formula();
      if (f.test(ca) != f.test(cb)) {
        return k;
      }
    }
    return -1;
  }

  private static String formName(PreferenceSpec spec) {
    return spec instanceof PreferenceSpec.Payoffs ? "payoffs" : "ranking";
  }
}
