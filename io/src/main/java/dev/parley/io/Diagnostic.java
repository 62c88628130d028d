package dev.parley.io;

/**
 * One problem in a model file, placed at a 1-based line and column (0 when the position is
 * unknown), with a message saying what is wrong and a hint saying how to fix it.
 */
public record Diagnostic(String file, int line, int column, String message, String hint) {

  /** {@code file:line:column: message — hint}, the form compilers use and editors understand. */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder();
    b.append(file == null ? "<model>" : file);
    if (line > 0) {
      b.append(':').append(line);
      if (column > 0) {
        b.append(':').append(column);
      }
    }
    b.append(": ").append(message);
    if (hint != null && !hint.isEmpty()) {
      b.append(" — ").append(hint);
    }
    return b.toString();
  }
}
