package dev.parley.io.gmcr;

import static dev.parley.io.gmcr.GmcrTestSupport.COMPOUND;
import static dev.parley.io.gmcr.GmcrTestSupport.caseFile;
import static dev.parley.io.gmcr.GmcrTestSupport.codes;
import static dev.parley.io.gmcr.GmcrTestSupport.ranking;
import static dev.parley.io.gmcr.GmcrTestSupport.rankings;
import static dev.parley.io.gmcr.GmcrTestSupport.resource;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.core.model.Conflict;
import dev.parley.core.model.Infeasibility;
import dev.parley.core.model.Option;
import dev.parley.core.model.PreferenceSpec;
import dev.parley.core.model.Reversibility;
import dev.parley.core.model.StatePattern;
import dev.parley.core.preference.PreferenceResolver;
import dev.parley.core.state.StateSpace;
import dev.parley.core.statement.StatementParser;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GmcrReaderTest {

  @ParameterizedTest
  @ValueSource(strings = {"prisoners-dilemma", "chicken", "elmira-12"})
  void importsPublishedSamplesAsInTheCaseFiles(String id) throws Exception {
    GmcrImport imp = GmcrReader.read(resource(id + ".gmcr"));
    JsonNode expected = caseFile(id);
    Conflict c = imp.conflict();

    assertThat(imp.warnings()).isEmpty();
    assertThat(c.title()).isEqualTo(id);

    // decision makers, in order, with their options
    JsonNode dms = expected.get("decisionMakers");
    assertThat(c.dmCount()).isEqualTo(dms.size());
    for (int d = 0; d < dms.size(); d++) {
      assertThat(c.decisionMakers().get(d).name()).isEqualTo(dms.get(d).get("id").asText());
    }

    // options: order, names, controllers, reversibility
    JsonNode opts = expected.get("options");
    assertThat(c.optionCount()).isEqualTo(opts.size());
    for (int t = 0; t < opts.size(); t++) {
      JsonNode o = opts.get(t);
      Option option = c.options().get(t);
      assertThat(option.name()).isEqualTo(o.get("name").asText());
      assertThat(c.decisionMakers().get(c.owner(t)).name())
          .isEqualTo(o.get("controlledBy").asText());
      assertThat(option.reversibility())
          .isEqualTo(Reversibility.parse(o.get("reversibility").asText()));
      assertThat(StatementParser.isValidId(option.id())).isTrue();
    }

    // feasible states and their numbering
    StateSpace space = StateSpace.of(c);
    JsonNode states = expected.get("states");
    assertThat(space.size()).isEqualTo(states.size());
    for (int i = 0; i < states.size(); i++) {
      assertThat(states.get(i).get("id").asInt()).isEqualTo(i + 1);
      assertThat(space.code(i)).isEqualTo(states.get(i).get("decimal").asLong());
      assertThat(space.yn(i)).isEqualTo(states.get(i).get("yn").asText());
    }

    // rankings
    List<List<List<Integer>>> got = rankings(c);
    for (int d = 0; d < dms.size(); d++) {
      assertThat(got.get(d))
          .as("ranking of %s", dms.get(d).get("id").asText())
          .isEqualTo(ranking(dms.get(d).get("ranking")));
      assertThat(c.preferences().get(d)).isInstanceOf(PreferenceSpec.DirectRanking.class);
    }

    // each decision maker alone
    List<List<Integer>> alone = new ArrayList<>();
    for (int d = 0; d < c.dmCount(); d++) {
      alone.add(List.of(d));
    }
    assertThat(imp.coalitions()).isEqualTo(alone);
  }

  @Test
  void elmiraOptionsAndIds() throws Exception {
    Conflict c = GmcrReader.read(resource("elmira-12.gmcr")).conflict();
    assertThat(c.options().stream().map(Option::id))
        .containsExactly("modify", "delay", "accept", "abandon", "insist");
    assertThat(c.decisionMakers().stream().map(dm -> dm.id()))
        .containsExactly("moe", "uniroyal", "local_government");
    assertThat(c.infeasibilities()).hasSize(4);
    assertThat(c.infeasibilities()).allMatch(r -> r.kind() == Infeasibility.Kind.PATTERN);
  }

  @Test
  void minimalExampleOfTheFormatDescription() throws Exception {
    GmcrImport imp = GmcrReader.read(resource("minimal.gmcr"));
    Conflict c = imp.conflict();
    StateSpace space = StateSpace.of(c);
    assertThat(space.size()).isEqualTo(7);
    assertThat(codes(space)).containsExactly(0, 1, 2, 3, 4, 5, 7);
    assertThat(c.options().get(0).reversibility()).isEqualTo(Reversibility.FORWARD);
    assertThat(c.options().stream().map(Option::id))
        .containsExactly("build_dam", "negotiate", "protest");
    assertThat(c.options().get(0).name()).isEqualTo("Build dam");

    int[][] payoffs = PreferenceResolver.resolve(c, space);
    assertThat(payoffs[0]).containsExactly(6, 7, 4, 5, 1, 2, 3);
    assertThat(payoffs[1]).containsExactly(3, 1, 4, 2, 3, 1, 1);
    assertThat(rankings(c).get(0)).isEqualTo(ranking("[2, 1, 4, 3, 7, 6, 5]"));
    assertThat(rankings(c).get(1)).isEqualTo(ranking("[3, [1, 5], 4, [2, 6, 7]]"));

    // statements keep a readable text in the statement language
    PreferenceSpec.Prioritization utility = (PreferenceSpec.Prioritization) c.preferences().get(0);
    assertThat(utility.statements().stream().map(PreferenceSpec.Statement::text))
        .containsExactly("-protest", "negotiate & protest | -negotiate & -protest", "build_dam");
    for (PreferenceSpec.Statement s : utility.statements()) {
      assertThat(StatementParser.parse(s.text(), c::optionIndex)).isEqualTo(s.formula());
    }

    assertThat(imp.coalitions()).containsExactly(List.of(0), List.of(1));
    assertThat(imp.warnings()).hasSize(1);
    assertThat(imp.warnings().get(0))
        .contains("decisionMakers[1].misperceptions")
        .contains("Residents")
        .contains("Y-Y")
        .contains("imported as states 'Residents' cannot see")
        .contains("GMCR+ removes only the moves of 'Residents'");
    // the misperception is a perception of decision maker 2: the states it cannot see
    assertThat(imp.perceptions()).hasSize(1);
    assertThat(imp.perceptions().get(0).holder()).isEqualTo(1);
    assertThat(imp.perceptions().get(0).hidden()).isNotEmpty();
    assertThat(imp.perceptions().get(0).preferences()).isEmpty();
  }

  @Test
  void legacyKeysAndMissingOptionalKeys() {
    String json =
        """
        {"useManualPreferenceVectors": true,
         "options": [{"name": "a"}, {"name": "b", "permittedDirection": "back"}],
         "decisionMakers": [
           {"name": "A", "options": [0], "preferences": [], "preferenceVector": [4, [1, 2], 3]},
           {"name": "B", "options": [1], "preferences": [], "preferenceVector": [1, 2, 3, 4]}],
         "infeasibles": []}
        """;
    GmcrImport imp = GmcrReader.read(json, "legacy.gmcr");
    Conflict c = imp.conflict();
    assertThat(imp.warnings()).isEmpty();
    assertThat(c.options().get(0).reversibility()).isEqualTo(Reversibility.BOTH);
    assertThat(c.options().get(1).reversibility()).isEqualTo(Reversibility.BACKWARD);
    assertThat(rankings(c).get(0)).isEqualTo(ranking("[4, [1, 2], 3]"));
    assertThat(rankings(c).get(1)).isEqualTo(ranking("[1, 2, 3, 4]"));
    assertThat(imp.coalitions()).containsExactly(List.of(0), List.of(1));
  }

  @Test
  void newRankingKeysWinOverLegacyOnes() {
    String json =
        """
        {"useManualPreferenceRanking": false, "useManualPreferenceVectors": true,
         "options": [{"name": "a"}, {"name": "b"}],
         "decisionMakers": [
           {"name": "A", "options": [0], "preferences": [[[0, "Y"]]],
            "preferenceVector": [1, 2, 3, 4]},
           {"name": "B", "options": [1], "preferences": [[[1, "N"]]]}]}
        """;
    Conflict c = GmcrReader.read(json, "x.gmcr").conflict();
    assertThat(c.preferences().get(0)).isInstanceOf(PreferenceSpec.Prioritization.class);
    assertThat(rankings(c).get(0)).isEqualTo(ranking("[[2, 4], [1, 3]]"));
  }

  @Test
  void compoundInfeasibleConditions() {
    // remove (a & b) | (-a & -b & c): codes 3, 7 and 4
    Conflict c = GmcrReader.read(COMPOUND, "compound.gmcr").conflict();
    assertThat(c.infeasibilities()).hasSize(1);
    assertThat(c.infeasibilities().get(0).kind()).isEqualTo(Infeasibility.Kind.FORMULA);
    assertThat(codes(StateSpace.of(c))).containsExactly(0, 1, 2, 5, 6);
  }

  @Test
  void infeasibleConditionsOnMissingOptionsAreDroppedWithAWarning() {
    String json =
        """
        {"options": [{"name": "a"}, {"name": "b"}],
         "decisionMakers": [
           {"name": "A", "options": [0], "preferences": []},
           {"name": "B", "options": [1], "preferences": []}],
         "infeasibles": [[[0, "Y"], [5, "Y"]], [[0, "Y"], [1, "Y"]],
                         {"compound": true, "members": [[[1, "N"]], [[2, "Y"]]]}]}
        """;
    GmcrImport imp = GmcrReader.read(json, "drop.gmcr");
    assertThat(codes(StateSpace.of(imp.conflict()))).containsExactly(0, 1, 2);
    assertThat(imp.warnings())
        .anySatisfy(w -> assertThat(w).startsWith("infeasibles[0]: dropped").contains("option 5"))
        .anySatisfy(w -> assertThat(w).startsWith("infeasibles[2]: dropped").contains("option 2"));
  }

  @Test
  void optionsAreRegroupedByDecisionMaker() {
    // file order: x (B), y (A), z (A); grouped order: y, z, x
    String json =
        """
        {"useManualPreferenceRanking": true,
         "options": [{"name": "x"}, {"name": "y", "permittedDirection": "fwd"}, {"name": "z"}],
         "decisionMakers": [
           {"name": "A", "options": [2, 1], "preferences": [],
            "preferenceRanking": [6, 5, 4, 3, 2, 1]},
           {"name": "B", "options": [0], "preferences": [[[0, "Y"], [1, "N"]]],
            "preferenceRanking": [1, 2, 3, 4, 5, 6]}],
         "infeasibles": [[[0, "Y"], [2, "Y"]]]}
        """;
    GmcrImport imp = GmcrReader.read(json, "regroup.gmcr");
    Conflict c = imp.conflict();
    assertThat(c.options().stream().map(Option::id)).containsExactly("z", "y", "x");
    assertThat(c.options().get(1).reversibility()).isEqualTo(Reversibility.FORWARD);
    // infeasible: x (now option 2) and z (now option 0) both taken
    StateSpace space = StateSpace.of(c);
    assertThat(codes(space)).containsExactly(0, 1, 2, 3, 4, 6);
    assertThat(imp.warnings()).anySatisfy(w -> assertThat(w).startsWith("options: reordered"));
    // the statements of B are not used with a manual ranking, and that is said
    assertThat(imp.warnings())
        .anySatisfy(
            w -> assertThat(w).startsWith("decisionMakers[1].preferences").contains("manual"));
  }

  @Test
  void regroupedStatementsReferToTheRightOptions() {
    String json =
        """
        {"options": [{"name": "x"}, {"name": "y"}],
         "decisionMakers": [
           {"name": "A", "options": [1], "preferences": [[[0, "Y"], [1, "N"]]]},
           {"name": "B", "options": [0], "preferences": [[[1, "Y"]]]}]}
        """;
    Conflict c = GmcrReader.read(json, "r.gmcr").conflict();
    PreferenceSpec.Prioritization a = (PreferenceSpec.Prioritization) c.preferences().get(0);
    assertThat(c.options().stream().map(Option::id)).containsExactly("y", "x");
    assertThat(a.statements().get(0).text()).isEqualTo("-y & x");
  }

  @Test
  void duplicateStatementsAreDroppedWithAWarning() {
    String json =
        """
        {"options": [{"name": "a"}, {"name": "b"}],
         "decisionMakers": [
           {"name": "A", "options": [0], "preferences": [
              [[0, "Y"]], [[1, "N"]], [[0, "Y"]],
              {"compound": true, "members": [[[0, "N"]], [[1, "Y"]]]},
              {"compound": true, "members": [[[1, "Y"]], [[0, "N"]]]}]},
           {"name": "B", "options": [1], "preferences": [[[1, "Y"]]]}]}
        """;
    GmcrImport imp = GmcrReader.read(json, "dup.gmcr");
    PreferenceSpec.Prioritization a =
        (PreferenceSpec.Prioritization) imp.conflict().preferences().get(0);
    assertThat(a.statements().stream().map(PreferenceSpec.Statement::text))
        .containsExactly("a", "-b", "-a | b");
    assertThat(imp.warnings())
        .containsExactly(
            "decisionMakers[0].preferences[2]: dropped, as GMCR+ does, because it repeats"
                + " statement 0 (Y-) of 'A'",
            "decisionMakers[0].preferences[4]: dropped, as GMCR+ does, because it repeats"
                + " statement 3 ([-Y, N-]) of 'A'");
  }

  @Test
  void idsAreDerivedFromNames() {
    String json =
        """
        {"options": [{"name": "Build dam"}, {"name": "build-dam!"}, {"name": "2nd strike"},
                     {"name": "Not"}, {"name": ""}, {"name": "Négocier"}],
         "decisionMakers": [
           {"name": "U.S.", "options": [0, 1, 2], "preferences": []},
           {"name": "1st party", "options": [3, 4, 5], "preferences": []}]}
        """;
    GmcrImport imp = GmcrReader.read(json, "ids.gmcr");
    Conflict c = imp.conflict();
    assertThat(c.options().stream().map(Option::id))
        .containsExactly("build_dam", "build_dam_2", "o_2nd_strike", "o_not", "o5", "negocier");
    assertThat(c.options().stream().map(Option::name))
        .containsExactly("Build dam", "build-dam!", "2nd strike", "Not", "o5", "Négocier");
    assertThat(c.decisionMakers().stream().map(dm -> dm.id()))
        .containsExactly("u_s", "dm_1st_party");
    assertThat(c.decisionMakers().get(0).name()).isEqualTo("U.S.");
    assertThat(c.options()).allMatch(o -> StatementParser.isValidId(o.id()));
    // no statements: all states equally preferred, and said so
    assertThat(imp.warnings()).hasSize(2).allMatch(w -> w.contains("no preference statements"));
  }

  @Test
  void coalitionsAreReadAndInvalidOnesReset() {
    String base =
        """
        {"options": [{"name": "a"}, {"name": "b"}, {"name": "c"}],
         "decisionMakers": [
           {"name": "A", "options": [0], "preferences": [[[0, "Y"]]]},
           {"name": "B", "options": [1], "preferences": [[[0, "Y"]]]},
           {"name": "C", "options": [2], "preferences": [[[0, "Y"]]]}],
         "coalitions": %s}
        """;
    GmcrImport ok = GmcrReader.read(base.formatted("[[0, 2], 1]"), "c.gmcr");
    assertThat(ok.coalitions()).containsExactly(List.of(0, 2), List.of(1));
    assertThat(ok.warnings()).isEmpty();

    GmcrImport bad = GmcrReader.read(base.formatted("[[0, 1], 1, 2]"), "c.gmcr");
    assertThat(bad.coalitions()).containsExactly(List.of(0), List.of(1), List.of(2));
    assertThat(bad.warnings())
        .containsExactly(
            "coalitions: decision maker 1 is in more than one coalition, so it is not a"
                + " partition of the decision makers; as GMCR+ does, each decision maker is taken"
                + " alone instead");

    GmcrImport out = GmcrReader.read(base.formatted("[0, 1, 2, 3]"), "c.gmcr");
    assertThat(out.coalitions()).hasSize(3);
    assertThat(out.warnings().get(0)).contains("names decision maker 3");
  }

  @Test
  void misperceivedStatesMissingFromAManualRankingAreRankedLast() {
    String json =
        """
        {"useManualPreferenceRanking": true,
         "options": [{"name": "a"}, {"name": "b"}],
         "decisionMakers": [
           {"name": "A", "options": [0], "preferences": [], "misperceptions": [[[1, "Y"]]],
            "preferenceRanking": [2, 1]},
           {"name": "B", "options": [1], "preferences": [], "preferenceRanking": [1, 2, 3, 4]}]}
        """;
    GmcrImport imp = GmcrReader.read(json, "m.gmcr");
    assertThat(rankings(imp.conflict()).get(0)).isEqualTo(ranking("[2, 1, [3, 4]]"));
    assertThat(imp.warnings()).hasSize(2);
    assertThat(imp.warnings().get(1))
        .contains("leaves out 2 states: 3 (NY), 4 (YY)")
        .contains("ranked last");
  }

  @Test
  void directRankingUsesExactStatePatterns() throws Exception {
    Conflict c = GmcrReader.read(resource("elmira-12.gmcr")).conflict();
    PreferenceSpec.DirectRanking r = (PreferenceSpec.DirectRanking) c.preferences().get(0);
    assertThat(r.tiers().get(0)).containsExactly(StatePattern.exact(20, 5));
    assertThat(r.tiers().get(8))
        .containsExactly(
            StatePattern.exact(8, 5),
            StatePattern.exact(9, 5),
            StatePattern.exact(24, 5),
            StatePattern.exact(25, 5));
  }

  @Test
  void byteOrderMarkIsAccepted() {
    String json =
        "\uFEFF{\"options\": [{\"name\": \"a\"}, {\"name\": \"b\"}], \"decisionMakers\": ["
            + "{\"name\": \"A\", \"options\": [0], \"preferences\": [[[0, \"Y\"]]]},"
            + "{\"name\": \"B\", \"options\": [1], \"preferences\": [[[1, \"Y\"]]]}]}";
    assertThat(GmcrReader.read(json, "bom.gmcr").conflict().optionCount()).isEqualTo(2);
  }
}
