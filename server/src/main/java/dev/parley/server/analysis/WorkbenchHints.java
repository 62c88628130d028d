package dev.parley.server.analysis;

import dev.parley.report.Hint;
import dev.parley.report.Hints;

/** The workbench's words where a report points to more: its views. */
public final class WorkbenchHints {
  private WorkbenchHints() {}

  public static final Hints HINTS =
      Hints.NEUTRAL
          .with(Hint.ALL_EQUILIBRIA, "and all in the workbench's Analysis view")
          .with(Hint.EVERY_STATE, "the workbench's Analysis view lists every state")
          .with(Hint.JOINT_MOVES, "the coalitions of the workbench's Evolution view")
          .with(Hint.WHOLE_TREE, "export it from the Evolution view as JSON")
          .with(
              Hint.VARY_RANKINGS,
              "choose decision makers to vary in the Mediator view to count rankings")
          .with(Hint.EVERY_SANCTION, "all in the JSON answer")
          .with(
              Hint.NARROW_ROBUSTNESS,
              "the Mediator view's robustness search, with fewer rankings varied, narrows it")
          .with(Hint.ROBUSTNESS_COMPUTES, "the Mediator view's robustness search computes them")
          .with(Hint.ROBUSTNESS_SHOWS, "the Mediator view's robustness search shows the changes")
          .with(
              Hint.INVERSE_GIVES,
              "the workbench's Mediator view gives every concept, counts and listings");
}
