package dev.parley.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The {@code --format text|markdown|json} and {@code --output FILE} options shared by the commands
 * that print a report (inverse, goals, robustness, sweep), and how such a report is written.
 */
final class ReportOutput {
  @Option(
      names = {"-f", "--format"},
      paramLabel = "FORMAT",
      description = "text (default), markdown or json")
  Format format = Format.text;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write to FILE instead of standard output")
  Path output;

  /** Refuses csv, which these reports do not have. */
  void requireReportFormat(String command) {
    if (format == Format.csv) {
      throw new UserError("parley " + command + ": use --format text, markdown or json");
    }
  }
}
