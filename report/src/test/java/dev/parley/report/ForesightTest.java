package dev.parley.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.core.foresight.LimitedMove;
import dev.parley.core.graph.GraphModel;
import dev.parley.io.Format;
import dev.parley.io.ModelReader;
import dev.parley.io.TestFiles;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one foresight computation the command line and the server share, and its refusals. */
class ForesightTest {
  private static GraphModel read(String name) throws Exception {
    return ModelReader.read(TestFiles.example(name)).graphModel();
  }

  /** A two-party model with {@code options} options, none excluded: 2^options states. */
  private static GraphModel twoParties(int options) throws Exception {
    StringBuilder y = new StringBuilder("parley: 1\ntitle: Many options\ndecisionMakers:\n");
    for (String dm : List.of("A", "B")) {
      y.append("  - id: ").append(dm).append("\n    options:\n");
      int mine = dm.equals("A") ? options / 2 : options - options / 2;
      for (int k = 0; k < mine; k++) {
        y.append("      - id: ").append(dm.toLowerCase()).append(k).append('\n');
      }
      y.append("    preferences:\n      statements: [").append(dm.toLowerCase()).append("0]\n");
    }
    return ModelReader.read(y.toString(), "many.yaml", Format.YAML).graphModel();
  }

  @Test
  void itComputesWhatTheLimitedMoveEngineComputes() throws Exception {
    GraphModel g = read("chicken.yaml");
    Foresight f = Foresight.compute(g, "chicken.yaml", List.of(2, 4), true);
    LimitedMove lm = new LimitedMove(g);
    LimitedMove.Verdicts[] all = lm.horizons(4);
    assertThat(f.horizons().keySet()).containsExactly(2, 4);
    assertThat(f.horizons().get(4).stableUnderEvery()).isEqualTo(all[3].stableUnderEvery());
    assertThat(f.nm().equilibria()).isEqualTo(lm.nonMyopic().equilibria());
    assertThat(Foresight.compute(g, "chicken.yaml", List.of(1), false).nm()).isNull();
  }

  @Test
  void itIsRefusedForOtherThanTwoPartiesAndNmForTooManyStates() throws Exception {
    assertThatThrownBy(
            () -> Foresight.compute(read("elmira.yaml"), "elmira.yaml", List.of(2), false))
        .isInstanceOf(Foresight.Refused.class)
        .hasMessageContaining("defined for two decision makers; elmira.yaml has 3");
    GraphModel big = twoParties(11);
    assertThat(big.stateCount()).isGreaterThan(Foresight.NM_STATE_LIMIT);
    assertThatThrownBy(() -> Foresight.compute(big, "many.yaml", List.of(), true))
        .isInstanceOf(Foresight.Refused.class)
        .hasMessageContaining("2048 states is more than the 2000 it handles");
    assertThat(Foresight.compute(big, "many.yaml", List.of(1), false).horizons()).hasSize(1);
  }
}
