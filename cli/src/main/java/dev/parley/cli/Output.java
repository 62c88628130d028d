package dev.parley.cli;

import dev.parley.io.AtomicFiles;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
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

  /** A result written as a stream, not held in memory as one string. */
  interface Body {
    void writeTo(Writer out) throws IOException;
  }

  /** {@link #write(String, Path, PrintWriter, PrintWriter)} for a result written as a stream. */
  static void write(Body body, Path file, PrintWriter out, PrintWriter err) {
    if (file == null) {
      try {
        body.writeTo(out);
      } catch (IOException e) {
        throw new UserError("cannot write to standard output: " + e.getMessage());
      }
      out.flush();
      return;
    }
    try {
      AtomicFiles.write(
          file,
          os -> {
            Writer w =
                SafeWriter.of(
                    new BufferedWriter(new OutputStreamWriter(os, StandardCharsets.UTF_8)));
            body.writeTo(w);
            w.flush();
          });
    } catch (IOException e) {
      throw new UserError(file + ": cannot write: " + e.getMessage());
    }
    err.println("Wrote " + file);
  }
}
