package dev.parley.cli;

import dev.parley.app.MediatorBench;
import dev.parley.core.graph.GraphModel;
import dev.parley.core.progress.Progress;
import dev.parley.core.stability.Concept;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * The mediator's questions as {@code parley bench} columns, each as its command runs it with the
 * default settings on a generated model (every whole ranking varies), the text report included:
 *
 * <ul>
 *   <li>{@code robustness}: every state under the six concepts, bound 4 ({@code parley
 *       robustness});
 *   <li>{@code robustness-local}: the same under Nash, GMR and SMR only;
 *   <li>{@code inverse}: state 1 under Nash, GMR, SMR and SEQ ({@code parley inverse --target 1});
 *   <li>{@code goals}: state 1 stable and state 2 not, under Nash, GMR and SMR ({@code parley goals
 *       --stable 1 --unstable 2 --concept nash,gmr,smr}).
 * </ul>
 */
final class MediatorBenchTasks {
  private MediatorBenchTasks() {}

  /** Column name to the task, run on the model with the progress of the column. */
  static final Map<String, BiConsumer<GraphModel, Progress>> TASKS =
      Map.of(
          "robustness",
          (g, p) -> MediatorBench.robustness(g, List.of(Concept.values()), p),
          "robustness-local",
          (g, p) -> MediatorBench.robustness(g, List.of(Concept.NASH, Concept.GMR, Concept.SMR), p),
          "inverse",
          MediatorBench::inverse,
          "goals",
          MediatorBench::goals);
}
