package dev.parley.core.statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.parley.core.RandomModels;
import java.util.List;
import java.util.Random;
import java.util.function.LongPredicate;
import java.util.function.ToIntFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StatementParserTest {
  /** Options a, b, c, d (indices 0..3); numbers 1..4 name them too, 1-based as in GMCR+. */
  private static final List<String> IDS = List.of("a", "b", "c", "d");

  private static final ToIntFunction<String> RESOLVER =
      word -> {
        if (word.chars().allMatch(Character::isDigit)) {
          int k = Integer.parseInt(word);
          return k >= 1 && k <= IDS.size() ? k - 1 : -1;
        }
        return IDS.indexOf(word);
      };

  private static Formula parse(String text) {
    return StatementParser.parse(text, RESOLVER);
  }

  private static boolean bit(long code, int option) {
    return (code >>> option & 1L) != 0;
  }

  /** The formula is true exactly where {@code expected} is, on all 16 codes of a, b, c, d. */
  private static void assertMeans(String text, LongPredicate expected) {
    Formula f = parse(text);
    for (long code = 0; code < 16; code++) {
      assertThat(f.test(code)).as("'%s' at code %d", text, code).isEqualTo(expected.test(code));
    }
  }

  private static final LongPredicate A = c -> bit(c, 0);
  private static final LongPredicate B = c -> bit(c, 1);
  private static final LongPredicate C = c -> bit(c, 2);
  private static final LongPredicate D = c -> bit(c, 3);

  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {"-a", "!a", "not a", "NOT a", "Not a", "- a", "not(a)", "-(a)"})
  void everySpellingOfNot(String text) {
    assertMeans(text, A.negate());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {"a & b", "a&b", "a and b", "a AND b", "a And b", "(a) & (b)"})
  void everySpellingOfAnd(String text) {
    assertMeans(text, A.and(B));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {"a | b", "a|b", "a or b", "a OR b", "a Or b"})
  void everySpellingOfOr(String text) {
    assertMeans(text, A.or(B));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {"a IF b", "a if b", "a If b"})
  void ifIsMaterialImplicationFromTheRight(String text) {
    // a IF b ≡ ¬b ∨ a
    assertMeans(text, B.negate().or(A));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {"a IFF b", "a iff b", "a Iff b"})
  void iffIsEquivalence(String text) {
    assertMeans(text, c -> A.test(c) == B.test(c));
  }

  @Test
  void constants() {
    assertMeans("true", c -> true);
    assertMeans("FALSE", c -> false);
    assertMeans("a | false", A);
  }

  @Test
  void numbersAreOneBasedOptionNumbers() {
    assertMeans("1", A);
    assertMeans("-3", C.negate());
    assertMeans("1 & -2", A.and(B.negate()));
    assertMeans("2 if 3", C.negate().or(B)); // Syria's "escalate if Iraq attacks"
    assertMeans("-1 if 3", C.negate().or(A.negate()));
    assertMeans("4 iff 1", c -> D.test(c) == A.test(c));
  }

  @Test
  void precedenceIsNotThenAndThenOrThenIf() {
    assertMeans("-a & b", A.negate().and(B));
    assertMeans("-(a & b)", A.and(B).negate());
    assertMeans("a | b & c", A.or(B.and(C)));
    assertMeans("a & b | c", A.and(B).or(C));
    assertMeans("(a | b) & c", A.or(B).and(C));
    assertMeans("not a or b and c", A.negate().or(B.and(C)));
    assertMeans("a & b IF c | d", c -> !(C.test(c) || D.test(c)) || A.and(B).test(c));
    assertMeans("a | b IFF c & d", c -> A.or(B).test(c) == C.and(D).test(c));
    assertMeans("--a", A);
    assertMeans("a & b & c | d", A.and(B).and(C).or(D));
  }

  @Test
  void parenthesesAllowNestedImplications() {
    assertMeans("a IF (b IF c)", c -> !(!C.test(c) || B.test(c)) || A.test(c));
    assertMeans("(a IF b) IF c", c -> !C.test(c) || !B.test(c) || A.test(c));
    assertMeans("((a))", A);
  }

  @Test
  void chainedImplicationIsRejected() {
    StatementSyntaxException e = error("a IF b IF c");
    assertThat(e.getMessage()).contains("cannot be chained");
    assertThat(e.column()).isEqualTo(8);
    assertThat(e.hint()).contains("parentheses");
    assertThat(error("a IFF b if c").column()).isEqualTo(9);
  }

  @Test
  void emptyStatement() {
    for (String text : List.of("", "   ")) {
      StatementSyntaxException e = error(text);
      assertThat(e.getMessage()).isEqualTo("the statement is empty");
      assertThat(e.column()).isEqualTo(1);
      assertThat(e.hint()).isNotBlank();
    }
  }

  @Test
  void danglingOperator() {
    StatementSyntaxException e = error("a &");
    assertThat(e.getMessage()).isEqualTo("the statement ends too early");
    assertThat(e.column()).isEqualTo(4);
    assertThat(error("a | ").column()).isEqualTo(5);
    assertThat(error("a IF").column()).isEqualTo(5);
    assertThat(error("-").column()).isEqualTo(2);

    StatementSyntaxException lead = error("& a");
    assertThat(lead.getMessage()).isEqualTo("unexpected '&'");
    assertThat(lead.column()).isEqualTo(1);

    StatementSyntaxException twice = error("a and or b");
    assertThat(twice.getMessage()).isEqualTo("'or' needs a condition before it");
    assertThat(twice.column()).isEqualTo(7);
  }

  @Test
  void unknownOption() {
    StatementSyntaxException e = error("a & zz");
    assertThat(e.getMessage()).isEqualTo("unknown option 'zz'");
    assertThat(e.column()).isEqualTo(5);
    assertThat(e.hint()).contains("option");
    assertThat(error("5").getMessage()).isEqualTo("unknown option '5'");
    assertThat(error("(a | 0)").column()).isEqualTo(6);
  }

  @Test
  void missingClosingParenthesis() {
    StatementSyntaxException e = error("(a & b");
    assertThat(e.getMessage()).isEqualTo("missing ')'");
    assertThat(e.column()).isEqualTo(7);
    assertThat(e.hint()).contains(")");

    StatementSyntaxException other = error("(a b)");
    assertThat(other.getMessage()).isEqualTo("expected ')' but found 'b'");
    assertThat(other.column()).isEqualTo(4);
  }

  @Test
  void strayToken() {
    StatementSyntaxException e = error("a b");
    assertThat(e.getMessage()).isEqualTo("unexpected 'b'");
    assertThat(e.column()).isEqualTo(3);
    assertThat(error("a )").getMessage()).isEqualTo("unexpected ')'");
    assertThat(error("a )").column()).isEqualTo(3);
    assertThat(error("a & b c").column()).isEqualTo(7);
    assertThat(error("a-b").getMessage()).isEqualTo("unexpected '-'");
    assertThat(error("a-b").column()).isEqualTo(2);
  }

  @Test
  void renderThenParseGivesAnEquivalentFormula() {
    Random rnd = new Random(42);
    for (int k = 0; k < 500; k++) {
      Formula f = RandomModels.formula(rnd, IDS.size(), 1 + rnd.nextInt(4));
      for (boolean numbers : new boolean[] {false, true}) {
        String text = f.render(t -> numbers ? String.valueOf(t + 1) : IDS.get(t));
        Formula back = parse(text);
        for (long code = 0; code < 16; code++) {
          assertThat(back.test(code)).as("'%s' at code %d", text, code).isEqualTo(f.test(code));
        }
        assertThat(back.support()).as(text).isEqualTo(f.support());
      }
    }
  }

  @Test
  void supportListsTheMentionedOptions() {
    assertThat(parse("a & -c IF d").support()).isEqualTo(0b1101L);
    assertThat(parse("true").support()).isZero();
  }

  private static StatementSyntaxException error(String text) {
    assertThatThrownBy(() -> parse(text)).isInstanceOf(StatementSyntaxException.class);
    return catchThrowableOfType(StatementSyntaxException.class, () -> parse(text));
  }

  @Test
  void nestingIsBoundedSoNothingOverflowsTheStack() {
    int max = StatementParser.MAX_DEPTH;
    // at the limit: parsed and evaluated
    String parens = "(".repeat(max) + "a" + ")".repeat(max);
    assertThat(parse(parens).test(1L)).isTrue();
    assertThat(parse("-".repeat(max) + "a").test(1L)).isTrue();
    // beyond it, however deep: a clear error at the first level too many
    for (String deep :
        List.of(
            "(".repeat(1_600) + "a" + ")".repeat(1_600),
            "-".repeat(8_600) + "a",
            "not ".repeat(max + 1) + "a",
            "(-".repeat(max) + "a" + ")".repeat(max))) {
      StatementSyntaxException e =
          catchThrowableOfType(StatementSyntaxException.class, () -> parse(deep));
      assertThat(e).as(deep.substring(0, 20)).isNotNull();
      assertThat(e.getMessage()).contains("deeper than " + max + " levels");
      assertThat(e.column()).isLessThanOrEqualTo(4 * max + 1);
    }
  }
}
