package dev.parley.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.graph.GraphModel;
import dev.parley.core.model.StatePattern;
import dev.parley.core.stability.Concept;
import dev.parley.core.stability.StabilityEngine;
import dev.parley.core.state.StateSpace;
import dev.parley.core.synthetic.SyntheticModels;
import java.util.BitSet;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The option-pattern cover of a set of states, against the definition checked state by state: every
 * feasible state a pattern matches is in the set, and every state of the set is matched.
 */
class PatternCoverTest {
  static int generalised;
  static int cases;

  static Stream<Long> seeds() {
    return Stream.iterate(1L, s -> s + 1).limit(60);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void theCoverIsExactOnEquilibriaAndOnRandomSets(long seed) {
    var m =
        SyntheticModels.generate(
            SyntheticModels.Spec.of(2 + (int) (seed % 3), 4 + (int) (seed % 6), seed));
    GraphModel g = GraphModel.of(m.conflict());
    StateSpace space = g.space();
    BitSet eq = new StabilityEngine().analyze(g, EnumSet.of(Concept.SEQ)).equilibria(Concept.SEQ);
    Random r = new Random(seed);
    BitSet random = new BitSet();
    for (int s = 0; s < g.stateCount(); s++) {
      if (r.nextInt(3) > 0) {
        random.set(s);
      }
    }
    for (BitSet set : List.of(eq, random)) {
      List<StatePattern> cover = PatternCover.of(space, set, Integer.MAX_VALUE);
      BitSet matched = new BitSet();
      for (StatePattern p : cover) {
        for (int s = 0; s < g.stateCount(); s++) {
          if (p.matches(space.code(s))) {
            assertThat(set.get(s))
                .as("seed %d: %s matches state %d outside the set", seed, p, s)
                .isTrue();
            matched.set(s);
          }
        }
        if (Long.bitCount(p.mask()) < space.optionCount()) {
          generalised++;
        }
      }
      assertThat(matched).as("seed %d", seed).isEqualTo(set);
      assertThat(cover.size()).isLessThanOrEqualTo(set.cardinality());
      cases++;
    }
  }

  @AfterAll
  static void theCasesGeneralised() {
    assertThat(cases).isEqualTo(120);
    assertThat(generalised).as("patterns that leave some option free").isGreaterThan(50);
  }
}
