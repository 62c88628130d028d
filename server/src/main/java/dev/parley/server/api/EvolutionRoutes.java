package dev.parley.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parley.app.Coalitions;
import dev.parley.app.Deadlocks;
import dev.parley.app.Evolve;
import dev.parley.app.ModelInput;
import dev.parley.core.progress.Progress;
import dev.parley.server.analysis.EvolutionAnalysis;
import dev.parley.server.analysis.EvolutionRequests;
import dev.parley.server.analysis.Jobs;
import dev.parley.server.workspace.Workspace;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The routes of the conflict's evolution: reach ({@link Evolve}), sequencing deadlocks ({@link
 * Deadlocks}) and coalitions ({@link Coalitions}), as jobs. Each reads its body, has the use case
 * check it against the model (a bad field is a 400 before any work starts), then runs the use case
 * in a job and shapes its answer ({@link EvolutionAnalysis}).
 */
final class EvolutionRoutes extends JobRoutes {
  EvolutionRoutes(Workspace workspace, Jobs jobs) {
    super(workspace, jobs);
  }

  void evolution(Context ctx) throws IOException, InterruptedException {
    job(
        ctx,
        EvolutionRequests::evolveRequest,
        Evolve::plan,
        (plan, progress) -> EvolutionAnalysis.evolve(Evolve.run(plan, progress), progress));
  }

  void deadlocks(Context ctx) throws IOException, InterruptedException {
    job(
        ctx,
        EvolutionRequests::deadlockRequest,
        Deadlocks::plan,
        (plan, progress) -> EvolutionAnalysis.deadlocks(Deadlocks.run(plan, progress), progress));
  }

  void coalitions(Context ctx) throws IOException, InterruptedException {
    job(
        ctx,
        EvolutionRequests::coalitionRequest,
        Coalitions::plan,
        (plan, progress) -> EvolutionAnalysis.coalitions(Coalitions.run(plan, progress), progress));
  }

  /**
   * Runs an evolution analysis as a job, as the analyses route does: the request is read and
   * checked first, then the job starts and is waited for up to {@code waitMs}.
   */
  private <Q, P> void job(
      Context ctx,
      Function<JsonNode, Q> read,
      BiFunction<ModelInput, Q, P> plan,
      BiFunction<P, Progress, ObjectNode> work)
      throws IOException, InterruptedException {
    String name = Bodies.name(ctx);
    JsonNode body = Bodies.body(ctx);
    long wait = Bodies.waitMs(body);
    ModelInput in = input(name);
    P checked = plan.apply(in, read.apply(body));
    Jobs.Job job = jobs.submit(name, progress -> work.apply(checked, progress));
    Api.answerWithin(ctx, job, wait);
  }
}
