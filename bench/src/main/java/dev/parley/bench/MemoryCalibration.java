package dev.parley.bench;

import dev.parley.core.graph.GraphModel;
import dev.parley.core.stability.Concept;
import dev.parley.core.stability.StabilityEngine;
import dev.parley.core.synthetic.SyntheticModels;
import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Finds the smallest heap ({@code -Xmx}) with which a synthetic model can be prepared and fully
 * analysed, by bisection over child JVMs; the figures calibrate the command line's memory estimate
 * (docs/performance.md, "Memory").
 *
 * <pre>
 * java -cp bench/target/benchmarks.jar dev.parley.bench.MemoryCalibration DMS OPTIONS...
 * </pre>
 *
 * Each child runs with {@code -XX:+ExitOnOutOfMemoryError}; a child that has not finished after six
 * times the time it took with ample memory (plus 30 s), twice in a row, counts as failed too (it is
 * thrashing the collector). The bisection stops within 5 %.
 */
public final class MemoryCalibration {
  private static final long MIB = 1L << 20;

  private MemoryCalibration() {}

  public static void main(String[] args) throws Exception {
    if (args.length >= 1 && args[0].equals("run")) {
      run(Integer.parseInt(args[1]), Integer.parseInt(args[2]));
      return;
    }
    if (args.length < 2) {
      System.err.println("usage: MemoryCalibration DMS OPTIONS...");
      System.exit(2);
    }
    int dms = Integer.parseInt(args[0]);
    System.out.println("| options | DMs | states | min heap (MiB) | bytes per state | run (s) |");
    System.out.println("|---:|---:|---:|---:|---:|---:|");
    for (int a = 1; a < args.length; a++) {
      int options = Integer.parseInt(args[a]);
      long states =
          SyntheticModels.generate(SyntheticModels.Spec.of(dms, options, 1)).feasibleStates();
      long hi = 16384;
      long start = System.nanoTime();
      long live = child(dms, options, hi, 3600, true);
      if (live < 0) {
        System.out.printf(Locale.ROOT, "| %d | %d | %,d | > %d | | |%n", options, dms, states, hi);
        continue;
      }
      double ample = (System.nanoTime() - start) / 1e9;
      // the prepared model alone is a lower bound; four times it is usually enough
      long lo = Math.max(16, live);
      long guess = 4 * lo;
      if (guess < hi && child(dms, options, guess, (long) Math.ceil(6 * ample + 30))) {
        hi = guess;
      }
      while (hi > lo * 1.05 && hi - lo > 4) {
        long mid = (lo + hi) / 2;
        if (child(dms, options, mid, (long) Math.ceil(6 * ample + 30))) {
          hi = mid;
        } else {
          lo = mid;
        }
      }
      System.out.printf(
          Locale.ROOT,
          "| %d | %d | %,d | %d | %.0f | %.1f |%n",
          options,
          dms,
          states,
          hi,
          hi * (double) MIB / states,
          ample);
    }
  }

  private static boolean child(int dms, int options, long heapMib, long timeoutSeconds)
      throws IOException, InterruptedException {
    return child(dms, options, heapMib, timeoutSeconds, true) >= 0;
  }

  /**
   * Runs one child; returns the live heap after preparation in MiB as it reported it, or -1 when it
   * failed.
   */
  private static long child(int dms, int options, long heapMib, long timeoutSeconds, boolean retry)
      throws IOException, InterruptedException {
    String java =
        System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
    List<String> cmd = new ArrayList<>();
    cmd.add(java);
    cmd.add("-Xmx" + heapMib + "m");
    cmd.add("-XX:+ExitOnOutOfMemoryError");
    cmd.add("-cp");
    cmd.add(System.getProperty("java.class.path"));
    cmd.add(MemoryCalibration.class.getName());
    cmd.add("run");
    cmd.add(Integer.toString(dms));
    cmd.add(Integer.toString(options));
    File log = File.createTempFile("calibration", ".txt");
    try {
      Process p =
          new ProcessBuilder(cmd)
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.to(log))
              .start();
      if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
        p.destroyForcibly().waitFor();
        // slow: thrashing the collector, or only a busy machine; a second try tells them apart
        return retry ? child(dms, options, heapMib, 2 * timeoutSeconds, false) : -1;
      }
      if (p.exitValue() != 0) {
        return -1;
      }
      for (String line : Files.readAllLines(log.toPath())) {
        if (line.startsWith("live ")) {
          return Long.parseLong(line.substring(5).trim());
        }
      }
      return 0;
    } finally {
      log.delete();
    }
  }

  private static void run(int dms, int options) {
    GraphModel model =
        GraphModel.of(
            SyntheticModels.generate(SyntheticModels.Spec.of(dms, options, 1)).conflict());
    Runtime rt = Runtime.getRuntime();
    System.gc();
    System.out.println("live " + (rt.totalMemory() - rt.freeMemory()) / MIB);
    new StabilityEngine().analyze(model, EnumSet.allOf(Concept.class));
    System.out.println(
        "ok; heap max "
            + ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getMax() / MIB
            + " MiB");
  }
}
