package dev.parley.core.preference;

import static dev.parley.core.TestModels.codes;
import static dev.parley.core.TestModels.dm;
import static dev.parley.core.TestModels.option;
import static dev.parley.core.TestModels.pattern;
import static dev.parley.core.TestModels.statements;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.RandomModels;
import dev.parley.core.TestModels;
import dev.parley.core.model.Conflict;
import dev.parley.core.model.PreferenceSpec;
import dev.parley.core.model.Reversibility;
import dev.parley.core.model.StatePattern;
import dev.parley.core.state.StateSpace;
import dev.parley.core.statement.Formula;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Option prioritization by binary weighting (docs/semantics.md §2.2) and its agreement with
 * rankings.
 */
class PrioritizationTest {

  /**
   * The worked example of docs/semantics.md §2.2: Syria's statements NNN, -Y-, --N, N-- (weights 8,
   * 4, 2, 1) score the six feasible states 11, 2, 7, 1, 0, 5, so Syria ranks 1 > 3 > 6 > 2 > 4 > 5.
   */
  /**
   * Syria (release, escalate) with {@code syria}'s statements and Iraq (attack); YY- infeasible.
   */
  private static Conflict syriaIraq(String... syria) {
    return Conflict.builder()
        .decisionMaker(dm("Syria", option("release"), option("escalate")))
        .decisionMaker(dm("Iraq", option("attack")))
        .infeasibility(pattern("YY-"))
        .preference(statements(3, syria))
        .preference(statements(3, "3"))
        .build();
  }

  @Test
  void syriaIraqWorkedExample() {
    Conflict c = syriaIraq("-1 & -2 & -3", "2", "-3", "-1");
    StateSpace space = StateSpace.of(c);
    assertThat(codes(space)).containsExactly(0L, 1L, 2L, 4L, 5L, 6L);
    int[][] payoffs = PreferenceResolver.resolve(c, space);
    // dense ranks of the scores 11, 2, 7, 1, 0, 5
    assertThat(payoffs[0]).containsExactly(6, 3, 5, 2, 1, 4);
    assertThat(ranking(payoffs[0])).isEqualTo("1 > 3 > 6 > 2 > 4 > 5");
  }

  /**
   * The handout's two statements for Syria give the same order, coarser (docs/semantics.md §2.2).
   */
  @Test
  void syriaWithTheHandoutsTwoStatements() {
    Conflict c = syriaIraq("-1 & -2 & -3", "2 if 3");
    int[][] payoffs = PreferenceResolver.resolve(c, StateSpace.of(c));
    assertThat(ranking(payoffs[0])).isEqualTo("1 > [2, 3, 6] > [4, 5]");
  }

  /**
   * The GMCR+ minimal example, io/src/test/resources/gmcr/minimal.gmcr (misperceptions ignored).
   */
  private static Conflict.Builder gmcrMinimal() {
    return Conflict.builder()
        .decisionMaker(
            dm(
                "Utility",
                option("build", Reversibility.FORWARD),
                option("negotiate", Reversibility.BOTH)))
        .decisionMaker(dm("Residents", option("protest")))
        .infeasibility(pattern("NYY"));
  }

  @Test
  void gmcrMinimalExampleFromStatements() {
    Conflict c =
        gmcrMinimal()
            .preference(statements(3, "-3", "2 & 3 | -2 & -3", "1"))
            .preference(statements(3, "-1", "2 & -3"))
            .build();
    StateSpace space = StateSpace.of(c);
    assertThat(codes(space)).containsExactly(0L, 1L, 2L, 3L, 4L, 5L, 7L);
    int[][] payoffs = PreferenceResolver.resolve(c, space);
    assertThat(payoffs[0]).containsExactly(6, 7, 4, 5, 1, 2, 3);
    assertThat(payoffs[1]).containsExactly(3, 1, 4, 2, 3, 1, 1);
    assertThat(ranking(payoffs[0])).isEqualTo("2 > 1 > 4 > 3 > 7 > 6 > 5");
    assertThat(ranking(payoffs[1])).isEqualTo("3 > [1, 5] > 4 > [2, 6, 7]");

    // the compound statement is "2 iff 3"
    Conflict iff =
        gmcrMinimal()
            .preference(statements(3, "-3", "2 iff 3", "1"))
            .preference(statements(3, "-1", "2 & -3"))
            .build();
    assertThat(PreferenceResolver.resolve(iff, space)[0]).containsExactly(payoffs[0]);
  }

  @Test
  void gmcrMinimalExampleFromRankings() {
    StateSpace space =
        StateSpace.of(
            gmcrMinimal().preference(statements(3, "1")).preference(statements(3, "1")).build());
    Conflict c =
        gmcrMinimal()
            .preference(byNumber(space, 2, 1, 4, 3, 7, 6, 5))
            .preference(byNumber(space, 3, new int[] {1, 5}, 4, new int[] {2, 6, 7}))
            .build();
    int[][] payoffs = PreferenceResolver.resolve(c, space);
    assertThat(payoffs[0]).containsExactly(6, 7, 4, 5, 1, 2, 3);
    assertThat(payoffs[1]).containsExactly(3, 1, 4, 2, 3, 1, 1);
  }

