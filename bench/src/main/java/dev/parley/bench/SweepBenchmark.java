package dev.parley.bench;

import dev.parley.core.graph.GraphModel;
import dev.parley.core.inverse.PreferenceSpace;
import dev.parley.core.stability.Concept;
import dev.parley.core.uncertainty.Scenario;
import dev.parley.core.uncertainty.Sweep;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;

/**
 * A sampled preference sweep ({@code parley sweep}) on synthetic models: {@code samples} draws over
 * three scenarios (the model's preferences, any ranking of D1, any of D2), Nash, GMR, SMR and SEQ,
 * on all cores. The same as {@code parley bench --task sweep}.
 *
 * <p>{@code java -jar bench/target/benchmarks.jar SweepBenchmark -p options=14 -bm ss -wi 1 -i 3}
 */
public class SweepBenchmark extends SyntheticModelBenchmark {
  @Param({"1000"})
  public int samples;

  private GraphModel model;
  private List<Scenario> scenarios;

  @Setup
  public void prepare() {
    model = GraphModel.of(syntheticConflict());
    scenarios =
        List.of(
            new Scenario("as modelled", 1, Map.of()),
            new Scenario("D1 open", 1, Map.of(0, any(0))),
            new Scenario("D2 open", 1, Map.of(1, any(1))));
  }

  private Scenario.Alternative any(int dm) {
    return new Scenario.Alternative.AnyRanking(
        0, PreferenceSpace.tiers(model, dm).length - 1, List.of());
  }

  @Benchmark
  public Sweep.Result sampled() {
    List<Concept> concepts = List.of(Concept.NASH, Concept.GMR, Concept.SMR, Concept.SEQ);
    return Sweep.run(model, scenarios, new Sweep.Options(concepts, samples, 1, 0));
  }
}
