package dev.parley.server.analysis;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parley.app.Analyse;
import dev.parley.app.ModelInput;
import dev.parley.core.graph.GraphModel;
import dev.parley.core.move.MoveGraph;
import dev.parley.core.progress.Progress;
import dev.parley.core.stability.Concept;
import dev.parley.core.stability.Explainer;
import dev.parley.core.stability.Explanation;
import dev.parley.core.state.StateSpace;
import dev.parley.io.LoadedModel;
import dev.parley.io.StateRefException;
import dev.parley.io.StateRefs;
import dev.parley.report.AnalysisRun;
import dev.parley.report.Foresight;
import dev.parley.report.Narrator;
import dev.parley.report.ResultJson;
import dev.parley.server.errors.ApiError;
import java.util.BitSet;
import java.util.List;

/**
 * Runs an analysis for the workbench and shapes its answer: the command line's complete JSON result
 * (docs/cli.md), with explanations in sentences, each state described in words, and the moves of
 * the state graph when the model is small enough to draw.
 */
public final class Analysis {
  /** Above this many states the answer has no graph: a drawing would not be readable. */
  public static final int GRAPH_STATE_LIMIT = 200;

  private Analysis() {}

  /** The analysis run of a request: stability for every concept asked, foresight if any. */
  public static AnalysisRun run(
      LoadedModel loaded, String file, String sha256, Analyse.Request req, Progress progress) {
    return run(loaded, file, sha256, req, progress, false);
  }

  /**
   * The run a briefing is written from ({@link Analyse}, as {@code parley analyze} and {@code
   * parley report} run it), with the mediator's findings unless {@code findings} is false (for a
   * report that shows none, the CSV table).
   */
  public static AnalysisRun run(
      LoadedModel loaded,
      String file,
      String sha256,
      Analyse.Request req,
      Progress progress,
      boolean findings) {
    return Analyse.run(
        ModelInput.of(loaded, file, sha256),
        req.withFindings(findings).withHints(WorkbenchHints.HINTS),
        progress);
  }

  /** The JSON answer for a finished run. */
  public static ObjectNode json(AnalysisRun run, Progress progress) {
    GraphModel model = run.model();
    ObjectNode root = ResultJson.tree(run);
    if (run.foresight() != null) {
      // the L_h and NM columns, in the order asked (their results are keys beside the concepts')
      ArrayNode fs = ((ObjectNode) root.get("parameters")).putArray("foresight");
      run.foresight().horizons().keySet().forEach(h -> fs.add(Foresight.label(h)));
      if (run.foresight().nm() != null) {
        fs.add("NM");
      }
    }
    Narrator narrator = new Narrator(model);
    ArrayNode states = (ArrayNode) root.get("states");
    for (int s = 0; s < model.stateCount() && s < 5000; s++) {
      ((ObjectNode) states.get(s)).put("description", narrator.describe(s));
    }
    if (run.statusQuo() >= 0) {
      root.put("statusQuoLabel", narrator.label(run.statusQuo()));
    }
    // explanations in sentences for every equilibrium and the status quo
    Explainer explainer = new Explainer(model);
    ArrayNode ex = root.putArray("explanations");
    for (Concept c : run.concepts()) {
      BitSet which = run.result().equilibria(c);
      if (run.statusQuo() >= 0) {
        which.set(run.statusQuo());
      }
      for (int s = which.nextSetBit(0); s >= 0; s = which.nextSetBit(s + 1)) {
        progress.check();
        for (int d = 0; d < model.dmCount(); d++) {
          ex.add(explanation(model, narrator, explainer.explain(c, d, s)));
        }
      }
    }
    if (model.stateCount() <= GRAPH_STATE_LIMIT) {
      root.set("graph", graph(model));
    } else {
      root.putNull("graph");
    }
    return root;
  }

  /** One explanation: the structured form of the command line, plus its sentences. */
  public static ObjectNode explanation(GraphModel model, Narrator narrator, Explanation e) {
    ObjectNode n = ResultJson.explanation(model, e);
    n.put("decisionMakerName", narrator.dm(e.dm()));
    ArrayNode sentences = n.putArray("sentences");
    narrator.explain(e).forEach(sentences::add);
    return n;
  }

  /** The moves of every decision maker, and which of them are unilateral improvements. */
  static ObjectNode graph(GraphModel model) {
    ObjectNode g = ModelText.JSON.createObjectNode();
    ArrayNode edges = g.putArray("moves");
    MoveGraph moves = model.moves();
    for (int d = 0; d < model.dmCount(); d++) {
      String by = model.conflict().decisionMakers().get(d).id();
      for (int s = 0; s < model.stateCount(); s++) {
        for (int t : moves.moves(d, s)) {
          ObjectNode e = edges.addObject();
          e.put("by", by);
          e.put("from", StateSpace.number(s));
          e.put("to", StateSpace.number(t));
          e.put("improvement", model.improves(d, s, t));
        }
      }
    }
    return g;
  }

  /** Explanations of one state for the given concepts and decision makers. */
  public static ObjectNode explain(
      LoadedModel loaded, String stateRef, List<Concept> concepts, String dmRef) {
    GraphModel model = loaded.graphModel();
    int s = state(loaded, stateRef);
    int only = -1;
    if (dmRef != null && !dmRef.isBlank()) {
      only = model.conflict().dmIndex(dmRef);
      if (only < 0) {
        throw ApiError.badRequest(
            "unknown decision maker '"
                + dmRef
                + "'; the model has "
                + String.join(
                    ", ",
                    model.conflict().decisionMakers().stream()
                        .map(dev.parley.core.model.DecisionMaker::id)
                        .toList()));
      }
    }
    Narrator narrator = new Narrator(model);
    Explainer explainer = new Explainer(model);
    ObjectNode root = ModelText.JSON.createObjectNode();
    root.set("state", Json.state(model, narrator, s));
    root.put("label", narrator.label(s));
    ArrayNode arr = root.putArray("explanations");
    for (Concept c : concepts) {
      for (int d = 0; d < model.dmCount(); d++) {
        if (only < 0 || only == d) {
          arr.add(explanation(model, narrator, explainer.explain(c, d, s)));
        }
      }
    }
    return root;
  }

  private static int state(LoadedModel loaded, String ref) {
    try {
      return StateRefs.resolve(ref, loaded);
    } catch (StateRefException e) {
      throw ApiError.badRequest(
          "'" + ref + "': " + e.getMessage() + (e.hint() == null ? "" : " (" + e.hint() + ")"));
    }
  }
}