  /** Two states tie exactly when their truth vectors are equal; otherwise lexicographic order. */
  @Test
  void tiesExactlyWhenTruthVectorsAreEqual() {
    int checked = 0;
    for (long seed = 1; seed <= 200; seed++) {
      Conflict c = RandomModels.conflict(seed);
      StateSpace space = StateSpace.of(c);
      int[][] payoffs = PreferenceResolver.resolve(c, space);
      for (int d = 0; d < c.dmCount(); d++) {
        if (c.preferences().get(d) instanceof PreferenceSpec.Prioritization p) {
          assertLexicographic("seed " + seed + ", DM " + (d + 1), p, space, payoffs[d]);
          checked++;
        }
      }
    }
    assertThat(checked).isGreaterThan(100);
  }

  @Test
  void aSingleStatementSplitsTheStatesInTwoTiedGroups() {
    Conflict c =
        TestModels.aAndB()
            .preference(statements(3, "1"))
            .preference(statements(3, "-2 & 3"))
            .build();
    int[][] payoffs = PreferenceResolver.resolve(c, StateSpace.of(c));
    assertThat(ranking(payoffs[0])).isEqualTo("[2, 4, 6, 8] > [1, 3, 5, 7]");
    assertThat(ranking(payoffs[1])).isEqualTo("[5, 6] > [1, 2, 3, 4, 7, 8]");
  }

  /**
   * With 70 statements the first weighs 2^69: still lexicographic, with no overflow (gmcr-py fails
   * at 64 statements).
   */
  @Test
  void moreThan63StatementsStayLexicographic() {
    String[] texts = new String[70];
    texts[0] = "1";
    for (int k = 1; k < 69; k++) {
      texts[k] = "-1";
    }
    texts[69] = "2";
    Conflict c =
        TestModels.aAndB().preference(statements(3, texts)).preference(statements(3, "3")).build();
    int[][] payoffs = PreferenceResolver.resolve(c, StateSpace.of(c));
    // o1 = Y beats everything else although o1 = N satisfies 68 more statements; o2 breaks ties
    assertThat(ranking(payoffs[0])).isEqualTo("[4, 8] > [2, 6] > [3, 7] > [1, 5]");

    Random rnd = new Random(7);
    for (int trial = 0; trial < 20; trial++) {
      List<PreferenceSpec.Statement> many = new ArrayList<>();
      int k = 64 + rnd.nextInt(80);
      for (int s = 0; s < k; s++) {
        // mostly constant statements, so the few deciding ones land at any bit position
        Formula f =
            rnd.nextInt(4) == 0 ? RandomModels.formula(rnd, 6, 2) : new Formula.Constant(true);
        many.add(new PreferenceSpec.Statement(f, "s" + s, null));
      }
      PreferenceSpec.Prioritization p = new PreferenceSpec.Prioritization(many);
      Conflict big =
          Conflict.builder()
              .decisionMaker(dm("A", option("a1"), option("a2"), option("a3")))
              .decisionMaker(dm("B", option("b1"), option("b2"), option("b3")))
              .preference(p)
              .preference(statements(6, "1"))
              .build();
      StateSpace space = StateSpace.of(big);
      assertLexicographic("trial " + trial, p, space, PreferenceResolver.resolve(big, space)[0]);
    }
  }

  private static void assertLexicographic(
      String what, PreferenceSpec.Prioritization p, StateSpace space, int[] payoff) {
    boolean[][] truth = PreferenceResolver.truthTable(p, space);
    for (int a = 0; a < space.size(); a++) {
      for (int b = 0; b < space.size(); b++) {
        int expected = 0;
        for (int k = 0; k < truth.length && expected == 0; k++) {
          expected = Boolean.compare(truth[k][a], truth[k][b]);
        }
        assertThat(Integer.signum(Integer.compare(payoff[a], payoff[b])))
            .as("%s: states %d and %d", what, a + 1, b + 1)
            .isEqualTo(expected);
      }
    }
  }

  /** A ranking by standard state numbers; an int[] is a tie group. */
  private static PreferenceSpec.DirectRanking byNumber(StateSpace space, Object... tiers) {
    List<List<StatePattern>> out = new ArrayList<>();
    for (Object tier : tiers) {
      int[] numbers = tier instanceof int[] group ? group : new int[] {(Integer) tier};
      List<StatePattern> t = new ArrayList<>();
      for (int number : numbers) {
        t.add(StatePattern.exact(space.code(number - 1), space.optionCount()));
      }
      out.add(t);
    }
    return new PreferenceSpec.DirectRanking(out);
  }

  /** "2 > [1, 5] > 4": state numbers from most to least preferred, tie groups in brackets. */
  static String ranking(int[] payoff) {
    Integer[] order = new Integer[payoff.length];
    for (int s = 0; s < order.length; s++) {
      order[s] = s;
    }
    Arrays.sort(order, Comparator.comparingInt((Integer s) -> -payoff[s]).thenComparing(s -> s));
    StringBuilder b = new StringBuilder();
    int at = 0;
    while (at < order.length) {
      int end = at;
      while (end < order.length && payoff[order[end]] == payoff[order[at]]) {
        end++;
      }
      if (b.length() > 0) {
        b.append(" > ");
      }
      List<String> group = new ArrayList<>();
      for (int q = at; q < end; q++) {
        group.add(String.valueOf(order[q] + 1));
      }
      b.append(group.size() == 1 ? group.get(0) : "[" + String.join(", ", group) + "]");
      at = end;
    }
    return b.toString();
  }
}
