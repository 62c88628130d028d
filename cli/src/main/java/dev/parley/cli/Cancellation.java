package dev.parley.cli;

import dev.parley.core.progress.Progress;
import java.io.PrintWriter;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Ctrl-C for one run of the command. The JVM's shutdown hook {@link #request requests}
 * cancellation; the engine sees it through {@link #progress()} at its next check and throws {@link
 * Progress.CancelledException}, which {@link Failures} reports as "cancelled" with exit code 130.
 * The hook waits up to {@link #GRACE_MILLIS} for the command to {@link #finish}, so the command can
 * close its progress bar and leave without writing anything; a command busy where it cannot be
 * cancelled (reading or preparing the model) is then stopped by the JVM, still before any output is
 * written (outputs are written atomically, after the analysis, and only if not cancelled).
 */
final class Cancellation {
  /** How long the shutdown hook lets the command wind down. */
  static final long GRACE_MILLIS = 2000;

  private volatile boolean requested;
  private final CountDownLatch finished = new CountDownLatch(1);
  private final AtomicBoolean announced = new AtomicBoolean();
  private volatile AutoCloseable display;

  /** Asks the running command to stop. */
  void request() {
    requested = true;
  }

  boolean requested() {
    return requested;
  }

  /** Throws {@link Progress.CancelledException} if cancellation was requested. */
  void check() {
    if (requested) {
      throw new Progress.CancelledException();
    }
  }

  /** Progress that reports nothing and is cancelled by this. */
  Progress progress() {
    return new Progress() {
      @Override
      public void report(String phase, long done, long total) {}

      @Override
      public boolean cancelled() {
        return requested;
      }
    };
  }

  /** The progress bar on screen, closed before "cancelled" is printed; null when none. */
  void display(AutoCloseable d) {
    display = d;
  }

  /** The command has returned; the shutdown hook need not wait any longer. */
  void finish() {
    finished.countDown();
  }

  boolean isFinished() {
    return finished.getCount() == 0;
  }

  /** Prints "parley: cancelled" once, after closing the progress bar. */
  void announce(PrintWriter err) {
    if (announced.compareAndSet(false, true)) {
      AutoCloseable d = display;
      if (d != null) {
        try {
          d.close();
        } catch (Exception e) {
          // the bar is gone either way
        }
      }
      err.println("parley: cancelled");
      err.flush();
    }
  }

  /**
   * The body of the shutdown hook. On a normal exit the command has finished and this returns at
   * once; on Ctrl-C it requests cancellation and gives the command {@link #GRACE_MILLIS} to stop.
   */
  void onShutdown(PrintWriter err) {
    if (isFinished()) {
      return;
    }
    request();
    try {
      finished.await(GRACE_MILLIS, TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    announce(err);
  }
}
