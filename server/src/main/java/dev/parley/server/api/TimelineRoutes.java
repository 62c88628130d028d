package dev.parley.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.app.ModelInput;
import dev.parley.app.Timelines;
import dev.parley.core.progress.Progress;
import dev.parley.core.stability.Concept;
import dev.parley.report.Doc;
import dev.parley.report.TimelineReport;
import dev.parley.report.TimelineRun;
import dev.parley.server.workspace.Workspace;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.List;

/**
 * The route of a model's phases ({@link Timelines}, docs/semantics.md §7): each phase's analysis,
 * what it changes and which verdicts it turns, as {@code parley timeline}'s JSON with its words in
 * Markdown beside it.
 */
final class TimelineRoutes extends WorkspaceRoutes {
  TimelineRoutes(Workspace workspace) {
    super(workspace);
  }

  /** {@code parley timeline} as JSON; the body may name {@code concepts}. */
  void timeline(Context ctx) throws IOException {
    String name = Bodies.name(ctx);
    JsonNode body = optionalBody(ctx);
    List<Concept> concepts = Bodies.mediatorConcepts(body, List.of());
    ModelInput in = input(name);
    TimelineRun run = Timelines.run(in, concepts, Progress.NONE);
    TimelineReport report = new TimelineReport(run);
    answer(ctx, name, report.tree(), report.render(Doc.Style.MARKDOWN));
  }
}
