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

  /**
   * The comparison above exercises both engines: under "some member" the closure algorithm, under
   * "every member" the state-by-state search, and the concepts it compares differ on many states.
   */
  @org.junit.jupiter.api.Test
  void theComparisonExercisesBothAlgorithmsAndEveryConcept() {
    int byClosures = 0;
    long nashVsGmr = 0;
    long gmrVsSmr = 0;
    long gmrVsSeq = 0;
    for (long seed : SMALL_SEEDS) {
      GraphModel model = RandomModels.model(seed);
      if (CoalitionEngine.byClosures(model, Deterrence.SOME_MEMBER)) {
        byClosures++;
      }
      assertThat(CoalitionEngine.byClosures(model, Deterrence.ALL_MEMBERS)).isFalse();
      CoalitionResult r =
          new CoalitionEngine()
              .analyze(model, EnumSet.allOf(CoalitionConcept.class), Deterrence.SOME_MEMBER);
      for (Coalition h : r.coalitions()) {
        BitSet gmr = r.stableFor(CoalitionConcept.CGMR, h);
        nashVsGmr += differ(r.stableFor(CoalitionConcept.CNASH, h), gmr);
        gmrVsSmr += differ(r.stableFor(CoalitionConcept.CSMR, h), gmr);
        gmrVsSeq += differ(r.stableFor(CoalitionConcept.CSEQ, h), gmr);
      }
    }
    assertThat(byClosures).as("models taking the closure path").isEqualTo(MODELS);
    assertThat(nashVsGmr).as("states CNash and CGMR tell apart").isGreaterThan(200);
    assertThat(gmrVsSmr).as("states CSMR and CGMR tell apart").isGreaterThan(20);
    assertThat(gmrVsSeq).as("states CSEQ and CGMR tell apart").isGreaterThan(20);
  }

  private static int differ(BitSet a, BitSet b) {
    BitSet x = (BitSet) a.clone();
    x.xor(b);
    return x.cardinality();
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
