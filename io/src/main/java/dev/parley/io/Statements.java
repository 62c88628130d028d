package dev.parley.io;

import dev.parley.core.statement.Formula;
import dev.parley.core.statement.StatementParser;
import dev.parley.core.statement.StatementSyntaxException;
import java.util.function.ToIntFunction;

/** Parses statement-language text found in a model file and places its errors in the file. */
final class Statements {
  private Statements() {}

  /**
   * The formula written in scalar {@code n}, or null after reporting. Option ids resolve through
   * the scope; a bare number k is option k (1-based).
   */
  static Formula parse(Scope scope, Node n, String subject) {
    // a bare number is a statement too: option k is taken
    if (!(n instanceof Node.ScalarNode s) || !(s.isString() || s.value() instanceof Long)) {
      scope.fields.wrongType(
          n, subject, "a statement (text)", "write a condition such as 'sign & -withdraw'");
      return null;
    }
    String text = s.asText();
    String[] unknown = new String[1];
    ToIntFunction<String> resolver =
        word -> {
          Integer i = scope.optionIndex.get(word);
          if (i != null) {
            return i;
          }
          if (word.chars().allMatch(Character::isDigit) && word.length() < 10) {
            int k = Integer.parseInt(word);
            if (k >= 1 && k <= scope.optionCount()) {
              return k - 1;
            }
          }
          unknown[0] = word;
          return -1;
        };
    try {
      return StatementParser.parse(text, resolver);
    } catch (StatementSyntaxException e) {
      int[] at = place(scope.text, s, e.column());
      String word = unknown[0];
      if (word != null && e.getMessage().startsWith("unknown option")) {
        String hint =
            word.chars().allMatch(Character::isDigit)
                ? "a number names an option by position; the model has "
                    + scope.optionCount()
                    + " options, numbered 1 to "
                    + scope.optionCount()
                : Suggestions.hint(word, scope.optionIndex.keySet(), "options");
        scope.problems.add(at[0], at[1], "unknown option '" + word + "' in " + subject, hint);
      } else {
        scope.problems.add(at[0], at[1], subject + " does not parse: " + e.getMessage(), e.hint());
      }
      return null;
    }
  }

  /**
   * Line and column in the file of the 1-based {@code column} inside scalar {@code s}: the scalar's
   * column plus the offset, one more for the opening quote. Where the scalar as written differs
   * from its value before that point (escapes, folded lines, block scalars), the scalar's own
   * position is the best honest answer.
   */
  static int[] place(String source, Node.ScalarNode s, int column) {
    int before = column - 1;
    String value = s.asText();
    long offset = s.offset();
    if (source != null && offset >= 0 && offset < source.length() && before <= value.length()) {
      int start = (int) offset;
      char first = source.charAt(start);
      int quote = first == '"' || first == '\'' ? 1 : 0;
      int rawStart = start + quote;
      if (rawStart + before <= source.length()
          && source.regionMatches(rawStart, value, 0, before)
          && source.substring(rawStart, rawStart + before).indexOf('\n') < 0) {
        return new int[] {s.line(), s.column() + quote + before};
      }
    }
    return new int[] {s.line(), s.column()};
  }
}
