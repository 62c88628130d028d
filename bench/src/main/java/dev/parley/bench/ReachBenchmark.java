package dev.parley.bench;

import dev.parley.core.graph.GraphModel;
import dev.parley.core.reach.LegalReach;
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
 * Coalition reachability by legal sequences (docs/semantics.md §1.3) for every source state at
 * once: the minimum of a decision maker's payoff over what a coalition of the other decision makers
 * reaches, the aggregate every sanction check reads (docs/performance.md).
 *
 * <ul>
 *   <li>{@code legalSequences}/{@code legalImprovements}: the exact product-graph pass over (state,
 *       last mover) pairs, valid for any move graph (graph form, edited moves, packages);
 *   <li>{@code closure}/{@code closureImprovements}: the option-form pass (reversible classes, or
 *       improvement chains) the stability and coalition engines use.
 * </ul>
 *
 * For 20 options use single shots: {@code java -jar bench/target/benchmarks.jar ReachBenchmark -p
 * options=20 -bm ss -wi 1 -i 3}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class ReachBenchmark {
  @Param({"14", "17", "20"})
  public int options;

  @Param({"4"})
  public int dms;

  /** The coalition's size: its members are decision makers 2..size+1, the focal one is 1. */
  @Param({"3"})
  public int coalition;

  @Param({"1"})
  public long seed;

  private GraphModel model;
  private int[] members;
  private int[] values;

  @Setup
  public void prepare() {
    model =
        GraphModel.of(
            SyntheticModels.generate(SyntheticModels.Spec.of(dms, options, seed)).conflict());
    int size = Math.min(coalition, dms - 1);
    members = new int[size];
    for (int k = 0; k < size; k++) {
      members[k] = k + 1;
    }
    values = model.payoffs(0);
  }

  @Benchmark
  public int[][] legalSequences() {
    return LegalReach.minOverReach(model.moves(), members, LegalReach.MoveFilter.ALL, values);
  }

  @Benchmark
  public int[][] legalImprovements() {
    return LegalReach.minOverReach(model.moves(), members, model::improves, values);
  }

  @Benchmark
  public int[][] closure() {
    return LegalReach.minOverClosure(model, members, false, values);
  }

  @Benchmark
  public int[][] closureImprovements() {
    return LegalReach.minOverClosure(model, members, true, values);
  }
}
