package dev.parley.report;

/**
 * Neutralises control characters in text bound for a terminal or a document, so that a model's
 * title, names and notes cannot carry terminal escape sequences (colours, cursor moves, window
 * titles, hyperlinks) or reorder what is shown: each such character is written as a visible escape
 * such as {@code \u001b}. Line feed and tab pass, as does carriage return where it ends lines.
 *
 * <p>Neutralised: the C0 controls other than tab and line feed, DEL, the C1 controls (U+0080 to
 * U+009F) and the bidirectional embedding, override and isolate controls (U+202A to U+202E, U+2066
 * to U+2069). The model reader refuses raw control characters already; these come from escapes in
 * double-quoted YAML or JSON strings ({@code "\e[31m"}, {@code "\u001b"}).
 */
public final class ControlChars {
  private ControlChars() {}

  private static final boolean CRLF = System.lineSeparator().indexOf('\r') >= 0;

  /** Whether {@code c} is written as an escape. */
  public static boolean neutralised(char c) {
    if (c < 0x20) {
      return c != '\n' && c != '\t' && !(c == '\r' && CRLF);
    }
    return c >= 0x7F && c <= 0x9F
        || c >= '\u202A' && c <= '\u202E'
        || c >= '\u2066' && c <= '\u2069';
  }

  /** {@code text} with every {@link #neutralised} character written as {@code \}{@code uXXXX}. */
  public static String neutralise(String text) {
    if (text == null) {
      return null;
    }
    int i = 0;
    while (i < text.length() && !neutralised(text.charAt(i))) {
      i++;
    }
    if (i == text.length()) {
      return text;
    }
    StringBuilder b = new StringBuilder(text.length() + 16).append(text, 0, i);
    for (; i < text.length(); i++) {
      append(b, text.charAt(i));
    }
    return b.toString();
  }

  /** Appends {@code c}, or its escape when it is neutralised. */
  public static void append(StringBuilder b, char c) {
    if (neutralised(c)) {
      b.append(String.format("\\u%04x", (int) c));
    } else {
      b.append(c);
    }
  }
}
