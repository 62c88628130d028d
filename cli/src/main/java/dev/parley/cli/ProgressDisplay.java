package dev.parley.cli;

import dev.parley.core.progress.Progress;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * A progress bar on standard error for long analyses, fed by the engine's {@link Progress} and
 * cancelled through the run's {@link Cancellation}. It is drawn by me.tongfei:progressbar, which
 * redraws twice a second (so the elapsed time moves even while the engine is inside one decision
 * maker), in plain ASCII so that any terminal encoding shows it.
 *
 * <p>The bar is given its width ({@code COLUMNS}, else 80) instead of letting progressbar ask JLine
 * for it: JLine's system terminal installs the operating system's default handler for SIGINT, so
 * Ctrl-C then killed the JVM outright, without the shutdown hook that reports "cancelled". With a
 * width given, JLine is never opened.
 *
 * <p>It is shown only when standard error is a terminal and the model has more than {@link
 * #MIN_STATES} states; {@code PARLEY_PROGRESS=0} turns it off and {@code PARLEY_PROGRESS=1} forces
 * it on (for a terminal Parley cannot recognise).
 */
final class ProgressDisplay implements Progress, AutoCloseable {
  /** Models up to this many states are analysed too fast for a bar to help. */
  static final long MIN_STATES = 200_000;

  private final Cancellation cancellation;
  private final ProgressBar bar;
  private String phase;

  private ProgressDisplay(Cancellation cancellation, String task, PrintStream err) {
    this.cancellation = cancellation;
    this.bar =
        new ProgressBarBuilder()
            .setTaskName(task)
            .setInitialMax(1)
            .setStyle(ProgressBarStyle.ASCII)
            .setUpdateIntervalMillis(500)
            .continuousUpdate()
            .setConsumer(new ConsoleProgressBarConsumer(err, width(System.getenv("COLUMNS"))))
            .clearDisplayOnFinish()
            .build();
    cancellation.display(this);
  }

  /**
   * A progress bar for {@code states} states when one is wanted, else silent progress; either is
   * cancelled through {@code cancellation}. Close it when the analysis ends.
   */
  static Progress open(Cancellation cancellation, String task, long states) {
    if (!wanted(states, System.getenv("PARLEY_PROGRESS"), stderrIsTerminal())) {
      return cancellation.progress();
    }
    return new ProgressDisplay(cancellation, task, System.err);
  }

  /** Closes {@code progress} if it is a bar. */
  static void close(Progress progress) {
    if (progress instanceof ProgressDisplay d) {
      d.close();
    }
  }

  /**
   * The bar's width: one less than the terminal's ({@code COLUMNS}), 79 when unknown, at most 100.
   */
  static int width(String columns) {
    int w = 80;
    if (columns != null) {
      try {
        w = Integer.parseInt(columns.trim());
      } catch (NumberFormatException e) {
        // keep 80
      }
    }
    return Math.max(20, Math.min(100, w - 1));
  }

  static boolean wanted(long states, String env, boolean terminal) {
    if (env != null) {
      String e = env.trim().toLowerCase(Locale.ROOT);
      if (e.equals("0") || e.equals("never") || e.equals("false")) {
        return false;
      }
      if (e.equals("1") || e.equals("always") || e.equals("true")) {
        return true;
      }
    }
    return terminal && states > MIN_STATES;
  }

  /**
   * Whether standard error is a terminal. On Linux the descriptor's link names the device; where
   * there is no {@code /proc}, a console (standard input and output on a terminal) is taken as a
   * sign that standard error is one too.
   */
  static boolean stderrIsTerminal() {
    Path fd = Path.of("/proc/self/fd/2");
    try {
      if (Files.isSymbolicLink(fd)) {
        String target = Files.readSymbolicLink(fd).toString();
        return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
      }
    } catch (java.io.IOException | SecurityException | UnsupportedOperationException e) {
      // fall back below
    }
    return System.console() != null;
  }

  @Override
  public synchronized void report(String phase, long done, long total) {
    if (!phase.equals(this.phase)) {
      this.phase = phase;
      bar.setExtraMessage(phase);
    }
    if (total > 0) {
      bar.maxHint(total);
    }
    bar.stepTo(Math.max(0, Math.min(done, total > 0 ? total : done)));
  }

  @Override
  public boolean cancelled() {
    return cancellation.requested();
  }

  @Override
  public synchronized void close() {
    bar.close();
    cancellation.display(null);
  }
}
