package dev.parley.io;

import static dev.parley.io.TestModels.TWO_DMS;
import static dev.parley.io.TestModels.bad;
import static dev.parley.io.TestModels.errors;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** One case per kind of bad input, each pinning the exact diagnostics an analyst sees. */
class ModelReaderErrorsTest {
  /** {@link TestModels#TWO_DMS} with US's preferences given by {@code lines} instead. */
  private static String usPreferences(String lines) {
    return TWO_DMS.replace(" {statements: [sign]}\n", "\n" + lines.indent(6));
  }

  static Stream<Arguments> badModels() {
    return Stream.of(
        bad(
            "unknownKeyWithSuggestion",
            "peace.yaml",
            TWO_DMS.replace(
                "    options: [{id: sign}]\n",
                "    options:\n      - id: sign\n        reversable: both\n"),
            "peace.yaml:5:9: unknown key 'reversable' in option 'sign' — did you mean"
                + " 'reversibility'? (allowed: id, name, description, reversibility, taken,"
                + " notTaken, source, quote, note)"),
        bad(
            "unknownKeyWithoutSuggestion",
            "m.yaml",
            "colour: red\n" + TWO_DMS,
            "m.yaml:1:1: unknown key 'colour' at the top level — allowed: parley, title,"
                + " description, sources, decisionMakers, infeasible, states, statusQuo, packages,"
                + " drama, timeline, rights, attitudes, probabilityThreshold"),
        bad(
            "wrongTypeStringWhereListExpected",
            "m.yaml",
            TWO_DMS.replace("{statements: [sign]}", "{statements: sign}"),
            "m.yaml:4:31: 'statements' of 'US' must be a list, not the text 'sign' — write one"
                + " '- item' line per entry, or [a, b, c]"),
        bad(
            "wrongTypeTextWhereNumberExpected",
            "m.yaml",
            usPreferences("payoffs:\n  - {state: N-, value: high}\n  - {state: Y-, value: 2}"),
            "m.yaml:6:30: 'value' in payoff 1 of 'US' must be a number, not the text 'high' —"
                + " write a number; higher is better"),
        bad(
            "emptyValue",
            "m.yaml",
            "title:\n" + TWO_DMS,
            "m.yaml:1:7: 'title' at the top level has no value — write the text after it, or"
                + " remove the key"),
        bad(
            "missingRequiredFields",
            "m.yaml",
            """
            decisionMakers:
              - name: United States
                options: [{id: sign}]
                preferences: {statements: [sign]}
              - id: RU
                options: [{name: Attack}]
            """,
            "m.yaml:2:5: missing 'id' in decision maker 1 — add 'id: ...', a short name to refer"
                + " to it by",
            "m.yaml:5:5: missing 'preferences' in decision maker 'RU' — add 'preferences:' with"
                + " 'statements:', 'ranking:' or 'payoffs:'",
            "m.yaml:6:15: missing 'id' in option 1 of 'RU' — add 'id: ...', a short name to refer"
                + " to it by"),
        bad(
            "missingDecisionMakers",
            "m.yaml",
            "title: T\n",
            "m.yaml:1:1: missing 'decisionMakers' at the top level — list the parties under"
                + " 'decisionMakers:', each with an id, options and preferences"),
        bad(
            "tooFewDecisionMakers",
            "m.yaml",
            TWO_DMS.substring(0, TWO_DMS.indexOf("  - id: RU")),
            "m.yaml:2:3: a conflict needs at least two decision makers, found 1 — add the other"
                + " parties under 'decisionMakers:'"),
        bad(
            "invalidId",
            "m.yaml",
            TWO_DMS.replace("id: US", "id: United States"),
            "m.yaml:2:9: invalid decision maker id 'United States' — "
                + Fields.ID_RULE
                + "; put the full name in 'name'"),
        bad(
            "duplicateIds",
            "m.yaml",
            "sources:\n  - {id: ap, title: A}\n  - {id: ap, title: B}\n"
                + TWO_DMS
                    .replace("[{id: sign}]", "[{id: sign}, {id: sign}]")
                    .replace("id: RU", "id: US")
                + "states:\n  - {id: deal, options: {sign: true}}\n  - {id: deal, options: {sign: false}}\n",
            "m.yaml:3:10: duplicate source id 'ap' (first used on line 2) — give each source its"
                + " own id",
            "m.yaml:6:32: duplicate option id 'sign' (first used on line 6) — give each option its"
                + " own id",
            "m.yaml:8:9: duplicate decision maker id 'US' (first used on line 5) — give each"
                + " decision maker its own id",
            "m.yaml:13:10: duplicate state id 'deal' (first used on line 12) — give each state its"
                + " own id"),
        bad(
            "duplicateKey",
            "m.yaml",
            "title: T\ntitle: U\n" + TWO_DMS,
            "m.yaml:2:1: duplicate key 'title' (first given on line 1) — keep one of the two: a"
                + " key may appear once in each mapping"),
        bad(
            "unknownOptionInRuleWithSuggestion",
            "m.yaml",
            TWO_DMS + "infeasible:\n  - mutuallyExclusive: [sing, attack]\n",
            "m.yaml:9:25: unknown option 'sing' in 'mutuallyExclusive' in infeasibility rule 1 —"
                + " did you mean 'sign'? (options: sign, attack)"),
        bad(
            "unknownNamedStateWithSuggestion",
            "m.yaml",
            TWO_DMS
                + """
                    states:
                      - {id: deal, options: {sign: true, attack: false}}
                    statusQuo: dael
                    """,
            "m.yaml:10:12: unknown state 'dael' in 'statusQuo' — did you mean 'deal'? (named"
                + " states: deal; or write a Y/N/- string, a state number or {option: true,"
                + " ...})"),
        bad(
            "unknownSourceWithSuggestion",
            "m.yaml",
            "sources:\n  - {id: ap, title: AP report}\n"
                + TWO_DMS.replace("id: US\n", "id: US\n    source: apx\n"),
            "m.yaml:5:13: unknown source 'apx' in decision maker 'US' — did you mean 'ap'?"
                + " (sources: ap)"),
        bad(
            "sourceWithoutAnySources",
            "m.yaml",
            TWO_DMS.replace("{id: sign}", "{id: sign, source: ap}"),
            "m.yaml:3:34: unknown source 'ap' in option 'sign' — declare it under 'sources:' with"
                + " an id and a title"),
        bad(
            "invalidReversibility",
            "m.yaml",
            TWO_DMS.replace("{id: sign}", "{id: sign, reversibility: forwards}"),
            "m.yaml:3:41: invalid reversibility 'forwards' in option 'sign' — did you mean"
                + " 'forward'? (allowed: both, forward, backward); GMCR+'s fwd and back also"
                + " work"),
        bad(
            "rankingMissesRepeatsAndNamesInfeasibleStates",
            "m.yaml",
            usPreferences("ranking: [NY, YY, NY]")
                + "infeasible:\n  - mutuallyExclusive: [sign, attack]\n",
            "m.yaml:5:16: the ranking misses 2 states: 1 (NN), 2 (YN) — every feasible state must"
                + " appear exactly once",
            "m.yaml:5:21: 'YY' is not a feasible state — rank only feasible states; 'parley"
                + " analyze' lists them in its states table",
            "m.yaml:5:25: state 3 (NY) appears more than once in the ranking (first at position 1)"
                + " — list each feasible state once; put equally preferred states in one [ ]"
                + " group"),
        bad(
            "rankingProblemInsideATieGroup",
            "m.yaml",
            usPreferences("ranking: [NN, [YN, NY, NN], YY]"),
            "m.yaml:5:30: state 1 (NN) appears more than once in the ranking (first at position 1)"
                + " — list each feasible state once; put equally preferred states in one [ ]"
                + " group"),
        bad(
            "payoffsMissAndRepeatStates",
            "m.yaml",
            usPreferences("payoffs:\n  - {state: NN, value: 1}\n  - {state: \"-N\", value: 2}"),
            "m.yaml:6:9: no payoff for 2 states: 3 (NY), 4 (YY) — give every feasible state a"
                + " payoff",
            "m.yaml:7:11: state 1 (NN) has two payoffs — give each feasible state one payoff"),
        bad(
            "stateNumberOutOfRange",
            "m.yaml",
            usPreferences("ranking: [1, 2, 3, 5]"),
            "m.yaml:5:26: there is no state 5 (in entry 4 of the ranking of 'US'): the model has 4"
                + " feasible states — state numbers shift whenever options or infeasibility rules"
                + " change; prefer a state id or a Y/N/- string"),
        bad(
            "stateStringOfWrongLength",
            "m.yaml",
            TWO_DMS + "statusQuo: YNN\n",
            "m.yaml:8:12: 'YNN' in 'statusQuo' has 3 letters but the model has 2 options — write"
                + " one Y, N or - per option, in this order: sign, attack"),
        bad(
            "emptyFeasibleSet",
            "m.yaml",
            TWO_DMS
                + """
                    infeasible:
                      - atLeastOne: [sign]
                      - when: "-sign | attack"
                      - pattern: YN
                    """,
            "m.yaml:9:3: no state is feasible: the infeasibility rules remove all 4 combinations of"
                + " options — check the rules for a contradiction, e.g. 'atLeastOne' over options"
                + " another rule forbids"),
        // the scalar starts in column 32; the parser stops after its 14th character
        bad(
            "statementSyntaxErrorPlainScalar",
            "m.yaml",
            TWO_DMS.replace("statements: [sign]", "statements: [sign & (attack]"),
            "m.yaml:4:46: statement 1 of 'US' does not parse: missing ')' — close every '(' with a"
                + " ')'"),
        bad(
            "statementSyntaxErrorQuotedScalar",
            "m.yaml",
            TWO_DMS.replace("statements: [sign]", "statements: ['sign IF attack IF sign']"),
            "m.yaml:4:48: statement 1 of 'US' does not parse: IF and IFF cannot be chained — add"
                + " parentheses, e.g. 'a IF (b IF c)' or '(a IF b) IF c'"),
        bad(
            "unknownOptionInStatement",
            "m.yaml",
            TWO_DMS.replace("statements: [sign]", "statements: [\"sign & atack\"]"),
            "m.yaml:4:40: unknown option 'atack' in statement 1 of 'US' — did you mean 'attack'?"
                + " (options: sign, attack)"),
        bad(
            "optionNumberOutOfRangeInStatement",
            "m.yaml",
            TWO_DMS.replace("statements: [sign]", "statements: [1 & 3]"),
            "m.yaml:4:36: unknown option '3' in statement 1 of 'US' — a number names an option by"
                + " position; the model has 2 options, numbered 1 to 2"),
        bad(
            "statementInBlockScalarIsPlacedAtTheScalar",
            "m.yaml",
            usPreferences("statements:\n  - |\n    sign &\n    atack"),
            "m.yaml:6:11: unknown option 'atack' in statement 1 of 'US' — did you mean 'attack'?"
                + " (options: sign, attack)"),
        bad(
            "namedStateMatchingSeveralStates",
            "m.yaml",
            TWO_DMS + "states:\n  - {id: signed, options: {sign: true}}\n",
            "m.yaml:9:27: state 'signed' (Y-) matches 2 feasible states: 2 YN, 4 YY — fix more"
                + " options so that exactly one state matches"),
        bad(
            "namedStateMatchingNoState",
            "m.yaml",
            TWO_DMS
                + """
                    infeasible:
                      - mutuallyExclusive: [sign, attack]
                    states:
                      - {id: war, options: YY}
                    """,
            "m.yaml:11:24: state 'war' (YY) matches no feasible state — check its option values"
                + " against the infeasibility rules"),
        bad(
            "namedStateThatLooksLikeAStateString",
            "m.yaml",
            TWO_DMS + "states:\n  - {id: NY, options: NY}\n",
            "m.yaml:9:10: state id 'NY' reads as a Y/N/- string — choose a name that is not made"
                + " of Y, N and - only"),
        bad(
            "statusQuoMatchingSeveralStates",
            "m.yaml",
            TWO_DMS + "statusQuo: \"-N\"\n",
            "m.yaml:8:12: the status quo (-N) matches 2 feasible states: 1 NN, 2 YN — fix more"
                + " options so that exactly one state matches"),
        bad(
            "ruleWithTwoConditionsOrNone",
            "m.yaml",
            TWO_DMS
                + """
                    infeasible:
                      - atLeastOne: [sign]
                        requires: [sign, attack]
                      - note: only a note
                      - requires: [sign]
                    """,
            "m.yaml:9:5: infeasibility rule 1 has both 'atLeastOne' and 'requires' — write one"
                + " condition per rule: split it into two rules",
            "m.yaml:11:5: infeasibility rule 2 has no condition — give one of: mutuallyExclusive,"
                + " atLeastOne, exactlyOne, requires, pattern, when",
            "m.yaml:12:15: 'requires' in infeasibility rule 3 needs at least 2 options — list the"
                + " options it relates, e.g. [a, b]"),
        bad(
            "preferencesWithNoneOrTwoForms",
            "m.yaml",
            """
            decisionMakers:
              - id: US
                options: [{id: sign}]
                preferences: {}
              - id: RU
                options: [{id: attack}]
                preferences: {statements: [attack], ranking: [NN]}
            """,
            "m.yaml:4:18: the preferences of 'US' give no statements, ranking or payoffs — give"
                + " one of them: 'statements:' (most important first), 'ranking:' (most preferred"
                + " first) or 'payoffs:'",
            "m.yaml:7:18: the preferences of 'RU' give both 'statements' and 'ranking' — keep one"
                + " form of preferences per decision maker"),
        bad(
            "unsupportedVersion",
            "m.yaml",
            "parley: 2\n" + TWO_DMS,
            "m.yaml:1:9: unsupported format version 2 — this version of Parley reads format 1"),
        bad(
            "yamlSyntaxError",
            "m.yaml",
            """
            decisionMakers:
              - id: US
                options: [{id: sign}
              - id: RU
            """,
            "m.yaml:4:3: YAML syntax error: expected ',' or ']', but got - (while parsing a flow"
                + " sequence that starts at line 3, column 14) — check the indentation and the"
                + " brackets; quote text that contains ': ', ' #' or starts with a special"
                + " character such as '*', '&', '!', '[' or '{'"),
        bad(
            "jsonSyntaxError",
            "m.json",
            "{\"title\": \"T\",\n \"decisionMakers\": [\n {\"id\": \"US\" \"options\": []}]}",
            "m.json:3:14: JSON syntax error: Unexpected character ('\"' (code 34)): was expecting"
                + " comma to separate Object entries — check for a missing comma, quote or bracket"
                + " near this place"),
        bad(
            "emptyFile",
            "m.yaml",
            "",
            "m.yaml:1:1: the file is empty — start with 'title:' and 'decisionMakers:' (see"
                + " examples/)"),
        bad(
            "notAMapping",
            "m.yaml",
            "- a\n- b\n",
            "m.yaml:1:1: the model must be a mapping, not a list — write 'key: value' lines,"
                + " indented under it"),
        bad(
            "yamlAliasesAreRefused",
            "m.yaml",
            """
            decisionMakers:
              - &us
                id: US
                options: [{id: sign}]
                preferences: {statements: [sign]}
              - *us
            """,
            "m.yaml:6:5: YAML aliases (*us) are not supported in model files — write the value out"
                + " in full"),
        // an unknown key does not stop the reader from checking the ranking against the states
        bad(
            "allProblemsAreReportedAtOnce",
            "m.yaml",
            """
            titel: T
            decisionMakers:
              - id: US
                options: [{id: sign}]
                preferences: {ranking: [NN, YN, NY]}
              - id: RU
                options: [{id: attack, reversibility: sometimes}]
                preferences: {statements: [attack]}
            """,
            "m.yaml:1:1: unknown key 'titel' at the top level — did you mean 'title'? (allowed:"
                + " parley, title, description, sources, decisionMakers, infeasible, states,"
                + " statusQuo, packages, drama, timeline, rights, attitudes,"
                + " probabilityThreshold)",
            "m.yaml:5:28: the ranking misses state 4 (YY) — every feasible state must appear"
                + " exactly once",
            "m.yaml:7:43: invalid reversibility 'sometimes' in option 'attack' — allowed: both,"
                + " forward, backward; GMCR+'s fwd and back also work"),
        bad(
            "jsonModelsArePlacedToo",
            "m.json",
            """
            {"decisionMakers": [
              {"id": "US", "options": [{"id": "sign"}], "preferences": {"statements": ["sign & atack"]}},
              {"id": "RU", "options": [{"id": "attack"}], "preferences": {"ranking": ["NN", "YN", "NY", "YX"]}}
            ]}
            """,
            "m.json:2:84: unknown option 'atack' in statement 1 of 'US' — did you mean 'attack'?"
                + " (options: sign, attack)",
            "m.json:3:93: unknown state 'YX' in entry 4 of the ranking of 'RU' — name it under"
                + " 'states:', or write a state id, a Y/N/- string with one letter per option, a"
                + " state number, or {option: true, ...}"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badModels")
  void isRefusedWithItsDiagnostics(
      String name, String file, String text, List<String> diagnostics) {
    assertThat(errors(file, text)).containsExactlyElementsOf(diagnostics);
  }
}
