package dev.parley.app;

import dev.parley.core.coalition.CoalitionConcept;
import dev.parley.core.coalition.CoalitionEngine;
import dev.parley.core.coalition.CoalitionResult;
import dev.parley.core.coalition.Deterrence;
import dev.parley.core.graph.GraphModel;
import dev.parley.core.inverse.PreferenceSpace;
import dev.parley.core.stability.Concept;
import dev.parley.core.uncertainty.Scenario;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

/**
 * The work {@code parley bench --task} times on a generated model, run as the commands run it
 * (docs/performance.md). One method per task.
 */
public final class BenchWorkloads {
  private BenchWorkloads() {}

  /** Every coalition, CNash, CGMR, CSMR and CSEQ, "some member": {@code parley coalitions}. */
  public static CoalitionResult everyCoalition(GraphModel model) {
    return new CoalitionEngine()
        .analyze(model, EnumSet.allOf(CoalitionConcept.class), Deterrence.SOME_MEMBER);
  }

  /**
   * A sampled preference sweep: {@code samples} draws (seed 1) over three equally weighted
   * scenarios (the model's preferences, any ranking of the first decision maker, any of the
   * second), Nash, GMR, SMR and SEQ: {@code parley sweep}.
   */
  public static dev.parley.core.uncertainty.Sweep.Result sweep(GraphModel model, int samples) {
    List<Scenario> scenarios =
        List.of(
            new Scenario("as modelled", 1, Map.of()),
            new Scenario("D1 open", 1, Map.of(0, anyRanking(model, 0))),
            new Scenario("D2 open", 1, Map.of(1, anyRanking(model, 1))));
    List<Concept> concepts = List.of(Concept.NASH, Concept.GMR, Concept.SMR, Concept.SEQ);
    return dev.parley.core.uncertainty.Sweep.run(
        model, scenarios, new dev.parley.core.uncertainty.Sweep.Options(concepts, samples, 1, 0));
  }

  /** Any order of decision maker {@code dm}'s tie groups. */
  private static Scenario.Alternative anyRanking(GraphModel model, int dm) {
    return new Scenario.Alternative.AnyRanking(
        0, PreferenceSpace.tiers(model, dm).length - 1, List.of());
  }
}
