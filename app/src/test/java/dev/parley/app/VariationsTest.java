package dev.parley.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.parley.core.inverse.PreferenceSpace;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** The one reader of what a mediator's request varies, for both front ends. */
class VariationsTest {
  private final ModelInput flagship = Models.cli(Models.FLAGSHIP);
  private final int ru = flagship.dm("RU");

  static BadRequest bad(ThrowingCallable call) {
    BadRequest e = catchThrowableOfType(BadRequest.class, call);
    assertThat(e).as("a BadRequest").isNotNull();
    return e;
  }

  @Test
  void rangesNamePositionsOfTheCurrentRanking() {
    assertThat(Variations.rankings(flagship, List.of()).varied()).isEmpty();
    PreferenceSpace whole = Variations.rankings(flagship, List.of("ru"));
    assertThat(whole.varied()).containsExactly(ru);
    assertThat(whole.variation(ru).size()).isEqualTo(8);
    PreferenceSpace part = Variations.rankings(flagship, List.of(" RU = 2..4 "));
    assertThat(part.variation(ru).from()).isEqualTo(1);
    assertThat(part.variation(ru).to()).isEqualTo(3);
    // changes: the ranges given, else every whole ranking; statements on request
    assertThat(Variations.changes(flagship, List.of(), null).varied()).hasSize(3);
    assertThat(Variations.changes(flagship, List.of("RU=2..4"), "ranking").variation(ru).size())
        .isEqualTo(3);
    PreferenceSpace st = Variations.changes(flagship, List.of("RU"), "Statements");
    assertThat(st.varied()).containsExactly(ru);
    assertThat(st.variation(ru).metric()).isEqualTo(PreferenceSpace.Metric.STATEMENTS);
  }

  @Test
  void eachProblemNamesTheEntryItIsIn() {
    BadRequest out = bad(() -> Variations.rankings(flagship, List.of("US", "RU=0..3")));
    assertThat(out.field()).isEqualTo("vary[1]");
    assertThat(out.lines())
        .singleElement()
        .asString()
        .startsWith("RU=0..3: give positions FROM..TO within 1..8 (1 = the most preferred")
        .endsWith("e.g. RU=1..8");
    BadRequest one = bad(() -> Variations.rankings(flagship, List.of("RU=3..3")));
    assertThat(one.field()).isEqualTo("vary[0]");
    assertThat(one.lines().get(0)).startsWith("RU=3..3: a range of one position changes nothing");
    BadRequest who = bad(() -> Variations.changes(flagship, List.of("XX=1..2"), null));
    assertThat(who.field()).isEqualTo("vary[0]");
    assertThat(who.lines().get(0))
        .isEqualTo("unknown decision maker 'XX'; the model has: US, UA, RU");
  }

  @Test
  void theMetricIsRankingOrStatements() {
    BadRequest m = bad(() -> Variations.changes(flagship, List.of(), "votes"));
    assertThat(m.field()).isEqualTo("metric");
    assertThat(m.lines().get(0)).isEqualTo("votes: use ranking (the default) or statements");
    ModelInput chicken = Models.cli("chicken.yaml");
    BadRequest none = bad(() -> Variations.changes(chicken, List.of(), "statements"));
    assertThat(none.field()).isEqualTo("metric");
    assertThat(none.lines().get(0))
        .startsWith("statements: no decision maker has two or more prioritized statements");
    BadRequest p1 = bad(() -> Variations.changes(chicken, List.of("P1"), "statements"));
    assertThat(p1.lines().get(0))
        .startsWith("statements: P1 has no list of two or more prioritized statements");
  }

  @Test
  void statesAndNumbersNameTheirField() {
    assertThat(Variations.state(flagship, "deal", "target")).isEqualTo(7);
    BadRequest missing = bad(() -> Variations.state(flagship, " ", "target"));
    assertThat(missing.field()).isEqualTo("target");
    assertThat(missing.lines().get(0)).startsWith("is required: a state number");
    BadRequest nowhere = bad(() -> Variations.state(flagship, "nowhere", "goals[0].state"));
    assertThat(nowhere.field()).isEqualTo("goals[0].state");
    assertThat(nowhere.lines().get(0)).startsWith("'nowhere': ");
    BadRequest n = bad(() -> Variations.requireRange("bound", 51, 0, 50));
    assertThat(n.getMessage()).isEqualTo("bound 51: give a number from 0 to 50");
    Variations.requireRange("bound", 50, 0, 50);
  }
}
