package dev.parley.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.graph.GraphModel;
import dev.parley.core.synthetic.SyntheticModels;
import dev.parley.io.ModelReader;
import dev.parley.io.TestFiles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Reports name no front end's controls: with the neutral hints no briefing carries a command-line
 * flag or a {@code parley} command, and the words a caller supplies are the words printed.
 */
class HintsTest {
  private static final Pattern FRONT_END = Pattern.compile("--[a-z]|'parley |parley [a-z]+ --");

  private static List<GraphModel> models() throws Exception {
    List<GraphModel> out = new ArrayList<>();
    for (Path p : TestFiles.examples()) {
      out.add(ModelReader.read(p).graphModel());
    }
    // large enough for the shortened tables and for margins left to the robustness analysis
    var big = SyntheticModels.generate(SyntheticModels.Spec.of(3, 9, 4));
    out.add(GraphModel.of(big.conflict()));
    out.add(
        ModelReader.read(TestFiles.resourcePath("briefing/complete-graph-5.yaml")).graphModel());
    return out;
  }

  @Test
  void neutralBriefingsNameNoCommandOrFlag() throws Exception {
    int hinted = 0;
    for (GraphModel g : models()) {
      String text =
          new Briefing(BriefingRun.of(g, "m.yaml", "0".repeat(64)).build())
              .render(Doc.Style.TEXT)
              .replaceAll("\\s+", " ");
      String description = g.conflict().description();
      if (description != null) {
        // the model's own words (a generated model says how it was generated) are not the report's
        text = text.replace(description.replaceAll("\\s+", " "), "");
      }
      assertThat(FRONT_END.matcher(text).find())
          .as("a front end's words in the briefing of %s", g.conflict().title())
          .isFalse();
      for (Hint h : Hint.values()) {
        if (text.contains(h.neutral())) {
          hinted++;
        }
      }
    }
    assertThat(hinted).as("hints the briefings used").isGreaterThanOrEqualTo(3);
  }

  @Test
  void theCallersWordsArePrinted() throws Exception {
    Hints mine = Hints.NEUTRAL;
    for (Hint h : Hint.values()) {
      mine = mine.with(h, "ask Hint " + h.name());
    }
    int used = 0;
    for (GraphModel g : models()) {
      String text =
          new Briefing(BriefingRun.of(g, "m.yaml", "0".repeat(64)).hints(mine).build())
              .hints(mine)
              .render(Doc.Style.TEXT)
              .replaceAll("\\s+", " ");
      for (Hint h : Hint.values()) {
        assertThat(text).doesNotContain(h.neutral());
        if (text.contains("ask Hint " + h.name())) {
          used++;
        }
      }
    }
    assertThat(used).as("the caller's hints printed").isGreaterThanOrEqualTo(3);
  }

  @Test
  void theInverseReportPassesTheCallersWordsToTheConditionsItWrites() throws Exception {
    GraphModel g =
        ModelReader.read(TestFiles.resourcePath("briefing/complete-graph-5.yaml")).graphModel();
    var space = dev.parley.core.inverse.PreferenceSpace.wholeRankings(g);
    InverseReport r =
        InverseReport.compute(
            g,
            0,
            List.of(dev.parley.core.stability.Concept.SEQ),
            space,
            space,
            5,
            2,
            2_000_000,
            "m.yaml",
            dev.parley.core.progress.Progress.NONE);
    String neutral = r.render(Doc.Style.TEXT).replaceAll("\\s+", " ");
    assertThat(neutral).as("a clause with more ways than it shows").contains(" more ways (");
    String mine =
        r.hints(Hints.NEUTRAL.with(Hint.EVERY_SANCTION, "ask Hint EVERY_SANCTION"))
            .render(Doc.Style.TEXT)
            .replaceAll("\\s+", " ");
    assertThat(mine)
        .contains("more ways (ask Hint EVERY_SANCTION)")
        .doesNotContain(Hint.EVERY_SANCTION.neutral());
  }
}
