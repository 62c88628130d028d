package dev.parley.cli;

import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * The {@code --output FILE} option of the commands that write their result atomically (analyze,
 * coalitions, deadlocks, evolve), and how the result is written.
 */
final class AtomicOutput {
  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write to FILE (atomically) instead of standard output")
  Path output;

  /** Writes {@code text} to the file, or to the command's standard output when none is given. */
  void write(String text, CommandSpec spec) {
    Output.write(text, output, spec.commandLine().getOut(), spec.commandLine().getErr());
  }

  /** Writes what {@code body} writes, as a stream, to the file or to standard output. */
  void write(Output.Body body, CommandSpec spec) {
    Output.write(body, output, spec.commandLine().getOut(), spec.commandLine().getErr());
  }
}
