package dev.parley.cli;

import dev.parley.io.AtomicFiles;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;

/**
 * Writes a command's result to standard output or, atomically, to a file; in a file too, control
 * characters are neutralised ({@link SafeWriter}).
 */
final class Output {
  private Output() {}

  static void write(String text, Path file, PrintWriter out, PrintWriter err) {
    if (file == null) {
      out.print(text);
      out.flush();
      return;
    }
    try {
      AtomicFiles.write(file, dev.parley.report.ControlChars.neutralise(text));
    } catch (IOException e) {
      throw new UserError(file + ": cannot write: " + e.getMessage());
    }
    err.println("Wrote " + file);
  }
}
