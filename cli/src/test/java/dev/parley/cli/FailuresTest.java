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
}
