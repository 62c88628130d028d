package dev.parley.app;

import dev.parley.core.inverse.GoalSeeker;
import dev.parley.core.inverse.PreferenceSpace;
import dev.parley.core.inverse.TargetCheck;
import dev.parley.core.inverse.TargetConditions;
import dev.parley.core.progress.Progress;
import dev.parley.core.stability.Concept;
import dev.parley.report.GoalsReport;
import java.util.ArrayList;
import java.util.List;

/**
 * Goal seeking ({@code parley goals}, the workbench's {@code POST …/goals}): states marked stable
 * and others unstable, under chosen concepts and for chosen decision makers; whether some
 * preferences within the varied ranges meet every goal at once, with the smallest such change, or
 * which goals conflict.
 */
public final class Goals {
  /** The concepts when none are asked. */
  public static final List<Concept> DEFAULT_CONCEPTS = List.of(Concept.SEQ);

  /** The smallest change is searched up to this many swaps by default. */
  public static final int DEFAULT_BOUND = 6;

  /** The most swaps the smallest change is searched up to. */
  public static final int MAX_BOUND = 50;

  /** The most tie groups a varied ranking may have: the search enumerates their subsets. */
  public static final int MAX_TIE_GROUPS = 64;

  /** Profiles examined by the goal search and by the smallest-change search. */
  public static final long BUDGET = GoalSeeker.DEFAULT_BUDGET;

  private Goals() {}

  /** A goal as asked: a state (a reference) that should be stable, or should not. */
  public record Goal(String state, boolean stable) {}

  /**
   * What to ask.
   *
   * @param goals the goals, at least one
   * @param concepts the concepts every goal is about; none: {@link #DEFAULT_CONCEPTS}
   * @param decisionMakers goals about these decision makers' stability; none: about equilibrium
   * @param vary the rankings that may change ({@link Variations}); none: every whole ranking
   * @param bound the most swaps searched for the smallest change, 0 to {@link #MAX_BOUND}
   */
  public record Request(
      List<Goal> goals,
      List<Concept> concepts,
      List<String> decisionMakers,
      List<String> vary,
      int bound) {
    public Request {
      goals = List.copyOf(goals);
      concepts = List.copyOf(concepts);
      decisionMakers = List.copyOf(decisionMakers);
      vary = List.copyOf(vary);
    }

    /** The defaults, for these goals. */
    public static Request of(List<Goal> goals) {
      return new Request(goals, List.of(), List.of(), List.of(), DEFAULT_BOUND);
    }

    /**
     * The goals as the command line gives them: the states that should be stable, then those that
     * should not.
     */
    public static Request of(List<String> stable, List<String> unstable) {
      List<Goal> gs = new ArrayList<>();
      stable.forEach(s -> gs.add(new Goal(s, true)));
      unstable.forEach(s -> gs.add(new Goal(s, false)));
      return of(gs);
    }

    public Request withConcepts(List<Concept> cs) {
      return new Request(goals, cs, decisionMakers, vary, bound);
    }

    public Request withDecisionMakers(List<String> dms) {
      return new Request(goals, concepts, dms, vary, bound);
    }

    public Request withVary(List<String> v) {
      return new Request(goals, concepts, decisionMakers, v, bound);
    }

    public Request withBound(int b) {
      return new Request(goals, concepts, decisionMakers, vary, b);
    }

    /** The concepts asked, each once; {@link #DEFAULT_CONCEPTS} when none are. */
    public List<Concept> chosen() {
      return concepts.isEmpty() ? DEFAULT_CONCEPTS : concepts.stream().distinct().toList();
    }
  }

  /**
   * Checks what can be checked before anything is computed: the goals, the decision makers, the
   * ranges and the bound.
   *
   * @throws BadRequest naming the field ({@code goals[0].state}, {@code decisionMakers[1]}, ...)
   */
  public static void check(ModelInput in, Request req) {
    goals(in, req);
    space(in, req);
  }

  /**
   * Seeks preferences that meet every goal.
   *
   * @throws BadRequest as {@link #check}
   * @throws Progress.CancelledException when {@code progress} is cancelled
   */
  public static GoalsReport run(ModelInput in, Request req, Progress progress) {
    List<GoalSeeker.Goal> goals = goals(in, req);
    PreferenceSpace space = space(in, req);
    progress.report("goal seeking", 0, 1);
    progress.check();
    GoalsReport report;
    try {
      report = GoalsReport.compute(in.model, space, goals, req.bound(), BUDGET, in.name());
    } catch (TargetConditions.TooLarge e) {
      // goal seeking reasons over the conditions written out: too many. One equilibrium goal
      // under a look-ahead concept is still answered within the bound by the smallest change
      GoalSeeker.Goal g = goals.get(0);
      if (goals.size() == 1 && g.dm() < 0 && !TargetCheck.local(g.concept())) {
        progress.check();
        return GoalsReport.bySearch(
            in.model, space, g, req.bound(), BUDGET, in.name(), e.getMessage());
      }
      throw new BadRequest(
          "goal seeking needs each goal's conditions written out, and here there are too many ("
              + e.getMessage()
              + "); choose Nash, GMR or SMR as the concept, whose conditions stay small,"
              + " or analyse a smaller model");
    }
    progress.check();
    return report;
  }

  /** The goals in the model: each state under each concept, for each decision maker asked. */
  private static List<GoalSeeker.Goal> goals(ModelInput in, Request req) {
    Variations.requireRange("bound", req.bound(), 0, MAX_BOUND);
    if (req.goals().isEmpty()) {
      throw new BadRequest(
          "goals", "give at least one goal: a state that should be stable, or should not");
    }
    List<Integer> who = new ArrayList<>();
    for (int k = 0; k < req.decisionMakers().size(); k++) {
      who.add(Variations.dm(in, req.decisionMakers().get(k), "decisionMakers[" + k + "]"));
    }
    if (who.isEmpty()) {
      who.add(-1); // equilibrium: stable for every decision maker
    }
    List<GoalSeeker.Goal> goals = new ArrayList<>();
    for (int k = 0; k < req.goals().size(); k++) {
      Goal g = req.goals().get(k);
      int s = Variations.state(in, g.state(), "goals[" + k + "].state");
      for (Concept c : req.chosen()) {
        for (int d : who) {
          goals.add(new GoalSeeker.Goal(s, c, d, g.stable()));
        }
      }
    }
    return goals;
  }

  /** The rankings that may change: the {@code vary} ranges, else every whole ranking. */
  private static PreferenceSpace space(ModelInput in, Request req) {
    PreferenceSpace space =
        req.vary().isEmpty()
            ? PreferenceSpace.wholeRankings(in.model)
            : Variations.rankings(in, req.vary());
    for (int d : space.varied()) {
      if (space.variation(d).size() > MAX_TIE_GROUPS) {
        String id = in.conflict.decisionMakers().get(d).id();
        throw new BadRequest(
            "vary",
            id
                + "'s ranking has more than "
                + MAX_TIE_GROUPS
                + " tie groups; vary positions FROM..TO instead, e.g. "
                + id
                + "=1..10");
      }
    }
    return space;
  }
}
