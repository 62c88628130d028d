package dev.parley.cli;

import dev.parley.report.Doc;
import java.nio.file.Path;
import java.util.function.Function;
import java.util.function.Supplier;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The {@code --format text|markdown|json} and {@code --output FILE} options shared by the commands
 * that print a report (inverse, goals, robustness, sweep), and how such a report is written.
 */
final class ReportOutput {
  @Spec(Spec.Target.MIXEE)
  CommandSpec spec;

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

  /**
   * Writes the report in the chosen format: {@code json} for json, else {@code render} in the text
   * or markdown style; to the file, or to the command's standard output when none is given.
   */
  void write(Supplier<String> json, Function<Doc.Style, String> render) {
    String text =
        switch (format) {
          case json -> json.get();
          case markdown -> render.apply(Doc.Style.MARKDOWN);
          default -> render.apply(Doc.Style.TEXT);
        };
    Output.write(text, output, spec.commandLine().getOut(), spec.commandLine().getErr());
  }
}
