package dev.parley.io.report;

import dev.parley.core.Parley;
import dev.parley.core.evolution.Deadlock;
import dev.parley.core.evolution.Evolution;
import dev.parley.core.evolution.PackageEffect;
import dev.parley.core.evolution.ReachTree;
import dev.parley.core.evolution.Step;
import dev.parley.core.graph.GraphModel;
import dev.parley.core.model.Conflict;
import dev.parley.core.model.DecisionMaker;
import dev.parley.core.model.Infeasibility;
import dev.parley.core.model.MoveEdits;
import dev.parley.core.model.MoveSpec;
import dev.parley.core.model.Option;
import dev.parley.core.model.OptionPackage;
import dev.parley.core.model.PreferenceSpec;
import dev.parley.core.model.Provenance;
import dev.parley.core.model.Source;
import dev.parley.core.stability.Concept;
import dev.parley.core.stability.Explainer;
import dev.parley.core.stability.Explanation;
import dev.parley.core.stability.Move;
import dev.parley.core.stability.StabilityResult;
import dev.parley.core.state.StateSpace;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.stream.Collectors;

/** The readable briefing of an analysis, as plain text or Markdown. */
public final class Briefing {
  /** Above this many states the state and stability tables list only the notable states. */
  public static final int FULL_TABLE_LIMIT = 200;

  /**
   * The most improvements of each kind (deterred, not deterred) a briefing writes out for one party
   * at one state; the rest are counted, and {@code explain} lists them all.
   */
  public static final int BRIEF_IMPROVEMENTS = 5;

  /** The most notable states the tables list for a larger model, unless full tables are asked. */
  public static final int NOTABLE_ROWS = 100;

  private boolean fullTables;

  private final AnalysisRun run;
  private final GraphModel model;
  private final Conflict conflict;
  private final StabilityResult result;
  private final Narrator narrator;
  private final Explainer explainer;

  public Briefing(AnalysisRun run) {
    this.run = run;
    this.model = run.model();
    this.conflict = model.conflict();
    this.result = run.result();
    this.narrator = new Narrator(model);
    this.explainer = new Explainer(model);
  }

  /** Every state in the state and stability tables, whatever the model's size. */
  public Briefing fullTables(boolean full) {
    this.fullTables = full;
    return this;
  }

  public String render(Doc.Style style) {
    Doc doc = new Doc();
    doc.heading(1, conflict.title());
    BottomLine bottom = new BottomLine(run, narrator, deadlocks());
    doc.heading(2, "Bottom line");
    bottom.paragraphs().forEach(doc::para);
    List<String> assumptions = bottom.assumptionItems();
    if (!assumptions.isEmpty()) {
      doc.heading(2, "Decisive assumptions");
      doc.para(
          "The comparisons the conclusions above hinge on, most decisive first: each holds in the"
              + " model now, and each alone, if it were false, would turn the conclusion named"
              + " after it ("
              + bottom.focus().label()
              + ").");
      doc.bullets(assumptions);
    }
    statusQuo(doc);
    gaps(doc);
    packages(doc);
    settlements(doc);
    doc.heading(2, "Annex A: the conflict and its equilibria");
    description(doc);
    inBrief(doc);
    equilibria(doc);
    unknownPreferences(doc);
    if (run.coalitions() != null) {
      new StructureSection(run).render(doc);
    }
    modelSection(doc);
    statesTable(doc);
    stabilityTable(doc);
    sources(doc);
    doc.para(footer());
    return doc.render(style);
  }

  private String footer() {
    return "Parley "
        + Parley.VERSION
        + " · model "
        + run.modelFile()
        + " · sha256 "
        + run.modelHash().substring(0, 12)
        + " · concepts "
        + run.concepts().stream().map(Concept::label).collect(Collectors.joining(", "));
  }

  /** The model's description, one paragraph per paragraph of the text, line breaks removed. */
  private void description(Doc doc) {
    if (conflict.description() == null) {
      return;
    }
    for (String para : conflict.description().strip().split("\\n\\s*\\n")) {
      if (!para.isBlank()) {
        doc.para(English.oneLine(para));
      }
    }
  }

