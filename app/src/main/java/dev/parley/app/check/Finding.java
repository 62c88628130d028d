package dev.parley.app.check;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parley.core.model.Conflict;
import dev.parley.report.English;
import java.util.Locale;

/**
 * One likely modelling mistake that {@link ModelCheck} found: a hint for the analyst, not an error.
 *
 * @param kind the rule that found it
 * @param dm the decision maker it concerns (model order), or -1 for the model as a whole
 * @param subject how the text names that decision maker at the start of a sentence ("The United
 *     States"), or null
 * @param statement the 0-based index of the statement it concerns in {@code dm}'s prioritized
 *     statements, or -1
 * @param path the model path of the part of the file it concerns ({@code
 *     decisionMakers[2].preferences.statements[2]}, {@code infeasible[0]}), or null
 * @param line the 1-based line of that part in the file, or 0 when unknown
 * @param message what was found, why it matters and the fix, as a sentence without the subject
 */
public record Finding(
    Kind kind, int dm, String subject, int statement, String path, int line, String message) {

  /** The rules, in the order they run. */
  public enum Kind {
    /** Rule 1: {@code L IF C} ranked above {@code -L}, or above a literal of {@code C}. */
    CONDITIONAL_ORDER("a conditional ranked above its opposite"),
    /** Rule 2: a statement whose truth never changes along the decision maker's own moves. */
    NEVER_BITES("a statement that never bites"),
    /** Rule 3: a pair of states ordered against a plain statement. */
    SURPRISING_ORDER("a surprising order"),
    /** Rule 4: mutually exclusive options of one party, none of which need hold. */
    NEITHER_OPTION("states where none of exclusive options holds"),
    /** Rule 5 (a hint): a quote sharing no word with what it is evidence for. */
    QUOTE_WORDS("hint: the quote's words");

    private final String label;

    Kind(String label) {
      this.label = label;
    }

    /**
     * The stable id, as in JSON output: the constant's name in lower case with hyphens, {@code
     * never-bites}.
     */
    public String key() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** A few words saying what the rule flags. */
    public String label() {
      return label;
    }
  }

  /** The finding as one sentence: "Russia: statement 3 ‘-sign’ is about …". */
  public String text() {
    return subject == null ? English.capital(message) : subject + ": " + message;
  }

  /** The 1-based statement number, or 0 when the finding concerns no statement. */
  public int statementNumber() {
    return statement + 1;
  }

  /**
   * Writes what the finding is about into a JSON object, as every front end shows it: {@code kind},
   * {@code decisionMaker} (the id, or null) and {@code statement} (the 1-based number, or null).
   */
  public void putSubject(ObjectNode o, Conflict conflict) {
    o.put("kind", kind.key());
    o.put("decisionMaker", dm >= 0 ? conflict.decisionMakers().get(dm).id() : null);
    o.put("statement", statement >= 0 ? Integer.valueOf(statementNumber()) : null);
  }
}
