package dev.parley.io;

/** A state reference (typed on a command line, say) that names no state or several. */
public class StateRefException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;
  private final String hint;

  public StateRefException(String message, String hint) {
    super(message);
    this.hint = hint;
  }

  /** How to write a reference that works. */
  public String hint() {
    return hint;
  }
}