  /**
   * The sequencing deadlocks from the run's starting state ({@link AnalysisRun#statusQuo()}), on
   * their own: what {@code parley deadlocks} prints.
   */
  public String renderDeadlocks(Doc.Style style) {
    Doc doc = new Doc();
    int from = run.statusQuo();
    doc.heading(1, conflict.title() + " — sequencing deadlocks");
    doc.para("From " + narrator.label(from) + ": " + narrator.describe(from) + ".");
    if (model.isGraphForm()) {
      doc.para(
          "No deadlock analysis: a joint move changes each member's own options, and this model is"
              + " in graph form (states and moves, no options). Write it in option form, or study"
              + " joint moves with 'parley evolve --coalitions'.");
      return doc.render(style);
    }
    BitSet reach = ReachTree.of(model, from, true).reachable();
    doc.para(
        reach.isEmpty()
            ? "No party has a unilateral improvement from here."
            : "By unilateral improvements, made in turn, the conflict can move from here to "
                + stateList(reach)
                + ".");
    if (deadlocks().isEmpty()) {
      doc.para(
          "No sequencing deadlock: every state that a coalition's members all prefer to this one is"
              + " either reachable by unilateral improvements or out of reach of any joint move"
              + " of theirs.");
    } else {
      gaps(doc);
    }
    doc.para(footer());
    return doc.render(style);
  }

  private void inBrief(Doc doc) {
    doc.heading(3, "In brief");
    List<String> items = new ArrayList<>();
    items.add(
        conflict.dmCount()
            + " decision makers ("
            + conflict.decisionMakers().stream()
                .map(DecisionMaker::name)
                .collect(Collectors.joining(", "))
            + "), "
            + (model.isGraphForm()
                ? "graph form: " + model.stateCount() + " states and the moves between them."
                : conflict.optionCount()
                    + " options, "
                    + model.stateCount()
                    + " feasible states."));
    if (!conflict.packages().isEmpty()) {
      List<String> names = new ArrayList<>();
      conflict.packages().forEach(p -> names.add(packageName(p)));
      items.add(
          "With commitment packages: "
              + String.join("; ", names)
              + ". Every result below includes their joint moves; 'Commitment packages' compares.");
    }
    for (Concept c : run.concepts()) {
      items.add(c.label() + " equilibria: " + stateList(result.equilibria(c)) + ".");
    }
    Foresight f = run.foresight();
    if (f != null) {
      for (int h : f.horizons().keySet()) {
        BitSet every = f.equilibria(h);
        BitSet some = f.equilibriaUnderSome(h);
        items.add(
            "L"
                + h
                + " (limited move, horizon "
                + h
                + ") equilibria: "
                + stateList(every)
                + (some.equals(every)
                    ? ""
                    : "; under some tie resolution also " + stateList(minus(some, every)))
                + ".");
      }
      if (f.nm() != null) {
        BitSet noLimit = new BitSet();
        for (BitSet b : f.nm().noLimit()) {
          noLimit.or(b);
        }
        items.add(
            "NM (non-myopic) equilibria: "
                + stateList(f.nm().equilibria())
                + (noLimit.isEmpty() ? "" : "; no limit for " + stateList(noLimit))
                + ".");
      }
    }
    if (run.assignment() != null) {
      items.add(
          "With each decision maker's own concept ("
              + assignmentText()
              + "): "
              + stateList(result.equilibria(run.assignment()))
              + ".");
    }
    if (run.statusQuo() >= 0) {
      int sq = run.statusQuo();
      List<String> eqUnder = new ArrayList<>();
      for (Concept c : run.concepts()) {
        if (result.equilibria(c).get(sq)) {
          eqUnder.add(c.label());
        }
      }
      items.add(
          "The status quo is "
              + narrator.label(sq)
              + (eqUnder.isEmpty()
                  ? "; it is not an equilibrium under any concept analysed."
                  : "; it is an equilibrium under " + String.join(", ", eqUnder) + "."));
    }
    doc.bullets(items);
  }

