package dev.parley.core.strength;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.core.GraphForms;
import dev.parley.core.graph.GraphModel;
import dev.parley.core.model.Provenance;
import dev.parley.core.stability.Concept;
import dev.parley.core.state.StateSpace;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Strength of preference from a model's declarations, on chicken in graph form. */
class StrengthTest {
  // states: 0 crash, 1 P1 swerves, 2 P2 swerves, 3 both swerve (as examples/chicken.yaml)
  static final int[][][] MOVES = {
    {{1}, {0}, {3}, {2}}, // P1 toggles its swerve
    {{2}, {3}, {0}, {1}} // P2 toggles its swerve
  };
  static final int[][] PAYOFFS = {{1, 2, 4, 3}, {1, 4, 2, 3}};

  static GraphModel chicken() {
    return GraphModel.of(GraphForms.of("chicken", List.of("P1", "P2"), MOVES, PAYOFFS));
  }

  static GreatPreference great(int better, int worse) {
    return new GreatPreference(
        StateSpace.graphPattern(better), StateSpace.graphPattern(worse), Provenance.NONE);
  }

  @Test
  void aDeclaredPairSpreadsAlongTheChainRules() {
    GraphModel g = chicken();
    // P1: "P1 swerves" greatly better than the crash; so are the two states P1 likes more
    StrengthSpec spec =
        new StrengthSpec(
            List.of(new StrengthSpec.Party(List.of(great(1, 0)), null), StrengthSpec.Party.NONE));
    Strength s = Strength.of(g, spec);
    int crash = g.payoff(0, 0);
    for (int q = 1; q < 4; q++) {
      assertThat(crash).isLessThanOrEqualTo(s.greatBelow(0, q));
    }
    assertThat(s.greatBelow(0, 0)).isEqualTo(Strength.NOTHING);
    assertThat(s.greatBelow(1, 3)).isEqualTo(Strength.NOTHING);
    assertThat(s.greatBelow(0, 3)).isLessThan(g.payoff(0, 1)); // mildly better than state 2
  }

  @Test
  void bothSwerveIsStronglyGmrStableOnlyForTheDriverWhoFearsTheCrashGreatly() {
    GraphModel g = chicken();
    StrengthSpec spec =
        new StrengthSpec(
            List.of(
                new StrengthSpec.Party(List.of(great(1, 0)), null),
                new StrengthSpec.Party(List.of(), 3.0)));
    StrengthResult r = new StrengthEngine().analyze(g, Strength.of(g, spec));
    assertThat(r.standard().equilibria(Concept.GMR).get(3)).isTrue();
    assertThat(r.isStrong(Concept.GMR, 0, 3)).isTrue();
    // for P2 only "P1 swerves" (4) is greatly better than the crash (1): gap 3
    assertThat(r.isWeak(Concept.GMR, 1, 3)).isTrue();
    assertThat(r.mildMove(Concept.GMR, 1, 3)).isEqualTo(1);
    assertThat(r.weakEquilibria(Concept.GMR).get(3)).isTrue();
    assertThat(r.strongEquilibria(Concept.GMR).get(1)).isTrue(); // Nash: nothing to sanction
    assertThat(r.concepts()).containsExactlyElementsOf(StrengthEngine.CONCEPTS);
  }

  @Test
  void refusesWhatIsNoStrictPreference() {
    GraphModel g = chicken();
    StrengthSpec spec =
        new StrengthSpec(
            List.of(new StrengthSpec.Party(List.of(great(0, 1)), null), StrengthSpec.Party.NONE));
    assertThatThrownBy(() -> Strength.of(g, spec))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("does not strictly prefer state 1 to state 2");
    assertThatThrownBy(() -> new StrengthSpec.Party(List.of(), 0.0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(StrengthSpec.none(2).isEmpty()).isTrue();
    assertThat(Strength.none(g).isDeclared()).isFalse();
  }
}
