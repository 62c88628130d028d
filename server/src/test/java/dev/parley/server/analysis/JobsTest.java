package dev.parley.server.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class JobsTest {
  private final Jobs jobs = new Jobs(1, Clock.systemUTC());

  @AfterEach
  void close() {
    jobs.close();
  }

  @Test
  void aRunningJobIsCancelledThroughItsProgress() throws Exception {
    Jobs.Job job =
        jobs.submit(
            "big.yaml",
            progress -> {
              for (long k = 0; ; k++) {
                progress.report("spinning", k, 0);
                progress.check();
                Thread.onSpinWait();
              }
            });
    assertThat(job.await(200)).isFalse();
    assertThat(job.json().get("status").asText()).isEqualTo("running");
    jobs.cancel(job.id());
    assertThat(job.await(5000)).isTrue();
    assertThat(job.status()).isEqualTo(Jobs.Status.CANCELLED);
  }

  @Test
  void aFailedJobKeepsItsError() throws Exception {
    Jobs.Job job =
        jobs.submit(
            "m.yaml",
            progress -> {
              throw new IllegalStateException("boom");
            });
    assertThat(job.await(5000)).isTrue();
    assertThat(job.status()).isEqualTo(Jobs.Status.FAILED);
    assertThat(job.json().get("error").asText()).isEqualTo("boom");
  }

  @Test
  void aJobOutOfMemoryFailsWithAdviceNotAnInternalError() throws Exception {
    Jobs.Job job =
        jobs.submit(
            "m.yaml",
            progress -> {
              throw new OutOfMemoryError("Java heap space");
            });
    assertThat(job.await(5000)).isTrue();
    assertThat(job.status()).isEqualTo(Jobs.Status.FAILED);
    assertThat(job.error()).isInstanceOf(dev.parley.server.errors.ApiError.class);
    assertThat(((dev.parley.server.errors.ApiError) job.error()).status()).isEqualTo(507);
    assertThat(job.json().get("error").asText())
        .startsWith("the " + job.kind() + " ran out of memory (Java was given ")
        .contains("JAVA_OPTS=-Xmx")
        .contains("./parley serve");
  }
}
