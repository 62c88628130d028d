package dev.parley.cli;

import dev.parley.report.ControlChars;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;

/**
 * The one place the command line writes text through: standard output and standard error (set on
 * the command line in {@link Main#commandLine}) and text files written with {@code -o}. Control
 * characters in what passes are written as visible escapes ({@link ControlChars}), so that a model
 * whose title holds {@code ESC [ 31m} cannot colour, move or retitle the user's terminal.
 */
final class SafeWriter extends FilterWriter {
  private SafeWriter(Writer out) {
    super(out);
  }

  /** A writer that neutralises control characters, then writes to {@code out}. */
  static Writer of(Writer out) {
    return new SafeWriter(out);
  }

  /** A print writer that neutralises control characters, then writes to {@code out}. */
  static PrintWriter wrap(PrintWriter out) {
    return new PrintWriter(new SafeWriter(out), true);
  }

  @Override
  public void write(int c) throws IOException {
    if (ControlChars.neutralised((char) c)) {
      out.write(ControlChars.neutralise(String.valueOf((char) c)));
    } else {
      out.write(c);
    }
  }

  @Override
  public void write(char[] buf, int off, int len) throws IOException {
    write(new String(buf, off, len), 0, len);
  }

  @Override
  public void write(String s, int off, int len) throws IOException {
    String part = off == 0 && len == s.length() ? s : s.substring(off, off + len);
    out.write(ControlChars.neutralise(part));
  }
}
