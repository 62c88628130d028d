package dev.parley.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parley.core.stability.Concept;
import dev.parley.io.LoadedModel;
import dev.parley.server.analysis.Jobs;
import dev.parley.server.analysis.Mediator;
import dev.parley.server.errors.ApiError;
import dev.parley.server.workspace.Workspace;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** The mediator's routes: inverse analysis, goals and robustness, each run as a job. */
final class MediatorRoutes {
  private final Workspace workspace;
  private final Jobs jobs;

  MediatorRoutes(Workspace workspace, Jobs jobs) {
    this.workspace = workspace;
    this.jobs = jobs;
  }

  void inverse(Context ctx) throws IOException, InterruptedException {
    String name = Bodies.name(ctx);
    JsonNode body = Bodies.body(ctx);
    JsonNode t = body.get("target");
    if (t == null || t.isNull() || !(t.isTextual() || t.isInt()) || t.asText().isBlank()) {
      throw ApiError.badRequest(
          "target is required: the state to make stable, as a number, a named state or a Y/N"
              + " text, e.g. {\"target\": \"deal\"}");
    }
    Mediator.InverseRequest req =
        new Mediator.InverseRequest(
            t.asText(),
            Bodies.mediatorConcepts(
                body, List.of(Concept.NASH, Concept.GMR, Concept.SMR, Concept.SEQ)),
            Bodies.stringList(body, "vary"),
            Bodies.optionalText(body, "metric"),
            Bodies.intField(body, "list", 5, 0, 100),
            Bodies.intField(body, "bound", 6, 0, 50));
    mediatorJob(ctx, name, body, loaded -> Mediator.check(loaded, req), Mediator::inverse, req);
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
    List<Mediator.GoalRequest> goals = new ArrayList<>();
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
      goals.add(new Mediator.GoalRequest(st.asText(), stable.asBoolean()));
    }
    Mediator.GoalsRequest req =
        new Mediator.GoalsRequest(
            goals,
            Bodies.mediatorConcepts(body, List.of(Concept.SEQ)),
            Bodies.stringList(body, "decisionMakers"),
            Bodies.stringList(body, "vary"),
            Bodies.intField(body, "bound", 6, 0, 50));
    mediatorJob(ctx, name, body, loaded -> Mediator.check(loaded, req), Mediator::goals, req);
  }

  void robustness(Context ctx) throws IOException, InterruptedException {
    String name = Bodies.name(ctx);
    JsonNode body = Bodies.body(ctx);
    Mediator.RobustnessRequest req =
        new Mediator.RobustnessRequest(
            Bodies.mediatorConcepts(body, List.of()), // none: those the model's form allows
            Bodies.stringList(body, "vary"),
            Bodies.optionalText(body, "metric"),
            Bodies.intField(body, "bound", 4, 0, 30));
    mediatorJob(ctx, name, body, loaded -> Mediator.check(loaded, req), Mediator::robustness, req);
  }

  /** Checks a mediator's request against the model at once, then runs it as a job. */
  <R> void mediatorJob(
      Context ctx,
      String name,
      JsonNode body,
      java.util.function.Consumer<LoadedModel> check,
      Mediator.Work<R> work,
      R req)
      throws IOException, InterruptedException {
    long wait = Bodies.waitMs(body);
    Workspace.ModelFile f = workspace.read(name);
    LoadedModel loaded = Api.model(f);
    check.accept(loaded);
    Jobs.Job job =
        jobs.submit(
            name,
            progress -> {
              ObjectNode o = work.run(loaded, req, progress);
              o.put("model", name);
              o.put("sha256", f.sha256());
              return o;
            });
    Api.answerWithin(ctx, job, wait);
  }
}
