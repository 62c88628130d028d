package dev.parley.bench;

import dev.parley.core.graph.GraphModel;
import dev.parley.core.inverse.MinimalChange;
import dev.parley.core.inverse.PreferenceSpace;
import dev.parley.core.inverse.Robustness;
import dev.parley.core.inverse.TargetCheck;
import dev.parley.core.stability.Concept;
import dev.parley.core.synthetic.SyntheticModels;
import java.util.List;
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
 * The mediator's questions on synthetic models, every whole ranking varying (docs/performance.md,
 * "Robustness, inverse and goals"): the robustness margins of every state under Nash, GMR and SMR
 * and under SEQ, SIM and SEQ+SIM (bound 4), and the smallest change of state 1's verdict under GMR
 * and SEQ (bound 6, the budget of {@code parley inverse}), fast and by the literal breadth-first
 * search. Single shots suit the larger sizes: {@code java -jar bench/target/benchmarks.jar
 * InverseBenchmark -p options=14 -bm ss -wi 1 -i 3}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class InverseBenchmark {
  /** Options (sizes where the literal searches still end in seconds), 4 decision makers. */
  @Param({"10", "12", "14"})
  public int options;

  @Param({"7"})
  public long seed;

  private GraphModel model;
  private PreferenceSpace space;
  private TargetCheck check;

  @Setup
  public void prepare() {
    model =
        GraphModel.of(
            SyntheticModels.generate(SyntheticModels.Spec.of(4, options, seed)).conflict());
    space = PreferenceSpace.wholeRankings(model);
    check = new TargetCheck(model, 0);
  }

  @Benchmark
  public Robustness.Margin[][] robustnessLocal() {
    return Robustness.margins(space, List.of(Concept.NASH, Concept.GMR, Concept.SMR), 4, 500_000);
  }

  /** The same under SEQ, SIM and SEQ+SIM: the certificate search, every state. */
  @Benchmark
  public Robustness.Margin[][] robustnessCoupled() {
    return Robustness.margins(space, List.of(Concept.SEQ, Concept.SIM, Concept.SEQSIM), 4, 500_000);
  }

  @Benchmark
  public MinimalChange.Result changeGmr() {
    return change(Concept.GMR, false);
  }

  @Benchmark
  public MinimalChange.Result changeGmrLiteral() {
    return change(Concept.GMR, true);
  }

  @Benchmark
  public MinimalChange.Result changeSeq() {
    return change(Concept.SEQ, false);
  }

  @Benchmark
  public MinimalChange.Result changeSeqLiteral() {
    return change(Concept.SEQ, true);
  }

  private MinimalChange.Result change(Concept c, boolean literal) {
    boolean eq = check.equilibrium(c, space.payoffs(space.identity()));
    return literal
        ? MinimalChange.forTargetBySearch(space, check, c, !eq, 6, 2_000_000)
        : MinimalChange.forTarget(space, check, c, !eq, 6, 2_000_000);
  }
}
