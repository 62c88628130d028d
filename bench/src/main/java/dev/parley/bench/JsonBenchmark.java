package dev.parley.bench;

import dev.parley.core.graph.GraphModel;
import dev.parley.report.AnalysisRun;
import dev.parley.report.BriefingRun;
import dev.parley.report.CompactJson;
import java.io.IOException;
import java.io.Writer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Setup;

/**
 * Writing the JSON result of {@code parley analyze} for an analysis made once per trial: the
 * compact document (the default) and the full one ({@code --pretty}), to a writer that discards
 * them. The analysis itself is {@code analysis}.
 *
 * <p>{@code java -jar bench/target/benchmarks.jar JsonBenchmark -p options=20 -bm ss -wi 1 -i 3
 * -jvmArgs -Xmx6g}
 */
public class JsonBenchmark extends SyntheticModelBenchmark {
  private GraphModel model;
  private AnalysisRun run;

  @Setup
  public void prepare() {
    model = GraphModel.of(syntheticConflict());
    run = analysis();
  }

  @Benchmark
  public AnalysisRun analysis() {
    return BriefingRun.of(model, "synthetic.yaml", "0".repeat(64)).build();
  }

  @Benchmark
  public void compact() throws IOException {
    CompactJson.write(run, Writer.nullWriter());
  }

  @Benchmark
  public void pretty() throws IOException {
    CompactJson.writePretty(run, Writer.nullWriter());
  }
}
