package dev.parley.app;

import dev.parley.core.evolution.Deadlock;
import dev.parley.core.evolution.ReachTree;
import dev.parley.core.progress.Progress;
import dev.parley.core.stability.Concept;
import dev.parley.core.stability.StabilityResult;
import dev.parley.report.AnalysisRun;
import java.util.BitSet;
import java.util.List;

/**
 * Sequencing deadlocks ({@code parley deadlocks}, {@code POST /api/models/{name}/deadlocks}):
 * states every member of a coalition prefers to the start that no legal sequence of unilateral
 * improvements reaches, and whether each holds under the concepts asked. Commitment packages are
 * added to the model before ({@link ModelInput#withPackages}).
 */
public final class Deadlocks {
  /** Deadlocks are searched in models of at most this many states. */
  public static final int STATE_LIMIT = Deadlock.DEFAULT_STATE_LIMIT;

  private Deadlocks() {}

  /**
   * What to analyse.
   *
   * @param from the state to start from (a reference); null: the model's status quo
   * @param concepts under which each target is checked to hold; none: all six, or nash, gmr, smr,
   *     seq for a graph-form model
   */
  public record Request(String from, List<Concept> concepts) {
    public Request {
      concepts = concepts == null ? List.of() : List.copyOf(concepts);
    }

    /** From the status quo, under every concept the model's form allows. */
    public static Request standard() {
      return new Request(null, List.of());
    }

    public Request withFrom(String f) {
      return new Request(f, concepts);
    }

    public Request withConcepts(List<Concept> cs) {
      return new Request(from, cs);
    }
  }

  /** A request resolved against its model: the start and the concepts, in order. */
  public record Plan(ModelInput in, int from, List<Concept> concepts) {
    public Plan {
      concepts = List.copyOf(concepts);
    }
  }

  /**
   * What the renderers need: the run (its status quo is the start) and the deadlocks from it. They
   * are searched when first asked for, once, so that a renderer that searches for itself (the text
   * briefing) does not search twice.
   */
  public static final class Result {
    private final Plan plan;
    private final AnalysisRun run;
    private List<Deadlock> found;

    Result(Plan plan, AnalysisRun run) {
      this.plan = plan;
      this.run = run;
    }

    public Plan plan() {
      return plan;
    }

    public AnalysisRun run() {
      return run;
    }

    /** Why no deadlocks were searched (a model of more than {@link #STATE_LIMIT}), or null. */
    public String skipped() {
      int n = run.model().stateCount();
      return n <= STATE_LIMIT
          ? null
          : "sequencing deadlocks are searched in models of up to "
              + STATE_LIMIT
              + " states; this one has "
              + n;
    }

    /** The states the start reaches by improvements (each step strictly better for its mover). */
    public BitSet reachableByImprovements() {
      return ReachTree.of(run.model(), plan.from(), true).reachable();
    }

    /** The deadlocks from the start, by target; none for a graph-form or too large model. */
    public synchronized List<Deadlock> deadlocks() {
      if (found == null) {
        found = skipped() != null ? List.of() : Deadlock.find(run.model(), plan.from());
      }
      return found;
    }
  }

  /**
   * Checks a request and resolves it against the model.
   *
   * @throws BadRequest for an unknown state, a model with no status quo and no start, SIM or
   *     SEQ+SIM for a graph-form model
   */
  public static Plan plan(ModelInput in, Request req) {
    int from = States.start(in, req.from(), "from");
    List<Concept> cs;
    if (!req.concepts().isEmpty()) {
      cs = req.concepts().stream().distinct().toList();
    } else {
      cs = in.model.isGraphForm() ? Evolve.DEFAULT_CONCEPTS : List.of(Concept.values());
    }
    Analyse.requireOptionForm(in, cs);
    return new Plan(in, from, cs);
  }

  /**
   * Runs the analysis.
   *
   * @throws BadRequest for a bad request ({@link #plan})
   * @throws Progress.CancelledException when {@code progress} is cancelled
   */
  public static Result run(ModelInput in, Request req, Progress progress) {
    return run(plan(in, req), progress);
  }

  /** Runs a checked request: stability under its concepts (the deadlocks follow on demand). */
  public static Result run(Plan plan, Progress progress) {
    ModelInput in = plan.in();
    StabilityResult result = Analyse.stability(in.model, plan.concepts(), progress);
    progress.report("deadlocks", 0, 1);
    AnalysisRun run =
        new AnalysisRun(
            in.model,
            result,
            plan.concepts(),
            null,
            plan.from(),
            in.name(),
            in.sha256,
            null,
            null,
            null,
            null,
            null,
            null);
    return new Result(plan, run);
  }
}
