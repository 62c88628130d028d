package dev.parley.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.graph.GraphModel;
import dev.parley.core.inverse.PreferenceSpace;
import dev.parley.core.inverse.TargetConditions;
import dev.parley.core.progress.Progress;
import dev.parley.core.stability.Concept;
import dev.parley.core.synthetic.SyntheticModels;
import java.util.List;
import org.junit.jupiter.api.Test;

/** On a large model the text summarises a move's GMR sanctions; the JSON keeps every one. */
class InverseSummaryTest {
  @Test
  void manyGmrSanctionsAreCountedInTheTextAndListedInTheJson() {
    GraphModel g =
        GraphModel.of(SyntheticModels.generate(SyntheticModels.Spec.of(4, 12, 7)).conflict());
    int summarised = 0;
    for (int target = 0; target < 40; target++) {
      InverseReport r =
          InverseReport.compute(
              g,
              target,
              List.of(Concept.GMR),
              PreferenceSpace.fixed(g),
              PreferenceSpace.fixed(g),
              0,
              0,
              1,
              "synthetic.yaml",
              Progress.NONE);
      TargetConditions tc = r.results().get(0).conditions();
      int most = 0;
      for (int d = 0; d < g.dmCount(); d++) {
        for (TargetConditions.Clause cl : tc.clauses(d)) {
          most = Math.max(most, cl.sanctions().size());
        }
      }
      String text = r.render(Doc.Style.TEXT);
      String json = r.tree().toString();
      if (most > MediatorText.ENDS_SHOWN) {
        summarised++;
        assertThat(text).contains(" more (all in the JSON result)");
        assertThat(json.split("\"end\"", -1).length - 1).isGreaterThanOrEqualTo(most);
      } else {
        assertThat(text).doesNotContain(" more (all in the JSON result)");
      }
    }
    assertThat(summarised).isGreaterThan(5);
    // a tie group of more than a dozen states is written as its first twelve and a count
    MediatorText words = new MediatorText(g);
    int[] big = new int[40];
    for (int k = 0; k < big.length; k++) {
      big[k] = k;
    }
    assertThat(words.tier(big)).endsWith(", 12, … 28 more]").startsWith("[1, 2, ");
    assertThat(words.tier(java.util.Arrays.copyOf(big, 12))).endsWith(", 12]");
  }
}
