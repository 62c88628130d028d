package dev.parley.app;

import dev.parley.core.hypergame.Hypergame;
import dev.parley.core.hypergame.HypergameResult;
import dev.parley.core.model.ModelException;
import dev.parley.core.progress.Progress;
import dev.parley.core.stability.Concept;
import dev.parley.report.BriefingRun;
import java.util.EnumSet;
import java.util.List;

/**
 * What each decision maker believes ({@code parley perceptions}, the workbench's perceptions): each
 * one's perceived game analysed under the concepts asked, beside the true game, with the hypergame
 * equilibria, their classes and who is mistaken about what (docs/semantics.md §6).
 */
public final class Perceptions {
  private Perceptions() {}

  /**
   * What to analyse.
   *
   * @param concepts the standard concepts, in order; none: those the model's form allows
   */
  public record Request(List<Concept> concepts) {
    public Request {
      concepts = List.copyOf(concepts);
    }

    /** The standard concepts the model's form allows. */
    public static Request standard() {
      return new Request(List.of());
    }

    /**
     * The request for concept names as the front ends take them ({@code field[k]} in messages).
     *
     * @throws BadRequest for an unknown name
     */
    public static Request parse(List<String> names, String field) {
      return new Request(Concepts.standard(names == null ? List.of() : names, field));
    }
  }

  /**
   * The result, and the concepts in the order asked.
   *
   * @param hypergame the core result (every concept of {@code concepts})
   * @param concepts the concepts analysed, in order
   */
  public record Result(HypergameResult hypergame, List<Concept> concepts) {
    public Result {
      concepts = List.copyOf(concepts);
    }
  }

  /**
   * Runs the analysis; a model without perceptions gives the ordinary analysis (every decision
   * maker sees the true game).
   *
   * @throws BadRequest for SIM or SEQ+SIM on a graph-form model, or a perception the model cannot
   *     resolve
   * @throws Progress.CancelledException when {@code progress} is cancelled
   */
  public static Result run(ModelInput in, Request req, Progress progress) {
    List<Concept> order = BriefingRun.concepts(in.model, req.concepts());
    Analyse.requireOptionForm(in, order);
    try {
      HypergameResult r =
          Hypergame.analyze(in.model, in.perceptions(), EnumSet.copyOf(order), progress);
      return new Result(r, order);
    } catch (ModelException e) {
      throw new BadRequest(e.problems().stream().map(p -> in.name() + ": " + p).toList());
    }
  }
}
