package dev.parley.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EnglishTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          United States                       | the United States     | the United States'
          Russia                              | Russia                | Russia's
          Ukraine                             | Ukraine               | Ukraine's
          European Union                      | the European Union    | the European Union's
          Russian Federation                  | the Russian Federation | the Russian Federation's
          US                                  | the US                | the US's
          NATO                                | NATO                  | NATO's
          Ontario Ministry of the Environment | the Ontario Ministry of the Environment | the Ontario Ministry of the Environment's
          The Hague                           | The Hague             | The Hague's
          Driver 1                            | Driver 1              | Driver 1's
          Uniroyal Chemical Ltd.              | Uniroyal Chemical Ltd. | Uniroyal Chemical Ltd.'s
          """)
  void articlesAndPossessives(String name, String the, String possessive) {
    assertThat(English.the(name)).isEqualTo(the);
    assertThat(English.possessive(name)).isEqualTo(possessive);
  }

  @Test
  void aQuotedTextIsNotQuotedTwice() {
    assertThat(English.quoteShort("sign")).isEqualTo("‘sign’");
    assertThat(English.quoteShort("‘sign’")).isEqualTo("‘sign’");
    assertThat(English.quoteShort("“ready”")).isEqualTo("“ready”");
    assertThat(English.quoteShort("it’s ‘done’")).isEqualTo("“it’s ‘done’”");
  }

  @Test
  void capitalAndLists() {
    assertThat(English.capital("the United States")).isEqualTo("The United States");
    assertThat(English.list(List.of("a"), "and")).isEqualTo("a");
    assertThat(English.list(List.of("a", "b", "c"), "or")).isEqualTo("a, b or c");
  }

  @Test
  void wrapsAtTheWidthWithIndents() {
    List<String> lines = English.wrap("one two three four five six", 12, "1. ", "   ");
    assertThat(lines).containsExactly("1. one two", "   three", "   four five", "   six");
    assertThat(lines).allMatch(l -> l.length() <= 12);
    assertThat(English.wrap("averyveryverylongword", 5, "", ""))
        .containsExactly("averyveryverylongword");
  }
}
