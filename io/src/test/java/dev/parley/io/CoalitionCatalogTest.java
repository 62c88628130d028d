package dev.parley.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.coalition.Coalition;
import dev.parley.core.coalition.CoalitionConcept;
import dev.parley.core.coalition.CoalitionEngine;
import dev.parley.core.coalition.CoalitionExplainer;
import dev.parley.core.coalition.CoalitionExplanation;
import dev.parley.core.coalition.CoalitionGains;
import dev.parley.core.coalition.CoalitionResult;
import dev.parley.core.coalition.CoalitionStructure;
import dev.parley.core.coalition.Deterrence;
import dev.parley.core.coalition.JointMove;
import dev.parley.core.coalition.StructureEngine;
import dev.parley.core.coalition.StructureReach;
import dev.parley.core.coalition.StructureResult;
import dev.parley.core.evolution.ReachTree;
import dev.parley.core.graph.GraphModel;
import dev.parley.core.stability.Concept;
import dev.parley.core.stability.StabilityEngine;
import dev.parley.core.stability.StabilityResult;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The published coalition and status-quo statements about Elmira
 * (src/test/resources/cases/elmira-12.json, {@code published.handoutStatements}, from the GMCR+
 * handout §5.2–5.3), on examples/elmira.yaml, whose numbering is the case's. States are 1-based in
 * the messages, 0-based in the code.
 */
class CoalitionCatalogTest {
  private static final int MOE = 0;
  private static final int UNIROYAL = 1;
  private static final int LG = 2;
  private static final EnumSet<Concept> STANDARD =
      EnumSet.of(Concept.NASH, Concept.GMR, Concept.SMR, Concept.SEQ);

  private static GraphModel model;
  private static CoalitionStructure moeWithUniroyal;

  @BeforeAll
  static void load() throws Exception {
    model = ModelReader.read(TestFiles.example("elmira.yaml")).graphModel();
    assertThat(model.conflict().decisionMakers().stream().map(d -> d.id()).toList())
        .containsExactly("MoE", "Uniroyal", "LG");
    moeWithUniroyal =
        CoalitionStructure.parse("[MoE,Uniroyal],LG", model.conflict().decisionMakers());
  }

  private static int state(int number) {
    return number - 1;
  }

  @Test
  void state7IsAnEquilibriumWithoutCoalitions() {
    StabilityResult r = new StabilityEngine().analyze(model, EnumSet.allOf(Concept.class));
    for (Concept c : Concept.values()) {
      assertThat(r.equilibria(c).get(state(7))).as(c.label()).isTrue();
    }
    // the all-singletons structure says the same
    StructureResult singles =
        new StructureEngine().analyze(model, CoalitionStructure.singletons(3), STANDARD);
    for (Concept c : STANDARD) {
      assertThat(singles.equilibria(c)).as(c.label()).isEqualTo(r.equilibria(c));
    }
  }

  @Test
  void withCoalitionMoeUniroyalState7IsNoLongerAnEquilibrium() {
    assertThat(moeWithUniroyal.blocks())
        .containsExactly(Coalition.of(MOE, UNIROYAL), Coalition.singleton(LG));
    StructureResult r =
        new StructureEngine().analyze(model, moeWithUniroyal, EnumSet.allOf(Concept.class));
    for (Concept c : Concept.values()) {
      assertThat(r.equilibria(c).get(state(7))).as(c.label()).isFalse();
      assertThat(r.isStable(c, 0, state(7))).as(c.label() + " for MoE+Uniroyal").isFalse();
      assertThat(r.isStable(c, 1, state(7))).as(c.label() + " for LG").isTrue();
    }
    // why: the joint improvement 7 -> 10, which LG's only answer (10 -> 4) does not deter
    CoalitionExplanation e =
        new CoalitionExplainer(model).explain(Concept.GMR, moeWithUniroyal, 0, state(7));
    assertThat(e.stable()).isFalse();
    assertThat(e.escape().target()).isEqualTo(state(10));
    assertThat(e.escape().path())
        .containsExactly(new JointMove(Coalition.of(MOE, UNIROYAL), state(7), state(10)));

    // coalition stability for every coalition: {MoE, Uniroyal} is not stable at 7 under any
    // coalition concept, so 7 is no coalition equilibrium
    CoalitionResult cr =
        new CoalitionEngine()
            .analyze(model, EnumSet.allOf(CoalitionConcept.class), Deterrence.SOME_MEMBER);
    for (CoalitionConcept c : CoalitionConcept.values()) {
      assertThat(cr.isStable(c, Coalition.of(MOE, UNIROYAL), state(7))).as(c.label()).isFalse();
      assertThat(cr.equilibria(c).get(state(7))).as(c.label()).isFalse();
    }
  }

