package dev.parley.app;

import dev.parley.core.inverse.PreferenceSpace;
import dev.parley.core.progress.Progress;
import dev.parley.core.stability.Concept;
import dev.parley.report.InverseReport;
import java.util.List;

/**
 * Inverse analysis ({@code parley inverse}, the workbench's {@code POST …/inverse}): what the
 * preferences must be for a target state to be an equilibrium, per concept — the conditions, the
 * comparisons the verdict depends on, how many rankings within the varied ranges make it one, and
 * the smallest change that makes it one (or breaks it).
 */
public final class Inverse {
  /** The concepts when none are asked. */
  public static final List<Concept> DEFAULT_CONCEPTS =
      List.of(Concept.NASH, Concept.GMR, Concept.SMR, Concept.SEQ);

  /** Rankings listed per concept by default. */
  public static final int DEFAULT_LIST = 5;

  /** The most rankings listed per concept. */
  public static final int MAX_LIST = 100;

  /** The smallest change is searched up to this many swaps by default. */
  public static final int DEFAULT_BOUND = 6;

  /** The most swaps a smallest change is searched up to. */
  public static final int MAX_BOUND = 50;

  /** Profiles examined per smallest-change search. */
  public static final long BUDGET = 2_000_000;

  private Inverse() {}

  /**
   * What to ask.
   *
   * @param target the target state (a reference)
   * @param concepts the concepts, in order; none: {@link #DEFAULT_CONCEPTS}
   * @param vary the rankings counted and listed, and where smallest changes are searched ({@link
   *     Variations}); none: counted over the current preferences, changes over every whole ranking
   * @param metric what a swap exchanges: ranking (null: the default) or statements
   * @param list rankings listed per concept, 0 to {@link #MAX_LIST}
   * @param bound the most swaps searched, 0 to {@link #MAX_BOUND}
   */
  public record Request(
      String target,
      List<Concept> concepts,
      List<String> vary,
      String metric,
      int list,
      int bound) {
    public Request {
      concepts = List.copyOf(concepts);
      vary = List.copyOf(vary);
    }

    /** The defaults, for {@code target}. */
    public static Request of(String target) {
      return new Request(target, List.of(), List.of(), null, DEFAULT_LIST, DEFAULT_BOUND);
    }

    public Request withConcepts(List<Concept> cs) {
      return new Request(target, cs, vary, metric, list, bound);
    }

    public Request withVary(List<String> v) {
      return new Request(target, concepts, v, metric, list, bound);
    }

    public Request withMetric(String m) {
      return new Request(target, concepts, vary, m, list, bound);
    }

    public Request withList(int n) {
      return new Request(target, concepts, vary, metric, n, bound);
    }

    public Request withBound(int b) {
      return new Request(target, concepts, vary, metric, list, b);
    }

    /** The concepts asked, each once; {@link #DEFAULT_CONCEPTS} when none are. */
    public List<Concept> chosen() {
      return concepts.isEmpty() ? DEFAULT_CONCEPTS : concepts.stream().distinct().toList();
    }
  }

  /** What the request resolves to in the model, before anything is computed. */
  private record Plan(
      int target,
      List<Concept> concepts,
      PreferenceSpace countSpace,
      PreferenceSpace changeSpace) {}

  /**
   * Checks what can be checked before anything is computed: the numbers, the target, the ranges and
   * the metric.
   *
   * @throws BadRequest naming the field
   */
  public static void check(ModelInput in, Request req) {
    plan(in, req);
  }

  /**
   * Runs the analysis one concept at a time, so that progress shows and a cancelled run stops
   * between concepts.
   *
   * @throws BadRequest as {@link #check}
   * @throws Progress.CancelledException when {@code progress} is cancelled
   */
  public static InverseReport run(ModelInput in, Request req, Progress progress) {
    Plan p = plan(in, req);
    return InverseReport.compute(
        in.model,
        p.target(),
        p.concepts(),
        p.countSpace(),
        p.changeSpace(),
        req.list(),
        req.bound(),
        BUDGET,
        in.name(),
        progress);
  }

  private static Plan plan(ModelInput in, Request req) {
    Variations.requireRange("list", req.list(), 0, MAX_LIST);
    Variations.requireRange("bound", req.bound(), 0, MAX_BOUND);
    int target = Variations.state(in, req.target(), "target");
    return new Plan(
        target,
        req.chosen(),
        Variations.rankings(in, req.vary()),
        Variations.changes(in, req.vary(), req.metric()));
  }
}
