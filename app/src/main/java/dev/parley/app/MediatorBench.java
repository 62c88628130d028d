package dev.parley.app;

import dev.parley.core.graph.GraphModel;
import dev.parley.core.inverse.GoalSeeker;
import dev.parley.core.inverse.PreferenceSpace;
import dev.parley.core.progress.Progress;
import dev.parley.core.stability.Concept;
import dev.parley.report.Doc;
import dev.parley.report.GoalsReport;
import dev.parley.report.InverseReport;
import dev.parley.report.RobustnessReport;
import java.util.List;

/**
 * The mediator's questions as {@code parley bench} times them: each as its command runs it with the
 * default settings on a generated model (every whole ranking varies), the text report included.
 */
public final class MediatorBench {
  private MediatorBench() {}

  /** {@code parley robustness} with these concepts, every state, the text report made. */
  public static void robustness(GraphModel g, List<Concept> concepts, Progress p) {
    RobustnessReport r =
        RobustnessReport.compute(
            g,
            PreferenceSpace.wholeRankings(g),
            concepts,
            Robustness.DEFAULT_BOUND,
            Robustness.BUDGET,
            "bench",
            p);
    r.render(Doc.Style.TEXT);
  }

  /** {@code parley inverse --target 1} with its default concepts, the text report made. */
  public static void inverse(GraphModel g, Progress p) {
    InverseReport r =
        InverseReport.compute(
            g,
            0,
            List.of(Concept.NASH, Concept.GMR, Concept.SMR, Concept.SEQ),
            PreferenceSpace.fixed(g),
            PreferenceSpace.wholeRankings(g),
            Inverse.DEFAULT_LIST,
            Inverse.DEFAULT_BOUND,
            Inverse.BUDGET,
            "bench",
            p);
    r.render(Doc.Style.TEXT);
  }

  /** {@code parley goals --stable 1 --unstable 2 --concept nash,gmr,smr}, the text report made. */
  public static void goals(GraphModel g, Progress p) {
    List<GoalSeeker.Goal> goals =
        List.of(
            new GoalSeeker.Goal(0, Concept.NASH, -1, true),
            new GoalSeeker.Goal(0, Concept.GMR, -1, true),
            new GoalSeeker.Goal(0, Concept.SMR, -1, true),
            new GoalSeeker.Goal(1, Concept.NASH, -1, false),
            new GoalSeeker.Goal(1, Concept.GMR, -1, false),
            new GoalSeeker.Goal(1, Concept.SMR, -1, false));
    GoalsReport r =
        GoalsReport.compute(
            g, PreferenceSpace.wholeRankings(g), goals, Goals.DEFAULT_BOUND, Goals.BUDGET, "bench");
    r.render(Doc.Style.TEXT);
  }
}
