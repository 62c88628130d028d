package dev.parley.server.analysis;

import dev.parley.core.graph.GraphModel;
import dev.parley.core.stability.Concept;
import dev.parley.report.BriefingRun;
import dev.parley.server.errors.ApiError;
import java.util.ArrayList;
import java.util.List;

/**
 * What to analyse, as the command line's {@code --concept} takes it: the six standard concepts, and
 * for two decision makers L1, L2, ... (limited move) and NM (non-myopic). No concepts means those
 * the model's form allows ({@link BriefingRun#defaultConcepts}): all six, for a graph-form model
 * nash, gmr, smr and seq; {@link #concepts(GraphModel)} resolves them.
 */
public record AnalysisRequest(
    List<Concept> concepts, List<Integer> horizons, boolean nonMyopic, String statusQuo) {
  public AnalysisRequest {
    concepts = List.copyOf(concepts);
    horizons = List.copyOf(horizons);
  }

  /** The standard concepts the model's form allows. */
  public static AnalysisRequest standard() {
    return new AnalysisRequest(List.of(), List.of(), false, null);
  }

  /**
   * The concepts to analyse {@code model} under: those asked, else those its form allows.
   *
   * @throws ApiError 400 for SIM or SEQ+SIM asked of a graph-form model
   */
  public List<Concept> concepts(GraphModel model) {
    return concepts(model, concepts);
  }

  /**
   * The standard concepts {@code asked} of {@code model}, each once; none: those its form allows.
   *
   * @throws ApiError 400 for SIM or SEQ+SIM asked of a graph-form model
   */
  public static List<Concept> concepts(GraphModel model, List<Concept> asked) {
    List<Concept> cs = BriefingRun.concepts(model, asked);
    if (model.isGraphForm() && (cs.contains(Concept.SIM) || cs.contains(Concept.SEQSIM))) {
      throw ApiError.badRequest(
          "concepts: SIM and SEQ+SIM combine the decision makers' option changes, and this model is"
              + " in graph form (states and moves, no options); use nash, gmr, smr or seq");
    }
    return cs;
  }

  /**
   * Parses concept names; an empty or null list means the standard concepts the model's form
   * allows.
   *
   * @throws ApiError 400 for an unknown name
   */
  public static AnalysisRequest parse(List<String> names, String statusQuo) {
    if (names == null || names.isEmpty()) {
      return new AnalysisRequest(List.of(), List.of(), false, statusQuo);
    }
    List<Concept> cs = new ArrayList<>();
    List<Integer> hs = new ArrayList<>();
    boolean nm = false;
    for (String raw : names) {
      String t = raw == null ? "" : raw.trim();
      if (t.matches("(?i)L[0-9]{1,4}")) {
        int h = Integer.parseInt(t.substring(1));
        if (h < 1 || h > 1000) {
          throw ApiError.badRequest("concept " + t + ": the horizon must be between 1 and 1000");
        }
        if (!hs.contains(h)) {
          hs.add(h);
        }
      } else if (t.equalsIgnoreCase("nm")) {
        nm = true;
      } else {
        Concept c = Concept.parse(t);
        if (c == null) {
          throw ApiError.badRequest(
              "unknown concept '"
                  + t
                  + "': use nash, gmr, smr, seq, sim, seqsim, or L1, L2, ... and NM for two"
                  + " decision makers");
        }
        if (!cs.contains(c)) {
          cs.add(c);
        }
      }
    }
    if (cs.isEmpty()) {
      cs.add(Concept.NASH);
    }
    return new AnalysisRequest(cs, hs, nm, statusQuo);
  }
}
