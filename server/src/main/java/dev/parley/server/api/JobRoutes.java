package dev.parley.server.api;

import dev.parley.server.analysis.Jobs;
import dev.parley.server.workspace.Workspace;

/**
 * Routes that run a use case on a model of the workspace as a job ({@link MediatorRoutes}, {@link
 * EvolutionRoutes}, {@link ReportJobs}): the workspace they read, and the jobs they start.
 */
abstract class JobRoutes {
  final Workspace workspace;
  final Jobs jobs;

  JobRoutes(Workspace workspace, Jobs jobs) {
    this.workspace = workspace;
    this.jobs = jobs;
  }
}
