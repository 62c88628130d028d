package dev.parley.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parley.app.ModelInput;
import dev.parley.core.Parley;
import dev.parley.server.workspace.Workspace;
import io.javalin.http.Context;
import java.io.IOException;

/** Routes over the models of the workspace ({@link HistoryRoutes}, {@link BeliefRoutes}, …). */
abstract class WorkspaceRoutes {
  final Workspace workspace;

  WorkspaceRoutes(Workspace workspace) {
    this.workspace = workspace;
  }

  /** The model file {@code name} as a use case's input ({@link Api#input}). */
  ModelInput input(String name) throws IOException {
    return Api.input(workspace, name);
  }

  /** A command's JSON (version, model, tree) with its words in Markdown beside it. */
  static void answer(Context ctx, String name, ObjectNode tree, String words) {
    ObjectNode o = Api.JSON.createObjectNode();
    o.put("parley", Parley.VERSION);
    o.put("model", name);
    o.setAll(tree);
    o.put("words", words);
    Api.json(ctx, 200, o);
  }

  /** The request's JSON object; an empty body is an empty object. */
  static JsonNode optionalBody(Context ctx) {
    return ctx.bodyAsBytes().length == 0 ? Api.JSON.createObjectNode() : Bodies.body(ctx);
  }
}
