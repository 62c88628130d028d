package dev.parley.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parley.core.graph.GraphModel;
import dev.parley.core.inverse.GoalSeeker;
import dev.parley.core.inverse.MinimalChange;
import dev.parley.core.inverse.PreferenceSpace;
import dev.parley.core.inverse.ProfileSearch;
import dev.parley.core.inverse.TargetCheck;
import dev.parley.core.state.StateSpace;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Goal seeking: can the marked states be stable (or unstable) together, for some preferences in the
 * varied ranges? If so, the smallest change that achieves all goals (or an example when none is
 * within the bound); if not, a minimal set of conflicting goals.
 */
public final class GoalsReport extends MediatorReport {
  private final PreferenceSpace space;
  private final List<GoalSeeker.Goal> goals;
  private final GoalSeeker.Outcome outcome;
  private final MinimalChange.Result nearest;

  /**
   * Why the answer rests on the smallest-change search alone (the goal's conditions were too many
   * to write out), or null when goal seeking decided it; and how many swaps that search completed.
   */
  private final String tooMany;

  private final int searchedUpTo;

  private GoalsReport(
      GraphModel model,
      PreferenceSpace space,
      List<GoalSeeker.Goal> goals,
      GoalSeeker.Outcome outcome,
      MinimalChange.Result nearest,
      int bound,
      String modelFile,
      String tooMany,
      int searchedUpTo) {
    super(model, bound, modelFile, "goals");
    this.space = space;
    this.goals = List.copyOf(goals);
    this.outcome = outcome;
    this.nearest = nearest;
    this.tooMany = tooMany;
    this.searchedUpTo = searchedUpTo;
  }

  /**
   * One goal (a state an equilibrium, or not, under SEQ, SIM or SEQ+SIM) whose conditions are too
   * many to write out ({@code why}): answered by the smallest-change search within the bound. A
   * change found settles it; a search of every profile settles that none exists; otherwise the
   * answer is undecided beyond the swaps searched.
   */
  public static GoalsReport bySearch(
      GraphModel model,
      PreferenceSpace space,
      GoalSeeker.Goal goal,
      int bound,
      long budget,
      String modelFile,
      String why) {
    if (goal.dm() >= 0 || TargetCheck.local(goal.concept())) {
      throw new IllegalArgumentException("one equilibrium goal under SEQ, SIM or SEQ+SIM");
    }
    TargetCheck check = new TargetCheck(model, goal.state());
    MinimalChange.Result r =
        MinimalChange.forTarget(space, check, goal.concept(), goal.stable(), bound, budget);
    GoalSeeker.Outcome out;
    if (r.found()) {
      out = new GoalSeeker.Outcome(true, true, r.orders(), List.of());
    } else if (r.exhausted()) {
      out = new GoalSeeker.Outcome(true, false, null, List.of(goal));
    } else {
      out = new GoalSeeker.Outcome(false, false, null, List.of());
    }
    return new GoalsReport(
        model,
        space,
        List.of(goal),
        out,
        r.found() ? r : null,
        bound,
        modelFile,
        why,
        r.searchedDepth());
  }

  public static GoalsReport compute(
      GraphModel model,
      PreferenceSpace space,
      List<GoalSeeker.Goal> goals,
      int bound,
      long budget,
      String modelFile) {
    GoalSeeker.Outcome out = GoalSeeker.seek(space, goals, budget);
    MinimalChange.Result nearest = null;
    if (out.decided() && out.achievable()) {
      Map<Integer, TargetCheck> checks = new HashMap<>();
      for (GoalSeeker.Goal g : goals) {
        checks.computeIfAbsent(g.state(), s -> new TargetCheck(model, s));
      }
      // the goals read only the comparisons in their conditions: other swaps need no new test
      nearest =
          ProfileSearch.search(
              space,
              p -> {
                for (GoalSeeker.Goal g : goals) {
                  TargetCheck c = checks.get(g.state());
                  boolean v =
                      g.dm() < 0 ? c.equilibrium(g.concept(), p) : c.stable(g.concept(), g.dm(), p);
                  if (v != g.stable()) {
                    return false;
                  }
                }
                return true;
              },
              bound,
              budget,
              () -> {
                List<ProfileSearch.Relevance> reads = new ArrayList<>();
                for (GoalSeeker.Goal g : goals) {
                  reads.add(MinimalChange.relevance(space, checks.get(g.state()), g.concept()));
                }
                return ProfileSearch.Relevance.any(reads);
              });
    }
    return new GoalsReport(model, space, goals, out, nearest, bound, modelFile, null, 0);
  }

  /** The goals, as resolved in the model. */
  public List<GoalSeeker.Goal> goals() {
    return goals;
  }

  /** The preferences that may change. */
  public PreferenceSpace space() {
    return space;
  }

  /** The most swaps the smallest change was searched up to. */
  public GoalSeeker.Outcome outcome() {
    return outcome;
  }

