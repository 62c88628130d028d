package dev.parley.core.statement;

/** A statement that does not parse; {@code column} is 1-based within the statement text. */
public class StatementSyntaxException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final int column;
  private final String hint;

  public StatementSyntaxException(String message, int column, String hint) {
    super(message);
    this.column = column;
    this.hint = hint;
  }

  public int column() {
    return column;
  }

  public String hint() {
    return hint;
  }
}
