package dev.parley.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SuggestionsTest {
  private static final List<String> KEYS =
      List.of("id", "name", "description", "reversibility", "source", "quote", "note");

  @ParameterizedTest
  @CsvSource({
    "reversable, reversibility",
    "revers, reversibility",
    "Name, name",
    "descripton, description",
    "qoute, quote",
    "sourse, source",
    "di, id",
  })
  void closeWordsAreSuggested(String typed, String expected) {
    assertThat(Suggestions.closest(typed, KEYS)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({"colour", "x", "preferences"})
  void farWordsAreNot(String typed) {
    assertThat(Suggestions.closest(typed, KEYS)).isNull();
  }
}
