package dev.parley.core.coalition;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.EachSeed;
import dev.parley.core.RandomModels;
import dev.parley.core.graph.GraphModel;
import dev.parley.core.stability.Concept;
import dev.parley.core.stability.ConceptLaws;
import dev.parley.core.stability.StabilityEngine;
import dev.parley.core.stability.StabilityResult;
import java.util.BitSet;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The laws of coalition analysis (docs/semantics.md §1.6, §1.7) on random models: singleton
 * coalitions and the all-singletons structure give back the individual concepts; coalition
 * equilibria lie inside the individual ones; the coalition concepts nest like the individual ones;
 * "every member" deterrence is stricter than "some member"; the grand coalition has no sanctioner.
 */
class CoalitionLawsTest {
  static LongStream seeds() {
    return CoalitionAgreementTest.seeds();
  }

  @EachSeed
  void coalitionLaws(long seed) {
    GraphModel model = RandomModels.model(seed);
    int n = model.dmCount();
    StabilityResult individual = new StabilityEngine().analyze(model, EnumSet.allOf(Concept.class));
    EnumSet<CoalitionConcept> all = EnumSet.allOf(CoalitionConcept.class);
    CoalitionResult some = new CoalitionEngine().analyze(model, all, Deterrence.SOME_MEMBER);
    CoalitionResult every = new CoalitionEngine().analyze(model, all, Deterrence.ALL_MEMBERS);
    String at = "seed " + seed + ": ";
    for (CoalitionConcept c : CoalitionConcept.values()) {
      Concept ind = c.individual();
      for (int i = 0; i < n; i++) {
        Coalition single = Coalition.singleton(i);
        assertThat(some.stableFor(c, single))
            .as(at + c.label() + " for {" + (i + 1) + "} is " + ind.label())
            .isEqualTo(individual.stableFor(ind, i));
        assertThat(every.stableFor(c, single))
            .as(at + c.label() + " for {" + (i + 1) + "}, every member")
            .isEqualTo(individual.stableFor(ind, i));
      }
      assertSubset(
          at + c.label() + " equilibria ⊆ " + ind.label(),
          some.equilibria(c),
          individual.equilibria(ind));
      assertSubset(
          at + c.label() + " equilibria (every member) ⊆ " + ind.label(),
          every.equilibria(c),
          individual.equilibria(ind));
      for (Coalition h : some.coalitions()) {
        assertSubset(
            at + c.label() + " for " + h + ": every member ⊆ some member",
            every.stableFor(c, h),
            some.stableFor(c, h));
      }
      // the grand coalition has no sanctioner: every concept is CNash
      assertThat(some.stableFor(c, Coalition.all(n)))
          .as(at + c.label() + " for N")
          .isEqualTo(some.stableFor(CoalitionConcept.CNASH, Coalition.all(n)));
    }
    for (CoalitionResult r : List.of(some, every)) {
      for (Coalition h : r.coalitions()) {
        String w = at + r.deterrence().id() + ", " + h + ": ";
        for (ConceptLaws x :
            ConceptLaws.sequential("C", c -> r.stableFor(CoalitionConcept.of(c), h))) {
          assertSubset(w + x.law(), x.sub(), x.sup());
        }
      }
    }
  }

  @EachSeed
  void structureLaws(long seed) {
    GraphModel model = RandomModels.model(seed);
    int n = model.dmCount();
    EnumSet<Concept> concepts = EnumSet.allOf(Concept.class);
    StabilityResult individual = new StabilityEngine().analyze(model, concepts);
    StructureResult singles =
        new StructureEngine().analyze(model, CoalitionStructure.singletons(n), concepts);
    StructureResult grand =
        new StructureEngine()
            .analyze(model, CoalitionStructure.of(n, List.of(Coalition.all(n))), concepts);
    StructureResult random =
        new StructureEngine().analyze(model, CoalitionAgreementTest.partition(seed, n), concepts);
    for (Concept c : concepts) {
      for (int i = 0; i < n; i++) {
        assertThat(singles.stableFor(c, i))
            .as("seed %d, %s, all singletons, DM %d", seed, c.label(), i + 1)
            .isEqualTo(individual.stableFor(c, i));
      }
      assertThat(singles.equilibria(c)).isEqualTo(individual.equilibria(c));
      // one block of everybody: nobody sanctions, so every concept is Nash for N
      assertThat(grand.stableFor(c, 0))
          .as("seed %d, %s, one block", seed, c.label())
          .isEqualTo(grand.stableFor(Concept.NASH, 0));
    }
    for (int b = 0; b < random.structure().blockCount(); b++) {
      String w = "seed " + seed + ", block " + random.structure().block(b) + ": ";
      int block = b;
      for (ConceptLaws x : ConceptLaws.all(c -> random.stableFor(c, block))) {
        assertSubset(w + x.law(), x.sub(), x.sup());
      }
    }
  }

  /**
   * In option form a legal sequence of the members' moves nets out to one joint move of their block
   * (or back to the start): R_H(s) ⊆ R_B(s) ∪ {s} for a block B = H (docs/coalitions.md §2).
   */
  static LongStream someSeeds() {
    return seeds().limit(100);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("someSeeds")
  void sequencesOfMembersMovesAreJointMoves(long seed) {
    GraphModel model = RandomModels.model(seed);
    CoalitionStructure st = CoalitionAgreementTest.partition(seed, model.dmCount());
    CoalitionReference ref = new CoalitionReference(model);
    CoalitionReference.Blocks blocks = ref.new Blocks(st);
    for (int b = 0; b < st.blockCount(); b++) {
      for (int s = 0; s < model.stateCount(); s++) {
        BitSet joint = new BitSet();
        for (int q : blocks.moves[b][s]) {
          joint.set(q);
        }
        joint.set(s);
        BitSet seq = ref.literal().reachBits(CoalitionReference.set(st.block(b)), s, false);
        assertSubset("seed " + seed + ", " + st.block(b) + ", from " + (s + 1), seq, joint);
      }
    }
  }

  static void assertSubset(String law, BitSet sub, BitSet sup) {
    BitSet outside = (BitSet) sub.clone();
    outside.andNot(sup);
    assertThat(outside.stream().map(s -> s + 1).toArray()).as(law + ": states outside").isEmpty();
  }
}
