package dev.parley.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.core.graph.GraphModel;
import dev.parley.core.inverse.TargetCheck;
import dev.parley.core.inverse.TargetConditions;
import dev.parley.core.stability.Concept;
import dev.parley.io.ModelReader;
import dev.parley.io.TestFiles;
import org.junit.jupiter.api.Test;

/**
 * A settlement with more sanctioning sequences than a briefing writes out is summarised (who can
 * answer which move) instead of listed, so the briefing stays small on any model of up to 64
 * states.
 */
class CrowdedSettlementTest {
  private static GraphModel completeGraph() throws Exception {
    return ModelReader.read(TestFiles.resourcePath("briefing/complete-graph-5.yaml")).graphModel();
  }

  @Test
  void theConditionsOfAFullyConnectedModelExceedTheBriefingsLimit() throws Exception {
    GraphModel g = completeGraph();
    TargetCheck check = new TargetCheck(g, 1);
    assertThatThrownBy(
            () -> TargetConditions.of(check, Concept.SEQ, MediatorFindings.BRIEF_SANCTIONS))
        .isInstanceOf(TargetConditions.TooLarge.class)
        .hasMessageContaining("more than " + MediatorFindings.BRIEF_SANCTIONS);
  }

  @Test
  void theBriefingSummarisesThemInsteadOfListingEverySanction() throws Exception {
    GraphModel g = completeGraph();
    String text = BriefingWordingTest.brief(g, Doc.Style.TEXT);
    assertThat(text)
        .contains("What the settlements depend on")
        .contains("conditions have more than 500 ways to answer one move, too many to write out")
        .contains("A moves (→ state 1 (s1)): answered first by B (to state 2 (s2)");
    assertThat(text.split("\n").length).isLessThan(1_000);
  }
}
