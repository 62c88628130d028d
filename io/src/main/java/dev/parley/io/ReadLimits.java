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

  /**
   * Refuses a model with more decision makers or options than these limits allow, from the tree
   * alone, before any of them is read (then {@code shapeCheck} sees the options of each decision
   * maker, in option form): beyond these limits states and statements cannot be represented, and a
   * model far beyond them would only fill the screen with consequences.
   */
  static void checkModelSize(
      Node.MapNode top,
      boolean graphForm,
      Problems problems,
      java.util.function.Consumer<int[]> shapeCheck)
      throws ModelLoadException {
    Node.Entry entry = top.entries().get("decisionMakers");
    if (entry == null || !(entry.value() instanceof Node.ListNode l)) {
      return;
    }
    int dms = l.items().size();
    int options = 0;
    int[] perDm = new int[dms];
    for (int d = 0; d < dms; d++) {
      if (l.items().get(d) instanceof Node.MapNode m
          && m.get("options") instanceof Node.ListNode o) {
        perDm[d] = o.items().size();
        options += perDm[d];
      }
    }
    String message;
    String hint;
    if (dms > MAX_DECISION_MAKERS) {
      message =
          "the model has "
              + count(dms)
              + " decision makers; Parley analyses at most "
              + MAX_DECISION_MAKERS;
      hint = "merge parties that act together into one decision maker, or split the conflict";
    } else if (!graphForm && options > MAX_OPTIONS) {
      message =
          "the model has "
              + count(options)
              + " options, 2^"
              + options
              + " candidate states; at most "
              + MAX_OPTIONS
              + " options can be enumerated";
      hint = "merge options or split the conflict";
    } else {
      if (!graphForm) {
        shapeCheck.accept(perDm);
      }
      return;
    }
    problems.add(entry.line(), entry.column(), message, hint);
    throw new ModelLoadException(problems.sorted());
  }

  /** {@code n} with thousands separated by commas, as the messages write limits. */
  static String count(long n) {
    return String.format(java.util.Locale.ROOT, "%,d", n);
  }
}
