package dev.parley.server.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.server.errors.ApiError;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceTest {
  @TempDir Path dir;

  /** A clock the test moves by hand. */
  static final class ManualClock extends Clock {
    Instant now = Instant.parse("2026-11-26T12:00:00Z");

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  @Test
  void continuousSavingKeepsOneVersionPerInterval() throws Exception {
    ManualClock clock = new ManualClock();
    Workspace ws = new Workspace(dir, Duration.ofMinutes(1), clock);
    ws.create("m.yaml", "v0\n");
    for (int k = 1; k <= 10; k++) {
      clock.now = clock.now.plusSeconds(5);
      ws.write("m.yaml", "v" + k + "\n", null, false);
    }
    // v0 kept at the first save; then nothing for a minute
    assertThat(ws.history("m.yaml")).hasSize(1);
    assertThat(ws.version("m.yaml", ws.history("m.yaml").get(0).id())).isEqualTo("v0\n");
    clock.now = clock.now.plusSeconds(60);
    ws.write("m.yaml", "v11\n", null, false);
    assertThat(ws.history("m.yaml")).hasSize(2);
    assertThat(ws.version("m.yaml", ws.history("m.yaml").get(0).id())).isEqualTo("v10\n");
    // an explicit keep ignores the interval; a restore keeps what it replaces
    ws.write("m.yaml", "v12\n", null, true);
    assertThat(ws.history("m.yaml")).hasSize(3);
    String oldest = ws.history("m.yaml").get(2).id();
    ws.restore("m.yaml", oldest);
    assertThat(ws.read("m.yaml").text()).isEqualTo("v0\n");
    assertThat(ws.version("m.yaml", ws.history("m.yaml").get(0).id())).isEqualTo("v12\n");
    // versions are plain files an editor can open
    assertThat(Files.list(dir.resolve(".parley-history/m.yaml")).count()).isEqualTo(4);
  }

  @Test
  void savingTheSameTextKeepsNothing() throws Exception {
    Workspace ws = new Workspace(dir, Duration.ZERO, Clock.systemUTC());
    ws.create("m.yaml", "a\n");
    ws.write("m.yaml", "a\n", null, true);
    assertThat(ws.history("m.yaml")).isEmpty();
    assertThat(ws.snapshot("m.yaml")).isNotNull();
    assertThat(ws.snapshot("m.yaml")).isNull();
  }

  @Test
  void namesAreCheckedBeforeAnyFileIsTouched() throws Exception {
    Workspace ws = new Workspace(dir);
    for (String bad :
        new String[] {
          "../x.yaml", "/etc/x.yaml", "a/b.yaml", ".hidden.yaml", "x.txt", "", "x.yaml/"
        }) {
      assertThatThrownBy(() -> ws.write(bad, "t", null, false))
          .as(bad)
          .isInstanceOf(ApiError.class)
          .extracting(e -> ((ApiError) e).status())
          .isEqualTo(400);
    }
    assertThat(ModelNames.valid("peace talks 2026.yaml")).isTrue();
    assertThat(ModelNames.valid("model.json")).isTrue();
  }

  @Test
  void largeFilesAreRefused() throws Exception {
    Workspace ws = new Workspace(dir);
    assertThatThrownBy(() -> ws.create("big.yaml", "x".repeat(Workspace.MAX_MODEL_BYTES + 1)))
        .isInstanceOf(ApiError.class);
    assertThat(Files.exists(dir.resolve("big.yaml"))).isFalse();
  }
}
