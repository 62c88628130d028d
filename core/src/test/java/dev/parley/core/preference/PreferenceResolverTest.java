package dev.parley.core.preference;

import static dev.parley.core.TestModels.dm;
import static dev.parley.core.TestModels.option;
import static dev.parley.core.TestModels.pattern;
import static dev.parley.core.TestModels.ranking;
import static dev.parley.core.TestModels.state;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.parley.core.model.Conflict;
import dev.parley.core.model.ModelException;
import dev.parley.core.model.PreferenceSpec;
import dev.parley.core.model.StatePattern;
import dev.parley.core.state.StateSpace;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rankings and payoffs: validation problems and their paths (docs/semantics.md §2.3). */
class PreferenceResolverTest {
  /** States 1..4 are NN, YN, NY, YY (option 1 first). */
  private static final PreferenceSpec VALID =
      ranking(List.of(List.of("YN"), List.of("NN", "YY"), List.of("NY")));

  private static Conflict conflict(PreferenceSpec first, PreferenceSpec second, String... rules) {
    Conflict.Builder b =
        Conflict.builder()
            .decisionMaker(dm("A", option("a")))
            .decisionMaker(dm("B", option("b")))
            .preference(first)
            .preference(second);
    for (String rule : rules) {
      b.infeasibility(pattern(rule));
    }
    return b.build();
  }

  private static List<ModelException.Problem> problems(Conflict c) {
    ModelException e =
        catchThrowableOfType(
            ModelException.class, () -> PreferenceResolver.resolve(c, StateSpace.of(c)));
    assertThat(e).as("a ModelException").isNotNull();
    return e.problems();
  }

  @Test
  void validRankingGivesDenseRanksWithTies() {
    Conflict c = conflict(VALID, VALID);
    int[][] p = PreferenceResolver.resolve(c, StateSpace.of(c));
    assertThat(p[0]).containsExactly(2, 3, 1, 2);
  }

  @Test
  void aPatternInARankingContributesEveryStateItMatches() {
    PreferenceSpec byPattern =
        new PreferenceSpec.DirectRanking(
            List.of(
                List.of(StatePattern.parseYnd("-Y", 2)), List.of(StatePattern.parseYnd("-N", 2))));
    Conflict c = conflict(byPattern, VALID);
    assertThat(PreferenceResolver.resolve(c, StateSpace.of(c))[0]).containsExactly(1, 1, 2, 2);
  }

  @Test
  void missingState() {
    Conflict c = conflict(VALID, ranking(List.of(List.of("NN"), List.of("YN"), List.of("NY"))));
    List<ModelException.Problem> problems = problems(c);
    assertThat(problems).hasSize(1);
    assertThat(problems.get(0).path()).isEqualTo("decisionMakers[1].preferences.ranking");
    assertThat(problems.get(0).message()).isEqualTo("the ranking misses state 4 (YY)");
    assertThat(problems.get(0).hint()).contains("exactly once");
  }

  @Test
  void severalMissingStatesAreListed() {
    Conflict c = conflict(ranking(List.of(List.of("NN"), List.of("YN"))), VALID);
    ModelException.Problem p = problems(c).get(0);
    assertThat(p.path()).isEqualTo("decisionMakers[0].preferences.ranking");
    assertThat(p.message()).isEqualTo("the ranking misses 2 states: 3 (NY), 4 (YY)");
  }

  @Test
  void repeatedState() {
    Conflict c =
        conflict(
            VALID,
            ranking(List.of(List.of("NN"), List.of("YN", "NN"), List.of("NY"), List.of("YY"))));
    List<ModelException.Problem> problems = problems(c);
    assertThat(problems).hasSize(1);
    assertThat(problems.get(0).path()).isEqualTo("decisionMakers[1].preferences.ranking[1][1]");
    assertThat(problems.get(0).message())
        .isEqualTo("state 1 (NN) appears more than once in the ranking (first at position 1)");

    Conflict alone =
        conflict(
            ranking(List.of(List.of("NN"), List.of("YN"), List.of("NY", "YY"), List.of("YN"))),
            VALID);
    assertThat(problems(alone).get(0).path()).isEqualTo("decisionMakers[0].preferences.ranking[3]");
  }

  @Test
  void infeasibleState() {
    Conflict c =
        conflict(
            ranking(List.of(List.of("YN"), List.of("NN"), List.of("NY"), List.of("YY"))),
            ranking(List.of(List.of("YN"), List.of("NN", "NY"))),
            "YY");
    List<ModelException.Problem> problems = problems(c);
    assertThat(problems).hasSize(1);
    assertThat(problems.get(0).path()).isEqualTo("decisionMakers[0].preferences.ranking[3]");
    assertThat(problems.get(0).message()).isEqualTo("'YY' is not a feasible state");
  }

  @Test
  void everyProblemOfEveryDecisionMakerIsReported() {
    Conflict c =
        conflict(
            ranking(List.of(List.of("YY"), List.of("NN"), List.of("NN"))),
            ranking(List.of(List.of("YN"))),
            "YY");
    List<ModelException.Problem> problems = problems(c);
    assertThat(problems)
        .extracting(ModelException.Problem::path)
        .containsExactly(
            "decisionMakers[0].preferences.ranking[0]",
            "decisionMakers[0].preferences.ranking[2]",
            "decisionMakers[0].preferences.ranking",
            "decisionMakers[1].preferences.ranking");
  }

  @Test
  void payoffProblems() {
    PreferenceSpec payoffs =
        new PreferenceSpec.Payoffs(
            List.of(
                new PreferenceSpec.Payoffs.Entry(state("NN"), 1),
                new PreferenceSpec.Payoffs.Entry(state("YN"), 2),
                new PreferenceSpec.Payoffs.Entry(state("NN"), 3)));
    List<ModelException.Problem> problems = problems(conflict(VALID, payoffs));
    assertThat(problems)
        .extracting(ModelException.Problem::path)
        .containsExactly(
            "decisionMakers[1].preferences.payoffs[2]", "decisionMakers[1].preferences.payoffs");
    assertThat(problems.get(0).message()).isEqualTo("state 1 (NN) has two payoffs");
    assertThat(problems.get(1).message()).isEqualTo("no payoff for 2 states: 3 (NY), 4 (YY)");
  }

  @Test
  void payoffsKeepOnlyTheOrder() {
    PreferenceSpec payoffs =
        new PreferenceSpec.Payoffs(
            List.of(
                new PreferenceSpec.Payoffs.Entry(state("NN"), -2.5),
                new PreferenceSpec.Payoffs.Entry(state("YN"), 10),
                new PreferenceSpec.Payoffs.Entry(state("NY"), 10),
                new PreferenceSpec.Payoffs.Entry(state("YY"), 0)));
    Conflict c = conflict(VALID, payoffs);
    assertThat(PreferenceResolver.resolve(c, StateSpace.of(c))[1]).containsExactly(1, 3, 3, 2);
  }
}
