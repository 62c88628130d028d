package dev.parley.app;

import dev.parley.core.progress.Progress;
import dev.parley.core.stability.Concept;
import dev.parley.core.stability.Explainer;
import dev.parley.core.stability.Explanation;
import dev.parley.report.AnalysisRun;
import dev.parley.report.ResultJson;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Why a state is or is not stable ({@code parley explain}, the workbench's explanations): for each
 * decision maker and concept, each unilateral improvement and the sanction that deters it, or the
 * fact that nothing does. Also the explanations an analysis answer carries: of every equilibrium
 * and of the status quo.
 */
public final class Explain {
  /** The concepts explained when none are asked: Nash, GMR, SMR and SEQ. */
  public static final List<Concept> DEFAULT_CONCEPTS =
      List.of(Concept.NASH, Concept.GMR, Concept.SMR, Concept.SEQ);

  private Explain() {}

  /**
   * What to explain.
   *
   * @param state the state (a reference: a number, a named state, a Y/N/- text)
   * @param concepts the standard concepts, in order; none: {@link #DEFAULT_CONCEPTS}
   * @param dm one decision maker (id or name); null or blank: every one
   */
  public record Request(String state, List<Concept> concepts, String dm) {
    public Request {
      concepts = concepts == null ? List.of() : List.copyOf(concepts);
    }

    /**
     * The request for concept names as the front ends take them (nash, gmr, smr, seq, sim, seqsim).
     *
     * @throws BadRequest naming the field {@code concept} for an unknown name
     */
    public static Request parse(String state, List<String> concepts, String dm) {
      List<Concept> cs = new ArrayList<>();
      for (String raw : concepts == null ? List.<String>of() : concepts) {
        cs.add(Concepts.standard(raw, "concept"));
      }
      return new Request(state, cs, dm);
    }
  }

  /**
   * The explanations of one state.
   *
   * @param state the state's index
   * @param concepts the concepts explained, in order
   * @param dms the decision makers explained, in order
   * @param explanations one per concept and decision maker, concept by concept
   */
  public record Result(
      int state, List<Concept> concepts, List<Integer> dms, List<Explanation> explanations) {
    public Result {
      concepts = List.copyOf(concepts);
      dms = List.copyOf(dms);
      explanations = List.copyOf(explanations);
    }

    /** The explanations under one concept, decision maker by decision maker. */
    public List<Explanation> of(Concept c) {
      return explanations.stream().filter(e -> e.concept() == c).toList();
    }
  }

  /**
   * Explains the state a request names.
   *
   * @throws BadRequest naming the field ({@code state}, {@code dm}) for an unknown state or
   *     decision maker, and for SIM or SEQ+SIM asked of a graph-form model
   */
  public static Result run(ModelInput in, Request req) {
    int s = Variations.state(in, req.state(), "state");
    List<Integer> dms = new ArrayList<>();
    if (req.dm() != null && !req.dm().isBlank()) {
      dms.add(Variations.dm(in, req.dm(), "dm"));
    } else {
      for (int d = 0; d < in.conflict.dmCount(); d++) {
        dms.add(d);
      }
    }
    List<Concept> cs = new ArrayList<>();
    for (Concept c : req.concepts().isEmpty() ? DEFAULT_CONCEPTS : req.concepts()) {
      if (!cs.contains(c)) {
        cs.add(c);
      }
    }
    Analyse.requireOptionForm(in, cs);
    Explainer explainer = new Explainer(in.model);
    List<Explanation> out = new ArrayList<>();
    for (Concept c : cs) {
      for (int d : dms) {
        out.add(explainer.explain(c, d, s));
      }
    }
    return new Result(s, cs, dms, out);
  }

  /**
   * The explanations of an analysis: under each of its concepts, of every equilibrium and of the
   * status quo, for every decision maker.
   *
   * @throws Progress.CancelledException when {@code progress} is cancelled
   */
  public static List<Explanation> equilibria(AnalysisRun run, Progress progress) {
    return equilibria(run, Integer.MAX_VALUE, progress);
  }

  /**
   * As {@link #equilibria(AnalysisRun, Progress)}, of the first {@code limit} equilibria of each
   * concept (in state order) and the status quo: what a front end shows as cards, however many
   * equilibria a large model has.
   */
  public static List<Explanation> equilibria(AnalysisRun run, int limit, Progress progress) {
    Explainer explainer = new Explainer(run.model());
    List<Explanation> out = new ArrayList<>();
    for (Concept c : run.concepts()) {
      BitSet which = ResultJson.explainedStates(run, c, limit);
      for (int s = which.nextSetBit(0); s >= 0; s = which.nextSetBit(s + 1)) {
        progress.check();
        for (int d = 0; d < run.model().dmCount(); d++) {
          out.add(explainer.explain(c, d, s));
        }
      }
    }
    return out;
  }
}
