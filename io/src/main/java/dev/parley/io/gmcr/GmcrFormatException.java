package dev.parley.io.gmcr;

/**
 * A {@code .gmcr} file that cannot be imported. The message names the file, the position in it
 * (line and column where known), the place in the JSON document (such as {@code
 * decisionMakers[1].preferenceRanking[4]}), what is wrong and how to fix it; it is meant to be
 * shown to the user as it is, without a stack trace.
 */
public class GmcrFormatException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String file;
  private final String jsonPath;
  private final int line;
  private final int column;
  private final String problem;
  private final String hint;

  /**
   * @param file the file name as the user gave it
   * @param jsonPath the place in the JSON document, {@code ""} for the whole document
   * @param line 1-based line, or 0 when unknown
   * @param column 1-based column, or 0 when unknown
   * @param problem what is wrong
   * @param hint how to fix it, or null
   */
  public GmcrFormatException(
      String file, String jsonPath, int line, int column, String problem, String hint) {
    super(format(file, jsonPath, line, column, problem, hint));
    this.file = file;
    this.jsonPath = jsonPath == null ? "" : jsonPath;
    this.line = line;
    this.column = column;
    this.problem = problem;
    this.hint = hint;
  }

  private static String format(
      String file, String jsonPath, int line, int column, String problem, String hint) {
    StringBuilder b = new StringBuilder(file);
    if (line > 0) {
      b.append(", line ").append(line);
      if (column > 0) {
        b.append(", column ").append(column);
      }
    }
    if (jsonPath != null && !jsonPath.isEmpty()) {
      b.append(", at ").append(jsonPath);
    }
    b.append(": ").append(problem);
    if (hint != null && !hint.isEmpty()) {
      b.append(". Fix: ").append(hint);
    }
    return b.toString();
  }

  /** The file name as given to the reader. */
  public String file() {
    return file;
  }

  /** The place in the JSON document, e.g. {@code decisionMakers[1].options[0]}; "" for the root. */
  public String jsonPath() {
    return jsonPath;
  }

  /** 1-based line of the offending value, or 0 when unknown. */
  public int line() {
    return line;
  }

  /** 1-based column of the offending value, or 0 when unknown. */
  public int column() {
    return column;
  }

  /** What is wrong, without the file and position. */
  public String problem() {
    return problem;
  }

  /** How to fix it, or null. */
  public String hint() {
    return hint;
  }
}
