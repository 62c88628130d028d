package dev.parley.bench;

import dev.parley.core.graph.GraphModel;
import dev.parley.core.stability.Concept;
import dev.parley.core.stability.StabilityEngine;
import dev.parley.core.stability.StabilityResult;
import dev.parley.core.synthetic.SyntheticModels;
import java.util.EnumSet;
import java.util.Set;
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
 * The engine's time for each stability concept, and for all six together, on synthetic models of
 * growing size (docs/performance.md). The model is generated and prepared ({@link GraphModel#of})
 * once per trial, outside the measurement; each invocation is one call of {@link
 * StabilityEngine#analyze}, the public API the command line uses.
 *
 * <p>The defaults suit the small sizes. For 20 options, where one call takes seconds, measure
 * single shots: {@code java -jar bench/target/benchmarks.jar ConceptBenchmark -p options=20 -bm ss
 * -wi 1 -i 3}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ConceptBenchmark {
  /** The number of options: 2^options candidate states. */
  @Param({"10", "14", "17", "20"})
  public int options;

  @Param({"4"})
  public int dms;

  @Param({"1"})
  public long seed;

  private GraphModel model;
  private StabilityEngine engine;

  @Setup
  public void prepare() {
    model =
        GraphModel.of(
            SyntheticModels.generate(SyntheticModels.Spec.of(dms, options, seed)).conflict());
    engine = new StabilityEngine();
  }

  private StabilityResult analyze(Set<Concept> concepts) {
    return engine.analyze(model, concepts);
  }

  @Benchmark
  public StabilityResult nash() {
    return analyze(EnumSet.of(Concept.NASH));
  }

  @Benchmark
  public StabilityResult gmr() {
    return analyze(EnumSet.of(Concept.GMR));
  }

  @Benchmark
  public StabilityResult smr() {
    return analyze(EnumSet.of(Concept.SMR));
  }

  @Benchmark
  public StabilityResult seq() {
    return analyze(EnumSet.of(Concept.SEQ));
  }

  @Benchmark
  public StabilityResult sim() {
    return analyze(EnumSet.of(Concept.SIM));
  }

  @Benchmark
  public StabilityResult seqSim() {
    return analyze(EnumSet.of(Concept.SEQSIM));
  }

  /** Nash, GMR, SMR and SEQ in one call: the concepts of the 24-option target. */
  @Benchmark
  public StabilityResult nashGmrSmrSeq() {
    return analyze(EnumSet.of(Concept.NASH, Concept.GMR, Concept.SMR, Concept.SEQ));
  }

  /** Nash, GMR, SMR, SEQ, SIM and SEQ+SIM in one call, as {@code parley analyze} asks. */
  @Benchmark
  public StabilityResult all() {
    return analyze(EnumSet.allOf(Concept.class));
  }
}
