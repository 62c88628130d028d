package dev.parley.core.state;

import static dev.parley.core.TestModels.codes;
import static dev.parley.core.TestModels.dm;
import static dev.parley.core.TestModels.option;
import static dev.parley.core.TestModels.pattern;
import static dev.parley.core.TestModels.statements;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.parley.core.TestModels;
import dev.parley.core.graph.GraphModel;
import dev.parley.core.model.Conflict;
import dev.parley.core.model.DecisionMaker;
import dev.parley.core.model.Infeasibility;
import dev.parley.core.model.ModelException;
import dev.parley.core.model.Option;
import dev.parley.core.model.StatePattern;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StateSpaceTest {

  @Test
  void standardNumberingIsAscendingCodeWithOptionTWeighing2ToTheTMinus1() {
    Conflict c =
        TestModels.aAndB().preference(statements(3, "1")).preference(statements(3, "3")).build();
    StateSpace space = StateSpace.of(c);
    assertThat(space.size()).isEqualTo(8);
    assertThat(codes(space)).containsExactly(0L, 1L, 2L, 3L, 4L, 5L, 6L, 7L);
    assertThat(space.yn(0)).isEqualTo("NNN");
    assertThat(space.yn(1)).isEqualTo("YNN"); // option 1 weighs 2^0
    assertThat(space.yn(2)).isEqualTo("NYN"); // option 2 weighs 2^1
    assertThat(space.yn(4)).isEqualTo("NNY"); // option 3 weighs 2^2
    assertThat(space.yn(6)).isEqualTo("NYY");
    assertThat(StateSpace.number(0)).isEqualTo(1);
    assertThat(StateSpace.number(7)).isEqualTo(8);
    assertThat(space.isTaken(5, 0)).isTrue();
    assertThat(space.isTaken(5, 1)).isFalse();
    assertThat(space.isTaken(5, 2)).isTrue();
  }

  @Test
  void infeasibleStatesAreSkippedAndTheRestRenumbered() {
    Conflict c =
        TestModels.aAndB()
            .infeasibility(pattern("YY-"))
            .preference(statements(3, "1"))
            .preference(statements(3, "3"))
            .build();
    StateSpace space = StateSpace.of(c);
    assertThat(codes(space)).containsExactly(0L, 1L, 2L, 4L, 5L, 6L);
    assertThat(space.indexOf(3)).isEqualTo(-1);
    assertThat(space.indexOf(7)).isEqualTo(-1);
    assertThat(space.indexOf(4)).isEqualTo(3); // state number 4
    assertThat(space.yn(5)).isEqualTo("NYY");
    assertThat(space.matching(StatePattern.parseYnd("--Y", 3))).containsExactly(3, 4, 5);
    assertThat(space.matching(StatePattern.parseYnd("Y-N", 3))).containsExactly(1);
    assertThat(space.matching(StatePattern.parseYnd("YYN", 3))).isEmpty();
  }

  /** Elmira (gmcr-py option form): 4 infeasible patterns leave 12 states. */
  @Test
  void elmiraHasTwelveStates() {
    Conflict c =
        TestModels.elmira()
            .preference(statements(5, "3"))
            .preference(statements(5, "-4"))
            .preference(statements(5, "-4"))
            .build();
    StateSpace space = StateSpace.of(c);
    assertThat(codes(space)).containsExactly(2L, 3L, 4L, 5L, 8L, 9L, 18L, 19L, 20L, 21L, 24L, 25L);
    assertThat(space.yn(0)).isEqualTo("NYNNN"); // the status quo, state 1
    assertThat(space.yn(11)).isEqualTo("YNNYY");
    // the same states as "exactly one of Delay, Accept, Abandon"
    StateSpace viaRule =
        StateSpace.of(5, List.of(Infeasibility.exactlyOne(List.of(1, 2, 3), null)));
    assertThat(codes(viaRule)).isEqualTo(codes(space));
  }

  @Test
  void noFeasibleStateIsAModelErrorThatSaysWhy() {
    Conflict c =
        Conflict.builder()
            .decisionMaker(dm("A", option("a1")))
            .decisionMaker(dm("B", option("b1")))
            .infeasibility(Infeasibility.atLeastOne(List.of(0), null))
            .infeasibility(pattern("Y-"))
            .preference(statements(2, "1"))
            .preference(statements(2, "2"))
            .build();
    for (Runnable build : List.<Runnable>of(() -> StateSpace.of(c), () -> GraphModel.of(c))) {
      ModelException e = catchThrowableOfType(ModelException.class, build::run);
      assertThat(e).isNotNull();
      assertThat(e.problems()).hasSize(1);
      ModelException.Problem p = e.problems().get(0);
      assertThat(p.path()).isEqualTo("infeasible");
      assertThat(p.message()).contains("no state is feasible").contains("all 4 combinations");
      assertThat(p.hint()).contains("contradiction");
      assertThat(e.getMessage()).contains("no state is feasible");
    }
  }

  @Test
  void tooManyOptionsToEnumerateIsAModelError() {
    List<Option> many = new ArrayList<>();
    for (int t = 0; t < 31; t++) {
      many.add(option("a" + t));
    }
    Conflict c =
        Conflict.builder()
            .decisionMaker(new DecisionMaker("A", null, null, many, null))
            .decisionMaker(dm("B", option("b1")))
            .preference(statements(32, "1"))
            .preference(statements(32, "32"))
            .build();
    ModelException e = catchThrowableOfType(ModelException.class, () -> StateSpace.of(c));
    assertThat(e).isNotNull();
    assertThat(e.getMessage()).contains("32 options").contains("at most 31");
  }

  @Test
  void ofCodesRequiresAscendingCodes() {
    StateSpace s = StateSpace.ofCodes(3, new long[] {1, 4, 6});
    assertThat(s.indexOf(4)).isEqualTo(1);
    assertThat(
            catchThrowableOfType(
                IllegalArgumentException.class, () -> StateSpace.ofCodes(3, new long[] {4, 1})))
        .isNotNull();
  }
}
