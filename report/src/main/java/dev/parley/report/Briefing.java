package dev.parley.report;

import dev.parley.core.Parley;
import dev.parley.core.evolution.Deadlock;
import dev.parley.core.evolution.Evolution;
import dev.parley.core.evolution.PackageEffect;
import dev.parley.core.evolution.ReachTree;
import dev.parley.core.graph.GraphModel;
import dev.parley.core.model.Conflict;
import dev.parley.core.model.DecisionMaker;
import dev.parley.core.move.Move;
import dev.parley.core.stability.Concept;
import dev.parley.core.stability.Explainer;
import dev.parley.core.stability.Explanation;
import dev.parley.core.stability.StabilityResult;
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
  private Hints hints = Hints.NEUTRAL;

  private final AnalysisRun run;
  private final GraphModel model;
  private final Conflict conflict;
  private final StabilityResult result;
  private final Narrator narrator;
  private final Explainer explainer;
  private final DeadlockText deadlockText;

  public Briefing(AnalysisRun run) {
    this.run = run;
    this.model = run.model();
    this.conflict = model.conflict();
    this.result = run.result();
    this.narrator = new Narrator(model);
    this.explainer = new Explainer(model);
    this.deadlockText = new DeadlockText(run, narrator);
  }

  /**
   * The bottom line's paragraphs, the words the briefing opens with (docs/briefing.md): for front
   * ends that show it beside their own views.
   */
  public List<String> bottomLine() {
    return new BottomLine(run, narrator, deadlockText.deadlocks()).paragraphs();
  }

  /** One sentence for a sequencing deadlock (see {@link DeadlockText#deadlockSentence}). */
  public String deadlockSentence(Deadlock d) {
    return deadlockText.deadlockSentence(d);
  }

  /** The detail of a sequencing deadlock (see {@link DeadlockText#deadlockDetails}). */
  public List<String> deadlockDetails(Deadlock d) {
    return deadlockText.deadlockDetails(d);
  }

  /** Every state in the state and stability tables, whatever the model's size. */
  /** Words for the front end's controls where the briefing points to more. */
  public Briefing hints(Hints h) {
    this.hints = h;
    return this;
  }

  public Briefing fullTables(boolean full) {
    this.fullTables = full;
    return this;
  }

  public String render(Doc.Style style) {
    Doc doc = new Doc();
    doc.heading(1, conflict.title());
    BottomLine bottom = new BottomLine(run, narrator, deadlockText.deadlocks());
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
    deadlockText.gaps(doc);
    packages(doc);
    new SettlementText(run, narrator, hints).settlements(doc);
    if (run.perceptions() != null && run.perceptions().hasMisperceptions()) {
      doc.heading(2, "What each side believes");
      new PerceptionsReport(run.perceptions(), run.concepts(), run.modelFile()).appendTo(doc, 3);
    }
    if (run.dilemmas() != null) {
      doc.heading(2, "Dilemmas: what the positions and threats imply");
      new DilemmasReport(run.dilemmas(), run.modelFile()).appendTo(doc, 3);
    }
    if (run.relational() != null) {
      doc.heading(2, "Attitudes: how the parties regard each other");
      new RelationalReport(model, run.relational(), result, run.modelFile()).appendTo(doc, 3);
    }
    if (run.margins() != null) {
      doc.heading(2, "How close each verdict is to flipping");
      run.margins().appendTo(doc, 3);
    }
    if (run.strength() != null) {
      doc.heading(2, "Strength of preference: which equilibria hold only weakly");
      new StrengthReport(run.strength(), run.concepts()).appendTo(doc);
    }
    doc.heading(2, "Annex A: the conflict and its equilibria");
    description(doc);
    inBrief(doc);
    equilibria(doc);
    unknownPreferences(doc);
    if (run.coalitions() != null) {
      new StructureSection(run).render(doc);
    }
    ModelAnnex annex = new ModelAnnex(run, narrator, fullTables, hints);
    annex.modelSection(doc);
    annex.statesTable(doc);
    annex.stabilityTable(doc);
    annex.sources(doc);
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
              + " joint moves with "
              + hints.text(Hint.JOINT_MOVES)
              + ".");
      return doc.render(style);
    }
    BitSet reach = ReachTree.of(model, from, true).reachable();
    doc.para(
        reach.isEmpty()
            ? "No party has a unilateral improvement from here."
            : "By unilateral improvements, made in turn, the conflict can move from here to "
                + stateList(reach)
                + ".");
    if (model.stateCount() > Deadlock.DEFAULT_STATE_LIMIT) {
      doc.para(
          String.format(
              java.util.Locale.ROOT,
              "Sequencing deadlocks were not searched: the search covers models of up to %,d"
                  + " states, and this one has %,d.",
              Deadlock.DEFAULT_STATE_LIMIT,
              model.stateCount()));
    } else if (deadlockText.deadlocks().isEmpty()) {
      doc.para(
          "No sequencing deadlock: every state that a coalition's members all prefer to this one is"
              + " either reachable by unilateral improvements or out of reach of any joint move"
              + " of theirs.");
    } else {
      deadlockText.gaps(doc);
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
      conflict.packages().forEach(p -> names.add(narrator.packageName(p)));
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
        ps.add(narrator.patternLabel(pair.a()) + " with " + narrator.patternLabel(pair.b()));
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
                  ? ": the stability table lists the first of them, "
                      + hints.text(Hint.ALL_EQUILIBRIA)
                      + "."
                  : " are listed in the stability table."));
    }
  }

  /** "“sign …” and “withdraw …” (United States, Ukraine)". */

  /** How the packages change reachability from the status quo and the equilibria. */
  private void packages(Doc doc) {
    if (conflict.packages().isEmpty()) {
      return;
    }
    int from = run.statusQuo() >= 0 ? run.statusQuo() : 0;
    PackageEffect effect = PackageEffect.of(model, from, java.util.EnumSet.copyOf(run.concepts()));
    doc.heading(2, "Commitment packages");
    List<String> names = new ArrayList<>();
    conflict.packages().forEach(p -> names.add(narrator.packageName(p)));
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
        List<Move> path = ev.path(s, true); // individual movers: a mover is a decision maker
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

  /** The states of {@code a} not in {@code b}. */
  static BitSet minus(BitSet a, BitSet b) {
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
    return narrator.numbered(states);
  }
}
