package dev.parley.app;

import java.lang.management.ManagementFactory;
import java.util.Locale;

/**
 * A conservative estimate of the heap a model needs, made from its shape alone (options per
 * decision maker) before anything is enumerated, so that a model too large for the memory given
 * fails at once with advice instead of an {@link OutOfMemoryError} minutes later.
 *
 * <p>It counts every candidate code {@code C = 2^k} as a feasible state (exact for the large,
 * mostly feasible models where memory matters) and adds, per state, what the engine keeps
 * (docs/performance.md, "Memory"):
 *
 * <ul>
 *   <li><b>model</b>: the state code (8 bytes), each decision maker's payoffs twice (the reader's
 *       copy and the graph model's: {@code 8n}) and the rank index of feasible codes (under a
 *       byte). Option-form moves are computed on the fly and take no memory;
 *   <li><b>building</b>: resolving statements into payoffs, {@value #RESOLVE_BYTES} bytes per state
 *       for one decision maker at a time (scores, their sorted copy, ranks);
 *   <li><b>analysis</b>: per decision maker analysed at a time ({@code min(n, processors)} of them
 *       run in parallel) {@value #ANALYSIS_BYTES_PER_STATE} bytes per state. It covers the group
 *       layouts of every decision maker (order, tier of each state, tiers and their successors),
 *       the reach minima for GMR, SMR and SEQ, the union-find array of the reversible-class pass,
 *       the node arrays and search stack of the SEQ pass, and the result bits.
 * </ul>
 *
 * plus a fixed {@value #BASE_MIB} MiB for the JVM and Parley itself. Models with edited moves or
 * packages keep their moves explicitly and are not covered by the formula beyond these terms. When
 * the engine changes its data structures, change the constants here and re-measure ({@code parley
 * bench} prints the peak heap beside the estimate; {@code MemoryCalibration} in the bench module
 * finds the smallest heap that works). With the group-layout engine the smallest heap that prepares
 * and fully analyses the synthetic models is 166–264 bytes per state for 4 decision makers
 * (docs/performance.md), below the 297 bytes per candidate code estimated on 2 processors.
 *
 * @param bytes the estimated peak heap in bytes
 * @param options the number of options k
 * @param candidateStates {@code 2^k}
 */
public record MemoryEstimate(long bytes, int options, long candidateStates) {
  public static final long MIB = 1L << 20;
  public static final long GIB = 1L << 30;

  /** JVM, picocli, Jackson and the loaded classes. */
  static final int BASE_MIB = 64;

  /** Resolving one decision maker's statements: scores, their sorted copy, ranks. */
  static final int RESOLVE_BYTES = 24;

  /** Per state and decision maker under analysis (see the class comment). */
  static final int ANALYSIS_BYTES_PER_STATE = 128;

  /** What preparing the model (states, payoffs) and, if {@code analyse}, analysing needs. */
  public static MemoryEstimate of(int[] optionsPerDm, boolean analyse, int processors) {
    int n = optionsPerDm.length;
    int k = 0;
    for (int kd : optionsPerDm) {
      k += kd;
    }
    double c = Math.pow(2, k);
    double model = 8 + 8.0 * n + 1;
    double analysis = 0;
    if (analyse) {
      int parallel = Math.max(1, Math.min(n, processors));
      analysis = parallel * (double) ANALYSIS_BYTES_PER_STATE;
    }
    double perState = model + Math.max(RESOLVE_BYTES, analysis);
    double total = BASE_MIB * (double) MIB + c * perState;
    long bytes = total >= Long.MAX_VALUE ? Long.MAX_VALUE : (long) total;
    return new MemoryEstimate(bytes, k, (long) Math.min(c, Long.MAX_VALUE));
  }

  /** The estimate for this JVM's processor count. */
  public static MemoryEstimate of(int[] optionsPerDm, boolean analyse) {
    return of(optionsPerDm, analyse, Runtime.getRuntime().availableProcessors());
  }

  /**
   * This estimate with {@code bytesPerState} more for every candidate state: what a front end keeps
   * beside the engine (the workbench's answer, for one).
   */
  public MemoryEstimate plusPerState(long bytesPerState) {
    double total = bytes + (double) candidateStates * bytesPerState;
    return new MemoryEstimate(
        total >= Long.MAX_VALUE ? Long.MAX_VALUE : (long) total, options, candidateStates);
  }

  /** Whether the estimate fits in {@code maxHeap} bytes. */
  public boolean fits(long maxHeap) {
    return bytes <= maxHeap;
  }

  /**
   * The {@code -Xmx} to suggest, in whole GiB, at least 1: the estimate plus a tenth, since some
   * collectors give the application a little less than {@code -Xmx}.
   */
  public long suggestedGib() {
    return Math.max(1, (long) Math.ceil(bytes * 1.1 / GIB));
  }

  /**
   * The message for a model that does not fit: what it needs, what this JVM has, and how to give
   * more; {@code rerun} is the command to repeat, e.g. {@code ./parley analyze big.yaml}.
   */
  public String advice(long maxHeap, String rerun) {
    StringBuilder b = new StringBuilder();
    b.append(
        String.format(
            Locale.ROOT,
            "this model needs about %s of memory (%d options, up to %,d states) and Java was given"
                + " %s; run with JAVA_OPTS=-Xmx%dg %s",
            size(bytes),
            options,
            candidateStates,
            size(maxHeap),
            suggestedGib(),
            rerun));
    long physical = physicalMemory();
    if (physical > 0 && suggestedGib() * GIB > physical) {
      b.append(
          String.format(
              Locale.ROOT,
              " (this machine has %s, so the model is too large for it: remove options or split"
                  + " the conflict)",
              size(physical)));
    }
    return b.toString();
  }

  /** Bytes as GiB with one decimal, or MiB below 1 GiB. */
  public static String size(long bytes) {
    if (bytes >= GIB) {
      return String.format(Locale.ROOT, "%.1f GiB", bytes / (double) GIB);
    }
    return String.format(Locale.ROOT, "%d MiB", Math.max(1, Math.round(bytes / (double) MIB)));
  }

  private static long physicalMemory() {
    try {
      if (ManagementFactory.getOperatingSystemMXBean()
          instanceof com.sun.management.OperatingSystemMXBean os) {
        return os.getTotalMemorySize();
      }
    } catch (RuntimeException | LinkageError e) {
      // not a HotSpot-style JVM: say nothing about the machine
    }
    return 0;
  }
}
