package dev.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProgressDisplayTest {
  @Test
  void aBarOnlyForLargeModelsOnATerminal() {
    assertThat(ProgressDisplay.wanted(1_000_000, null, true)).isTrue();
    assertThat(ProgressDisplay.wanted(ProgressDisplay.MIN_STATES, null, true)).isFalse();
    assertThat(ProgressDisplay.wanted(1_000_000, null, false)).isFalse();
  }

  @Test
  void theEnvironmentOverrides() {
    assertThat(ProgressDisplay.wanted(1_000_000, "0", true)).isFalse();
    assertThat(ProgressDisplay.wanted(1_000_000, "never", true)).isFalse();
    assertThat(ProgressDisplay.wanted(10, "1", false)).isTrue();
    assertThat(ProgressDisplay.wanted(10, "always", false)).isTrue();
    assertThat(ProgressDisplay.wanted(10, "maybe", true)).isFalse();
  }

  @Test
  void theWidthFollowsColumns() {
    assertThat(ProgressDisplay.width(null)).isEqualTo(79);
    assertThat(ProgressDisplay.width("120")).isEqualTo(100);
    assertThat(ProgressDisplay.width("60")).isEqualTo(59);
    assertThat(ProgressDisplay.width("wide")).isEqualTo(79);
    assertThat(ProgressDisplay.width("5")).isEqualTo(20);
  }

  @Test
  void testsRunWithoutATerminalOnStandardError() {
    // under Surefire standard error is a pipe: no bar may disturb the captured output
    assertThat(ProgressDisplay.open(new Cancellation(), "x", 10_000_000))
        .isNotInstanceOf(ProgressDisplay.class);
  }
}
