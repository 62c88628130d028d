package dev.parley.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StateRefsTest {
  private static LoadedModel elmira;

  @BeforeAll
  static void load() throws Exception {
    elmira = ModelReader.read(TestFiles.example("elmira.yaml"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          appeal                                    | 1
          1                                         | 1
          NYNNN                                     | 1
          nynnn                                     | 1
          ' 7 '                                     | 7
          insistWhileDelaying                       | 7
          NY--Y                                     | 7
          '{modify: true, accept: true, insist: true}' | 10
          '{"modify": false, "abandon": true, "insist": false}' | 5
          'modify=Y, accept=Y, insist=Y'             | 10
          '{modify=N, abandon=y, insist=no}'         | 5
          """)
  void resolvesEveryForm(String text, int number) {
    assertThat(StateRefs.resolve(text, elmira) + 1).isEqualTo(number);
  }

  @Test
  void unknownNameSuggestsTheNearest() {
    assertThatThrownBy(() -> StateRefs.resolve("apeal", elmira))
        .isInstanceOf(StateRefException.class)
        .hasMessage("unknown state 'apeal' in 'apeal'")
        .extracting(e -> ((StateRefException) e).hint())
        .asString()
        .startsWith("did you mean 'appeal'?");
  }

  @Test
  void severalStatesAreRefused() {
    assertThatThrownBy(() -> StateRefs.resolve("---Y-", elmira))
        .isInstanceOf(StateRefException.class)
        .hasMessage(
            "'---Y-' (---Y-) matches 4 feasible states: 5 NNNYN, 6 YNNYN, 11 NNNYY, 12 YNNYY");
  }

  @Test
  void noStateIsRefused() {
    assertThatThrownBy(() -> StateRefs.resolve("NNNNN", elmira))
        .hasMessage("'NNNNN' (NNNNN) matches no feasible state");
    assertThatThrownBy(() -> StateRefs.resolve("13", elmira))
        .hasMessageStartingWith("there is no state 13 (in '13'): the model has 12 feasible states");
    assertThatThrownBy(() -> StateRefs.resolve("", elmira)).hasMessage("no state given");
    assertThatThrownBy(() -> StateRefs.resolve("[1, 2]", elmira))
        .hasMessage("'[1, 2]' must be a state reference, not a list");
    assertThatThrownBy(() -> StateRefs.resolve("{modfy: true}", elmira))
        .hasMessage("unknown option 'modfy' in '{modfy: true}'")
        .extracting(e -> ((StateRefException) e).hint())
        .asString()
        .startsWith("did you mean 'modify'?");
  }

  @Test
  void optionValuesAsTheFormTakesThem() {
    assertThatThrownBy(() -> StateRefs.resolve("modify=maybe", elmira))
        .isInstanceOf(StateRefException.class)
        .hasMessage("'modify=maybe' in 'modify=maybe' is not an option value")
        .extracting(e -> ((StateRefException) e).hint())
        .asString()
        .startsWith("write each option as option=Y (taken) or option=N");
    assertThatThrownBy(() -> StateRefs.resolve("modfy=Y", elmira))
        .hasMessage("unknown option 'modfy' in 'modfy=Y'");
  }

  @Test
  void referenceNamesNamedStatesElseYn() {
    assertThat(StateRefs.reference(0, elmira.conflict(), elmira.space())).isEqualTo("appeal");
    assertThat(StateRefs.reference(1, elmira.conflict(), elmira.space())).isEqualTo("YYNNN");
  }
}
