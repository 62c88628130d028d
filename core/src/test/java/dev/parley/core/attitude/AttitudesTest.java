package dev.parley.core.attitude;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.core.GraphForms;
import dev.parley.core.graph.GraphModel;
import java.util.BitSet;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Attitudes, the relational comparison, and a worked prisoner's dilemma. */
class AttitudesTest {
  /** States CC, CD, DC, DD (D1's choice first); each party toggles its own choice. */
  static GraphModel prisonersDilemma() {
    int[][][] moves = {
      {{2}, {3}, {0}, {1}}, // D1: CC<->DC, CD<->DD
      {{1}, {0}, {3}, {2}} // D2: CC<->CD, DC<->DD
    };
    int[][] payoffs = {{3, 1, 4, 2}, {3, 4, 1, 2}};
    return GraphModel.of(GraphForms.of("prisoner's dilemma", List.of("D1", "D2"), moves, payoffs));
  }

  @Test
  void factoriesAndValidation() {
    assertThat(Attitudes.selfish(2).matrix()).isEqualTo(new int[][] {{1, 0}, {0, 1}});
    assertThat(Attitudes.neutral(2).matrix()).isEqualTo(new int[][] {{0, 0}, {0, 0}});
    assertThat(Attitudes.selfish(3)).isEqualTo(Attitudes.selfish(3));
    assertThat(Attitudes.selfish(2).toString()).isEqualTo("Attitudes[+ 0; 0 +]");
    assertThatThrownBy(() -> new Attitudes(new int[][] {{1, 2}, {0, 1}}))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Attitudes(new int[][] {{1, 0}}))
        .isInstanceOf(IllegalArgumentException.class);
    int[][] e = {{1, -1}, {0, 1}};
    Attitudes a = new Attitudes(e);
    e[0][1] = 1;
    a.e()[0][0] = -1;
    assertThat(a.attitude(0, 1)).isEqualTo(-1);
    assertThat(a.attitude(0, 0)).isEqualTo(1);
    assertThatThrownBy(
            () -> new RelationalEngine().analyze(prisonersDilemma(), Attitudes.selfish(3)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void relationalComparison() {
    GraphModel pd = prisonersDilemma();
    // D1 devoted to itself, aggressive towards D2
    RelationalPreference rel =
        new RelationalPreference(pd, new Attitudes(new int[][] {{1, -1}, {0, 0}}));
    assertThat(rel.compare(0, 0, 2, 0)).isEqualTo(1); // DC is better than CC for D1
    assertThat(rel.compare(0, 1, 2, 0)).isEqualTo(1); // and worse for D2, which D1 likes
    assertThat(rel.improves(0, 0, 2)).isTrue();
    assertThat(rel.improves(0, 2, 0)).isFalse();
    assertThat(rel.improves(0, 0, 0)).isFalse(); // q = s is never an improvement
    // D2 totally neutral: any other state is a weak relational improvement, none a strict one
    assertThat(rel.improves(1, 0, 3)).isTrue();
    RelationalPreference strict =
        new RelationalPreference(
            pd, new Attitudes(new int[][] {{1, -1}, {0, 0}}), RelationalPreference.Reading.STRICT);
    assertThat(strict.improves(1, 0, 3)).isFalse();
    assertThat(strict.improves(0, 0, 2)).isTrue();
  }

  @Test
  void prisonersDilemma_devotionMakesEveryStateRelationallyNash() {
    GraphModel pd = prisonersDilemma();
    RelationalResult selfish = new RelationalEngine().analyze(pd, Attitudes.selfish(2));
    assertThat(selfish.equilibria(RelationalConcept.RNASH)).isEqualTo(bits(3)); // DD
    // CC is sanctioned: D1's defection to DC is answered by D2's own improvement to DD, worse
    // for D1 than CC (and symmetrically)
    assertThat(selfish.equilibria(RelationalConcept.RGMR)).isEqualTo(bits(0, 3));
    assertThat(selfish.equilibria(RelationalConcept.RSEQ)).isEqualTo(bits(0, 3));
    RelationalResult devoted =
        new RelationalEngine().analyze(pd, new Attitudes(new int[][] {{1, 1}, {1, 1}}));
    // every unilateral move hurts one of the two, so nobody has a relational improvement
    assertThat(devoted.equilibria(RelationalConcept.RNASH)).isEqualTo(bits(0, 1, 2, 3));
    assertThat(devoted.concepts()).isEqualTo(EnumSet.allOf(RelationalConcept.class));
  }

  private static BitSet bits(int... states) {
    BitSet b = new BitSet();
    for (int s : states) {
      b.set(s);
    }
    return b;
  }
}
