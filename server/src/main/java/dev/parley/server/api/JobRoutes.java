package dev.parley.server.api;

import dev.parley.server.analysis.Jobs;
import dev.parley.server.workspace.Workspace;

/**
 * Routes that run a use case on a model of the workspace as a job ({@link MediatorRoutes}, {@link
 * EvolutionRoutes}, {@link ReportJobs}): the jobs they start.
 */
abstract class JobRoutes extends WorkspaceRoutes {
  final Jobs jobs;

  JobRoutes(Workspace workspace, Jobs jobs) {
    super(workspace);
    this.jobs = jobs;
  }
}
