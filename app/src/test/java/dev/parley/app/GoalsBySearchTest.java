package dev.parley.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.core.inverse.PreferenceSpace;
import dev.parley.core.inverse.TargetCheck;
import dev.parley.core.progress.Progress;
import dev.parley.core.stability.Concept;
import dev.parley.core.synthetic.SyntheticModels;
import dev.parley.io.Format;
import dev.parley.io.ModelWriter;
import dev.parley.report.GoalsReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One SEQ equilibrium goal in a model too large to write its SEQ conditions out (5,192 states):
 * answered by the smallest-change search within the bound instead of refused. Every change it
 * reports makes the state a SEQ equilibrium at the distance it says; "undecided" says how far it
 * searched.
 */
class GoalsBySearchTest {
  @Test
  void oneLookAheadGoalIsAnsweredWithinTheBound(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("g14.yaml");
    Files.writeString(
        file,
        ModelWriter.write(
            SyntheticModels.generate(SyntheticModels.Spec.of(4, 14, 7)).conflict(), Format.YAML));
    ModelInput in = ModelInput.load(file);
    PreferenceSpace space = PreferenceSpace.wholeRankings(in.model);
    int[][] current = space.payoffs(space.identity());
    int bound = 2;
    int already = 0;
    int changed = 0;
    int undecided = 0;
    for (int s = 0; s < 200 && (already == 0 || changed == 0 || undecided == 0); s += 7) {
      GoalsReport r =
          Goals.run(
              in,
              Goals.Request.of(List.of(Integer.toString(s + 1)), List.of()).withBound(bound),
              Progress.NONE);
      JsonNode j = GoalsTest.goals(r);
      String where = "state " + (s + 1) + ": " + j;
      assertThat(j.path("conditionsTooMany").asText()).as(where).contains("SEQ conditions");
      TargetCheck check = new TargetCheck(in.model, s);
      if (r.outcome().decided()) {
        assertThat(r.outcome().achievable()).as(where).isTrue();
        int[][] orders = r.nearest().orders();
        assertThat(check.equilibrium(Concept.SEQ, space.payoffs(orders))).as(where).isTrue();
        assertThat(PreferenceSpace.distance(orders)).as(where).isEqualTo(r.nearest().distance());
        if (r.nearest().distance() == 0) {
          assertThat(check.equilibrium(Concept.SEQ, current)).as(where).isTrue();
          already++;
        } else {
          changed++;
        }
      } else {
        assertThat(check.equilibrium(Concept.SEQ, current)).as(where).isFalse();
        assertThat(j.path("searchedUpTo").asInt()).as(where).isEqualTo(bound);
        assertThat(j.path("achievable").isNull()).as(where).isTrue();
        assertThat(r.render(dev.parley.report.Doc.Style.TEXT))
            .as(where)
            .contains("Undecided: no change of at most 2 swaps achieves the goal.")
            .contains("Raise the bound");
        undecided++;
      }
    }
    assertThat(already).as("goals that already hold").isPositive();
    assertThat(changed).as("goals reached by a change").isPositive();
    assertThat(undecided).as("goals undecided within the bound").isPositive();
  }
}
