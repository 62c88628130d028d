package dev.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The flagship briefing must show what the news report describes. */
class FlagshipTest {
  @Test
  void briefingShowsTheSequencingDeadlock() {
    Cli r = Cli.run("analyze", Cli.example("peace-talks-2026.yaml"));
    assertThat(r.code()).as(r.err()).isZero();
    String out = r.out();
    assertThat(out).contains("Out of reach from the status quo");
    assertThat(out).contains("(deal)");
    assertThat(out).contains("United States will not move first");
    assertThat(out).contains("Ukraine will not move first");
    assertThat(out).contains("A sequencing deadlock");
    assertThat(out).contains("The status quo is state");
  }
}
