package dev.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CancellationTest {
  @TempDir Path dir;

  private static Cli run(Cancellation c, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        Main.commandLine(new PrintWriter(out, true), new PrintWriter(err, true), c).execute(args);
    return new Cli(code, out.toString(), err.toString());
  }

  @Test
  void aCancelledAnalysisExits130AndWritesNothing() {
    Cancellation c = new Cancellation();
    c.request();
    Path out = dir.resolve("result.json");
    Cli r = run(c, "analyze", Cli.example("elmira.yaml"), "-f", "json", "-o", out.toString());
    assertThat(r.code()).isEqualTo(ExitCodes.CANCELLED).isEqualTo(130);
    assertThat(r.err()).isEqualTo("parley: cancelled" + System.lineSeparator());
    assertThat(r.out()).isEmpty();
    assertThat(out).doesNotExist();
    assertThat(dir.toFile().list()).isEmpty();
  }

  @Test
  void aCancelledBenchStops() {
    Cancellation c = new Cancellation();
    c.request();
    Cli r = run(c, "bench", "--options", "6", "--repeat", "1");
    assertThat(r.code()).isEqualTo(ExitCodes.CANCELLED);
    assertThat(r.err()).contains("parley: cancelled");
  }

  @Test
  void theEngineSeesTheRequest() {
    Cancellation c = new Cancellation();
    assertThat(c.progress().cancelled()).isFalse();
    c.request();
    assertThat(c.progress().cancelled()).isTrue();
  }

  @Test
  void afterANormalExitTheHookDoesNothing() {
    Cancellation c = new Cancellation();
    c.finish();
    StringWriter err = new StringWriter();
    c.onShutdown(new PrintWriter(err, true));
    assertThat(c.requested()).isFalse();
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void onCtrlCTheHookWaitsForTheCommandAndSaysCancelledOnce() throws Exception {
    Cancellation c = new Cancellation();
    StringWriter err = new StringWriter();
    PrintWriter w = new PrintWriter(err, true);
    Thread hook = new Thread(() -> c.onShutdown(w));
    hook.start();
    while (!c.requested()) {
      Thread.onSpinWait();
    }
    c.announce(w); // the command saw the request and reports it
    c.finish();
    hook.join(Cancellation.GRACE_MILLIS + 1000);
    assertThat(hook.isAlive()).isFalse();
    assertThat(err.toString()).isEqualTo("parley: cancelled" + System.lineSeparator());
  }
}
