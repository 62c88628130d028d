package dev.parley.core.stability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.EachSeed;
import dev.parley.core.RandomModels;
import dev.parley.core.graph.GraphModel;
import dev.parley.core.model.Conflict;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.LongStream;

/** The engine agrees with the literal reference on every concept, decision maker and state. */
class EngineAgreementTest {
  static final int SEEDS = 400;

  static LongStream seeds() {
    return RandomModels.seeds(SEEDS);
  }

  @EachSeed
  void engineAgreesWithReference(long seed) {
    Conflict conflict = RandomModels.conflict(seed);
    GraphModel model = GraphModel.of(conflict);
    EnumSet<Concept> all = EnumSet.allOf(Concept.class);
    StabilityResult engine = new StabilityEngine().analyze(model, all);
    StabilityResult reference = new ReferenceSolver().analyze(model, all);

    List<String> mismatches = new ArrayList<>();
    for (Concept c : all) {
      for (int i = 0; i < model.dmCount(); i++) {
        for (int s = 0; s < model.stateCount(); s++) {
          boolean e = engine.isStable(c, i, s);
          boolean r = reference.isStable(c, i, s);
          if (e != r) {
            mismatches.add(
                String.format(
                    "seed %d, %s, DM %s, state %d (%s): engine says %s, reference says %s",
                    seed,
                    c.label(),
                    conflict.decisionMakers().get(i).id(),
                    s + 1,
                    model.space().yn(s),
                    e ? "stable" : "unstable",
                    r ? "stable" : "unstable"));
          }
        }
      }
    }
    assertThat(mismatches).as("seed %d: engine versus reference", seed).isEmpty();

    // asking for fewer concepts changes nothing (the engine skips work it does not need)
    for (Concept c : all) {
      StabilityResult alone = new StabilityEngine().analyze(model, EnumSet.of(c));
      assertThat(alone.concepts()).containsExactly(c);
      for (int i = 0; i < model.dmCount(); i++) {
        assertThat(alone.stableFor(c, i))
            .as("seed %d, %s analysed alone, DM %d", seed, c.label(), i + 1)
            .isEqualTo(engine.stableFor(c, i));
      }
    }
  }
}
