package dev.parley.io.gmcr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every kind of bad input, with the message the user sees. */
class GmcrReaderErrorTest {
  @TempDir Path dir;

  /** Two decision makers, one option each; %s is spliced in as extra top-level keys. */
  private static final String TWO =
      """
      {"program": "gmcr-py",
       "options": [{"name": "a", "permittedDirection": "both"},
                   {"name": "b", "permittedDirection": "both"}],
       "decisionMakers": [
        {"name": "A", "options": [0], "preferences": [[[0, "Y"]]]},
        {"name": "B", "options": [1], "preferences": [[[1, "Y"]]]}]%s
      }
      """;

  private static GmcrFormatException error(String json) {
    return catchThrowableOfType(GmcrFormatException.class, () -> GmcrReader.read(json, "bad.gmcr"));
  }

  private static String manual(String rankingA, String rankingB) {
    return """
        {"useManualPreferenceRanking": true,
         "options": [{"name": "a"}, {"name": "b"}],
         "decisionMakers": [
          {"name": "A", "options": [0], "preferences": [],
           "preferenceRanking": %s},
          {"name": "B", "options": [1], "preferences": [],
           "preferenceRanking": %s}]}
        """
        .formatted(rankingA, rankingB);
  }

  @Test
  void picklePrograms() throws Exception {
    String expected =
        "bad.gmcr: this is not a JSON .gmcr file: it looks like the old (2013) GMCR+ save"
            + " format, a Python pickle, which Parley does not read. Fix: re-enter the conflict in"
            + " GMCR+ 0.4 or later and save it again (JSON), or write it as a Parley model";
    assertThat(error("(dp0\nS'options'\np1\n(lp2\n").getMessage()).isEqualTo(expected);

    Path binary = dir.resolve("AmRv2.gmcr");
    Files.write(binary, new byte[] {(byte) 0x80, 2, '}', 'q', 0, '(', 'U'});
    GmcrFormatException e =
        catchThrowableOfType(GmcrFormatException.class, () -> GmcrReader.read(binary));
    assertThat(e.getMessage()).startsWith(binary + ": this is not a JSON .gmcr file");
    assertThat(e.getMessage()).contains("pickle");
  }

