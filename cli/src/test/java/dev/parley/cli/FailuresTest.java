package dev.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.app.MemoryEstimate;
import org.junit.jupiter.api.Test;

class FailuresTest {
  @Test
  void outOfMemoryIsReportedWithTheSameAdviceAsTheGuard() {
    assertThat(Failures.outOfMemory(3 * MemoryEstimate.GIB))
        .contains("out of memory")
        .contains("3.0 GiB")
        .contains("JAVA_OPTS=-Xmx6g ./parley");
  }

  @Test
  void aRequestFieldIsShownAsItsOption() {
    assertThat(Failures.option("statusQuo")).isEqualTo("--status-quo");
    assertThat(Failures.option("vary[1]")).isEqualTo("--vary"); // a repeated option
    assertThat(Failures.option("bound")).isEqualTo("--bound");
  }
}
