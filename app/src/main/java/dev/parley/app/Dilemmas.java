package dev.parley.app;

import dev.parley.core.drama.CardTable;
import dev.parley.core.drama.DramaResult;
import dev.parley.core.progress.Progress;
import dev.parley.core.stability.Concept;
import dev.parley.core.stability.StabilityEngine;
import dev.parley.core.stability.StabilityResult;
import java.util.EnumSet;
import java.util.List;

/**
 * The dilemmas of a model's card table ({@code parley dilemmas}, the workbench's options board):
 * every dilemma of every party toward every other, from the model's rankings and moves, with the
 * verdicts of one stability concept beside them (docs/semantics.md §5.2).
 */
public final class Dilemmas {
  private Dilemmas() {}

  /**
   * What to analyse.
   *
   * @param concept the concept whose verdicts stand beside the dilemmas (SEQ by default)
   */
  public record Request(Concept concept) {
    public Request {
      concept = concept == null ? Concept.SEQ : concept;
    }

    /** SEQ beside the dilemmas. */
    public static Request standard() {
      return new Request(Concept.SEQ);
    }

    /**
     * The request for a concept name as the front ends take it (null or blank: SEQ).
     *
     * @throws BadRequest for an unknown name
     */
    public static Request parse(String name, String field) {
      if (name == null || name.isBlank()) {
        return standard();
      }
      return new Request(Concepts.standard(List.of(name), field).get(0));
    }
  }

  /**
   * Runs the analysis.
   *
   * @throws BadRequest when the model has no card table, or for SIM or SEQ+SIM on a graph-form
   *     model
   * @throws Progress.CancelledException when {@code progress} is cancelled
   */
  public static DramaResult run(ModelInput in, Request req, Progress progress) {
    CardTable table = in.drama();
    if (table == null) {
      throw new BadRequest(
          in.name()
              + " has no card table: add 'drama:' with the threatened future and the parties'"
              + " positions (docs/model-format.md, \"Positions, threats and doubts\")");
    }
    Analyse.requireOptionForm(in, List.of(req.concept()));
    StabilityResult views =
        new StabilityEngine(progress).analyze(in.model, EnumSet.of(req.concept()));
    return dev.parley.core.drama.Dilemmas.analyze(in.model, table, views, req.concept());
  }
}
