package dev.parley.core.statement;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;

/**
 * Parses the statement language.
 *
 * <pre>
 * formula  := implication
 * implication := disjunction [ ("IF" | "IFF") disjunction ]
 * disjunction := conjunction { ("|" | "or") conjunction }
 * conjunction := negation { ("&amp;" | "and") negation }
 * negation := ("-" | "!" | "not") negation | atom
 * atom     := option-id | option-number | "true" | "false" | "(" formula ")"
 * </pre>
 *
 * Precedence is NOT over AND over OR over IF/IFF (docs/semantics.md §2.1). {@code A IF B} means B
 * implies A; {@code A IFF B} means A and B have the same truth value. Keywords are
 * case-insensitive. A bare number {@code k} is option k in global model order (1-based), as in
 * GMCR+.
 */
public final class StatementParser {
  /**
   * The deepest nesting of parentheses and negations a statement may have. Deeper statements are
   * refused with a {@link StatementSyntaxException}, so that neither parsing nor evaluating them
   * can exhaust the stack; a written condition never comes near it.
   */
  public static final int MAX_DEPTH = 200;

  /** Resolves an option id (or a 1-based number written as digits) to an option index, or -1. */
  private final ToIntFunction<String> resolver;

  private final String text;
  private int pos;
  private int depth;

  private StatementParser(String text, ToIntFunction<String> resolver) {
    this.text = text;
    this.resolver = resolver;
  }

  /**
   * Parses {@code text}; {@code resolver} maps an option id or number to its 0-based index, or -1
   * when there is no such option.
   *
   * @throws StatementSyntaxException with the 1-based column of the problem
   */
  public static Formula parse(String text, ToIntFunction<String> resolver) {
    StatementParser p = new StatementParser(text, resolver);
    p.skipSpace();
    if (p.pos >= text.length()) {
      throw new StatementSyntaxException(
          "the statement is empty", 1, "write a condition such as 'sign & -withdraw'");
    }
    Formula f = p.implication();
    p.skipSpace();
    if (p.pos < text.length()) {
      throw p.error(
          "unexpected '" + p.peekWord() + "'",
          "join conditions with '&', '|', 'IF' or 'IFF', and check the parentheses");
    }
    return f;
  }

  private Formula implication() {
    Formula left = disjunction();
    skipSpace();
    int start = pos;
    if (keyword("iff")) {
      Formula right = disjunction();
      rejectChainedImplication();
      return new Formula.Iff(left, right);
    }
    pos = start;
    if (keyword("if")) {
      Formula right = disjunction();
      rejectChainedImplication();
      return new Formula.If(left, right);
    }
    pos = start;
    return left;
  }

  private void rejectChainedImplication() {
    skipSpace();
    int start = pos;
    if (keyword("iff") || keyword("if")) {
      pos = start;
      throw error(
          "IF and IFF cannot be chained",
          "add parentheses, e.g. 'a IF (b IF c)' or '(a IF b) IF c'");
    }
    pos = start;
  }

  private Formula disjunction() {
    return chain('|', "or", this::conjunction, Formula::or);
  }

  private Formula conjunction() {
    return chain('&', "and", this::negation, Formula::and);
  }

  /**
   * One or more {@code operand}s separated by {@code op} or {@code word}, joined by {@code join}.
   */
  private Formula chain(
      char op, String word, Supplier<Formula> operand, Function<List<Formula>, Formula> join) {
    List<Formula> parts = new ArrayList<>();
    parts.add(operand.get());
    while (true) {
      skipSpace();
      if (symbol(op) || keyword(word)) {
        parts.add(operand.get());
      } else {
        return join.apply(parts);
      }
    }
  }

  private Formula negation() {
    skipSpace();
    int start = pos;
    if (symbol('-') || symbol('!') || keyword("not")) {
      enter(start);
      Formula f = Formula.not(negation());
      depth--;
      return f;
    }
    return atom();
  }

  /** One level deeper (a negation or a '(' at {@code start}); refuses more than MAX_DEPTH. */
  private void enter(int start) {
    if (++depth > MAX_DEPTH) {
      pos = start;
      throw error(
          "the statement nests deeper than " + MAX_DEPTH + " levels of parentheses and negations",
          "write it more simply: '- -a' is 'a' and '((a))' is 'a'");
    }
  }

  private Formula atom() {
    skipSpace();
    if (pos >= text.length()) {
      throw error("the statement ends too early", "complete the condition after the last operator");
    }
    int open = pos;
    if (symbol('(')) {
      enter(open);
      Formula f = implication();
      skipSpace();
      if (!symbol(')')) {
        throw error(
            pos >= text.length() ? "missing ')'" : "expected ')' but found '" + peekWord() + "'",
            "close every '(' with a ')'");
      }
      depth--;
      return f;
    }
    int start = pos;
    while (pos < text.length() && isWordChar(text.charAt(pos))) {
      pos++;
    }
    if (start == pos) {
      throw error(
          "unexpected '" + text.charAt(pos) + "'",
          "a condition is an option id, '-' or 'not' before one, or a group in parentheses");
    }
    String word = text.substring(start, pos);
    String lower = word.toLowerCase(Locale.ROOT);
    switch (lower) {
      case "true":
        return new Formula.Constant(true);
      case "false":
        return new Formula.Constant(false);
      case "and":
      case "or":
      case "if":
      case "iff":
      case "not":
        pos = start;
        throw error("'" + word + "' needs a condition before it", "put an option id before it");
      default:
        break;
    }
    int index = resolver.applyAsInt(word);
    if (index < 0) {
      pos = start;
      throw error("unknown option '" + word + "'", "use the id of an option declared in the model");
    }
    return Formula.taken(index);
  }

  private boolean symbol(char c) {
    skipSpace();
    if (pos < text.length() && text.charAt(pos) == c) {
      pos++;
      return true;
    }
    return false;
  }

  private boolean keyword(String kw) {
    skipSpace();
    int end = pos + kw.length();
    if (end <= text.length()
        && text.regionMatches(true, pos, kw, 0, kw.length())
        && (end == text.length() || !isWordChar(text.charAt(end)))) {
      pos = end;
      return true;
    }
    return false;
  }

  private void skipSpace() {
    while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
      pos++;
    }
  }

  private String peekWord() {
    int end = pos;
    while (end < text.length() && isWordChar(text.charAt(end))) {
      end++;
    }
    return end == pos ? String.valueOf(text.charAt(pos)) : text.substring(pos, end);
  }

  /** Option ids are letters, digits, '_' and '.'. */
  public static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || c == '_' || c == '.';
  }

  /** Whether {@code id} is usable as an option id in statements. */
  public static boolean isValidId(String id) {
    if (id == null || id.isEmpty() || !Character.isLetter(id.charAt(0)) && id.charAt(0) != '_') {
      return false;
    }
    for (int i = 0; i < id.length(); i++) {
      if (!isWordChar(id.charAt(i))) {
        return false;
      }
    }
    String lower = id.toLowerCase(Locale.ROOT);
    return !List.of("and", "or", "not", "if", "iff", "true", "false").contains(lower);
  }

  private StatementSyntaxException error(String message, String hint) {
    return new StatementSyntaxException(message, pos + 1, hint);
  }
}
