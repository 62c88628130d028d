package dev.parley.app;

import dev.parley.app.check.Finding;
import dev.parley.app.check.ModelCheck;
import java.util.List;

/**
 * A sound model checked ({@code parley validate}, {@code parley check}, the workbench's
 * validation): its size, and the model checker's findings, hints about likely modelling mistakes
 * ({@link ModelCheck}), with the line of each when the model was read from YAML or JSON. A model
 * with problems never gets this far: reading it ({@link ModelInput}) lists them.
 */
public final class Check {
  private Check() {}

  /**
   * The size of a model.
   *
   * @param decisionMakers how many decision makers
   * @param options how many options (0 in graph form)
   * @param states how many feasible states
   * @param graphForm whether the model is in graph form (states and moves, no options)
   * @param statusQuo whether the model names a status quo
   */
  public record Summary(
      int decisionMakers, int options, int states, boolean graphForm, boolean statusQuo) {}

  /** The model's size and the checker's findings, in the checker's order. */
  public record Result(Summary summary, List<Finding> findings) {
    public Result {
      findings = List.copyOf(findings);
    }
  }

  /** Checks a model. */
  public static Result run(ModelInput in) {
    List<Finding> findings =
        in.loaded() != null ? ModelCheck.check(in.loaded()) : ModelCheck.check(in.model);
    Summary summary =
        new Summary(
            in.conflict.dmCount(),
            in.conflict.optionCount(),
            in.model.stateCount(),
            in.model.isGraphForm(),
            in.conflict.statusQuo() != null);
    return new Result(summary, findings);
  }
}
