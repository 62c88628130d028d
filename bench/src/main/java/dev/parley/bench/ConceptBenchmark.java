package dev.parley.bench;

import dev.parley.core.graph.GraphModel;
import dev.parley.core.stability.Concept;
import dev.parley.core.stability.StabilityEngine;
import dev.parley.core.stability.StabilityResult;
import java.util.EnumSet;
import java.util.Set;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Setup;

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
public class ConceptBenchmark extends SyntheticModelBenchmark {
  private GraphModel model;
  private StabilityEngine engine;

  @Setup
  public void prepare() {
    model = GraphModel.of(syntheticConflict());
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
