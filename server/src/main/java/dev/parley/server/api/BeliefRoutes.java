package dev.parley.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.app.Attitudes;
import dev.parley.app.Dilemmas;
import dev.parley.app.Margins;
import dev.parley.app.ModelInput;
import dev.parley.app.Perceptions;
import dev.parley.core.drama.DramaResult;
import dev.parley.core.progress.Progress;
import dev.parley.report.DilemmasReport;
import dev.parley.report.Doc;
import dev.parley.report.MarginsReport;
import dev.parley.report.PerceptionsReport;
import dev.parley.server.errors.ApiError;
import dev.parley.server.workspace.Workspace;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.List;

/**
 * The routes of belief and trust: what each side believes ({@link Perceptions}, docs/semantics.md
 * §6), the dilemmas of the card table ({@link Dilemmas}, §5.2), the relational equilibria under the
 * attitudes ({@link Attitudes}, §3.4) and the margins of the probabilistic concepts ({@link
 * Margins}, §5.5), each the command's JSON with its words in Markdown beside it.
 */
final class BeliefRoutes extends WorkspaceRoutes {
  BeliefRoutes(Workspace workspace) {
    super(workspace);
  }

  /** {@code parley perceptions} as JSON; the body may name {@code concepts}. */
  void perceptions(Context ctx) throws IOException {
    String name = Bodies.name(ctx);
    JsonNode body = optionalBody(ctx);
    Perceptions.Request req = new Perceptions.Request(Bodies.mediatorConcepts(body, List.of()));
    ModelInput in = input(name);
    Perceptions.Result r = Perceptions.run(in, req, Progress.NONE);
    PerceptionsReport report = new PerceptionsReport(r.hypergame(), r.concepts(), name);
    answer(ctx, name, report.tree(), report.render(Doc.Style.MARKDOWN));
  }

  /** {@code parley dilemmas} as JSON; the body may name the {@code concept} beside them. */
  void dilemmas(Context ctx) throws IOException {
    String name = Bodies.name(ctx);
    JsonNode body = optionalBody(ctx);
    JsonNode c = body.get("concept");
    if (c != null && !c.isNull() && !c.isTextual()) {
      throw ApiError.badRequest("'concept' must be a concept name, such as \"seq\"");
    }
    Dilemmas.Request req = Dilemmas.Request.parse(c == null ? null : c.asText(null), "concept");
    ModelInput in = input(name);
    DramaResult r = Dilemmas.run(in, req, Progress.NONE);
    DilemmasReport report = new DilemmasReport(r, name);
    answer(ctx, name, report.tree(), report.render(Doc.Style.MARKDOWN));
  }

  /**
   * The relational analysis under the model's attitudes ({@link Attitudes}, docs/semantics.md §3.4)
   * as JSON; the body may name {@code concepts} (rnash, rgmr, rsmr, rseq; none: all four).
   */
  void attitudes(Context ctx) throws IOException {
    String name = Bodies.name(ctx);
    JsonNode body = optionalBody(ctx);
    Attitudes.Request req =
        Attitudes.Request.parse(Bodies.stringList(body, "concepts"), "concepts");
    ModelInput in = input(name);
    Attitudes.Result r = Attitudes.run(in, req, Progress.NONE);
    answer(ctx, name, r.report().tree(), r.report().render(Doc.Style.MARKDOWN));
  }

  /**
   * {@code parley margins} as JSON (docs/semantics.md §5.5); the body may give the {@code
   * threshold} (a number, or text as the command's {@code --threshold}) and the {@code concepts}.
   */
  void margins(Context ctx) throws IOException {
    String name = Bodies.name(ctx);
    JsonNode body = optionalBody(ctx);
    JsonNode t = body.get("threshold");
    if (t != null && !t.isNull() && !t.isTextual() && !t.isNumber()) {
      throw ApiError.badRequest(
          "'threshold' must be a number, such as 0.6, or text such as \"RU=0.4\"");
    }
    List<String> concepts = Bodies.stringList(body, "concepts");
    Margins.Request req =
        new Margins.Request(t == null || t.isNull() ? null : t.asText(), concepts);
    ModelInput in = input(name);
    MarginsReport report = Margins.run(in, req);
    answer(ctx, name, report.tree(), report.render(Doc.Style.MARKDOWN));
  }
}
