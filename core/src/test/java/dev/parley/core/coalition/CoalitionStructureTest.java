package dev.parley.core.coalition;

import static dev.parley.core.TestModels.dm;
import static dev.parley.core.TestModels.option;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.core.model.DecisionMaker;
import java.util.List;
import org.junit.jupiter.api.Test;

class CoalitionStructureTest {
  private static final List<DecisionMaker> DMS =
      List.of(dm("US", option("a")), dm("UA", option("b")), dm("RU", option("c")));

  @Test
  void parsesBlocksAndSingletonsInAnyOrder() {
    CoalitionStructure a = CoalitionStructure.parse("[US,UA],RU", DMS);
    CoalitionStructure b = CoalitionStructure.parse(" ru , [ ua , us ] ", DMS);
    assertThat(a).isEqualTo(b);
    assertThat(a.blocks()).containsExactly(Coalition.of(0, 1), Coalition.of(2));
    assertThat(a.blockOf(1)).isZero();
    assertThat(a.blockOf(2)).isEqualTo(1);
    assertThat(a.label(List.of("US", "UA", "RU"))).isEqualTo("[US+UA, RU]");
    assertThat(CoalitionStructure.parse("US,UA,RU", DMS).isSingletons()).isTrue();
    assertThat(CoalitionStructure.parse("[US,UA,RU]", DMS).blockCount()).isEqualTo(1);
  }

  @Test
  void rejectsWhatIsNotAPartition() {
    assertThatThrownBy(() -> CoalitionStructure.parse("[US,XX],RU", DMS))
        .hasMessageContaining("unknown decision maker 'XX'")
        .hasMessageContaining("UA is in no block")
        .hasMessageContaining("the decision makers are US, UA, RU");
    assertThatThrownBy(() -> CoalitionStructure.parse("[US,UA],RU,UA", DMS))
        .hasMessageContaining("UA appears twice");
    assertThatThrownBy(() -> CoalitionStructure.parse("[US,UA", DMS))
        .hasMessageContaining("not closed");
    assertThatThrownBy(() -> CoalitionStructure.parse("[[US],UA],RU", DMS))
        .hasMessageContaining("nested");
    assertThatThrownBy(() -> CoalitionStructure.parse("[],US,UA,RU", DMS))
        .hasMessageContaining("empty block");
    assertThatThrownBy(() -> CoalitionStructure.parse(" ", DMS)).hasMessageContaining("no blocks");
    assertThatThrownBy(
            () -> CoalitionStructure.of(3, List.of(Coalition.of(0, 1), Coalition.of(1, 2))))
        .hasMessageContaining("decision maker 2 is in two blocks");
  }

  @Test
  void coalitionsAreOrderedSingletonsFirst() {
    assertThat(Coalition.every(3))
        .containsExactly(
            Coalition.of(0),
            Coalition.of(1),
            Coalition.of(2),
            Coalition.of(0, 1),
            Coalition.of(0, 2),
            Coalition.of(1, 2),
            Coalition.of(0, 1, 2));
    assertThat(Coalition.of(0, 2).complement(3)).containsExactly(1);
    assertThat(Coalition.all(3).complement(3)).isEmpty();
  }
}
