package dev.parley.report;

import dev.parley.core.evolution.Deadlock;
import dev.parley.core.graph.GraphModel;
import dev.parley.core.inverse.Atom;
import dev.parley.core.inverse.MinimalChange;
import dev.parley.core.inverse.OpponentReach;
import dev.parley.core.inverse.PreferenceSpace;
import dev.parley.core.inverse.Robustness;
import dev.parley.core.inverse.TargetCheck;
import dev.parley.core.inverse.TargetConditions;
import dev.parley.core.model.NamedState;
import dev.parley.core.stability.Concept;
import dev.parley.core.stability.StabilityResult;
import dev.parley.core.uncertainty.UnknownPreferences;
import dev.parley.core.uncertainty.UnknownStability;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * What {@code parley analyze} adds for a mediator: a robustness margin for every verdict, and for
 * the settlements in view (the targets of the status quo's sequencing deadlocks, else the named
 * states other than the status quo) what their stability depends on; and, for models that declare
 * unknown preferences, the four variants of each concept.
 *
 * @param concepts the concepts whose margins were searched
 * @param margins {@code [concept][state]} in the order of {@code concepts}, or null when not
 *     computed ({@code skipped} says why)
 * @param skipped why the margins were not computed (a phrase), or, when {@code margins} is not
 *     null, a sentence naming the concepts whose margins were not computed and why; else null
 * @param crowded settlements in view whose conditions have too many sanctions to write out (more
 *     than {@link #BRIEF_SANCTIONS} for one move); the briefing summarises them
 */
public record MediatorFindings(
    PreferenceSpace space,
    int bound,
    List<Concept> concepts,
    Robustness.Margin[][] margins,
    String skipped,
    List<Target> targets,
    List<Integer> crowded,
    UnknownStability.Result unknown) {

  /** The largest model whose margins {@code analyze} computes. */
  public static final int STATE_LIMIT = 64;

  /** Profiles examined per margin search in {@code analyze}, at most. */
  public static final long BUDGET = 20_000;

  /**
   * The work the briefing's margins may take in all: profiles examined by the searches of the
   * concepts that look ahead through the opponents' improvements (SEQ, SIM, SEQ+SIM; a Nash, GMR or
   * SMR check costs a few look-ups), times the moves each such check weighs. Densely connected
   * models get a smaller budget per search (and margins that say "more than k" sooner), so that
   * every briefing of up to 50 states takes well under a second of margin work on this project's
   * 2-core reference machine (docs/performance.md).
   */
  public static final long MARGIN_WORK = 30_000_000L;

  /** The least profiles a margin search examines. */
  public static final long MIN_BUDGET = 50;

  /**
   * Profiles per margin search for this model when every state is searched under {@code concepts}.
   */
  static long marginBudget(GraphModel model, List<Concept> concepts) {
    long moves = 0;
    for (int d = 0; d < model.dmCount(); d++) {
      moves += model.moves().moveCount(d);
    }
    long lookAhead = concepts.stream().filter(c -> !TargetCheck.local(c)).count();
    long searches = (long) model.stateCount() * Math.max(1, lookAhead);
    long perSearch = MARGIN_WORK / (searches * Math.max(1, moves));
    return Math.max(MIN_BUDGET, Math.min(BUDGET, perSearch));
  }

  /**
   * The most sanctions a briefing writes out for one move of a settlement; beyond it the settlement
   * is summarised (who can answer which move) instead, which keeps every briefing fast.
   */
  public static final int BRIEF_SANCTIONS = 500;

  /** The most targets discussed. */
  public static final int MAX_TARGETS = 3;

  /**
   * One settlement: its conditions under {@code concept}, whether it holds now, the comparisons it
   * depends on, and the smallest change that breaks it (or makes it hold).
   */
  public record Target(
      int state,
      Concept concept,
      boolean equilibrium,
      TargetConditions conditions,
      List<Atom> critical,
      MinimalChange.Result change) {}

  /** The margin of {@code state} under {@code concept}, or null when not computed. */
  public Robustness.Margin margin(Concept concept, int state) {
    int c = concepts.indexOf(concept);
    return margins == null || c < 0 ? null : margins[c][state];
  }

  /**
   * Computes everything for an analysis; {@code bound} 0 turns the margins off; {@code hints} are
   * the front end's words where the findings point to more.
   */
  public static MediatorFindings compute(
      GraphModel model,
      StabilityResult result,
      List<Concept> concepts,
      int statusQuo,
      int bound,
      Hints hints) {
    PreferenceSpace space = PreferenceSpace.wholeRankings(model);
    Robustness.Margin[][] margins = null;
    List<Concept> marginConcepts = concepts;
    String skipped = null;
    if (bound <= 0) {
      skipped = "robustness margins turned off";
    } else if (model.stateCount() > STATE_LIMIT) {
      skipped =
          "robustness margins are computed by the analysis for models of up to "
              + STATE_LIMIT
              + " states; "
              + hints.text(Hint.NARROW_ROBUSTNESS);
    } else {
      long budget = marginBudget(model, concepts);
      List<Concept> searched = new ArrayList<>();
      List<String> left = new ArrayList<>();
      for (Concept c : concepts) {
        // a search that cannot finish its first level would only ever say "more than 0"
        if (TargetCheck.local(c) || budget >= space.neighbours()) {
          searched.add(c);
        } else {
          left.add(c.label());
        }
      }
      if (!left.isEmpty()) {
        skipped =
            English.list(left)
                + " margins are"
                + " not computed: this model is too densely connected for the briefing's budget"
                + " (one swap already gives "
                + space.neighbours()
                + " rankings to check, and a search may examine "
                + budget
                + "); "
                + hints.text(Hint.ROBUSTNESS_COMPUTES)
                + ".";
      }
      marginConcepts = List.copyOf(searched);
      margins = Robustness.margins(space, marginConcepts, bound, budget);
    }
    List<Target> targets = new ArrayList<>();
    List<Integer> crowded = new ArrayList<>();
    Concept focus = focus(concepts);
    if (focus != null && model.stateCount() <= STATE_LIMIT) {
      int[][] current = InverseReport.current(model);
      OpponentReach reach = OpponentReach.of(model);
      for (int t : targets(model, result, concepts, statusQuo)) {
        TargetCheck check = new TargetCheck(model, t, reach);
        try {
          TargetConditions tc = TargetConditions.of(check, focus, BRIEF_SANCTIONS);
          boolean eq = check.equilibrium(focus, current);
          MinimalChange.Result ch =
              MinimalChange.forTarget(
                  space,
                  check,
                  focus,
                  !eq,
                  Math.max(bound, 3),
                  marginBudget(model, List.of(focus)));
          targets.add(new Target(t, focus, eq, tc, tc.critical(current), ch));
        } catch (TargetConditions.TooLarge e) {
          crowded.add(t); // too many sanctions to write out: the briefing summarises it
        }
      }
    }
    UnknownStability.Result unknown =
        model.conflict().hasUnknownPreferences()
            ? UnknownStability.analyze(model, UnknownPreferences.of(model))
            : null;
    return new MediatorFindings(
        space, bound, marginConcepts, margins, skipped, targets, List.copyOf(crowded), unknown);
  }

  /** The concept a briefing discusses settlements under: SEQ when analysed, else the first fit. */
  static Concept focus(List<Concept> concepts) {
    for (Concept c :
        List.of(Concept.SEQ, Concept.GMR, Concept.SMR, Concept.NASH, Concept.SEQSIM, Concept.SIM)) {
      if (concepts.contains(c)) {
        return c;
      }
    }
    return null;
  }

  /**
   * The settlements in view: the targets of sequencing deadlocks from the status quo, else the
   * named states other than the status quo; at most {@link #MAX_TARGETS}.
   */
  static List<Integer> targets(
      GraphModel model, StabilityResult result, List<Concept> concepts, int statusQuo) {
    List<Integer> out = new ArrayList<>();
    if (statusQuo >= 0) {
      for (Deadlock d : Deadlock.find(model, statusQuo)) {
        boolean holds = concepts.stream().anyMatch(c -> result.equilibria(c).get(d.target()));
        if (holds && !out.contains(d.target()) && out.size() < MAX_TARGETS) {
          out.add(d.target());
        }
      }
    }
    if (out.isEmpty()) {
      BitSet seen = new BitSet();
      for (NamedState ns : model.conflict().namedStates()) {
        int[] m = model.space().matching(ns.pattern());
        if (m.length == 1 && m[0] != statusQuo && !seen.get(m[0]) && out.size() < MAX_TARGETS) {
          seen.set(m[0]);
          out.add(m[0]);
        }
      }
    }
    return out;
  }
}
