package dev.parley.bench;

import dev.parley.core.coalition.CoalitionConcept;
import dev.parley.core.coalition.CoalitionEngine;
import dev.parley.core.coalition.CoalitionResult;
import dev.parley.core.coalition.Deterrence;
import dev.parley.core.graph.GraphModel;
import java.util.EnumSet;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Setup;

/**
 * Every coalition's stability ({@code parley coalitions}: CNash, CGMR, CSMR and CSEQ for all 2^n −
 * 1 coalitions) on synthetic models; "some member" takes the closure passes, "every member" the
 * state-by-state search (docs/coalitions.md, "Cost"). The model is prepared once per trial.
 *
 * <p>{@code java -jar bench/target/benchmarks.jar CoalitionBenchmark -p options=12,14,16}; at 20
 * options (10^6 states) single shots: {@code -p options=20 -bm ss -wi 1 -i 3}.
 */
public class CoalitionBenchmark extends SyntheticModelBenchmark {
  private GraphModel model;

  @Setup
  public void prepare() {
    model = GraphModel.of(syntheticConflict());
  }

  @Benchmark
  public CoalitionResult someMember() {
    return new CoalitionEngine()
        .analyze(model, EnumSet.allOf(CoalitionConcept.class), Deterrence.SOME_MEMBER);
  }
}
