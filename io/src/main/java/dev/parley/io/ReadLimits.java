package dev.parley.io;

import dev.parley.core.state.StateSpace;
import dev.parley.core.statement.StatementParser;

/**
 * The limits every Parley reader enforces (models, scenarios, GMCR+ files), so that no input,
 * however large or deep, can exhaust memory, the stack or minutes of processor time: each is
 * refused at once with a message that names the limit (docs/model-format.md, "Errors"). A real
 * model stays far below all of them.
 */
public final class ReadLimits {
  private ReadLimits() {}

  /** The largest file read: 8 MiB, checked before reading. */
  public static final long MAX_FILE_BYTES = 8L * 1024 * 1024;

  /** The longest single text value (a title, a description, an id, a statement), in characters. */
  public static final int MAX_STRING_CHARS = 100_000;

  /**
   * The most values (mappings, lists and scalars together) in one file; a large model has a few
   * thousand.
   */
  public static final int MAX_VALUES = 1_000_000;

  /** The deepest nesting of lists and mappings in a file. */
  public static final int MAX_NESTING = 100;

  /** The deepest nesting of parentheses and negations in a statement. */
  public static final int MAX_STATEMENT_DEPTH = StatementParser.MAX_DEPTH;

  /** The most options of a model in option form (all decision makers together). */
  public static final int MAX_OPTIONS = StateSpace.MAX_ENUMERABLE_OPTIONS;

  /** The most decision makers of a model, in either form. */
  public static final int MAX_DECISION_MAKERS = StateSpace.MAX_ENUMERABLE_OPTIONS;

  /** {@code n} with thousands separated by commas, as the messages write limits. */
  static String count(long n) {
    return String.format(java.util.Locale.ROOT, "%,d", n);
  }
}
