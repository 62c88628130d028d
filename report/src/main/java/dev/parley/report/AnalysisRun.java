package dev.parley.report;

import dev.parley.core.coalition.StructureResult;
import dev.parley.core.drama.DramaResult;
import dev.parley.core.graph.GraphModel;
import dev.parley.core.hypergame.HypergameResult;
import dev.parley.core.stability.Concept;
import dev.parley.core.stability.StabilityResult;
import dev.parley.core.strength.StrengthResult;
import java.util.List;

/**
 * Everything a report shows about one analysis: the model, its stability result, the concepts asked
 * for (in display order), an optional per-decision-maker assignment of concepts, the status quo
 * index (-1 if none), where the model came from, optionally the analysis under a fixed coalition
 * structure ({@code coalitions}, null when none was asked for), and the mediator's findings
 * (robustness margins, what the settlements depend on, unknown preferences; null when not
 * computed), what each decision maker perceives ({@code perceptions}, docs/semantics.md §6; null
 * when the model has no perceptions), and the dilemmas of its card table ({@code dilemmas},
 * docs/semantics.md §5.2; null when it has none), the relational stability under the decision
 * makers' attitudes ({@code relational}, docs/semantics.md §3.4; null when neither asked nor
 * declared), the margins of the probabilistic concepts ({@code margins}, §5.5; null when the model
 * states no probabilities), and strong and weak stability ({@code strength}, §5.4; null when the
 * model declares no strength of preference).
 */
public record AnalysisRun(
    GraphModel model,
    StabilityResult result,
    List<Concept> concepts,
    List<Concept> assignment,
    int statusQuo,
    String modelFile,
    String modelHash,
    Foresight foresight,
    StructureResult coalitions,
    MediatorFindings mediator,
    HypergameResult perceptions,
    DramaResult dilemmas,
    RelationalRun relational,
    MarginsReport margins,
    StrengthResult strength) {
  public AnalysisRun {
    concepts = List.copyOf(concepts);
    assignment = assignment == null ? null : List.copyOf(assignment);
  }

  /**
   * A run of the stability analysis alone: every concept for every decision maker, from {@code
   * statusQuo}, with none of the further analyses.
   */
  public static AnalysisRun stability(
      GraphModel model,
      StabilityResult result,
      List<Concept> concepts,
      int statusQuo,
      String modelFile,
      String modelHash) {
    return new AnalysisRun(
        model, result, concepts, null, statusQuo, modelFile, modelHash, null, null, null, null,
        null, null, null, null);
  }

  /** This run with the coalition structure {@code c}. */
  public AnalysisRun withCoalitions(StructureResult c) {
    return new AnalysisRun(
        model,
        result,
        concepts,
        assignment,
        statusQuo,
        modelFile,
        modelHash,
        foresight,
        c,
        mediator,
        perceptions,
        dilemmas,
        relational,
        margins,
        strength);
  }
}
