package dev.parley.server.analysis;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parley.app.Analyse;
import dev.parley.app.Explain;
import dev.parley.app.ModelInput;
import dev.parley.core.graph.GraphModel;
import dev.parley.core.move.MoveGraph;
import dev.parley.core.progress.Progress;
import dev.parley.core.stability.Explanation;
import dev.parley.core.state.StateSpace;
import dev.parley.io.LoadedModel;
import dev.parley.report.AnalysisRun;
import dev.parley.report.Briefing;
import dev.parley.report.Foresight;
import dev.parley.report.Narrator;
import dev.parley.report.ResultJson;

/**
 * Runs an analysis for the workbench and shapes its answer: the command line's complete JSON result
 * (docs/cli.md), with the briefing's bottom line, explanations in sentences, each state described
 * in words, and the moves of the state graph when the model is small enough to draw.
 */
public final class Analysis {
  /** Above this many states the answer has no graph: a drawing would not be readable. */
  public static final int GRAPH_STATE_LIMIT = 200;

  /**
   * The equilibria of each concept explained in the answer (and shown as cards), in state order, as
   * many as the command line's JSON explains; the others are counted, listed in the table and
   * explained when asked.
   */
  public static final int CARD_LIMIT = ResultJson.EXPLAINED_STATES_LIMIT;

  /**
   * The heap the answer takes per state beside the analysis, counted by the memory guard so that a
   * model whose answer would not fit is refused up front (413, with the memory it needs): the JSON
   * tree, its bytes, and the page's copy while it is sent (measured: docs/performance.md, "The
   * workbench at scale").
   */
  public static final int ANSWER_BYTES_PER_STATE = 2048;

  private Analysis() {}

  /**
   * The analysis run of a request ({@link Analyse}): stability for every concept asked, foresight
   * if any; no mediator's findings, which the answer does not show.
   */
  public static AnalysisRun run(
      LoadedModel loaded, String file, String sha256, Analyse.Request req, Progress progress) {
    return Analyse.run(
        ModelInput.of(loaded, file, sha256),
        req.withFindings(false).withHints(WorkbenchHints.HINTS),
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
    // each decision maker's name as a sentence writes it ("the United States", "Russia")
    ArrayNode dms = (ArrayNode) root.get("decisionMakers");
    for (int d = 0; d < model.dmCount() && d < dms.size(); d++) {
      ((ObjectNode) dms.get(d)).put("inSentence", narrator.dm(d));
    }
    ArrayNode states = (ArrayNode) root.get("states");
    for (int s = 0; s < model.stateCount() && s < 5000; s++) {
      ((ObjectNode) states.get(s)).put("description", narrator.describe(s));
    }
    if (run.statusQuo() >= 0) {
      root.put("statusQuoLabel", narrator.label(run.statusQuo()));
    }
    // the briefing's opening, so that the Analysis tab starts where the briefing does
    ArrayNode bottom = root.putArray("bottomLine");
    new Briefing(run).bottomLine().forEach(bottom::add);
    // explanations in sentences for the first equilibria of each concept and the status quo
    ArrayNode ex = root.putArray("explanations");
    Explain.equilibria(run, CARD_LIMIT, progress)
        .forEach(e -> ex.add(explanation(model, narrator, e)));
    root.put("cardLimit", CARD_LIMIT);
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

  /** The answer of an explanation ({@link Explain}): the state, its label, the explanations. */
  public static ObjectNode explain(ModelInput in, Explain.Result r) {
    GraphModel model = in.model;
    Narrator narrator = new Narrator(model);
    ObjectNode root = ModelText.JSON.createObjectNode();
    root.set("state", Json.state(model, narrator, r.state()));
    root.put("label", narrator.label(r.state()));
    ArrayNode arr = root.putArray("explanations");
    r.explanations().forEach(e -> arr.add(explanation(model, narrator, e)));
    return root;
  }
}
