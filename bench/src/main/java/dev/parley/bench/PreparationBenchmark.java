package dev.parley.bench;

import dev.parley.core.graph.GraphModel;
import dev.parley.core.model.Conflict;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Setup;

/**
 * Model preparation, {@link GraphModel#of}: enumerating the feasible states, resolving every
 * decision maker's statements into payoffs and building the moves. The conflict is generated once
 * per trial, outside the measurement.
 */
public class PreparationBenchmark extends SyntheticModelBenchmark {
  private Conflict conflict;

  @Setup
  public void generate() {
    conflict = syntheticConflict();
  }

  @Benchmark
  public GraphModel prepare() {
    return GraphModel.of(conflict);
  }
}
