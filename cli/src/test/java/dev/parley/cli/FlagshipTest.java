package dev.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.evolution.ReachTree;
import dev.parley.core.graph.GraphModel;
import dev.parley.core.stability.Concept;
import dev.parley.core.stability.StabilityEngine;
import dev.parley.core.stability.StabilityResult;
import dev.parley.io.LoadedModel;
import dev.parley.io.ModelReader;
import dev.parley.io.StateRefs;
import java.nio.file.Path;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/** The flagship analysis must show what the news report of 26 November 2026 says. */
class FlagshipTest {
  private static LoadedModel load() throws Exception {
    return ModelReader.read(Path.of(Cli.example("peace-talks-2026.yaml")));
  }

  @Test
  void theWarIsStuckAndLavrovsRejectionBreaksTheDealAsDrafted() throws Exception {
    LoadedModel lm = load();
    GraphModel g = lm.graphModel();
    int war = StateRefs.resolve("war", lm);
    int deal = StateRefs.resolve("deal", lm);
    int ru = lm.conflict().dmIndex("RU");
    StabilityResult r = new StabilityEngine().analyze(g, EnumSet.allOf(Concept.class));
    for (Concept c : Concept.values()) {
      assertThat(r.equilibria(c).get(war)).as("war is a %s equilibrium", c).isTrue();
      assertThat(r.equilibria(c).get(deal)).as("the deal fails under %s", c).isFalse();
    }
    assertThat(ReachTree.of(g, war, true).reachable().isEmpty()).isTrue();
    // Russia would rather fight on than settle under a bilateral US guarantee
    int dealWithoutSettlement = StateRefs.resolve("YNYYN", lm);
    assertThat(g.payoff(ru, dealWithoutSettlement)).isGreaterThan(g.payoff(ru, deal));
    assertThat(g.payoff(ru, war)).isGreaterThan(g.payoff(ru, deal));
  }

  @Test
  void ukrainesConditionIsANecessaryOneAndASeatForRussiaIsNoGuarantee() throws Exception {
    LoadedModel lm = load();
    GraphModel g = lm.graphModel();
    int ua = lm.conflict().dmIndex("UA");
    int war = StateRefs.resolve("war", lm);
    int warWithGuarantee = StateRefs.resolve("YNNNN", lm);
    int capitulation = StateRefs.resolve("capitulation", lm);
    int vetoDeal = StateRefs.resolve("vetoDeal", lm);
    int deal = StateRefs.resolve("deal", lm);
    assertThat(g.payoff(ua, warWithGuarantee)).isGreaterThan(g.payoff(ua, war));
    assertThat(g.payoff(ua, capitulation)).isLessThan(g.payoff(ua, war));
    assertThat(g.payoff(ua, vetoDeal)).isLessThan(g.payoff(ua, war));
    assertThat(g.payoff(ua, deal)).isGreaterThan(g.payoff(ua, warWithGuarantee));
    StabilityResult r = new StabilityEngine().analyze(g, EnumSet.of(Concept.SEQ));
    assertThat(r.equilibria(Concept.SEQ).get(vetoDeal)).isTrue();
  }

  @Test
  void theUnitedStatesSignsNothingBeforeEverythingIsAgreed() throws Exception {
    LoadedModel lm = load();
    GraphModel g = lm.graphModel();
    int us = lm.conflict().dmIndex("US");
    assertThat(g.payoff(us, StateRefs.resolve("war", lm)))
        .isGreaterThan(g.payoff(us, StateRefs.resolve("YNNNN", lm)));
    assertThat(g.payoff(us, StateRefs.resolve("deal", lm)))
        .isGreaterThan(g.payoff(us, StateRefs.resolve("capitulation", lm)));
  }

  @Test
  void theBriefingOpensWithItsBottomLine() {
    Cli r = Cli.ok("analyze", Cli.example("peace-talks-2026.yaml"));
    String out = r.flat();
    assertThat(out).startsWith("US–UKRAINE–RUSSIA PEACE TALKS, NOVEMBER 2026 ");
    assertThat(out.indexOf("Bottom line")).isLessThan(out.indexOf("Decisive assumptions"));
    assertThat(out.indexOf("Decisive assumptions")).isLessThan(out.indexOf("Annex A"));
    assertThat(out).contains("The conflict is stuck at state 1 (war)");
    assertThat(out).contains("State 14 (deal) does not hold under SEQ: Russia would leave it");
    assertThat(out).contains("because of Russia's statement 1 (‘-settle IF sign & -seat’)");
    assertThat(out).contains("the United States' statement");
  }
}
