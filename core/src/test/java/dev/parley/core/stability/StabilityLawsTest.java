package dev.parley.core.stability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.EachSeed;
import dev.parley.core.RandomModels;
import dev.parley.core.graph.GraphModel;
import dev.parley.core.reach.LegalReach;
import java.util.Arrays;
import java.util.BitSet;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The relationships among the concepts (docs/semantics.md §1.6) hold on random models, and the
 * models separate the concepts (each inclusion is strict somewhere), so the laws are tested, not
 * assumed.
 */
class StabilityLawsTest {
  static LongStream seeds() {
    return RandomModels.seeds(EngineAgreementTest.SEEDS);
  }

  /** Seeds of random models with exactly two decision makers. */
  static LongStream twoPartySeeds() {
    return RandomModels.seedsWhere(100, s -> RandomModels.conflict(s).dmCount() == 2);
  }

  /** For each inclusion, how many (model, decision maker) pairs had it strict. */
  private static final java.util.Map<String, Integer> STRICT =
      new java.util.concurrent.ConcurrentHashMap<>();

  @org.junit.jupiter.api.AfterAll
  static void theModelsSeparatedTheConcepts() {
    for (String law :
        java.util.List.of(
            "Nash ⊆ SEQ",
            "SEQ ⊆ GMR",
            "Nash ⊆ SMR",
            "SMR ⊆ GMR",
            "Nash ⊆ SIM",
            "SEQ ∪ SIM ⊆ SEQ+SIM")) {
      assertThat(STRICT.getOrDefault(law, 0)).as("models where " + law + " is strict").isPositive();
    }
  }

  @EachSeed
  void inclusionsHold(long seed) {
    GraphModel model = RandomModels.model(seed);
    StabilityResult r = new StabilityEngine().analyze(model, EnumSet.allOf(Concept.class));
    BitSet[] perDmUnion = ReferenceSolver.seqSimPerDmUnion(model);
    for (int i = 0; i < model.dmCount(); i++) {
      int dmIndex = i;
      String dm = "seed " + seed + ", DM " + (i + 1) + ": ";
      List<ConceptLaws> laws = ConceptLaws.all(c -> r.stableFor(c, dmIndex));
      for (ConceptLaws x : laws) {
        assertSubset(dm, x.law(), x.sub(), x.sup());
      }
      BitSet seqOrSim = laws.get(laws.size() - 1).sub();
      BitSet seqSim = laws.get(laws.size() - 1).sup();
      assertSubset(dm, "per-DM SEQ+SIM ⊆ per-UI SEQ+SIM", perDmUnion[i], seqSim);
      assertThat(perDmUnion[i]).as(dm + "per-DM union is SEQ ∪ SIM").isEqualTo(seqOrSim);
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("twoPartySeeds")
  void withTwoDecisionMakersTheOpponentsReachIsOneMove(long seed) {
    GraphModel model = RandomModels.model(seed);
    assertThat(model.dmCount()).isEqualTo(2);
    ReferenceSolver.Literal ref = ReferenceSolver.literal(model);
    int m = model.stateCount();
    for (int i = 0; i < 2; i++) {
      int j = 1 - i;
      // indicator value arrays: the minimum over R_{N-i}(s) of the t-th is 0 iff t is reachable
      int[][] indicators = new int[m][m];
      for (int t = 0; t < m; t++) {
        Arrays.fill(indicators[t], 1);
        indicators[t][t] = 0;
      }
      int[][] mins =
          LegalReach.minOverReach(
              model.moves(), new int[] {j}, LegalReach.MoveFilter.ALL, indicators);
      for (int s = 0; s < m; s++) {
        BitSet oneMove = new BitSet();
        for (int q : model.moves().moves(j, s)) {
          oneMove.set(q);
        }
        BitSet reach = new BitSet();
        for (int t = 0; t < m; t++) {
          if (mins[t][s] == 0) {
            reach.set(t);
          }
        }
        String what = "seed " + seed + ", R_{N-" + (i + 1) + "}(" + (s + 1) + ")";
        assertThat(reach).as(what + " by LegalReach").isEqualTo(oneMove);
        assertThat(ref.reach(ref.opponents(i), s, false))
            .as(what + " by the reference")
            .isEqualTo(ref.moves(j, s));
      }
    }
  }

  private static void assertSubset(String where, String law, BitSet sub, BitSet sup) {
    BitSet outside = (BitSet) sub.clone();
    outside.andNot(sup);
    assertThat(outside.stream().map(s -> s + 1).toArray())
        .as(where + law + ": states outside")
        .isEmpty();
    if (!sub.equals(sup)) {
      STRICT.merge(law, 1, Integer::sum);
    }
  }
}
