package dev.parley.bench;

import dev.parley.core.graph.GraphModel;
import dev.parley.core.model.Conflict;
import dev.parley.core.synthetic.SyntheticModels;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Model preparation, {@link GraphModel#of}: enumerating the feasible states, resolving every
 * decision maker's statements into payoffs and building the moves. The conflict is generated once
 * per trial, outside the measurement.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class PreparationBenchmark {
  @Param({"10", "14", "17", "20"})
  public int options;

  @Param({"4"})
  public int dms;

  @Param({"1"})
  public long seed;

  private Conflict conflict;

  @Setup
  public void generate() {
    conflict = SyntheticModels.generate(SyntheticModels.Spec.of(dms, options, seed)).conflict();
  }

  @Benchmark
  public GraphModel prepare() {
    return GraphModel.of(conflict);
  }
}