  @Test
  void fromTheStatusQuoOnlyLocalGovernmentImprovesTo7() {
    int sq = state(1);
    List<String> uis = new ArrayList<>();
    for (int d = 0; d < 3; d++) {
      for (int q : model.moves().moves(d, sq)) {
        if (model.improves(d, sq, q)) {
          uis.add(model.conflict().decisionMakers().get(d).id() + " -> " + (q + 1));
        }
      }
    }
    assertThat(uis).containsExactly("LG -> 7");
  }

  @Test
  void from7TheCoalitionReaches10AndNoDecisionMakerAlone() {
    // no decision maker has the move 7 -> 10
    for (int d = 0; d < 3; d++) {
      assertThat(model.moves().hasMove(d, state(7), state(10))).as("DM %d", d + 1).isFalse();
    }
    // MoE and Uniroyal together: a coalition improvement (docs/semantics.md §1.3 R_H^{++}) ...
    List<CoalitionGains.Gain> gains = CoalitionGains.find(model, state(7));
    assertThat(gains)
        .anySatisfy(
            g -> {
              assertThat(g.coalition()).isEqualTo(Coalition.of(MOE, UNIROYAL));
              assertThat(g.target()).isEqualTo(state(10));
              // MoE modifies first (7 -> 8, which alone it likes less), then Uniroyal accepts
              assertThat(g.path())
                  .containsExactly(
                      new JointMove(Coalition.singleton(MOE), state(7), state(8)),
                      new JointMove(Coalition.singleton(UNIROYAL), state(8), state(10)));
              assertThat(g.byImprovements()).isFalse();
            });
    // ... and, under the fixed structure, one joint improvement of the block
    List<Integer> blockUis = new ArrayList<>();
    StructureReach fromSeven = StructureReach.of(model, moeWithUniroyal, state(7));
    assertThat(fromSeven.path(state(10))).hasSize(1);
    assertThat(fromSeven.path(state(10)).get(0).by()).isEqualTo(Coalition.of(MOE, UNIROYAL));
    fromSeven.reachable().stream().forEach(s -> blockUis.add(s + 1));
    assertThat(blockUis).contains(10);
    // no member improves from 7 on its own
    assertThat(ReachTree.of(model, state(7), true).reaches(state(10))).isFalse();
  }

  @Test
  void statusQuoEvolutionWithTheCoalitionGoesOnTo10() {
    StructureReach r = StructureReach.of(model, moeWithUniroyal, state(1));
    assertThat(numbers(r.individually())).containsExactly(7);
    assertThat(numbers(r.reachable())).containsExactly(7, 10);
    assertThat(numbers(r.onlyByBlocks())).containsExactly(10);
    List<JointMove> path = r.path(state(10));
    assertThat(path)
        .containsExactly(
            new JointMove(Coalition.singleton(LG), state(1), state(7)),
            new JointMove(Coalition.of(MOE, UNIROYAL), state(7), state(10)));
  }

  private static List<Integer> numbers(BitSet states) {
    List<Integer> out = new ArrayList<>();
    states.stream().forEach(s -> out.add(s + 1));
    return out;
  }
}
