package dev.parley.bench;

import dev.parley.core.model.Conflict;
import dev.parley.core.synthetic.SyntheticModels;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What the benchmarks over generated models of growing size share: the sizes, the settings of their
 * runs, and the synthetic conflict of each size ({@link SyntheticModels}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public abstract class SyntheticModelBenchmark {
  /** The number of options: 2^options candidate states. */
  @Param({"10", "14", "17", "20"})
  public int options;

  @Param({"4"})
  public int dms;

  @Param({"1"})
  public long seed;

  /** The synthetic conflict of this size. */
  Conflict syntheticConflict() {
    return SyntheticModels.generate(SyntheticModels.Spec.of(dms, options, seed)).conflict();
  }
}
