package dev.parley.cli;

import dev.parley.core.coalition.CoalitionConcept;
import dev.parley.core.coalition.CoalitionEngine;
import dev.parley.core.coalition.Deterrence;
import dev.parley.core.graph.GraphModel;
import dev.parley.core.inverse.PreferenceSpace;
import dev.parley.core.stability.Concept;
import dev.parley.core.uncertainty.Scenario;
import dev.parley.core.uncertainty.Sweep;
import dev.parley.report.AnalysisRun;
import dev.parley.report.BriefingRun;
import dev.parley.report.CompactJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

/**
 * What {@code parley bench --task} times besides stability: one entry per task, each with its
 * columns and how one run of a column is made on a generated model. To add a task, add an entry.
 */
enum BenchTask {
  /** The stability concepts ({@code --concepts}); timed by {@link BenchCommand} itself. */
  stability("the stability concepts of --concepts (default)", List.of()) {
    @Override
    Session open(GraphModel model) {
      throw new IllegalStateException("timed by BenchCommand");
    }
  },

  /** Every coalition, the four coalition concepts, "some member" ({@code parley coalitions}). */
  coalitions(
      "parley coalitions: every coalition, CNash, CGMR, CSMR and CSEQ, some member",
      List.of("coalitions")) {
    @Override
    Session open(GraphModel model) {
      return column ->
          new CoalitionEngine()
              .analyze(model, EnumSet.allOf(CoalitionConcept.class), Deterrence.SOME_MEMBER);
    }
  },

  /**
   * A preference sweep of {@link #SWEEP_SAMPLES} samples over three scenarios (as modelled, any
   * ranking of the first decision maker, any of the second), Nash, GMR, SMR and SEQ.
   */
  sweep(
      "parley sweep: "
          + BenchTask.SWEEP_SAMPLES
          + " samples (the model's preferences, any ranking of D1, any of D2)",
      List.of("sweep")) {
    @Override
    Session open(GraphModel model) {
      List<Scenario> scenarios =
          List.of(
              new Scenario("as modelled", 1, Map.of()),
              new Scenario("D1 open", 1, Map.of(0, anyRanking(model, 0))),
              new Scenario("D2 open", 1, Map.of(1, anyRanking(model, 1))));
      List<Concept> concepts = List.of(Concept.NASH, Concept.GMR, Concept.SMR, Concept.SEQ);
      Sweep.Options o = new Sweep.Options(concepts, SWEEP_SAMPLES, 1, 0);
      return column -> Sweep.run(model, scenarios, o);
    }
  },

  /**
   * The JSON result of {@code parley analyze}: the analysis it reports (the six concepts and what
   * the document adds), then writing it compact and with --pretty, to nowhere.
   */
  json(
      "parley analyze --format json: the analysis, then writing the compact and --pretty document",
      List.of("analysis", "compact", "pretty")) {
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

  private final String description;
  private final List<String> columns;

  BenchTask(String description, List<String> columns) {
    this.description = description;
    this.columns = columns;
  }

  String description() {
    return description;
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

  /** Any order of decision maker {@code dm}'s tie groups. */
  private static Scenario.Alternative anyRanking(GraphModel model, int dm) {
    return new Scenario.Alternative.AnyRanking(
        0, PreferenceSpace.tiers(model, dm).length - 1, List.of());
  }
}
