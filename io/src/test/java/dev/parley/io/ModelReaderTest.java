package dev.parley.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.parley.core.model.Conflict;
import dev.parley.core.model.Infeasibility;
import dev.parley.core.model.PreferenceSpec;
import dev.parley.core.model.Provenance;
import dev.parley.core.model.Reversibility;
import dev.parley.core.state.StateSpace;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ModelReaderTest {

  /** Options sign, withdraw (US) and attack (RU): states are three Y/N letters in that order. */
  private static String threeOptions(String extra) {
    return """
        decisionMakers:
          - id: US
            options: [{id: sign}, {id: withdraw}]
            preferences: {statements: [sign]}
          - id: RU
            options: [{id: attack}]
            preferences: {statements: [attack]}
        """
        + extra;
  }

  static LoadedModel read(String text) throws ModelLoadException {
    return ModelReader.read(text, "m.yaml", Format.YAML);
  }

  private static List<String> feasible(LoadedModel m) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < m.space().size(); i++) {
      out.add(m.space().yn(i));
    }
    return out;
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          mutuallyExclusive: [sign, withdraw, attack] | NNN YNN NYN NNY
          atLeastOne: [sign, attack]                  | YNN YYN NNY YNY NYY YYY
          exactlyOne: [sign, withdraw, attack]        | YNN NYN NNY
          requires: [withdraw, sign]                  | NNN YNN YYN NNY YNY YYY
          requires: [withdraw, sign, attack]          | NNN YNN NNY YNY YYY
          pattern: {sign: true, attack: false}        | NNN NYN NNY YNY NYY YYY
          pattern: Y-N                                | NNN NYN NNY YNY NYY YYY
          pattern: "-Y-"                              | NNN YNN NNY YNY
          when: sign & -withdraw or attack            | NNN NYN YYN
          when: withdraw IF sign                      | YNN YNY
          """)
  void infeasibilityForms(String rule, String feasibleStates) throws Exception {
    LoadedModel m = read(threeOptions("infeasible:\n  - " + rule + "\n"));
    assertThat(feasible(m)).containsExactly(feasibleStates.split(" "));
  }

  @Test
  void infeasibilityRulesKeepTheirKindOptionsAndProvenance() throws Exception {
    LoadedModel m =
        read(
            "sources: [{id: ap, title: AP}]\n"
                + threeOptions(
                    "infeasible:\n"
                        + "  - requires: [withdraw, sign]\n"
                        + "    source: ap\n"
                        + "    quote: no withdrawal without a deal\n"
                        + "    note: n\n"
                        + "  - pattern: {attack: true, sign: true}\n"));
    List<Infeasibility> rules = m.conflict().infeasibilities();
    assertThat(rules.get(0).kind()).isEqualTo(Infeasibility.Kind.REQUIRES);
    assertThat(rules.get(0).options()).containsExactly(1, 0);
    assertThat(rules.get(0).provenance())
        .isEqualTo(new Provenance("ap", "no withdrawal without a deal", "n"));
    assertThat(rules.get(1).kind()).isEqualTo(Infeasibility.Kind.PATTERN);
    assertThat(rules.get(1).options()).containsExactly(0, 2);
  }

  /** Every form of state reference names the same state NYN (number 3 of 8). */
  @ParameterizedTest(name = "statusQuo: {0}")
  @ValueSource(
      strings = {
        "quiet",
        "NYN",
        "nyn",
        "3",
        "{sign: false, withdraw: true, attack: false}",
        "{withdraw: true, attack: false, sign: no}"
      })
  void stateReferenceForms(String ref) throws Exception {
    LoadedModel m =
        read(
            threeOptions(
                "states:\n  - {id: quiet, options: {sign: false, withdraw: true, attack: false}}\n"
                    + "statusQuo: "
                    + ref
                    + "\n"));
    assertThat(m.space().matching(m.conflict().statusQuo())).containsExactly(2);
  }

  @Test
  void partialReferencesInARankingAreTieGroups() throws Exception {
    LoadedModel m =
        read(
            """
            decisionMakers:
              - id: US
                options: [{id: sign}, {id: withdraw}]
                preferences:
                  ranking:
                    - deal                      # YYN
                    - [YNN, 1]                  # NNN tied with YNN
                    - {attack: true}            # every state with the attack, tied
                    - NYN                       # what is left
              - id: RU
                options: [{id: attack}]
                preferences: {statements: [attack]}
            states:
              - {id: deal, options: YYN}
            """);
    int us = 0;
    int[] payoff = new int[8];
    for (int s = 0; s < 8; s++) {
      payoff[s] = m.payoff(us, s);
    }
    // states by code: 0 NNN, 1 YNN, 2 NYN, 3 YYN, 4.. attack
    assertThat(payoff[3]).isEqualTo(4);
    assertThat(payoff[0]).isEqualTo(3).isEqualTo(payoff[1]);
    assertThat(payoff[4]).isEqualTo(2);
    assertThat(payoff).containsSubsequence(2, 2, 2, 2);
    assertThat(payoff[2]).isEqualTo(1);
  }

  @Test
  void everyFormOfTheFormat() throws Exception {
    LoadedModel m = ModelReader.read(TestFiles.resourcePath("models/all-forms.yaml"));
    Conflict c = m.conflict();
    assertThat(c.title()).isEqualTo("All forms");
    assertThat(c.sources()).hasSize(2);
    assertThat(c.sources().get(0).date()).isEqualTo("2026-11-26");
    assertThat(c.decisionMakers()).extracting(d -> d.id()).containsExactly("US", "RU", "EU");
    assertThat(c.options())
        .extracting(o -> o.reversibility())
        .containsExactly(
            Reversibility.FORWARD,
            Reversibility.BACKWARD,
            Reversibility.FORWARD,
            Reversibility.BACKWARD,
            Reversibility.BOTH,
            Reversibility.BOTH);
    assertThat(c.decisionMakers().get(0).provenance())
        .isEqualTo(new Provenance("ap", "we will guarantee it", "a note on the US"));
    assertThat(feasible(m))
        .containsExactly(
            "NNNNYN", "YNNNYN", "NNYNYN", "YNYNYN", "YYNNNY", "YYYNNY", "NNNYNY", "NNNNYY",
            "YNNNYY", "NNYNYY", "YNYNYY");
    // statements keep their text and provenance; numbers name options by position
    PreferenceSpec.Prioritization us = (PreferenceSpec.Prioritization) c.preferences().get(0);
    assertThat(us.statements().get(0).text()).isEqualTo("withdraw & -offensive");
    assertThat(us.statements().get(1).provenance().source()).isEqualTo("memo");
    assertThat(us.statements().get(3).formula())
        .isEqualTo(
            dev.parley.core.statement.StatementParser.parse(
                "offensive IFF -talks", id -> c.optionIndex(id)));
    // RU: deal > {stalemate, NNNNYN, NNNNYY} > 4 states with sign and talks > 3 > 5 > 10
    int[] ru = new int[m.space().size()];
    for (int s = 0; s < ru.length; s++) {
      ru[s] = m.payoff(1, s);
    }
    assertThat(ru).containsExactly(5, 4, 3, 4, 2, 6, 5, 5, 4, 1, 4);
    // EU payoffs 10 > 2.5 > 1 > 0 > -1
    int[] eu = new int[m.space().size()];
    for (int s = 0; s < eu.length; s++) {
      eu[s] = m.payoff(2, s);
    }
    assertThat(eu).containsExactly(1, 1, 1, 1, 3, 5, 2, 4, 4, 4, 4);
    assertThat(m.space().matching(c.statusQuo())).containsExactly(6);
    assertThat(c.namedStates()).extracting(s -> s.id()).containsExactly("deal", "stalemate");
  }

  @Test
  void jsonReadsLikeYaml() throws Exception {
    String yaml = TestFiles.resource("models/all-forms.yaml");
    ObjectMapper json = new ObjectMapper();
    String asJson = json.writeValueAsString(new YAMLMapper().readTree(yaml));
    LoadedModel fromYaml = ModelReader.read(yaml, "a.yaml", Format.YAML);
    LoadedModel fromJson = ModelReader.read(asJson, "a.json", Format.JSON);
    assertThat(ModelWriter.write(fromJson.conflict(), Format.YAML))
        .isEqualTo(ModelWriter.write(fromYaml.conflict(), Format.YAML));
  }

  @ParameterizedTest
  @CsvSource({
    "both, BOTH",
    "forward, FORWARD",
    "fwd, FORWARD",
    "backward, BACKWARD",
    "back, BACKWARD"
  })
  void reversibilitySpellings(String written, Reversibility expected) throws Exception {
    LoadedModel m =
        read(threeOptions("").replace("{id: sign}", "{id: sign, reversibility: " + written + "}"));
    assertThat(m.conflict().options().get(0).reversibility()).isEqualTo(expected);
  }

  @Test
  void yamlTruthWordsWorkAsIds() throws Exception {
    // YAML 1.1 reads a plain 'on' or 'no' as a truth value; where an id is expected it is the id
    LoadedModel m =
        read(
            """
            decisionMakers:
              - id: US
                options: [{id: on}, {id: no}]
                preferences: {statements: [on & -no]}
              - id: RU
                options: [{id: attack}]
                preferences: {statements: [attack]}
            infeasible:
              - mutuallyExclusive: [on, no]
            """);
    assertThat(m.conflict().options())
        .extracting(o -> o.id())
        .containsExactly("on", "no", "attack");
    assertThat(m.space().size()).isEqualTo(6);
  }

  @Test
  void bareNumbersNameOptionsByPosition() throws Exception {
    LoadedModel byNumber =
        read(threeOptions("").replace("statements: [sign]", "statements: [1, \"-2 & 3\"]"));
    LoadedModel byId =
        read(
            threeOptions("")
                .replace("statements: [sign]", "statements: [sign, -withdraw & attack]"));
    for (int s = 0; s < 8; s++) {
      assertThat(byNumber.payoff(0, s)).isEqualTo(byId.payoff(0, s));
    }
    var first = ((PreferenceSpec.Prioritization) byNumber.conflict().preferences().get(0));
    assertThat(first.statements().get(0).text()).isEqualTo("1");
  }

  @ParameterizedTest
  @CsvSource({"a.yaml, YAML", "b.YML, YAML", "dir/c.json, JSON"})
  void formatFollowsTheExtension(String name, Format format) {
    assertThat(Format.of(name)).isEqualTo(format);
    assertThat(Format.of(java.nio.file.Path.of(name))).isEqualTo(format);
  }

  @Test
  void otherExtensionsAreRefused() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Format.of("model.gmcr"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("*.yaml, *.yml or *.json");
  }

  @Test
  void freeTextTakesScalarsAsWritten() throws Exception {
    LoadedModel m =
        read("title: 1984\nsources: [{id: s, title: T, date: 2026-11-26}]\n" + threeOptions(""));
    assertThat(m.conflict().title()).isEqualTo("1984");
    assertThat(m.conflict().sources().get(0).date()).isEqualTo("2026-11-26");
  }

  @Test
  void readsFilesByExtension() throws Exception {
    LoadedModel m = ModelReader.read(TestFiles.example("chicken.yaml"));
    assertThat(m.fileName()).endsWith("chicken.yaml");
    assertThat(m.space().size()).isEqualTo(StateSpace.of(m.conflict()).size());
  }

  @Test
  void sourceMapPlacesCorePaths() throws Exception {
    LoadedModel m = ModelReader.read(TestFiles.example("elmira.yaml"));
    SourceMap map = m.sourceMap();
    SourceMap.Location ranking = map.locate("decisionMakers[0].preferences.ranking");
    SourceMap.Location first = map.locate("decisionMakers[0].preferences.ranking[0]");
    SourceMap.Location third = map.locate("decisionMakers[0].preferences.ranking[2]");
    assertThat(third.line()).isEqualTo(first.line() + 2);
    assertThat(third.column()).isEqualTo(first.column());
    // paths the file does not have fall back to the nearest enclosing node
    assertThat(map.locate("decisionMakers[0].preferences.ranking[40][2]")).isEqualTo(ranking);
    assertThat(map.locate("states.appeal")).isEqualTo(map.locate("states"));
    assertThat(map.locate("nowhere")).isEqualTo(map.locate(""));
    assertThat(map.exact("decisionMakers[9]")).isEmpty();
    var d =
        map.diagnostic(
            new dev.parley.core.model.ModelException.Problem(
                "decisionMakers[1].options[2].id", "m", "h"));
    assertThat(d.line()).isGreaterThan(ranking.line());
    assertThat(d.message()).isEqualTo("m");
  }
}
