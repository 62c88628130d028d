package dev.parley.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parley.core.evolution.Evolution;
import dev.parley.core.evolution.Movers;
import dev.parley.core.foresight.LimitedMove;
import dev.parley.core.graph.GraphModel;
import dev.parley.core.move.Move;
import dev.parley.core.move.MoveGraph;
import dev.parley.core.stability.Concept;
import dev.parley.core.stability.StabilityEngine;
import dev.parley.core.stability.StabilityResult;
import dev.parley.core.state.StateSpace;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumSet;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The published cases of src/test/resources/cases, translated into examples/*.yaml, must give the
 * cases' states, moves, preferences and stability results.
 *
 * <p>Checked here: nash, gmr, smr, seq, sim and seqsim (per unilateral improvement), gmcr-py's
 * per-decision-maker union of SEQ and SIM, and for the two-party cases L1..L8 and NM. Coalition
 * results (elmira-9.json) are not in the catalog yet.
 */
class CatalogTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static final List<Concept> CHECKED =
      List.of(Concept.NASH, Concept.GMR, Concept.SMR, Concept.SEQ, Concept.SIM, Concept.SEQSIM);

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "prisoners-dilemma.yaml, cases/prisoners-dilemma.json",
    "chicken.yaml,           cases/chicken.json",
    "elmira.yaml,            cases/elmira-12.json"
  })
  void exampleReproducesCase(String example, String caseFile) throws Exception {
    LoadedModel model = ModelReader.read(TestFiles.example(example));
    JsonNode c = JSON.readTree(TestFiles.resource(caseFile));
    GraphModel g = model.graphModel();
    List<String> dmIds = new ArrayList<>();
    c.get("decisionMakers").forEach(d -> dmIds.add(d.get("id").asText()));
    assertThat(g.dmCount()).as("decision makers").isEqualTo(dmIds.size());

    // the standard numbering is kept: state i has the case's code
    StateSpace space = model.space();
    List<Long> codes = new ArrayList<>();
    c.get("states").forEach(s -> codes.add(s.get("decimal").asLong()));
    List<Long> ours = new ArrayList<>();
    for (int i = 0; i < space.size(); i++) {
      ours.add(space.code(i));
    }
    assertThat(ours).as("state codes in standard order").isEqualTo(codes);

    // options: same count, owner and reversibility, in order
    JsonNode opts = c.get("options");
    assertThat(model.conflict().optionCount()).isEqualTo(opts.size());
    for (int t = 0; t < opts.size(); t++) {
      JsonNode o = opts.get(t);
      assertThat(dmIds.get(model.conflict().owner(t)))
          .as("owner of option %d", t + 1)
          .isEqualTo(o.get("controlledBy").asText());
      assertThat(model.conflict().options().get(t).reversibility())
          .as("reversibility of option %d", t + 1)
          .isEqualTo(dev.parley.core.model.Reversibility.parse(o.get("reversibility").asText()));
    }

    // preferences order every pair of states as the case's ranking does
    for (int d = 0; d < dmIds.size(); d++) {
      int[] caseRank = rankOf(c.get("decisionMakers").get(d).get("ranking"), space.size());
      for (int a = 0; a < space.size(); a++) {
        for (int b = 0; b < space.size(); b++) {
          assertThat(Integer.signum(Integer.compare(g.payoff(d, a), g.payoff(d, b))))
              .as("%s: state %d vs state %d", dmIds.get(d), a + 1, b + 1)
              .isEqualTo(Integer.signum(Integer.compare(caseRank[b], caseRank[a])));
        }
      }
    }

    // unilateral moves
    MoveGraph moves = g.moves();
    JsonNode um = c.get("unilateralMoves");
    for (int d = 0; d < dmIds.size(); d++) {
      for (int s = 0; s < space.size(); s++) {
        List<Integer> expected = new ArrayList<>();
        um.get(dmIds.get(d)).get(String.valueOf(s + 1)).forEach(x -> expected.add(x.asInt()));
        List<Integer> actual = new ArrayList<>();
        for (int t : moves.moves(d, s)) {
          actual.add(t + 1);
        }
        assertThat(new TreeSet<>(actual))
            .as("moves of %s from state %d", dmIds.get(d), s + 1)
            .isEqualTo(new TreeSet<>(expected));
      }
    }

    // status quo
    if (c.has("statusQuo")) {
      int[] sq = space.matching(model.conflict().statusQuo());
      assertThat(sq).containsExactly(c.get("statusQuo").asInt() - 1);
    }

    // stability
    StabilityResult r = new StabilityEngine().analyze(g, EnumSet.allOf(Concept.class));
    for (Concept concept : CHECKED) {
      JsonNode expected = c.get("results").get(concept.id());
      for (int d = 0; d < dmIds.size(); d++) {
        assertThat(numbers(r.stableFor(concept, d)))
            .as("%s stable for %s", concept.label(), dmIds.get(d))
            .isEqualTo(ints(expected.get("stableFor").get(dmIds.get(d))));
      }
      assertThat(numbers(r.equilibria(concept)))
          .as("%s equilibria", concept.label())
          .isEqualTo(ints(expected.get("equilibria")));
    }
    checkPerDmUnion(c, r, dmIds);
    checkForesight(c, g, dmIds);
  }

  /** gmcr-py's per-decision-maker union of SEQ and SIM, where the case lists it. */
  private static void checkPerDmUnion(JsonNode c, StabilityResult r, List<String> dmIds) {
    JsonNode expected = c.get("results").get("seqsim_perDmUnion");
    if (expected == null) {
      return;
    }
    for (int d = 0; d < dmIds.size(); d++) {
      java.util.BitSet union = r.stableFor(Concept.SEQ, d);
      union.or(r.stableFor(Concept.SIM, d));
      assertThat(numbers(union))
          .as("SEQ ∪ SIM stable for %s", dmIds.get(d))
          .isEqualTo(ints(expected.get("stableFor").get(dmIds.get(d))));
    }
  }

  /** Limited-move L1..L8 and non-myopic NM, for the two-party cases that list them. */
  private static void checkForesight(JsonNode c, GraphModel g, List<String> dmIds) {
    JsonNode results = c.get("results");
    if (g.dmCount() != 2 || !results.has("L1")) {
      return;
    }
    LimitedMove lm = new LimitedMove(g);
    LimitedMove.Verdicts[] v = lm.horizons(8);
    for (int h = 1; h <= 8; h++) {
      JsonNode expected = results.get("L" + h);
      assertThat(expected).as("case lists L%d", h).isNotNull();
      java.util.BitSet both = (java.util.BitSet) v[h - 1].stableUnderEvery()[0].clone();
      both.and(v[h - 1].stableUnderEvery()[1]);
      for (int d = 0; d < 2; d++) {
        assertThat(numbers(v[h - 1].stableUnderEvery()[d]))
            .as("L%d stable for %s", h, dmIds.get(d))
            .isEqualTo(ints(expected.get("stableFor").get(dmIds.get(d))));
      }
      assertThat(numbers(both)).as("L%d equilibria", h).isEqualTo(ints(expected.get("equilibria")));
    }
    JsonNode nm = results.get("NM");
    LimitedMove.NonMyopic ours = lm.nonMyopic();
    for (int d = 0; d < 2; d++) {
      JsonNode per = nm.get("perDm").get(dmIds.get(d));
      assertThat(numbers(ours.stable()[d]))
          .as("NM stable for %s", dmIds.get(d))
          .isEqualTo(ints(per.get("stable")));
      assertThat(numbers(ours.unstable()[d]))
          .as("NM unstable for %s", dmIds.get(d))
          .isEqualTo(ints(per.get("unstable")));
      assertThat(numbers(ours.noLimit()[d]))
          .as("NM no limit for %s", dmIds.get(d))
          .isEqualTo(ints(per.get("noLimit")));
    }
    assertThat(numbers(ours.equilibria()))
        .as("NM equilibria")
        .isEqualTo(ints(nm.get("equilibria")));
  }

  /** Rank per state index from a case ranking (most preferred first): lower is better. */
  private static int[] rankOf(JsonNode ranking, int m) {
    int[] rank = new int[m];
    java.util.Arrays.fill(rank, -1);
    for (int pos = 0; pos < ranking.size(); pos++) {
      JsonNode e = ranking.get(pos);
      if (e.isArray()) {
        for (JsonNode x : e) {
          rank[x.asInt() - 1] = pos;
        }
      } else {
        rank[e.asInt() - 1] = pos;
      }
    }
    for (int s = 0; s < m; s++) {
      assertThat(rank[s]).as("case ranking names state %d", s + 1).isNotNegative();
    }
    return rank;
  }

  private static List<Integer> numbers(BitSet states) {
    List<Integer> out = new ArrayList<>();
    states.stream().forEach(i -> out.add(StateSpace.number(i)));
    return out;
  }

  private static List<Integer> ints(JsonNode array) {
    List<Integer> out = new ArrayList<>();
    array.forEach(x -> out.add(x.asInt()));
    return out;
  }

  /**
   * The published status quo analysis (GMCR+ handout 5.3): from status quo 1 the only unilateral
   * improvement is Local Government's, to state 7; from 7 no decision maker has one, but the
   * coalition of MoE and Uniroyal has one, to state 10.
   */
  @Test
  void elmiraStatusQuoAnalysis() throws Exception {
    for (String file : List.of("elmira.yaml", "elmira-graph.yaml")) {
      LoadedModel lm = ModelReader.read(TestFiles.example(file));
      GraphModel g = lm.graphModel();
      int moe = lm.conflict().dmIndex("MoE");
      int uniroyal = lm.conflict().dmIndex("Uniroyal");
      int lg = lm.conflict().dmIndex("LG");
      Evolution fromOne = Evolution.of(g, 0);
      assertThat(fromOne.firstSteps(true)).containsExactly(new Move(lg, 0, 6));
      assertThat(Evolution.of(g, 6).firstSteps(true)).as(file).isEmpty();
      if (!g.isGraphForm()) {
        Movers coalition = Movers.blocks(g, List.of(List.of(moe, uniroyal)));
        int block = coalition.moverOf(moe);
        assertThat(Evolution.of(coalition, 6).firstSteps(true))
            .containsExactly(new Move(block, 6, 9));
        // so from the status quo: LG to 7, then the coalition to 10
        assertThat(Evolution.of(coalition, 0).path(9, true))
            .containsExactly(new Move(coalition.moverOf(lg), 0, 6), new Move(block, 6, 9));
      }
    }
  }
}
