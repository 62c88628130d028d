package dev.parley.server.api;

import dev.parley.app.ModelInput;
import dev.parley.server.workspace.Workspace;
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
}
