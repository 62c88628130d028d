package dev.parley.cli;

import dev.parley.app.BenchWorkloads;
import dev.parley.core.graph.GraphModel;
import dev.parley.report.AnalysisRun;
import dev.parley.report.BriefingRun;
import dev.parley.report.CompactJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

/**
 * What {@code parley bench --task} times besides stability: one entry per task, each with its
 * columns and how one run of a column is made on a generated model. To add a task, add an entry.
 */
enum BenchTask {
  /** The stability concepts ({@code --concepts}); timed by {@link BenchCommand} itself. */
  stability(List.of()) {
    @Override
    Session open(GraphModel model) {
      throw new IllegalStateException("timed by BenchCommand");
    }
  },

  /** Every coalition, the four coalition concepts, "some member" ({@code parley coalitions}). */
  coalitions(List.of("coalitions")) {
    @Override
    Session open(GraphModel model) {
      return column -> BenchWorkloads.everyCoalition(model);
    }
  },

  /**
   * A preference sweep of {@link #SWEEP_SAMPLES} samples over three scenarios (as modelled, any
   * ranking of the first decision maker, any of the second), Nash, GMR, SMR and SEQ.
   */
  sweep(List.of("sweep")) {
    @Override
    Session open(GraphModel model) {
      return column -> BenchWorkloads.sweep(model, SWEEP_SAMPLES);
    }
  },

  /**
   * The JSON result of {@code parley analyze}: the analysis it reports (the six concepts and what
   * the document adds), then writing it compact and with --pretty, to nowhere.
   */
  json(List.of("analysis", "compact", "pretty")) {
    @Override
    Session open(GraphModel model) {
      AnalysisRun[] run = {null};
      return column -> {
        if (column == 0 || run[0] == null) {
          run[0] = BriefingRun.of(model, "synthetic.yaml", "0".repeat(64)).build();
        }
        try {
          if (column == 1) {
            CompactJson.write(run[0], Writer.nullWriter());
          } else if (column == 2) {
            CompactJson.writePretty(run[0], Writer.nullWriter());
          }
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      };
    }
  };

  /** The samples of the {@link #sweep} task. */
  static final int SWEEP_SAMPLES = 1_000;

  private final List<String> columns;

  BenchTask(List<String> columns) {
    this.columns = columns;
  }

  /** The timed columns (for {@link #stability}: none here, they come from --concepts). */
  List<String> columns() {
    return columns;
  }

  /** What one model's runs share; each {@link Session#run} is one timed run of a column. */
  interface Session {
    void run(int column);
  }

  /** Prepares the runs of one generated model. */
  abstract Session open(GraphModel model);
}
