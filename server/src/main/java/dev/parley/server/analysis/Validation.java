package dev.parley.server.analysis;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parley.app.Check;
import dev.parley.app.MemoryGuard;
import dev.parley.app.ModelInput;
import dev.parley.app.TooLarge;
import dev.parley.core.graph.GraphModel;
import dev.parley.core.model.Conflict;
import dev.parley.core.model.ModelException;
import dev.parley.core.state.StateSpace;
import dev.parley.io.Diagnostic;
import dev.parley.io.Format;
import dev.parley.io.LoadedModel;
import dev.parley.io.ModelLoadException;
import dev.parley.io.ModelReader;
import dev.parley.report.Narrator;
import dev.parley.report.RankingFormat;
import dev.parley.server.errors.ApiError;
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

  /**
   * For a model with problems only in its preferences, status quo, move edits or packages: the same
   * model without them, so that the editor still knows the feasible states (to fill in a ranking or
   * payoffs). Null otherwise.
   */
  private final LoadedModel structure;

  private Validation(LoadedModel model, List<ApiError.Detail> problems, LoadedModel structure) {
    this.model = model;
    this.problems = List.copyOf(problems);
    this.structure = structure;
  }

  private Validation(LoadedModel model, List<ApiError.Detail> problems) {
    this(model, problems, null);
  }

  /**
   * Reads {@code text} as model file {@code name}; never throws for a bad model. A model too large
   * for this server's heap even to hold has that as its one problem.
   */
  public static Validation of(String text, String name, Format format) {
    try {
      return read(text, name, format, false);
    } catch (TooLarge e) {
      return new Validation(
          null, List.of(new ApiError.Detail(0, 0, "", e.advice(SERVE), null)), null);
    }
  }

  /** The command that starts the workbench, as the memory advice quotes it. */
  public static final String SERVE = "./parley serve";

  /**
   * Reads a model to analyse: {@link TooLarge} (the REST API's 413) when its analysis would not fit
   * in the heap, before any state is enumerated.
   */
  public static Validation forAnalysis(String text, String name, Format format) {
    return read(text, name, format, true);
  }

  private static Validation read(String text, String name, Format format, boolean analyse) {
    try {
      return new Validation(
          ModelReader.read(
              text,
              name,
              format,
              shape -> MemoryGuard.check(shape, analyse, Analysis.ANSWER_BYTES_PER_STATE)),
          List.of());
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
      return new Validation(null, details, structure(text, name, format));
    } catch (ModelException e) {
      List<ApiError.Detail> details = new ArrayList<>();
      e.problems().forEach(p -> details.add(new ApiError.Detail(0, 0, "", p.message(), p.hint())));
      return new Validation(null, details, structure(text, name, format));
    }
  }

  /**
   * The model without what does not decide its states (preferences, status quo, move edits,
   * packages), or null when even that has problems or the text does not parse.
   */
  static LoadedModel structure(String text, String name, Format format) {
    JsonNode tree = ModelText.tree(text, format);
    if (tree == null || !tree.isObject() || !tree.path("decisionMakers").isArray()) {
      return null;
    }
    ObjectNode copy = ((ObjectNode) tree).deepCopy();
    copy.remove("statusQuo");
    copy.remove("packages");
    boolean graph = false;
    for (JsonNode dm : copy.get("decisionMakers")) {
      graph |= dm.has("moves");
    }
    ArrayNode all = ModelText.JSON.createArrayNode();
    if (graph) {
      for (JsonNode s : copy.path("states")) {
        if (!s.path("id").isTextual()) {
          return null;
        }
        all.add(s.get("id").asText());
      }
    }
    for (JsonNode dm : copy.get("decisionMakers")) {
      if (!(dm instanceof ObjectNode d)) {
        return null;
      }
      d.remove("forbidMoves");
      d.remove("addMoves");
      ObjectNode prefs = ModelText.JSON.createObjectNode();
      if (graph) {
        d.putArray("moves");
        prefs.putArray("ranking").add(all.deepCopy()); // every state, in one tie
      } else {
        prefs.putArray("statements").add("true"); // every state tied
      }
      d.set("preferences", prefs);
    }
    try {
      return ModelReader.read(ModelText.text(copy, format), name, format);
    } catch (ModelLoadException | RuntimeException e) {
      return null; // ModelException included: then the states cannot be known either
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

  /**
   * {@code {ok, problems[], hints[], summary, states[], rankings{}}}; the summary and the hints,
   * the model checker's findings ({@link Check}), only for a sound model.
   */
  public ObjectNode json() {
    ObjectNode n = ModelText.JSON.createObjectNode();
    n.put("ok", ok());
    ArrayNode ps = n.putArray("problems");
    problems.forEach(p -> ps.add(Json.detail(p)));
    ArrayNode hints = n.putArray("hints");
    if (model == null) {
      if (structure != null) {
        // the states are known although the preferences (or the status quo ...) have problems
        GraphModel g = structure.graphModel();
        Narrator narrator = new Narrator(g);
        ArrayNode states = n.putArray("states");
        for (int s = 0; s < Math.min(g.stateCount(), PREVIEW_STATES); s++) {
          states.add(Json.state(g, narrator, s));
        }
        n.put("stateCount", g.stateCount());
      }
      return n;
    }
    GraphModel g = model.graphModel();
    Conflict c = g.conflict();
    Check.Result check = Check.run(ModelInput.of(model, model.fileName(), null));
    check.findings().forEach(f -> hints.add(Json.hint(f, c)));
    Narrator narrator = new Narrator(g);
    ObjectNode sum = n.putObject("summary");
    sum.put("decisionMakers", check.summary().decisionMakers());
    sum.put("options", check.summary().options());
    sum.put("states", check.summary().states());
    n.put("stateCount", g.stateCount());
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
