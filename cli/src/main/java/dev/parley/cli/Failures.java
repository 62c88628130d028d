package dev.parley.cli;

import dev.parley.app.BadRequest;
import dev.parley.app.MemoryEstimate;
import dev.parley.app.TooLarge;
import dev.parley.core.model.ModelException;
import dev.parley.core.progress.Progress;
import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/**
 * Turns exceptions into messages and exit codes: bad input is exit 2 with one line per problem,
 * anything else exit 1 with a one-line summary. Stack traces only with {@code PARLEY_DEBUG=1}.
 */
final class Failures implements CommandLine.IExecutionExceptionHandler {
  private final Cancellation cancellation;

  Failures(Cancellation cancellation) {
    this.cancellation = cancellation;
  }

  @Override
  public int handleExecutionException(
      Exception ex, CommandLine cl, CommandLine.ParseResult parseResult) {
    PrintWriter err = cl.getErr();
    if (ex instanceof BadRequest b) {
      String flag = b.field() == null ? "" : option(b.field()) + " ";
      b.lines().forEach(line -> err.println(flag + line));
      return ExitCodes.BAD_INPUT;
    }
    if (ex instanceof TooLarge t) {
      err.println("parley: " + t.advice(rerun(parseResult)));
      return ExitCodes.BAD_INPUT;
    }
    if (ex instanceof ModelException m) {
      m.problems().forEach(p -> err.println("error: " + p));
      return ExitCodes.BAD_INPUT;
    }
    if (ex instanceof Progress.CancelledException) {
      cancellation.announce(err);
      return ExitCodes.CANCELLED;
    }
    if (ex.getCause() instanceof OutOfMemoryError) {
      err.println(outOfMemory(Runtime.getRuntime().maxMemory()));
      return ExitCodes.ANALYSIS_FAILURE;
    }
    err.println("parley: internal error: " + ex);
    if ("1".equals(System.getenv("PARLEY_DEBUG"))) {
      StringWriter sw = new StringWriter();
      ex.printStackTrace(new PrintWriter(sw));
      err.println(sw);
    } else {
      err.println("Run again with PARLEY_DEBUG=1 for details, and please report it.");
    }
    return ExitCodes.ANALYSIS_FAILURE;
  }

  /**
   * The command-line option of a request field: {@code statusQuo} is {@code --status-quo}; an entry
   * of a list ({@code vary[1]}) is the option repeated ({@code --vary}).
   */
  static String option(String field) {
    return "--"
        + field
            .replaceAll("\\[[0-9]+\\]", "")
            .replaceAll("([a-z0-9])([A-Z])", "$1-$2")
            .toLowerCase(java.util.Locale.ROOT);
  }

  /** The command line to repeat with more memory, as the user typed it. */
  static String rerun(CommandLine.ParseResult parsed) {
    StringBuilder b = new StringBuilder("./parley");
    for (String a : parsed == null ? java.util.List.<String>of() : parsed.originalArgs()) {
      b.append(' ').append(a.matches("[A-Za-z0-9_./=,:+-]+") ? a : "'" + a + "'");
    }
    return b.toString();
  }

  /**
   * The last-resort message when the memory estimate let a model through that did not fit: the
   * guard's advice, with twice the heap Java had.
   */
  static String outOfMemory(long maxHeap) {
    long gib = Math.max(1, (2 * maxHeap + MemoryEstimate.GIB - 1) / MemoryEstimate.GIB);
    return "parley: out of memory: this model needs more than the "
        + MemoryEstimate.size(maxHeap)
        + " Java was given; run with JAVA_OPTS=-Xmx"
        + gib
        + "g ./parley ... (docs/performance.md says what each size needs)";
  }
}
