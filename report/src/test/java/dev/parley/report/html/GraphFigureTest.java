package dev.parley.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.graph.GraphModel;
import dev.parley.io.LoadedModel;
import dev.parley.io.ModelReader;
import dev.parley.io.TestFiles;
import dev.parley.report.AnalysisRun;
import dev.parley.report.BriefingRun;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class GraphFigureTest {
  static AnalysisRun run(String example) throws Exception {
    LoadedModel m = ModelReader.read(TestFiles.example(example));
    return BriefingRun.of(m.graphModel(), example, "0".repeat(64)).mediator(false).build();
  }

  private static int count(String s, String regex) {
    Matcher m = Pattern.compile(regex).matcher(s);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  @Test
  void drawsEveryStateAndEveryUnilateralImprovementWithTheMarks() throws Exception {
    AnalysisRun run = run("peace-talks-2026.yaml");
    GraphModel model = run.model();
    String html = GraphFigure.html(run, 1);
    int improvements = 0;
    for (int d = 0; d < model.dmCount(); d++) {
      for (int s = 0; s < model.stateCount(); s++) {
        for (int t : model.moves().moves(d, s)) {
          improvements += model.improves(d, s, t) ? 1 : 0;
        }
      }
    }
    assertThat(improvements).as("the model has improvements to draw").isGreaterThan(5);
    assertThat(count(html, "<path d=\"M[-0-9.]+,[-0-9.]+ Q")).isEqualTo(improvements);
    for (int s = 1; s <= model.stateCount(); s++) {
      assertThat(html).contains(">" + s + "</text>");
    }
    assertThat(html).contains(">capitulation</text>");
    // the status quo (state 1, war) is an equilibrium under Nash: a green ring and a gold one
    int sq = run.statusQuo();
    assertThat(run.result().equilibria(run.concepts().get(0)).get(sq)).isTrue();
    assertThat(html).contains("stroke=\"#2f855a\"").contains("stroke=\"#b7791f\"");
    assertThat(html).contains("Figure 1. The state graph: 15 states").contains("under Nash");
    for (var dm : model.conflict().decisionMakers()) {
      assertThat(html).contains("improvements of " + dm.name());
    }
  }

  @Test
  void theEllipseKeepsEveryPairOfBoxesApart() {
    double[] w = {40, 120, 60, 96, 44, 130, 40, 70, 40, 40, 52, 88, 61};
    double[] h = new double[w.length];
    for (int i = 0; i < h.length; i++) {
      h[i] = i % 3 == 0 ? 42 : 27;
    }
    double[][] at = GraphFigure.ellipse(w, h, 1.5, 18);
    double tight = Double.MAX_VALUE;
    for (int i = 0; i < w.length; i++) {
      for (int j = i + 1; j < w.length; j++) {
        double sx = Math.abs(at[i][0] - at[j][0]) - (w[i] + w[j]) / 2;
        double sy = Math.abs(at[i][1] - at[j][1]) - (h[i] + h[j]) / 2;
        assertThat(Math.max(sx, sy)).isGreaterThanOrEqualTo(18 - 1e-9);
        tight = Math.min(tight, Math.max(sx, sy));
      }
    }
    assertThat(tight)
        .as("no larger than it must be")
        .isCloseTo(18, org.assertj.core.data.Offset.offset(1e-6));
  }

  @Test
  void aModelTooLargeGetsNoFigure() throws Exception {
    // two decision makers with three options each: 64 states
    String text =
        "parley: 1\ntitle: Large\ndecisionMakers:\n"
            + "  - id: A\n    options: [{id: a1}, {id: a2}, {id: a3}]\n"
            + "    preferences:\n      statements: [a1, b1]\n"
            + "  - id: B\n    options: [{id: b1}, {id: b2}, {id: b3}]\n"
            + "    preferences:\n      statements: [b2, a2]\n";
    LoadedModel m = ModelReader.read(text, "large.yaml", dev.parley.io.Format.YAML);
    AnalysisRun run =
        BriefingRun.of(m.graphModel(), "large.yaml", "0".repeat(64)).mediator(false).build();
    assertThat(run.model().stateCount()).isGreaterThan(GraphFigure.STATE_LIMIT);
    assertThat(GraphFigure.html(run, 1)).isEmpty();
  }
}
