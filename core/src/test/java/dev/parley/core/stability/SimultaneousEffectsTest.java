package dev.parley.core.stability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.RandomModels;
import dev.parley.core.model.GraphModel;
import dev.parley.core.move.GroupLayout;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * SIM's two ways of finding a simultaneous sanction agree on every improvement: listing the
 * opponents' distinct joint effects once per state (with improvements read from the layouts, as the
 * engine does), and searching the combinations improvement by improvement (as explanations do, and
 * the engine above {@link SimultaneousSanctions#EFFECTS_LIMIT} combinations).
 */
class SimultaneousEffectsTest {
  static LongStream seeds() {
    return RandomModels.seeds(300);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void effectsAndSearchAgree(long seed) {
    GraphModel model = GraphModel.of(RandomModels.conflict(seed));
    if (model.isGraphForm()) {
      return;
    }
    GroupLayout[] layouts = GroupLayout.ofDecisionMakers(model.moves(), model::payoffs);
    for (int i = 0; i < model.dmCount(); i++) {
      SimultaneousSanctions listed = new SimultaneousSanctions(model, i, layouts);
      SimultaneousSanctions searched = new SimultaneousSanctions(model, i);
      searched.effectsLimit = 0;
      for (int s = 0; s < model.stateCount(); s++) {
        for (int s1 : model.moves().moves(i, s)) {
          if (!model.improves(i, s, s1)) {
            continue;
          }
          assertThat(listed.sanctioned(s, s1))
              .as("seed %d, DM %d, %d -> %d", seed, i + 1, s + 1, s1 + 1)
              .isEqualTo(searched.sanctioned(s, s1))
              .isEqualTo(searched.findCombination(s, s1) != null);
        }
      }
    }
  }
}
