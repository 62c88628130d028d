package dev.parley.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parley.app.Goals;
import dev.parley.app.Inverse;
import dev.parley.app.ModelInput;
import dev.parley.app.Robustness;
import dev.parley.core.progress.Progress;
import dev.parley.server.analysis.Jobs;
import dev.parley.server.analysis.Mediator;
import dev.parley.server.errors.ApiError;
import dev.parley.server.workspace.Workspace;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Consumer;

/**
 * The mediator's routes: inverse analysis, goals and robustness. Each reads its request body into
 * the use case's request, has the use case check it against the model at once (a 400 naming the
 * field), then runs it as a job and shapes the answer ({@link Mediator}).
 */
final class MediatorRoutes extends JobRoutes {
  MediatorRoutes(Workspace workspace, Jobs jobs) {
    super(workspace, jobs);
  }

  void inverse(Context ctx) throws IOException, InterruptedException {
    String name = Bodies.name(ctx);
    JsonNode body = Bodies.body(ctx);
    JsonNode t = body.get("target");
    if (t != null && !t.isNull() && !(t.isTextual() || t.isInt())) {
      throw ApiError.badRequest(
          "target must be the state to make stable, as a number, a named state or a Y/N text,"
              + " e.g. {\"target\": \"deal\"}");
    }
    Inverse.Request req =
        new Inverse.Request(
            t == null || t.isNull() ? null : t.asText(),
            Bodies.mediatorConcepts(body, List.of()),
            Bodies.stringList(body, "vary"),
            Bodies.optionalText(body, "metric"),
            Bodies.intField(body, "list", Inverse.DEFAULT_LIST, 0, Inverse.MAX_LIST),
            Bodies.intField(body, "bound", Inverse.DEFAULT_BOUND, 0, Inverse.MAX_BOUND));
    mediatorJob(
        ctx,
        name,
        body,
        in -> Inverse.check(in, req),
        (in, progress) -> Mediator.inverse(in.model, Inverse.run(in, req, progress)));
  }

  void goals(Context ctx) throws IOException, InterruptedException {
    String name = Bodies.name(ctx);
    JsonNode body = Bodies.body(ctx);
    JsonNode gs = body.get("goals");
    if (gs == null || !gs.isArray() || gs.isEmpty()) {
      throw ApiError.badRequest(
          "goals is required: a list of {state, stable}, e.g. {\"goals\": [{\"state\":"
              + " \"deal\", \"stable\": true}, {\"state\": \"war\", \"stable\": false}]}");
    }
    List<Goals.Goal> goals = new ArrayList<>();
    for (int k = 0; k < gs.size(); k++) {
      JsonNode g = gs.get(k);
      JsonNode st = g.get("state");
      JsonNode stable = g.get("stable");
      if (!g.isObject()
          || st == null
          || !(st.isTextual() || st.isInt())
          || stable == null
          || !stable.isBoolean()) {
        throw ApiError.badRequest(
            "goals["
                + k
                + "] must be {\"state\": STATE, \"stable\": true or false}, e.g. {\"state\":"
                + " \"deal\", \"stable\": true}");
      }
      goals.add(new Goals.Goal(st.asText(), stable.asBoolean()));
    }
    Goals.Request req =
        new Goals.Request(
            goals,
            Bodies.mediatorConcepts(body, List.of()),
            Bodies.stringList(body, "decisionMakers"),
            Bodies.stringList(body, "vary"),
            Bodies.intField(body, "bound", Goals.DEFAULT_BOUND, 0, Goals.MAX_BOUND));
    mediatorJob(
        ctx,
        name,
        body,
        in -> Goals.check(in, req),
        (in, progress) -> Mediator.goals(in.model, Goals.run(in, req, progress)));
  }

  void robustness(Context ctx) throws IOException, InterruptedException {
    String name = Bodies.name(ctx);
    JsonNode body = Bodies.body(ctx);
    Robustness.Request req =
        new Robustness.Request(
            Bodies.mediatorConcepts(body, List.of()), // none: those the model's form allows
            Bodies.stringList(body, "vary"),
            Bodies.optionalText(body, "metric"),
            Bodies.intField(body, "bound", Robustness.DEFAULT_BOUND, 0, Robustness.MAX_BOUND));
    mediatorJob(
        ctx,
        name,
        body,
        in -> Robustness.check(in, req),
        (in, progress) -> Mediator.robustness(in.model, Robustness.run(in, req, progress)));
  }

  /** Checks a mediator's request against the model at once, then runs it as a job. */
  private void mediatorJob(
      Context ctx,
      String name,
      JsonNode body,
      Consumer<ModelInput> check,
      BiFunction<ModelInput, Progress, ObjectNode> work)
      throws IOException, InterruptedException {
    long wait = Bodies.waitMs(body);
    ModelInput in = input(name);
    check.accept(in);
    Jobs.Job job =
        jobs.submit(
            name,
            progress -> {
              ObjectNode o = work.apply(in, progress);
              o.put("model", name);
              o.put("sha256", in.sha256);
              return o;
            });
    Api.answerWithin(ctx, job, wait);
  }
}