  /** "State 8 (deal) holds under SEQ as long as …; the smallest change that breaks it: …". */
  String dependsSentence(MediatorFindings.Target t) {
    MediatorText text = new MediatorText(model);
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

  private void settlements(Doc doc) {
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
    MediatorText text = new MediatorText(model);
    doc.heading(
        2,
        f.targets().size() == 1
            ? "What the settlement depends on"
            : "What the settlements depend on");
    doc.para(
        "For each settlement in view, what each party would have to prefer for it to be stable"
            + " (inverse analysis under "
            + f.targets().get(0).concept().label()
            + "; 'parley inverse' gives every concept, counts and listings). Every move a party could"
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

  private String patternLabel(dev.parley.core.model.StatePattern p) {
    int[] m = model.space().matching(p);
    return m.length == 1 ? narrator.label(m[0]) : "the states " + p.toYnd(conflict.optionCount());
  }

  private void unknownPreferences(Doc doc) {
    MediatorFindings f = run.mediator();
    if (f == null || f.unknown() == null) {
      return;
    }
    doc.heading(2, "Unknown preferences");
    List<String> pairs = new ArrayList<>();
    for (int d = 0; d < conflict.dmCount(); d++) {
      List<String> ps = new ArrayList<>();
      for (var pair : conflict.unknownPairs(d)) {
        ps.add(patternLabel(pair.a()) + " with " + patternLabel(pair.b()));
      }
      if (!ps.isEmpty()) {
        pairs.add(narrator.dm(d) + " does not know how it compares " + String.join("; ", ps) + ".");
      }
    }
    doc.para(
        "Some comparisons are unknown (docs/semantics.md §1.8). Each concept then has four variants: a — the"
            + " party considers moves to states of unknown preference and counts only states it"
            + " likes no better as sanctions; b — it considers those moves and also counts states of"
            + " unknown preference as sanctions; c — it considers only known improvements and counts"
            + " unknown states as sanctions; d — known improvements, known sanctions (the standard"
            + " concept when nothing is unknown). a ⊆ b ⊆ c and a ⊆ d ⊆ c.");
    doc.bullets(pairs);
    List<String> header = new ArrayList<>(List.of("concept", "a", "b", "c", "d"));
    List<List<String>> rows = new ArrayList<>();
    for (Concept c : dev.parley.core.uncertainty.UnknownStability.CONCEPTS) {
      List<String> row = new ArrayList<>(List.of(c.label()));
      for (var v : dev.parley.core.uncertainty.UnknownStability.Variant.values()) {
        row.add(stateList(f.unknown().equilibria(c, v)));
      }
      rows.add(row);
    }
    doc.para("Equilibria under each variant:");
    doc.table(header, rows);
  }

  private String assignmentText() {
    List<String> parts = new ArrayList<>();
    for (int d = 0; d < conflict.dmCount(); d++) {
      parts.add(narrator.dm(d) + " " + run.assignment().get(d).label());
    }
    return String.join(", ", parts);
  }

  private void statusQuo(Doc doc) {
    if (run.statusQuo() < 0) {
      return;
    }
    int sq = run.statusQuo();
    doc.heading(2, "The status quo: " + narrator.label(sq));
    doc.para(narrator.describe(sq) + ".");
    List<String> items = new ArrayList<>();
    for (int d = 0; d < conflict.dmCount(); d++) {
      List<String> stableUnder = new ArrayList<>();
      List<String> unstableUnder = new ArrayList<>();
      for (Concept c : run.concepts()) {
        (result.isStable(c, d, sq) ? stableUnder : unstableUnder).add(c.label());
      }
      String verdict =
          narrator.dm(d)
              + ": "
              + (unstableUnder.isEmpty()
                  ? "stable under every concept analysed."
                  : stableUnder.isEmpty()
                      ? "unstable under every concept analysed."
                      : "stable under "
                          + String.join(", ", stableUnder)
                          + "; unstable under "
                          + String.join(", ", unstableUnder)
                          + ".");
      Concept why = unstableUnder.isEmpty() ? strongest() : weakestFailing(d, sq);
      List<String> reasons = narrator.explain(brief(why, d, sq), BRIEF_IMPROVEMENTS);
      items.add(verdict + " " + String.join(" ", reasons));
    }
    doc.bullets(items);
    if (model.stateCount() > Deadlock.DEFAULT_STATE_LIMIT) {
      doc.para(
          "Sequencing deadlocks are searched in models of up to "
              + Deadlock.DEFAULT_STATE_LIMIT
              + " states; this one has "
              + model.stateCount()
              + ".");
    }
    ReachTree tree = ReachTree.of(model, sq, true);
    BitSet reach = tree.reachable();
    doc.para(
        reach.isEmpty()
            ? "No party has a unilateral improvement from the status quo: by unilateral improvements the conflict stays where it is."
            : "By unilateral improvements, made in turn, the conflict can move from the status quo to "
                + stateList(reach)
                + ".");
  }

  private List<Deadlock> deadlocksCache;

  private List<Deadlock> deadlocks() {
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

  private void gaps(Doc doc) {
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

  /**
   * The explanation a briefing writes out: of a stable verdict only the improvements it shows get
   * their sanctions searched.
   */
  private Explanation brief(Concept c, int dm, int s) {
    return result.isStable(c, dm, s)
        ? explainer.explainStable(c, dm, s, BRIEF_IMPROVEMENTS)
        : explainer.explain(c, dm, s);
  }

  private void equilibria(Doc doc) {
    BitSet any = new BitSet();
    for (Concept c : run.concepts()) {
      any.or(result.equilibria(c));
    }
    doc.heading(2, "Equilibria and why they hold");
    if (any.isEmpty()) {
      doc.para(
          "No state is an equilibrium under the concepts analysed: every state gives some party an improvement nothing deters.");
      return;
    }
    int shown = 0;
    int most = model.stateCount() > FULL_TABLE_LIMIT && !fullTables ? 5 : 25;
    for (int s = any.nextSetBit(0); s >= 0 && shown < most; s = any.nextSetBit(s + 1), shown++) {
      doc.heading(3, English.capital(narrator.label(s)));
      List<String> under = new ArrayList<>();
      for (Concept c : run.concepts()) {
        if (result.equilibria(c).get(s)) {
          under.add(c.label());
        }
      }
      doc.para(narrator.describe(s) + ". Equilibrium under " + String.join(", ", under) + ".");
      Concept why = bestOf(under);
      List<String> items = new ArrayList<>();
      for (int d = 0; d < conflict.dmCount(); d++) {
        items.addAll(narrator.explain(brief(why, d, s), BRIEF_IMPROVEMENTS));
      }
      if (!why.equals(Concept.NASH)) {
        items.add(0, "Why (" + why.label() + "):");
      }
      doc.bullets(items);
    }
    if (any.cardinality() > shown) {
      doc.para(
          String.format(java.util.Locale.ROOT, "%,d more equilibria", any.cardinality() - shown)
              + (model.stateCount() > FULL_TABLE_LIMIT && !fullTables
                  ? ": the stability table lists the first of them, and all with --full-tables."
                  : " are listed in the stability table."));
    }
  }

  private void modelSection(Doc doc) {
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
        ps.add(packageName(p) + evidenceSuffix(p.provenance()));
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

  /** "“sign …” and “withdraw …” (United States, Ukraine)". */
  String packageName(OptionPackage p) {
    List<String> opts = new ArrayList<>();
    List<String> owners = new ArrayList<>();
    for (int t : p.options()) {
      opts.add("“" + conflict.options().get(t).name() + "”");
      String who = narrator.dm(conflict.owner(t));
      if (!owners.contains(who)) {
        owners.add(who);
      }
    }
    return English.list(opts)
        + " together ("
        + English.list(owners)
        + (p.imposed()
            ? "; imposed: any of them can make the joint move alone)"
            : "; by consent: made only where each of them prefers the result)");
  }

  /** How the packages change reachability from the status quo and the equilibria. */
  private void packages(Doc doc) {
    if (conflict.packages().isEmpty()) {
      return;
    }
    int from = run.statusQuo() >= 0 ? run.statusQuo() : 0;
    PackageEffect effect = PackageEffect.of(model, from, java.util.EnumSet.copyOf(run.concepts()));
    doc.heading(2, "Commitment packages");
    List<String> names = new ArrayList<>();
    conflict.packages().forEach(p -> names.add(packageName(p)));
    doc.para(
        "A package lets its owners take its options together in one joint move, from any state in"
            + " which none of them is taken; taking them one at a time stays possible. The joint"
            + " move counts as a move of each owner. A package by consent is made only where"
            + " every owner prefers where it leads; an imposed one wherever any owner does"
            + " (docs/evolution.md). Packages: "
            + String.join("; ", names)
            + ".");
    List<String> items = new ArrayList<>();
    if (run.statusQuo() >= 0) {
      BitSet gained = effect.newlyReachable();
      BitSet lost = effect.noLongerReachable();
      items.add(
          "By unilateral improvements from the status quo, without the packages the conflict can"
              + " reach "
              + stateList(effect.reachWithout())
              + "; with them "
              + stateList(effect.reachWith())
              + ".");
      if (gained.isEmpty() && lost.isEmpty()) {
        items.add("The packages change nothing that improvements can reach from the status quo.");
      }
      Evolution ev = Evolution.of(model, from);
      int shown = 0;
      for (int s = gained.nextSetBit(0); s >= 0 && shown < 5; s = gained.nextSetBit(s + 1)) {
        int state = s;
        boolean eq =
            run.concepts().stream().anyMatch(c -> effect.equilibriaWith().get(c).get(state));
        if (!eq) {
          continue;
        }
        shown++;
        List<Move> path = new ArrayList<>();
        for (Step st : ev.path(s, true)) {
          path.add(new Move(st.mover(), st.from(), st.to()));
        }
        items.add(
            "Now reachable: "
                + narrator.label(s)
                + ", an equilibrium with the packages — "
                + narrator.moves(path)
                + ".");
      }
    }
    for (Concept c : run.concepts()) {
      BitSet g = effect.gained(c);
      BitSet l = effect.lost(c);
      items.add(
          c.label()
              + " equilibria: without the packages "
              + stateList(effect.equilibriaWithout().get(c))
              + "; with them "
              + stateList(effect.equilibriaWith().get(c))
              + (g.isEmpty() && l.isEmpty()
                  ? " (no change)"
                  : " ("
                      + (g.isEmpty() ? "" : "gained " + stateList(g))
                      + (g.isEmpty() || l.isEmpty() ? "" : "; ")
                      + (l.isEmpty() ? "" : "lost " + stateList(l))
                      + ")")
              + ".");
    }
    doc.bullets(items);
  }

  private void statesTable(Doc doc) {
    doc.heading(2, "States");
    if (!fullTables && model.stateCount() > FULL_TABLE_LIMIT) {
      doc.para(
          String.format(
              java.util.Locale.ROOT,
              "Of the %,d states, these tables list %,d: the status quo and the equilibria, in"
                  + " order ('parley analyze --full-tables' lists every state).",
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

  private void stabilityTable(Doc doc) {
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
              + "; \"never\": none at all). 'parley robustness' shows the changes.");
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

  private void sources(Doc doc) {
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
    if (fullTables || model.stateCount() <= FULL_TABLE_LIMIT) {
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
        s >= 0 && out.size() < NOTABLE_ROWS;
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

  private Concept strongest() {
    for (Concept c :
        List.of(Concept.SEQ, Concept.SMR, Concept.GMR, Concept.SEQSIM, Concept.SIM, Concept.NASH)) {
      if (run.concepts().contains(c)) {
        return c;
      }
    }
    return run.concepts().get(0);
  }

  /** Among the concepts under which the state holds, the one whose explanation is most telling. */
  private static Concept bestOf(List<String> labels) {
    for (Concept c :
        List.of(Concept.NASH, Concept.SEQ, Concept.SMR, Concept.GMR, Concept.SEQSIM, Concept.SIM)) {
      if (labels.contains(c.label())) {
        return c;
      }
    }
    return Concept.GMR;
  }

  private Concept weakestFailing(int d, int s) {
    for (Concept c :
        List.of(Concept.GMR, Concept.SMR, Concept.SEQSIM, Concept.SEQ, Concept.SIM, Concept.NASH)) {
      if (run.concepts().contains(c) && !result.isStable(c, d, s)) {
        return c;
      }
    }
    return run.concepts().get(0);
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

  private static BitSet minus(BitSet a, BitSet b) {
    BitSet c = (BitSet) a.clone();
    c.andNot(b);
    return c;
  }

  private String stateList(BitSet states) {
    if (states.isEmpty()) {
      return "none";
    }
    if (states.cardinality() > 30 && !model.isGraphForm()) {
      List<dev.parley.core.model.StatePattern> cover = PatternCover.of(model.space(), states, 6);
      if (cover != null) {
        List<String> ps = new ArrayList<>();
        cover.forEach(p -> ps.add("‘" + narrator.pattern(p) + "’"));
        return String.format(java.util.Locale.ROOT, "%,d states", states.cardinality())
            + ": every state where "
            + String.join("; or where ", ps);
      }
    }
    List<String> parts = new ArrayList<>();
    for (int s = states.nextSetBit(0); s >= 0 && parts.size() < 30; s = states.nextSetBit(s + 1)) {
      String n = narrator.name(s);
      parts.add(StateSpace.number(s) + (n == null ? "" : " (" + n + ")"));
    }
    return String.join(", ", parts)
        + (states.cardinality() > 30 ? " and " + (states.cardinality() - 30) + " more" : "");
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

  private static String evidenceSuffix(Provenance p) {
    String e = evidence(p);
    return e.isEmpty() ? "" : " — " + e;
  }
}