  /** The smallest change that achieves every goal, or null when the goals were not achievable. */
  public MinimalChange.Result nearest() {
    return nearest;
  }

  /** Why the answer is undecided (when it is), in a sentence or two. */
  public String undecided() {
    if (tooMany != null) {
      return "Undecided: no change of at most "
          + searchedUpTo
          + (searchedUpTo == 1 ? " swap" : " swaps")
          + " achieves the goal. Whether a larger change does is not settled: its conditions are"
          + " too many to write out ("
          + tooMany
          + "). Raise the bound to search further, or vary fewer positions.";
    }
    return "Undecided: the search ran out of budget before settling whether the goals can hold"
        + " together. Vary fewer positions.";
  }

  /** A goal in words: "state 8 (deal) a SEQ equilibrium" or "state 7 not SEQ-stable for Russia". */
  public String goal(GoalSeeker.Goal g) {
    Narrator nar = text.narrator();
    String c = g.concept().label();
    if (g.dm() < 0) {
      return nar.label(g.state()) + (g.stable() ? " is a " : " is not a ") + c + " equilibrium";
    }
    return nar.label(g.state())
        + (g.stable() ? " is " : " is not ")
        + c
        + "-stable for "
        + nar.dm(g.dm());
  }

  public String render(Doc.Style style) {
    Doc doc = new Doc();
    doc.heading(1, "Goals: " + model.conflict().title());
    List<String> items = new ArrayList<>();
    goals.forEach(g -> items.add(goal(g)));
    doc.para("Goals, over " + text.ranges(space, "the current preferences only") + ":");
    doc.bullets(items);
    if (!outcome.decided()) {
      doc.para(undecided());
    } else if (outcome.achievable()) {
      doc.heading(2, "The goals can hold together");
      int[][] orders = nearest != null && nearest.found() ? nearest.orders() : outcome.orders();
      MinimalChange.Result shown =
          nearest != null && nearest.found()
              ? nearest
              : new MinimalChange.Result(
                  PreferenceSpace.distance(orders), orders, List.of(), 0, false);
      if (nearest != null && nearest.found()) {
        doc.para(
            "The smallest change that achieves every goal: " + text.change(space, shown) + ".");
      } else {
        doc.para(
            "No change of at most "
                + bound
                + " swaps achieves every goal; this one does, with "
                + text.change(space, shown)
                + ".");
      }
      if (shown.distance() > 0) {
        List<String> header = new ArrayList<>();
        List<List<String>> rows = text.sideBySide(space, orders, header);
        doc.para("An asterisk (*) marks a changed position.");
        doc.table(header, rows);
      }
    } else {
      doc.heading(2, "The goals conflict");
      List<String> c = new ArrayList<>();
      outcome.conflict().forEach(g -> c.add(goal(g)));
      doc.para(
          c.size() == 1
              ? "No preferences in the varied ranges meet every goal; this goal alone cannot be"
                  + " met:"
              : "No preferences in the varied ranges meet every goal. These "
                  + c.size()
                  + " goals cannot hold together, and dropping any one of them makes the rest"
                  + " achievable:");
      doc.bullets(c);
    }
    return signed(doc, style, "");
  }

  /** The {@code goals} object: what varies, the goals, whether they hold together and how. */
  @Override
  public ObjectNode tree() {
    ObjectNode n = MediatorJson.MAPPER.createObjectNode();
    n.set("varied", MediatorJson.space(model, space));
    ArrayNode gs = n.putArray("goals");
    goals.forEach(g -> gs.add(goalJson(g)));
    n.put("decided", outcome.decided());
    if (outcome.decided()) {
      n.put("achievable", outcome.achievable());
    } else {
      n.putNull("achievable");
    }
    if (tooMany != null) {
      // answered by the smallest-change search alone: how far it searched, and why
      n.put("searchedUpTo", searchedUpTo);
      n.put("conditionsTooMany", tooMany);
    }
    ArrayNode conflict = n.putArray("conflict");
    outcome.conflict().forEach(g -> conflict.add(goalJson(g)));
    if (outcome.achievable()) {
      if (nearest != null && nearest.found()) {
        n.set("smallestChange", MediatorJson.change(model, space, nearest, text));
      } else {
        n.putNull("smallestChange");
        n.set(
            "example",
            MediatorJson.change(
                model,
                space,
                new MinimalChange.Result(
                    PreferenceSpace.distance(outcome.orders()),
                    outcome.orders(),
                    List.of(),
                    0,
                    false),
                text));
      }
    }
    return n;
  }

  private ObjectNode goalJson(GoalSeeker.Goal g) {
    ObjectNode o = MediatorJson.MAPPER.createObjectNode();
    o.put("state", StateSpace.number(g.state()));
    o.put("concept", g.concept().id());
    if (g.dm() < 0) {
      o.putNull("decisionMaker");
    } else {
      o.put("decisionMaker", MediatorJson.dm(model, g.dm()));
    }
    o.put("stable", g.stable());
    return o;
  }
}
