package dev.parley.app;

import dev.parley.core.inverse.PreferenceSpace;
import dev.parley.core.progress.Progress;
import dev.parley.core.stability.Concept;
import dev.parley.report.RobustnessReport;
import java.util.List;

/**
 * Robustness margins ({@code parley robustness}, the workbench's {@code POST …/robustness}): for
 * every state and concept, the fewest adjacent swaps in the preferences that would reverse the
 * verdict, and for each equilibrium the nearest change that breaks it.
 */
public final class Robustness {
  /** Margins are searched up to this many swaps by default. */
  public static final int DEFAULT_BOUND = 4;

  /** The most swaps margins are searched up to. */
  public static final int MAX_BOUND = 30;

  /**
   * Profiles examined per search (one state under one concept); under SEQ, SIM and SEQ+SIM with
   * rankings, verdicts computed (docs/semantics.md §3.3).
   */
  public static final long BUDGET = 500_000;

  private Robustness() {}

  /**
   * What to ask.
   *
   * @param concepts the concepts, in order; none: those the model's form allows (all six, or four
   *     for a graph-form model)
   * @param vary the preferences that may change ({@link Variations}); none: every whole ranking
   * @param metric what a swap exchanges: ranking (null: the default) or statements
   * @param bound the most swaps searched, 0 to {@link #MAX_BOUND}
   */
  public record Request(List<Concept> concepts, List<String> vary, String metric, int bound) {
    public Request {
      concepts = List.copyOf(concepts);
      vary = List.copyOf(vary);
    }

    /** The defaults. */
    public static Request standard() {
      return new Request(List.of(), List.of(), null, DEFAULT_BOUND);
    }

    public Request withConcepts(List<Concept> cs) {
      return new Request(cs, vary, metric, bound);
    }

    public Request withVary(List<String> v) {
      return new Request(concepts, v, metric, bound);
    }

    public Request withMetric(String m) {
      return new Request(concepts, vary, m, bound);
    }

    public Request withBound(int b) {
      return new Request(concepts, vary, metric, b);
    }
  }

  /**
   * Checks what can be checked before anything is computed: the bound, the concepts for the model's
   * form, the ranges and the metric.
   *
   * @throws BadRequest naming the field
   */
  public static void check(ModelInput in, Request req) {
    concepts(in, req);
    Variations.changes(in, req.vary(), req.metric());
  }

  /**
   * Computes the margins one concept at a time, so that progress shows and a cancelled run stops
   * between concepts.
   *
   * @throws BadRequest as {@link #check}
   * @throws Progress.CancelledException when {@code progress} is cancelled
   */
  public static RobustnessReport run(ModelInput in, Request req, Progress progress) {
    List<Concept> cs = concepts(in, req);
    PreferenceSpace space = Variations.changes(in, req.vary(), req.metric());
    return RobustnessReport.compute(in.model, space, cs, req.bound(), BUDGET, in.name(), progress);
  }

  private static List<Concept> concepts(ModelInput in, Request req) {
    Variations.requireRange("bound", req.bound(), 0, MAX_BOUND);
    return Analyse.concepts(in, req.concepts());
  }
}
