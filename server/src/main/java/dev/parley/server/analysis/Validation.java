package dev.parley.server.analysis;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parley.core.model.Conflict;
import dev.parley.core.model.GraphModel;
import dev.parley.core.model.ModelException;
import dev.parley.core.state.StateSpace;
import dev.parley.io.Diagnostic;
import dev.parley.io.Format;
import dev.parley.io.LoadedModel;
import dev.parley.io.ModelLoadException;
import dev.parley.io.ModelReader;
import dev.parley.io.report.Narrator;
import dev.parley.io.report.RankingFormat;
import dev.parley.server.api.ApiError;
import java.util.ArrayList;
import java.util.List;

/**
 * A model file checked by Parley's reader: every problem with line, column and the path of the part
 * of the model it concerns (for inline errors in the editor), or, for a sound model, a preview of
 * its states and of each decision maker's ranking.
 */
public final class Validation {
  /** The most states listed in a preview; a ranking lists this many states at most. */
  public static final int PREVIEW_STATES = 256;

  private final LoadedModel model;
  private final List<ApiError.Detail> problems;

  private Validation(LoadedModel model, List<ApiError.Detail> problems) {
    this.model = model;
    this.problems = List.copyOf(problems);
  }

  /** Reads {@code text} as model file {@code name}; never throws for a bad model. */
  public static Validation of(String text, String name, Format format) {
    try {
      return new Validation(ModelReader.read(text, name, format), List.of());
    } catch (ModelLoadException e) {
      List<ModelText.Anchor> anchors = ModelText.anchors(text, format);
      List<ApiError.Detail> details = new ArrayList<>();
      for (Diagnostic d : e.diagnostics()) {
        details.add(
            new ApiError.Detail(
                d.line(),
                d.column(),
                d.line() > 0 ? ModelText.pointerAt(anchors, d.line(), d.column()) : "",
                d.message(),
                d.hint()));
      }
      return new Validation(null, details);
    } catch (ModelException e) {
      List<ApiError.Detail> details = new ArrayList<>();
      e.problems().forEach(p -> details.add(new ApiError.Detail(0, 0, "", p.message(), p.hint())));
      return new Validation(null, details);
    }
  }

  public boolean ok() {
    return model != null;
  }

  /** The loaded model, or null when there are problems. */
  public LoadedModel model() {
    return model;
  }

  public List<ApiError.Detail> problems() {
    return problems;
  }

  /** The model, or a 422 listing every problem. */
  public LoadedModel modelOrThrow(String name) {
    if (model == null) {
      throw new ApiError(
          422,
          problems.size()
              + (problems.size() == 1 ? " problem" : " problems")
              + " in "
              + name
              + "; fix "
              + (problems.size() == 1 ? "it" : "them")
              + " to analyse the model",
          problems);
    }
    return model;
  }

  /** {@code {ok, problems[], summary, states[], rankings{}}}. */
  public ObjectNode json() {
    ObjectNode n = ModelText.JSON.createObjectNode();
    n.put("ok", ok());
    ArrayNode ps = n.putArray("problems");
    problems.forEach(p -> ps.add(Json.detail(p)));
    if (model == null) {
      return n;
    }
    GraphModel g = model.graphModel();
    Conflict c = g.conflict();
    Narrator narrator = new Narrator(g);
    ObjectNode sum = n.putObject("summary");
    sum.put("decisionMakers", c.dmCount());
    sum.put("options", c.optionCount());
    sum.put("states", g.stateCount());
    ArrayNode states = n.putArray("states");
    for (int s = 0; s < Math.min(g.stateCount(), PREVIEW_STATES); s++) {
      states.add(Json.state(g, narrator, s));
    }
    ObjectNode rankings = n.putObject("rankings");
    for (int d = 0; d < c.dmCount(); d++) {
      ArrayNode tiers = rankings.putArray(c.decisionMakers().get(d).id());
      int listed = 0;
      for (List<Integer> tier : RankingFormat.tiers(g, d)) {
        if (listed >= PREVIEW_STATES) {
          break;
        }
        ArrayNode t = tiers.addArray();
        for (int s : tier) {
          t.add(StateSpace.number(s));
          listed++;
        }
      }
    }
    return n;
  }
}
