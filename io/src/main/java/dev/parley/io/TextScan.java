package dev.parley.io;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks the raw text of a file before it is parsed, in one linear pass: its length; raw control
 * characters and unpaired surrogates, each reported at its own line and column (the parsers would
 * report the first at 1:1, or not at all); and, in YAML, runs of more than {@link
 * ReadLimits#MAX_STRING_CHARS} characters without a space or line break, which SnakeYAML scans in
 * time quadratic in their length (a 10 MB title took minutes before failing).
 */
final class TextScan {
  private TextScan() {}

  /** At most this many control characters are reported one by one. */
  static final int MAX_REPORTED = 10;

  /** {@code key:} (possibly after list dashes or quoted) ending the text before a long value. */
  private static final Pattern KEY_BEFORE =
      Pattern.compile("^[\\s-]*[\"']?([A-Za-z_][\\w.]*)[\"']?:\\s*$");

  /** False when the text must not be parsed; the reasons are in {@code problems}. */
  static boolean check(String text, Format format, Problems problems) {
    if (text.length() > ReadLimits.MAX_FILE_BYTES) {
      problems.add(
          0,
          0,
          "the model is "
              + ReadLimits.count(text.length())
              + " characters long; Parley reads files of at most 8 MiB ("
              + ReadLimits.count(ReadLimits.MAX_FILE_BYTES)
              + " bytes)",
          "check that this is the model file; a model is a few kilobytes");
      return false;
    }
    int line = 1;
    int lineStart = 0;
    int runStart = -1;
    int bad = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        line++;
        lineStart = i + 1;
        runStart = -1;
        continue;
      }
      if (c == ' ' || c == '\t' || c == '\r') {
        runStart = -1;
        continue;
      }
      if (runStart < 0) {
        runStart = i;
      } else if (format == Format.YAML && i - runStart >= ReadLimits.MAX_STRING_CHARS) {
        longRun(text, lineStart, runStart, line, problems);
        return false;
      }
      String what = null;
      if (isControl(c)) {
        what = String.format("a raw control character (U+%04X)", (int) c);
      } else if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        what = String.format("an unpaired surrogate (U+%04X), which is not a character", (int) c);
      }
      if (what != null) {
        bad++;
        if (bad <= MAX_REPORTED) {
          problems.add(
              line,
              i - lineStart + 1,
              what + " in the text",
              "remove it: a model file holds printable text, tabs and line breaks only (such"
                  + " characters come with text copied out of a terminal, a PDF or a word"
                  + " processor)");
        }
      }
    }
    if (bad > MAX_REPORTED) {
      problems.add(
          line,
          0,
          (bad - MAX_REPORTED) + " more control characters after the " + MAX_REPORTED + " above",
          "check the file's encoding: a binary file, or text in UTF-16, reads as many control"
              + " characters; save the model as UTF-8 text");
    }
    return bad == 0;
  }

  /**
   * Whether {@code c} is a control character that has no place in a model file: C0 controls other
   * than tab, line feed and carriage return, DEL, the C1 controls other than NEL (which YAML reads
   * as a line break) and the two non-characters U+FFFE and U+FFFF.
   */
  static boolean isControl(char c) {
    if (c < 0x20) {
      return c != '\t' && c != '\n' && c != '\r';
    }
    return c >= 0x7F && c <= 0x9F && c != 0x85 || c == '\uFFFE' || c == '\uFFFF';
  }

  private static void longRun(
      String text, int lineStart, int runStart, int line, Problems problems) {
    Matcher m = KEY_BEFORE.matcher(text.substring(lineStart, runStart));
    String subject = m.matches() ? "the value of '" + m.group(1) + "'" : "a text value";
    problems.add(
        line,
        runStart - lineStart + 1,
        subject
            + " runs for more than "
            + ReadLimits.count(ReadLimits.MAX_STRING_CHARS)
            + " characters without a space or line break; Parley reads text values of at most "
            + ReadLimits.count(ReadLimits.MAX_STRING_CHARS)
            + " characters",
        "shorten it; keep long material in its own document and cite it under 'sources:'");
  }
}
