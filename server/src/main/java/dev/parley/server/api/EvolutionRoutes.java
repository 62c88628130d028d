package dev.parley.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parley.io.LoadedModel;
import dev.parley.server.analysis.EvolutionAnalysis;
import dev.parley.server.analysis.EvolutionRequests;
import dev.parley.server.analysis.Jobs;
import dev.parley.server.workspace.Workspace;
import io.javalin.http.Context;
import java.io.IOException;

/** The routes of the conflict's evolution: reach, sequencing deadlocks and coalitions, as jobs. */
final class EvolutionRoutes {
  private final Workspace workspace;
  private final Jobs jobs;

  EvolutionRoutes(Workspace workspace, Jobs jobs) {
    this.workspace = workspace;
    this.jobs = jobs;
  }

  void evolution(Context ctx) throws IOException, InterruptedException {
    evolutionJob(ctx, EvolutionRequests::evolveRequest, EvolutionAnalysis::evolve);
  }

  void deadlocks(Context ctx) throws IOException, InterruptedException {
    evolutionJob(ctx, EvolutionRequests::deadlockRequest, EvolutionAnalysis::deadlocks);
  }

  void coalitions(Context ctx) throws IOException, InterruptedException {
    evolutionJob(ctx, EvolutionRequests::coalitionRequest, EvolutionAnalysis::coalitions);
  }

  /**
   * Runs an evolution analysis as a job, as the analyses route does: the request is checked first
   * (a bad field is a 400), then the job starts and is waited for up to {@code waitMs}.
   */
  <R> void evolutionJob(
      Context ctx,
      java.util.function.BiFunction<LoadedModel, JsonNode, R> request,
      EvolutionWork<R> work)
      throws IOException, InterruptedException {
    String name = Bodies.name(ctx);
    JsonNode body = Bodies.body(ctx);
    long wait = Bodies.waitMs(body);
    Workspace.ModelFile f = workspace.read(name);
    LoadedModel loaded = Api.model(f);
    R req = request.apply(loaded, body);
    Jobs.Job job = jobs.submit(name, progress -> work.run(loaded, name, f.sha256(), req, progress));
    Api.answerWithin(ctx, job, wait);
  }

  /**
   * An evolution analysis of a model, its file name and hash, for a request, reporting to a job.
   */
  interface EvolutionWork<R> {
    ObjectNode run(
        LoadedModel loaded,
        String file,
        String sha256,
        R request,
        dev.parley.core.progress.Progress progress);
  }
}
