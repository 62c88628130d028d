package dev.parley.core.coalition;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.EachSeed;
import dev.parley.core.RandomModels;
import dev.parley.core.graph.GraphModel;
import dev.parley.core.stability.Concept;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;

/**
 * The coalition engines agree with the literal reference on random models: coalition stability for
 * every coalition under both deterrence quantifiers, and a random fixed coalition structure under
 * all six concepts.
 */
class CoalitionAgreementTest {
  /** How many random models each test checks. */
  static final int MODELS = 220;

  /** The literal reference searches per coalition and source state, so models stay small. */
  static final int MAX_STATES = 64;

  /** The first {@link #MODELS} seeds whose models have at most {@link #MAX_STATES} states. */
  static LongStream seeds() {
    return LongStream.of(SMALL_SEEDS);
  }

  private static final long[] SMALL_SEEDS =
      RandomModels.seeds(1000)
          .filter(seed -> RandomModels.model(seed).stateCount() <= MAX_STATES)
          .limit(MODELS)
          .toArray();

  /** The random partition of seed {@code seed}: each decision maker joins a random block. */
  static CoalitionStructure partition(long seed, int n) {
    Random rnd = new Random(seed * 31 + 7);
    long[] masks = new long[n];
    for (int d = 0; d < n; d++) {
      masks[rnd.nextInt(n)] |= 1L << d;
    }
    List<Coalition> blocks = new ArrayList<>();
    for (long mask : masks) {
      if (mask != 0) {
        blocks.add(new Coalition(mask));
      }
    }
    return CoalitionStructure.of(n, blocks);
  }

  @EachSeed
  void everyCoalitionAgrees(long seed) {
    GraphModel model = RandomModels.model(seed);
    CoalitionReference ref = new CoalitionReference(model);
    List<String> mismatches = new ArrayList<>();
    for (Deterrence d : Deterrence.values()) {
      CoalitionResult engine =
          new CoalitionEngine().analyze(model, EnumSet.allOf(CoalitionConcept.class), d);
      for (CoalitionConcept c : CoalitionConcept.values()) {
        for (Coalition h : engine.coalitions()) {
          BitSet e = engine.stableFor(c, h);
          BitSet r = ref.stableFor(c, h, d);
          if (!e.equals(r)) {
            mismatches.add(
                String.format(
                    "seed %d, %s, %s, H = %s: engine %s, reference %s",
                    seed, c.label(), d.id(), h, e, r));
          }
        }
      }
    }
    assertThat(mismatches).isEmpty();
  }

  @EachSeed
  void fixedStructureAgrees(long seed) {
    GraphModel model = RandomModels.model(seed);
    CoalitionStructure st = partition(seed, model.dmCount());
    CoalitionReference.Blocks ref = new CoalitionReference(model).new Blocks(st);
    StructureResult engine = new StructureEngine().analyze(model, st, EnumSet.allOf(Concept.class));
    List<String> mismatches = new ArrayList<>();
    for (Concept c : Concept.values()) {
      for (int b = 0; b < st.blockCount(); b++) {
        BitSet e = engine.stableFor(c, b);
        BitSet r = ref.stableFor(c, b);
        if (!e.equals(r)) {
          mismatches.add(
              String.format(
                  "seed %d, %s, structure %s, block %s: engine %s, reference %s",
                  seed, c.label(), st, st.block(b), e, r));
        }
      }
    }
    assertThat(mismatches).isEmpty();
    // asking for one concept alone changes nothing
    for (Concept c : Concept.values()) {
      StructureResult alone = new StructureEngine().analyze(model, st, EnumSet.of(c));
      for (int b = 0; b < st.blockCount(); b++) {
        assertThat(alone.stableFor(c, b)).isEqualTo(engine.stableFor(c, b));
      }
    }
  }
}
