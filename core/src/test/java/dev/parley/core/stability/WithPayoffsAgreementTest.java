package dev.parley.core.stability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.RandomModels;
import dev.parley.core.graph.GraphModel;
import dev.parley.core.model.PreferenceSpec;
import dev.parley.core.progress.Progress;
import java.util.EnumSet;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A model given other payoffs ({@link GraphModel#withPayoffs}, as the sweep and the mediator's
 * analyses do) is analysed as those payoffs say, under every concept: SIM must not take its
 * shortcut through the options the original statements mention, since the new payoffs may depend on
 * others. Checked against the literal reference on seeded random models whose preferences are
 * statements, and the shortcut is shown to matter on some of them.
 */
class WithPayoffsAgreementTest {
  @Test
  void otherPayoffsAreAnalysedAsTheySay() {
    EnumSet<Concept> all = EnumSet.allOf(Concept.class);
    int withStatements = 0;
    int differs = 0;
    for (long seed = 1; seed <= 200; seed++) {
      GraphModel model = GraphModel.of(RandomModels.conflict(seed));
      if (model.conflict().preferences().stream()
          .anyMatch(p -> p instanceof PreferenceSpec.Prioritization)) {
        withStatements++;
      }
      Random rnd = new Random(seed * 13 + 5);
      int[][] payoffs = new int[model.dmCount()][model.stateCount()];
      for (int[] row : payoffs) {
        for (int s = 0; s < row.length; s++) {
          row[s] = rnd.nextInt(5);
        }
      }
      GraphModel other = model.withPayoffs(payoffs);
      StabilityResult engine = new StabilityEngine(Progress.NONE).analyze(other, all);
      StabilityResult reference = new ReferenceSolver().analyze(other, all);
      StabilityResult original = new StabilityEngine(Progress.NONE).analyze(model, all);
      for (Concept c : all) {
        for (int d = 0; d < model.dmCount(); d++) {
          assertThat(engine.stableFor(c, d))
              .as("seed %d, %s, DM %d", seed, c.label(), d + 1)
              .isEqualTo(reference.stableFor(c, d));
          if (!original.stableFor(c, d).equals(engine.stableFor(c, d))) {
            differs++;
          }
        }
      }
    }
    assertThat(withStatements).as("random models with statements").isGreaterThan(50);
    assertThat(differs)
        .as("(model, concept, DM) whose verdicts the new payoffs change")
        .isGreaterThan(200);
  }
}
