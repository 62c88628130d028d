package dev.parley.core.stability;

import static dev.parley.core.TestModels.statements;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.TestModels;
import dev.parley.core.graph.GraphModel;
import dev.parley.core.model.Conflict;
import dev.parley.core.model.PreferenceSpec;
import dev.parley.core.model.StatePattern;
import dev.parley.core.state.StateSpace;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The reference solver on Elmira (io/src/test/resources/cases/elmira-12.json): its moves and its
 * stability tables for every concept match the case file, which were derived from the definitions
 * independently. This checks the oracle itself before it judges the engine.
 */
class ElmiraReferenceTest {
  private static final List<String> DMS = List.of("MoE", "Uniroyal", "Local Government");

  private static final Map<String, List<List<Integer>>> MOVES =
      Map.of(
          "MoE",
          List.of(
              List.of(2),
              List.of(),
              List.of(4),
              List.of(),
              List.of(6),
              List.of(),
              List.of(8),
              List.of(),
              List.of(10),
              List.of(),
              List.of(12),
              List.of()),
          "Uniroyal",
          List.of(
              List.of(3, 5),
              List.of(4, 6),
              List.of(5),
              List.of(6),
              List.of(),
              List.of(),
              List.of(9, 11),
              List.of(10, 12),
              List.of(11),
              List.of(12),
              List.of(),
              List.of()),
          "Local Government",
          List.of(
              List.of(7),
              List.of(8),
              List.of(9),
              List.of(10),
              List.of(11),
              List.of(12),
              List.of(1),
              List.of(2),
              List.of(3),
              List.of(4),
              List.of(5),
              List.of(6)));

  private static final List<Integer> ALL = List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
  private static final List<Integer> UNIROYAL = List.of(1, 4, 5, 6, 7, 10, 11, 12);
  private static final List<Integer> LG_NASH = List.of(5, 6, 7, 8, 9, 10, 11, 12);
  private static final List<Integer> LG_SEQ = List.of(2, 3, 5, 6, 7, 8, 9, 10, 11, 12);

  /** Stable states per decision maker, in DMS order, for each concept of the case file. */
  private static final Map<Concept, List<List<Integer>>> EXPECTED =
      Map.of(
          Concept.NASH, List.of(ALL, UNIROYAL, LG_NASH),
          Concept.GMR, List.of(ALL, UNIROYAL, ALL),
          Concept.SMR, List.of(ALL, UNIROYAL, ALL),
          Concept.SEQ, List.of(ALL, UNIROYAL, LG_SEQ),
          Concept.SIM, List.of(ALL, UNIROYAL, LG_SEQ),
          Concept.SEQSIM, List.of(ALL, UNIROYAL, LG_SEQ));

  private static GraphModel elmira() {
    Conflict skeleton =
        TestModels.elmira()
            .preferences(List.of(placeholder(), placeholder(), placeholder()))
            .build();
    StateSpace space = StateSpace.of(skeleton);
    Conflict c =
        TestModels.elmira()
            .preference(byNumber(space, 9, 3, 4, 10, 7, 1, 2, 8, List.of(5, 6, 11, 12)))
            .preference(byNumber(space, 1, 4, 10, 7, List.of(5, 6, 11, 12), 2, 3, 9, 8))
            .preference(byNumber(space, 9, 3, 7, 1, 10, 8, 4, 2, List.of(5, 6, 11, 12)))
            .build();
    return GraphModel.of(c);
  }

  private static PreferenceSpec placeholder() {
    return statements(5, "1");
  }

  /** A ranking by state number; a list is a tie group. */
  private static PreferenceSpec byNumber(StateSpace space, Object... tiers) {
    List<List<StatePattern>> out = new ArrayList<>();
    for (Object tier : tiers) {
      List<StatePattern> t = new ArrayList<>();
      for (Object number : tier instanceof List<?> group ? group : List.of(tier)) {
        t.add(StatePattern.exact(space.code((Integer) number - 1), space.optionCount()));
      }
      out.add(t);
    }
    return new PreferenceSpec.DirectRanking(out);
  }

  private static Set<Integer> numbers(BitSet states) {
    Set<Integer> out = new TreeSet<>();
    states.stream().forEach(s -> out.add(s + 1));
    return out;
  }

  @Test
  void referenceMovesMatchTheCase() {
    ReferenceSolver.Literal ref = ReferenceSolver.literal(elmira());
    for (int i = 0; i < 3; i++) {
      for (int s = 0; s < 12; s++) {
        Set<Integer> moves = new TreeSet<>();
        ref.moves(i, s).forEach(q -> moves.add(q + 1));
        assertThat(moves)
            .as("%s from %d", DMS.get(i), s + 1)
            .containsExactlyElementsOf(MOVES.get(DMS.get(i)).get(s));
      }
    }
  }

  @Test
  void referenceAndEngineStabilityMatchTheCase() {
    GraphModel model = elmira();
    for (StabilitySolver solver : List.of(new ReferenceSolver(), new StabilityEngine())) {
      StabilityResult r = solver.analyze(model, EnumSet.allOf(Concept.class));
      for (Concept c : Concept.values()) {
        for (int i = 0; i < 3; i++) {
          assertThat(numbers(r.stableFor(c, i)))
              .as("%s: %s for %s", r.solver(), c.label(), DMS.get(i))
              .containsExactlyElementsOf(EXPECTED.get(c).get(i));
        }
      }
      assertThat(numbers(r.equilibria(Concept.GMR))).containsExactly(1, 4, 5, 6, 7, 10, 11, 12);
      assertThat(numbers(r.equilibria(Concept.SEQ))).containsExactly(5, 6, 7, 10, 11, 12);
    }
    BitSet[] perDm = ReferenceSolver.seqSimPerDmUnion(model);
    for (int i = 0; i < 3; i++) {
      assertThat(numbers(perDm[i]))
          .as("per-DM SEQ+SIM for %s", DMS.get(i))
          .containsExactlyElementsOf(EXPECTED.get(Concept.SEQSIM).get(i));
    }
  }
}
