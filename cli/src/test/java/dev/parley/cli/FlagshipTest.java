package dev.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.evolution.Deadlock;
import dev.parley.core.evolution.ReachTree;
import dev.parley.core.model.GraphModel;
import dev.parley.core.stability.Concept;
import dev.parley.core.stability.StabilityEngine;
import dev.parley.core.stability.StabilityResult;
import dev.parley.io.LoadedModel;
import dev.parley.io.ModelReader;
import dev.parley.io.StateRefs;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The flagship analysis must show what the news report describes. */
class FlagshipTest {
  private static LoadedModel load() throws Exception {
    return ModelReader.read(Path.of(Cli.example("peace-talks-2026.yaml")));
  }

  @Test
  void theWarIsStableAndTheDealIsPreferredButOutOfReach() throws Exception {
    LoadedModel lm = load();
    GraphModel g = lm.graphModel();
    int war = StateRefs.resolve("war", lm);
    int deal = StateRefs.resolve("deal", lm);
    StabilityResult r = new StabilityEngine().analyze(g, EnumSet.allOf(Concept.class));
    for (Concept c : Concept.values()) {
      assertThat(r.equilibria(c).get(war)).as("war is a %s equilibrium", c).isTrue();
      assertThat(r.equilibria(c).get(deal)).as("the deal holds under %s", c).isTrue();
    }
    for (int d = 0; d < g.dmCount(); d++) {
      assertThat(g.payoff(d, deal)).as("dm %d prefers the deal", d).isGreaterThan(g.payoff(d, war));
    }
    assertThat(ReachTree.of(g, war, true).reaches(deal)).isFalse();
  }

  @Test
  void theGuaranteeTerritoryDeadlockIsFound() throws Exception {
    LoadedModel lm = load();
    GraphModel g = lm.graphModel();
    int war = StateRefs.resolve("war", lm);
    int deal = StateRefs.resolve("deal", lm);
    int us = lm.conflict().dmIndex("US");
    int ua = lm.conflict().dmIndex("UA");
    Deadlock d =
        Deadlock.find(g, war).stream()
            .filter(x -> x.target() == deal && x.coalition().equals(List.of(us, ua)))
            .findFirst()
            .orElseThrow();
    // each waits for the other: the chicken-and-egg of the report
    assertThat(d.members()).hasSize(2);
    assertThat(d.members().get(0).waitsFor()).containsExactly(ua);
    assertThat(d.members().get(1).waitsFor()).containsExactly(us);
    // the joint move {sign, withdraw} is followed by Russia's own improvement to the deal
    assertThat(d.afterwards()).hasSize(1);
    assertThat(d.afterwards().get(0).mover()).isEqualTo(lm.conflict().dmIndex("RU"));
    assertThat(d.afterwards().get(0).to()).isEqualTo(deal);
  }

  @Test
  void briefingStatesTheDeadlockInPlainWords() {
    Cli r = Cli.run("analyze", Cli.example("peace-talks-2026.yaml"));
    assertThat(r.code()).as(r.err()).isZero();
    String out = r.out();
    assertThat(out)
        .contains(
            "Sequencing deadlock: United States will not take up “sign the bilateral security"
                + " guarantee for\n  Ukraine” before Ukraine takes up");
    assertThat(out).contains("A joint move by United States and Ukraine reaches");
    assertThat(out).contains("State 8 (deal) holds");
    assertThat(out).contains("The status quo is state 9 (war)");
    assertThat(out).contains("Sequencing deadlocks\n--------------------");
  }
}
