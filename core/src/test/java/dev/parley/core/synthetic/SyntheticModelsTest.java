package dev.parley.core.synthetic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.core.graph.GraphModel;
import dev.parley.core.model.Conflict;
import dev.parley.core.model.DecisionMaker;
import dev.parley.core.model.Option;
import dev.parley.core.model.PreferenceSpec;
import dev.parley.core.model.Reversibility;
import dev.parley.core.stability.Concept;
import dev.parley.core.stability.ReferenceSolver;
import dev.parley.core.stability.StabilityEngine;
import dev.parley.core.stability.StabilityResult;
import dev.parley.core.state.StateSpace;
import dev.parley.core.synthetic.SyntheticModels.Spec;
import dev.parley.core.synthetic.SyntheticModels.SyntheticModel;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class SyntheticModelsTest {

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3, 42, -7})
  void theSameSpecGivesTheSameModel(long seed) {
    Spec spec = Spec.of(4, 14, seed);
    SyntheticModel a = SyntheticModels.generate(spec);
    SyntheticModel b = SyntheticModels.generate(spec);
    assertThat(a.feasibleStates()).isEqualTo(b.feasibleStates());
    assertThat(a.conflict().title()).isEqualTo(b.conflict().title());
    assertThat(a.conflict().description()).isEqualTo(b.conflict().description());
    assertThat(a.conflict().decisionMakers()).isEqualTo(b.conflict().decisionMakers());
    assertThat(a.conflict().infeasibilities()).isEqualTo(b.conflict().infeasibilities());
    assertThat(a.conflict().preferences()).isEqualTo(b.conflict().preferences());
  }

  @Test
  void otherSeedsGiveOtherModels() {
    Conflict a = SyntheticModels.generate(Spec.of(4, 14, 1)).conflict();
    Conflict b = SyntheticModels.generate(Spec.of(4, 14, 2)).conflict();
    assertThat(a.preferences()).isNotEqualTo(b.preferences());
  }

  @ParameterizedTest(name = "{0} DMs, {1} options")
  @MethodSource("shapes")
  void optionsAreSpreadEvenlyInDecisionMakerOrder(int dms, int options) {
    Conflict c = SyntheticModels.generate(Spec.of(dms, options, 5)).conflict();
    assertThat(c.dmCount()).isEqualTo(dms);
    assertThat(c.optionCount()).isEqualTo(options);
    int previous = Integer.MAX_VALUE;
    for (DecisionMaker dm : c.decisionMakers()) {
      int count = dm.options().size();
      assertThat(count).isBetween(options / dms, options / dms + 1).isLessThanOrEqualTo(previous);
      previous = count;
    }
    long irreversible =
        c.options().stream().filter(o -> o.reversibility() != Reversibility.BOTH).count();
    assertThat(irreversible).isEqualTo(Math.round(options * SyntheticModels.IRREVERSIBLE_SHARE));
    for (PreferenceSpec p : c.preferences()) {
      assertThat(((PreferenceSpec.Prioritization) p).statements()).hasSizeBetween(3, 6);
    }
  }

  static Stream<Arguments> shapes() {
    return Stream.of(
        Arguments.of(2, 2),
        Arguments.of(2, 9),
        Arguments.of(3, 10),
        Arguments.of(4, 14),
        Arguments.of(5, 17),
        Arguments.of(6, 28));
  }

  /** The count is exact: it is what enumerating the feasible states finds. */
  @ParameterizedTest(name = "{0} DMs, {1} options, seed {2}")
  @MethodSource("counted")
  void theFeasibleCountIsExact(int dms, int options, long seed) {
    SyntheticModel g = SyntheticModels.generate(Spec.of(dms, options, seed));
    assertThat(StateSpace.of(g.conflict()).size()).isEqualTo(g.feasibleStates());
  }

  static Stream<Arguments> counted() {
    return Stream.of(
        Arguments.of(2, 4, 1L),
        Arguments.of(3, 8, 2L),
        Arguments.of(4, 10, 3L),
        Arguments.of(4, 14, 4L),
        Arguments.of(4, 17, 5L),
        Arguments.of(4, 20, 6L));
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
  void defaultSizesMatchTheScalingTargets(long seed) {
    // 14 options: about 5,000 states, like the model GMCR+ was measured on
    assertThat(SyntheticModels.generate(Spec.of(4, 14, seed)).feasibleStates())
        .isBetween(4_700L, 5_700L);
    // 20 options: about 10^6; 24 options: about 1.6·10^7
    assertThat(SyntheticModels.generate(Spec.of(4, 20, seed)).feasibleStates())
        .isBetween(950_000L, 1_030_000L);
    assertThat(SyntheticModels.generate(Spec.of(4, 24, seed)).feasibleStates())
        .isBetween(15_500_000L, 16_500_000L);
  }

  @ParameterizedTest(name = "share {0}")
  @ValueSource(doubles = {0.0, 0.05, 0.3, 0.5, 0.9})
  void theInfeasibleShareIsMetClosely(double share) {
    SyntheticModel g = SyntheticModels.generate(new Spec(4, 16, 11, share));
    double removed = 1 - g.feasibleStates() / 65536.0;
    assertThat(removed).isCloseTo(share, org.assertj.core.data.Offset.offset(0.01));
    if (share == 0.0) {
      assertThat(g.conflict().infeasibilities()).isEmpty();
    }
  }

  @Test
  void patternsOfTwoToFourLiteralsDoMostOfTheWork() {
    Conflict c = SyntheticModels.generate(Spec.of(4, 14, 3)).conflict();
    assertThat(c.infeasibilities()).isNotEmpty();
    assertThat(c.infeasibilities().get(0).options()).hasSizeBetween(2, 4);
    c.infeasibilities()
        .forEach(
            r -> assertThat(r.options()).hasSizeBetween(2, SyntheticModels.MAX_PATTERN_LITERALS));
    // the short patterns remove at least 90 % of what all remove; longer ones only finish the job
    long byShort = 0;
    long byAll = 0;
    for (long code = 0; code < 1 << 14; code++) {
      long x = code;
      byAll += c.isFeasible(x) ? 0 : 1;
      byShort +=
          c.infeasibilities().stream()
                  .anyMatch(r -> r.options().size() <= 4 && r.infeasibleWhen().test(x))
              ? 1
              : 0;
    }
    assertThat(byShort * 10).isGreaterThanOrEqualTo(byAll * 9);
  }

  @Test
  void badSpecsAreRefusedWithTheRange() {
    assertThatThrownBy(() -> Spec.of(1, 10, 1)).hasMessageContaining("between 2 and 6");
    assertThatThrownBy(() -> Spec.of(4, 3, 1)).hasMessageContaining("options must be between");
    assertThatThrownBy(() -> Spec.of(4, 29, 1)).hasMessageContaining("28");
    assertThatThrownBy(() -> new Spec(4, 10, 1, 0.95)).hasMessageContaining("0.9");
    assertThatThrownBy(() -> new Spec(4, 10, 1, Double.NaN)).hasMessageContaining("share");
  }

  @Test
  void defaultShareInterpolatesBetweenSmallAndLargeModels() {
    assertThat(SyntheticModels.defaultInfeasibleShare(10)).isEqualTo(0.684);
    assertThat(SyntheticModels.defaultInfeasibleShare(24)).isEqualTo(0.045);
    assertThat(SyntheticModels.defaultInfeasibleShare(17))
        .isStrictlyBetween(0.045, 0.684)
        .isCloseTo((0.684 + 0.045) / 2, org.assertj.core.data.Offset.offset(1e-9));
  }

  @Test
  void sharesPrintTheSameOnEveryJdk() {
    assertThat(SyntheticModels.share(0.68)).isEqualTo("0.68");
    assertThat(SyntheticModels.share(0.0)).isEqualTo("0.0");
    assertThat(SyntheticModels.share(0.3625)).isEqualTo("0.3625");
  }

  /** Small synthetic models analyse, and the engine agrees with the literal reference. */
  @ParameterizedTest(name = "{0} DMs, {1} options, seed {2}")
  @MethodSource("small")
  void smallModelsAnalyseLikeTheReference(int dms, int options, long seed) {
    Conflict c = SyntheticModels.generate(Spec.of(dms, options, seed)).conflict();
    GraphModel model = GraphModel.of(c);
    EnumSet<Concept> all = EnumSet.allOf(Concept.class);
    StabilityResult engine = new StabilityEngine().analyze(model, all);
    StabilityResult reference = new ReferenceSolver().analyze(model, all);
    for (Concept concept : all) {
      for (int i = 0; i < dms; i++) {
        assertThat(engine.stableFor(concept, i))
            .as("%s for %s", concept.label(), c.decisionMakers().get(i).id())
            .isEqualTo(reference.stableFor(concept, i));
      }
    }
  }

  static Stream<Arguments> small() {
    return Stream.of(
        Arguments.of(2, 4, 1L),
        Arguments.of(2, 6, 2L),
        Arguments.of(3, 7, 3L),
        Arguments.of(3, 8, 4L),
        Arguments.of(4, 8, 5L),
        Arguments.of(5, 9, 6L),
        Arguments.of(6, 9, 7L),
        // five and six options per decision maker: groups of 32 and 64 states, so the layouts
        // sort with their quicksort and the tiers form long runs
        Arguments.of(2, 10, 8L),
        Arguments.of(2, 11, 9L),
        Arguments.of(2, 12, 10L));
  }

  @Test
  void optionIdsAreNumberedGlobally() {
    Conflict c = SyntheticModels.generate(Spec.of(3, 7, 1)).conflict();
    assertThat(c.options().stream().map(Option::id).toList())
        .isEqualTo(List.of("o1", "o2", "o3", "o4", "o5", "o6", "o7"));
    assertThat(c.decisionMakers().stream().map(DecisionMaker::id).toList())
        .containsExactly("D1", "D2", "D3");
  }
}