  @Test
  void notUtf8() throws Exception {
    Path f = dir.resolve("latin1.gmcr");
    Files.write(f, "{\"options\": \"caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1));
    GmcrFormatException e =
        catchThrowableOfType(GmcrFormatException.class, () -> GmcrReader.read(f));
    assertThat(e.getMessage())
        .isEqualTo(
            f
                + ": this is not a JSON text file (it is not valid UTF-8). Fix: choose a .gmcr"
                + " file saved by GMCR+ 0.4 or later, which is JSON text");
  }

  @Test
  void jsonSyntaxErrorHasLineAndColumn() {
    String json = "{\"options\": [\n  {\"name\": \"a\"}\n  {\"name\": \"b\"}]}";
    GmcrFormatException e = error(json);
    assertThat(e.line()).isEqualTo(3);
    assertThat(e.column()).isEqualTo(3);
    assertThat(e.getMessage())
        .startsWith(
            "bad.gmcr, line 3, column 3: the file is not valid JSON: Unexpected character ('{'")
        .endsWith(
            "Fix: correct the JSON syntax there (a missing comma, quote or bracket), or save the"
                + " conflict again from GMCR+");
  }

  @Test
  void trailingContent() {
    GmcrFormatException e = error(TWO.formatted("") + "[]");
    assertThat(e.getMessage())
        .startsWith(
            "bad.gmcr, line 8, column 1: the file is not valid JSON: Trailing token (of type"
                + " START_ARRAY) found after value");
  }

  @Test
  void positionOfAMissingKeyIsItsObject() {
    String json = TWO.replace("{\"name\": \"B\", ", "{").formatted("");
    GmcrFormatException e = error(json);
    assertThat(e.getMessage())
        .isEqualTo(
            "bad.gmcr, line 6, column 3, at decisionMakers[1]: the key 'name' is missing here."
                + " Fix: add 'name'; every GMCR+ save file has it");
    assertThat(e.problem()).isEqualTo("the key 'name' is missing here");
    assertThat(e.file()).isEqualTo("bad.gmcr");
  }

  /**
   * A case: its name, the file's text, the JSON path of the problem where it is checked, the
   * message.
   */
  private static Arguments bad(String name, String json, String path, String message) {
    return Arguments.of(name, json, path, message);
  }

  static Stream<Arguments> badFiles() {
    return Stream.of(
        bad(
            "notJson",
            "Hello, this is a text file.\n",
            null,
            "bad.gmcr: this is not a JSON file: it starts with 'Hello, this is a text file.'. Fix:"
                + " choose a .gmcr file saved by GMCR+ 0.4 or later, which is JSON; the old (2013)"
                + " pickle format is not supported"),
        bad(
            "emptyFile",
            "  \n",
            null,
            "bad.gmcr: the file is empty. Fix: choose a .gmcr file saved by GMCR+"),
        bad(
            "topLevelNotAnObject",
            "[1, 2]",
            null,
            "bad.gmcr, line 1, column 1: the file holds an array, not a JSON object. Fix: a"
                + " .gmcr file is one JSON object with the keys 'options' and 'decisionMakers'"),
        bad(
            "missingOptions",
            "{\"decisionMakers\": []}",
            null,
            "bad.gmcr, line 1, column 1: the key 'options' is missing. Fix: add 'options';"
                + " every GMCR+ save file has it"),
        bad(
            "optionsOfWrongType",
            "{\n\"options\": {\"name\": \"a\"}}",
            null,
            "bad.gmcr, line 2, column 12, at options: expected an array, found an object. Fix:"
                + " write it as [ ... ]"),
        bad(
            "optionNameNotAString",
            "{\"options\": [{\"name\": 3}], \"decisionMakers\": []}",
            null,
            "bad.gmcr, line 1, column 23, at options[0].name: expected a string, found the"
                + " number 3. Fix: write it in double quotes"),
        bad(
            "unknownDirection",
            TWO.replace("\"both\"}]", "\"forwards\"}]").formatted(""),
            null,
            "bad.gmcr, line 3, column 50, at options[1].permittedDirection: unknown direction"
                + " 'forwards'. Fix: use \"both\", \"fwd\" (only N to Y) or \"back\" (only Y to"
                + " N)"),
        bad(
            "decisionMakerOptionOutOfRange",
            TWO.replace("\"options\": [1]", "\"options\": [2]").formatted(""),
            "decisionMakers[1].options[0]",
            "bad.gmcr, line 6, column 29, at decisionMakers[1].options[0]: option index 2 is out"
                + " of range: there are 2 options. Fix: use a 0-based index into 'options', 0 to"
                + " 1"),
        bad(
            "optionWithTwoControllers",
            TWO.replace("\"options\": [1]", "\"options\": [0, 1]").formatted(""),
            null,
            "bad.gmcr, line 6, column 29, at decisionMakers[1].options[0]: option 0 ('a') is"
                + " already controlled by 'A' (decisionMakers[0].options[0]); Parley needs"
                + " exactly one controller per option. Fix: give the option to one decision"
                + " maker, or split it into one option each"),
        bad(
            "optionWithoutController",
            TWO.replace(
                    "{\"name\": \"b\", \"permittedDirection\": \"both\"}]",
                    "{\"name\": \"b\"}," + " {\"name\": \"c\"}]")
                .formatted(""),
            null,
            "bad.gmcr, line 3, column 29, at options[2]: option 2 ('c') is controlled by no"
                + " decision maker. Fix: add its index to the 'options' of the decision maker who"
                + " controls it, or remove it"),
        bad(
            "decisionMakerWithoutOptions",
            """
            {"options": [{"name": "a"}],
             "decisionMakers": [{"name": "A", "options": [0], "preferences": []},
                                {"name": "B", "options": [], "preferences": []}]}
            """,
            null,
            "bad.gmcr, line 3, column 46, at decisionMakers[1].options: 'B' controls no"
                + " option; Parley needs at least one per decision maker. Fix: give it the options"
                + " it controls, or remove it"),
        bad(
            "singleDecisionMaker",
            "{\"options\": [{\"name\": \"a\"}], \"decisionMakers\": [{\"name\": \"A\", \"options\":"
                + " [0], \"preferences\": []}]}",
            null,
            "bad.gmcr, line 1, column 48, at decisionMakers: a conflict needs at least two"
                + " decision makers, found 1. Fix: add the other parties"),
        bad(
            "everyStateInfeasible",
            TWO.formatted(",\n \"infeasibles\": [[[0, \"Y\"]], [[0, \"N\"]]]"),
            null,
            "bad.gmcr, line 7, column 17, at infeasibles: no state is feasible: the"
                + " infeasibility rules remove all 4 combinations of options. Fix: check the rules"
                + " for a contradiction, e.g. 'atLeastOne' over options another rule forbids"),
        bad(
            "rankingStateOutOfRange",
            manual("[1, 2, 3, 4]", "[1, 2, 3, 4, 9]"),
            "decisionMakers[1].preferenceRanking[4]",
            "bad.gmcr, line 7, column 38, at decisionMakers[1].preferenceRanking[4]: state 9 does"
                + " not exist: there are 4 feasible states, numbered 1 to 4. Fix: use the state"
                + " numbers GMCR+ shows (1 to 4); if the options or infeasible states changed after"
                + " the ranking was entered, re-enter it in GMCR+"),
        bad(
            "rankingRepeatsAState",
            manual("[1, [2, 3], 2, 4]", "[1, 2, 3, 4]"),
            null,
            "bad.gmcr, line 5, column 37, at decisionMakers[0].preferenceRanking[2]: state 2"
                + " appears more than once in the ranking (first at"
                + " decisionMakers[0].preferenceRanking[1][0]). Fix: list each state once; put"
                + " equally preferred states in one nested [ ] group"),
        bad(
            "rankingMissesAState",
            manual("[1, 2, 3, 4]", "[4, [1, 3]]"),
            null,
            "bad.gmcr, line 7, column 25, at decisionMakers[1].preferenceRanking: the ranking of"
                + " 'B' misses state 2 (YN) of the 4 feasible states. Fix: list every feasible"
                + " state number exactly once, most preferred first, with equally preferred states"
                + " in a nested [ ] group; if the options or infeasible states changed after the"
                + " ranking was entered, re-enter it in GMCR+"),
        bad(
            "rankingMissingAltogether",
            manual("[1, 2, 3, 4]", "null"),
            null,
            "bad.gmcr, line 6, column 3, at decisionMakers[1]: 'B' has no 'preferenceRanking',"
                + " but useManualPreferenceRanking is true. Fix: add the ranking (state numbers,"
                + " most preferred first), or set useManualPreferenceRanking to false to rank by"
                + " the preference statements"),
        bad(
            "rankingEntryNotANumber",
            manual("[1, 2, \"3\", 4]", "[1, 2, 3, 4]"),
            null,
            "bad.gmcr, line 5, column 32, at decisionMakers[0].preferenceRanking[2]: expected a"
                + " whole number, found the string \"3\". Fix: write an index or state number"
                + " without quotes or decimals"),
        bad(
            "rankingGroupInsideGroup",
            manual("[1, [2, [3, 4]]]", "[1, 2, 3, 4]"),
            null,
            "bad.gmcr, line 5, column 33, at decisionMakers[0].preferenceRanking[1][1]: a group"
                + " of equally preferred states cannot contain another group. Fix: write a group as"
                + " a flat list of state numbers, e.g. [4, 6]"),
        bad(
            "manualFlagNotBoolean",
            TWO.formatted(",\n \"useManualPreferenceRanking\": \"yes\""),
            null,
            "bad.gmcr, line 7, column 32, at useManualPreferenceRanking: expected true or false,"
                + " found the string \"yes\". Fix: write true or false"),
        bad(
            "preferenceConditionOfWrongType",
            TWO.replace("[[[1, \"Y\"]]]", "[\"1, -2\"]").formatted(""),
            null,
            "bad.gmcr, line 6, column 49, at decisionMakers[1].preferences[0]: expected a"
                + " condition, found the string \"1, -2\". Fix: write a simple condition as [[0,"
                + " \"Y\"], [2, \"N\"]] or a compound one as {\"compound\": true, \"members\":"
                + " [...]}"),
        bad(
            "literalValueNotYOrN",
            TWO.replace("[[[1, \"Y\"]]]", "[[[1, \"yes\"]]]").formatted(""),
            null,
            "bad.gmcr, line 6, column 54, at decisionMakers[1].preferences[0][0][1]: expected"
                + " \"Y\" or \"N\", found 'yes'. Fix: write \"Y\" (option taken) or \"N\" (not"
                + " taken)"),
        bad(
            "literalNotAPair",
            TWO.replace("[[[1, \"Y\"]]]", "[[[1, \"Y\", 3]]]").formatted(""),
            null,
            "bad.gmcr, line 6, column 50, at decisionMakers[1].preferences[0][0]: expected an"
                + " [optionIndex, \"Y\"|\"N\"] pair, found an array of 3. Fix: write it as [0,"
                + " \"Y\"]"),
        bad(
            "preferenceOnMissingOption",
            TWO.replace("[[[1, \"Y\"]]]", "[[[0, \"N\"]], [[7, \"Y\"]]]").formatted(""),
            "decisionMakers[1].preferences[1][0][0]",
            "bad.gmcr, line 6, column 63, at decisionMakers[1].preferences[1][0][0]: option index"
                + " 7 is out of range: there are 2 options. Fix: use a 0-based index into"
                + " 'options', 0 to 1"),
        bad(
            "contradictoryCondition",
            TWO.replace("[[[1, \"Y\"]]]", "[[[1, \"Y\"], [1, \"N\"]]]").formatted(""),
            null,
            "bad.gmcr, line 6, column 61, at decisionMakers[1].preferences[0][1][0]: option 1"
                + " ('b') is required to be both Y and N in one condition. Fix: keep one of the"
                + " two pairs"),
        bad(
            "compoundWithoutMembers",
            TWO.formatted(",\n \"infeasibles\": [{\"compound\": true}]"),
            null,
            "bad.gmcr, line 7, column 18, at infeasibles[0]: a compound condition needs"
                + " 'members'. Fix: write {\"compound\": true, \"members\": [[[0, \"Y\"]], [[1,"
                + " \"N\"]]]}"),
        bad(
            "compoundMemberNotSimple",
            TWO.formatted(",\n \"infeasibles\": [{\"compound\": true, \"members\": [[0, \"Y\"]]}]"),
            null,
            "bad.gmcr, line 7, column 50, at infeasibles[0].members[0][0]: expected an"
                + " [optionIndex, \"Y\"|\"N\"] pair, found the number 0. Fix: write it as [0,"
                + " \"Y\"]"),
        bad(
            "coalitionsOfWrongType",
            TWO.formatted(",\n \"coalitions\": [0, \"B\"]"),
            null,
            "bad.gmcr, line 7, column 20, at coalitions[1]: expected a whole number, found the"
                + " string \"B\". Fix: write an index or state number without quotes or decimals"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badFiles")
  void isRefusedWithItsMessage(String name, String json, String path, String message) {
    GmcrFormatException e = error(json);
    if (path != null) {
      assertThat(e.jsonPath()).isEqualTo(path);
    }
    assertThat(e.getMessage()).isEqualTo(message);
  }
}
