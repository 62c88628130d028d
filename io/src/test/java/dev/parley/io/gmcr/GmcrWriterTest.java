package dev.parley.io.gmcr;

import static dev.parley.io.gmcr.GmcrTestSupport.COMPOUND;
import static dev.parley.io.gmcr.GmcrTestSupport.JSON;
import static dev.parley.io.gmcr.GmcrTestSupport.codes;
import static dev.parley.io.gmcr.GmcrTestSupport.ranking;
import static dev.parley.io.gmcr.GmcrTestSupport.rankings;
import static dev.parley.io.gmcr.GmcrTestSupport.resource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.core.model.Conflict;
import dev.parley.core.model.DecisionMaker;
import dev.parley.core.model.Infeasibility;
import dev.parley.core.model.NamedState;
import dev.parley.core.model.Option;
import dev.parley.core.model.PreferenceSpec;
import dev.parley.core.model.Provenance;
import dev.parley.core.model.Reversibility;
import dev.parley.core.model.StatePattern;
import dev.parley.core.preference.PreferenceResolver;
import dev.parley.core.state.StateSpace;
import dev.parley.core.statement.Formula;
import dev.parley.core.statement.StatementParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GmcrWriterTest {
  @TempDir Path dir;

  // ---- helpers ----------------------------------------------------------------------------

  private static Option option(String id, Reversibility r) {
    return new Option(id, null, null, r, Provenance.NONE);
  }

  private static DecisionMaker dm(String id, Option... options) {
    return new DecisionMaker(id, null, null, List.of(options), Provenance.NONE);
  }

  /** Three DMs, five options: a b | c d | e. */
  private static Conflict.Builder fiveOptions() {
    return Conflict.builder()
        .decisionMaker(
            dm("red", option("a", Reversibility.BOTH), option("b", Reversibility.FORWARD)))
        .decisionMaker(
            dm("green", option("c", Reversibility.BACKWARD), option("d", Reversibility.BOTH)))
        .decisionMaker(dm("blue", option("e", Reversibility.BOTH)));
  }

  private static final List<String> IDS = List.of("a", "b", "c", "d", "e");

  private static Formula parse(String text) {
    return StatementParser.parse(text, IDS::indexOf);
  }

  /** Statements over the options of {@link #fiveOptions()}. */
  private static PreferenceSpec.Prioritization statements(String... texts) {
    List<PreferenceSpec.Statement> out = new ArrayList<>();
    for (String t : texts) {
      out.add(new PreferenceSpec.Statement(parse(t), t, Provenance.NONE));
    }
    return new PreferenceSpec.Prioritization(out);
  }

  private static int[][] payoffs(Conflict c) {
    return PreferenceResolver.resolve(c, StateSpace.of(c));
  }

  private static List<String> keys(JsonNode n) {
    List<String> out = new ArrayList<>();
    for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
      out.add(it.next());
    }
    return out;
  }

  private static Conflict reimport(String text) {
    GmcrImport imp = GmcrReader.read(text, "export.gmcr");
    assertThat(imp.warnings()).allMatch(w -> !w.contains("reordered"));
    return imp.conflict();
  }

  private static void assertSameGame(Conflict a, Conflict b) {
    assertThat(codes(StateSpace.of(b))).containsExactly(codes(StateSpace.of(a)));
    assertThat(payoffs(b)).isDeepEqualTo(payoffs(a));
    assertThat(b.options().stream().map(o -> o.name() + "/" + o.reversibility()))
        .containsExactlyElementsOf(
            a.options().stream().map(o -> o.name() + "/" + o.reversibility()).toList());
    assertThat(b.decisionMakers().stream().map(DecisionMaker::name))
        .containsExactlyElementsOf(a.decisionMakers().stream().map(DecisionMaker::name).toList());
    for (int t = 0; t < a.optionCount(); t++) {
      assertThat(b.owner(t)).isEqualTo(a.owner(t));
    }
  }

  // ---- round trips ------------------------------------------------------------------------

  @ParameterizedTest
  @ValueSource(
      strings = {"prisoners-dilemma.gmcr", "chicken.gmcr", "elmira-12.gmcr", "minimal.gmcr"})
  void roundTripKeepsStatesAndPayoffs(String name) throws Exception {
    GmcrImport first = GmcrReader.read(resource(name));
    String text = GmcrWriter.write(first.conflict(), first.coalitions());
    Conflict second = reimport(text);
    assertSameGame(first.conflict(), second);
    // and writing again gives the same file
    assertThat(GmcrWriter.write(second, first.coalitions())).isEqualTo(text);
  }

  @Test
  void sampleWithManualRankingsIsWrittenWithManualRankings() throws Exception {
    GmcrImport imp = GmcrReader.read(resource("elmira-12.gmcr"));
    JsonNode out = JSON.readTree(GmcrWriter.write(imp.conflict()));
    JsonNode in = JSON.readTree(resource("elmira-12.gmcr").toFile());
    assertThat(out.get("useManualPreferenceRanking").booleanValue()).isTrue();
    assertThat(out.get("options")).isEqualTo(in.get("options"));
    assertThat(out.get("infeasibles")).isEqualTo(in.get("infeasibles"));
    for (int d = 0; d < 3; d++) {
      JsonNode dmIn = in.get("decisionMakers").get(d);
      JsonNode dmOut = out.get("decisionMakers").get(d);
      assertThat(dmOut.get("name")).isEqualTo(dmIn.get("name"));
      assertThat(dmOut.get("options")).isEqualTo(dmIn.get("options"));
      assertThat(ranking(dmOut.get("preferenceRanking")))
          .isEqualTo(ranking(dmIn.get("preferenceRanking")));
    }
    // MoE's ties are written as a nested group sorted by state number, as GMCR+ does
    assertThat(out.get("decisionMakers").get(0).get("preferenceRanking").toString())
        .isEqualTo("[9,3,4,10,7,1,2,8,[5,6,11,12]]");
  }

  @Test
  void minimalExampleIsWrittenAsInTheFormatDescription() throws Exception {
    GmcrImport imp = GmcrReader.read(resource("minimal.gmcr"));
    JsonNode out = JSON.readTree(GmcrWriter.write(imp.conflict(), imp.coalitions()));
    JsonNode in = JSON.readTree(resource("minimal.gmcr").toFile());
    assertThat(keys(out)).containsExactlyElementsOf(keys(in));
    assertThat(out.get("program").asText()).isEqualTo("gmcr-py");
    assertThat(out.get("version").asText()).isEqualTo("0.4.1");
    assertThat(out.get("useManualPreferenceRanking").booleanValue()).isFalse();
    assertThat(out.get("options")).isEqualTo(in.get("options"));
    assertThat(out.get("infeasibles")).isEqualTo(in.get("infeasibles"));
    assertThat(out.get("coalitions")).isEqualTo(in.get("coalitions"));
    assertThat(out.get("coalitionsFull")).isEqualTo(in.get("coalitionsFull"));
    for (int d = 0; d < 2; d++) {
      JsonNode dmIn = in.get("decisionMakers").get(d);
      JsonNode dmOut = out.get("decisionMakers").get(d);
      assertThat(keys(dmOut)).containsExactlyElementsOf(keys(dmIn));
      assertThat(dmOut.get("preferences")).isEqualTo(dmIn.get("preferences"));
      assertThat(dmOut.get("payoffs")).isEqualTo(dmIn.get("payoffs"));
      // misperceptions are not modelled and so not written
      assertThat(dmOut.get("misperceptions")).isEmpty();
    }
  }

  // ---- preferences ------------------------------------------------------------------------

  @Test
  void statementsOnlyModelKeepsItsStatements() throws Exception {
    Conflict.Builder b = fiveOptions().infeasibility(Infeasibility.requires(1, 0, null));
    Conflict c =
        b.preferences(
                List.of(
                    statements("-e", "a IF c", "b | d", "-a & -b"),
                    statements("c IFF e", "-d", "a & (b | -e)"),
                    statements("e IF -c", "(a | b) & -(c | d)", "true", "-d", "-d")))
            .build();
    String text = GmcrWriter.write(c);
    JsonNode out = JSON.readTree(text);
    assertThat(out.get("useManualPreferenceRanking").booleanValue()).isFalse();
    for (JsonNode dmNode : out.get("decisionMakers")) {
      assertThat(keys(dmNode))
          .containsExactly("name", "options", "preferences", "misperceptions", "payoffs");
    }
    // "a IF c" = -c | a : a compound condition
    assertThat(out.get("decisionMakers").get(0).get("preferences").get(1).toString())
        .isEqualTo("{\"compound\":true,\"members\":[[[2,\"N\"]],[[0,\"Y\"]]]}");
    // "-a & -b" is a simple condition
    assertThat(out.get("decisionMakers").get(0).get("preferences").get(3).toString())
        .isEqualTo("[[0,\"N\"],[1,\"N\"]]");
    // "true" carries no preference and the repeated "-d" would be dropped by GMCR+
    assertThat(out.get("decisionMakers").get(2).get("preferences")).hasSize(3);

    Conflict back = reimport(text);
    assertSameGame(c, back);
    for (int d = 0; d < 3; d++) {
      assertThat(back.preferences().get(d)).isInstanceOf(PreferenceSpec.Prioritization.class);
    }
    // payoffs written are Parley's
    int[][] p = payoffs(c);
    for (int d = 0; d < 3; d++) {
      JsonNode pay = out.get("decisionMakers").get(d).get("payoffs");
      assertThat(pay).hasSize(p[d].length);
      for (int s = 0; s < p[d].length; s++) {
        assertThat(pay.get(s).intValue()).isEqualTo(p[d][s]);
      }
    }
  }

  @Test
  void anyRankingOrPayoffsMakeEveryRankingManual() throws Exception {
    Conflict.Builder b = fiveOptions().infeasibility(Infeasibility.atLeastOne(List.of(2, 3), null));
    StateSpace space = StateSpace.of(5, List.of(Infeasibility.atLeastOne(List.of(2, 3), null)));
    // green: payoffs by number of options taken (many ties); blue: reverse state order
    List<PreferenceSpec.Payoffs.Entry> entries = new ArrayList<>();
    List<List<StatePattern>> tiers = new ArrayList<>();
    for (int s = 0; s < space.size(); s++) {
      StatePattern exact = StatePattern.exact(space.code(s), 5);
      entries.add(new PreferenceSpec.Payoffs.Entry(exact, Long.bitCount(space.code(s)) * 1.5));
      tiers.add(0, List.of(exact));
    }
    Conflict c =
        b.preferences(
                List.of(
                    statements("a", "-c IF b"),
                    new PreferenceSpec.Payoffs(entries),
                    new PreferenceSpec.DirectRanking(tiers)))
            .build();
    String text = GmcrWriter.write(c);
    JsonNode out = JSON.readTree(text);
    assertThat(out.get("useManualPreferenceRanking").booleanValue()).isTrue();
    JsonNode dms = out.get("decisionMakers");
    assertThat(keys(dms.get(0)))
        .containsExactly(
            "name", "options", "preferences", "misperceptions", "preferenceRanking", "payoffs");
    assertThat(dms.get(0).get("preferences")).hasSize(2);
    assertThat(dms.get(1).get("preferences")).isEmpty();
    List<List<List<Integer>>> expected = rankings(c);
    for (int d = 0; d < 3; d++) {
      assertThat(ranking(dms.get(d).get("preferenceRanking"))).isEqualTo(expected.get(d));
    }
    Conflict back = reimport(text);
    assertSameGame(c, back);
    assertThat(back.preferences()).allMatch(p -> p instanceof PreferenceSpec.DirectRanking);
  }

  @Test
  void moreStatementsThanGmcrCanScoreGiveAManualRanking() {
    Conflict.Builder b = fiveOptions();
    // 80 distinct conjunctions of three literals; GMCR+ cannot score more than 63 statements
    List<String> many = new ArrayList<>();
    for (int x = 0; x < 5; x++) {
      for (int y = x + 1; y < 5; y++) {
        for (int z = y + 1; z < 5; z++) {
          for (int signs = 0; signs < 8; signs++) {
            many.add(
                (signs % 2 == 0 ? "" : "-")
                    + IDS.get(x)
                    + " & "
                    + (signs / 2 % 2 == 0 ? "" : "-")
                    + IDS.get(y)
                    + " & "
                    + (signs / 4 == 0 ? "" : "-")
                    + IDS.get(z));
          }
        }
      }
    }
    Conflict c =
        b.preferences(
                List.of(statements(many.toArray(String[]::new)), statements("c"), statements("e")))
            .build();
    JsonNode out = readTree(GmcrWriter.write(c));
    assertThat(out.get("useManualPreferenceRanking").booleanValue()).isTrue();
    assertSameGame(c, reimport(GmcrWriter.write(c)));
  }

  private static JsonNode readTree(String s) {
    try {
      return JSON.readTree(s);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  // ---- infeasibilities --------------------------------------------------------------------

  @Test
  void everyKindOfInfeasibilityIsWrittenAsSimpleConditions() throws Exception {
    Conflict.Builder b =
        fiveOptions()
            .infeasibility(Infeasibility.mutuallyExclusive(List.of(0, 2, 4), null))
            .infeasibility(Infeasibility.exactlyOne(List.of(1, 3), null))
            .infeasibility(Infeasibility.formula(parse("(a IFF d) & -e"), null));
    Conflict c = b.preferences(List.of(statements("a"), statements("c"), statements("e"))).build();
    JsonNode out = JSON.readTree(GmcrWriter.write(c));
    List<String> written = new ArrayList<>();
    for (JsonNode cond : out.get("infeasibles")) {
      assertThat(cond.isArray()).isTrue();
      StringBuilder ynd = new StringBuilder("-----");
      for (JsonNode lit : cond) {
        ynd.setCharAt(lit.get(0).intValue(), lit.get(1).asText().charAt(0));
      }
      written.add(ynd.toString());
    }
    assertThat(written)
        .containsExactly(
            // at most one of a, c, e
            "Y-Y--",
            "Y---Y",
            "--Y-Y",
            // exactly one of b, d
            "-Y-Y-",
            "-N-N-",
            // (a IFF d) & -e
            "N--NN",
            "Y--YN");
    assertSameGame(c, reimport(GmcrWriter.write(c)));
  }

  @Test
  void compoundInfeasiblesSurviveARoundTrip() {
    Conflict c = GmcrReader.read(COMPOUND, "compound.gmcr").conflict();
    String text = GmcrWriter.write(c);
    assertThat(readTree(text).get("infeasibles").toString())
        .isEqualTo("[[[0,\"Y\"],[1,\"Y\"]],[[0,\"N\"],[1,\"N\"],[2,\"Y\"]]]");
    assertSameGame(c, reimport(text));
  }

  // ---- players, what is not written, files -------------------------------------------------

  @Test
  void coalitionsAreWrittenWithTheirFullCopy() {
    Conflict.Builder b = fiveOptions();
    Conflict c = b.preferences(List.of(statements("a"), statements("c"), statements("e"))).build();
    JsonNode out = readTree(GmcrWriter.write(c, List.of(List.of(0, 2), List.of(1))));
    assertThat(out.get("coalitions").toString()).isEqualTo("[[0,2],1]");
    assertThat(out.get("coalitionsFull").toString())
        .isEqualTo(
            "[{\"name\":\"red, blue\",\"options\":[0,1,4]},{\"name\":\"green\",\"options\":[2,3]}]");
    JsonNode alone = readTree(GmcrWriter.write(c));
    assertThat(alone.get("coalitions").toString()).isEqualTo("[0,1,2]");
    assertThat(
            GmcrReader.read(GmcrWriter.write(c, List.of(List.of(0, 2), List.of(1))), "x")
                .coalitions())
        .containsExactly(List.of(0, 2), List.of(1));

    assertThatThrownBy(() -> GmcrWriter.write(c, List.of(List.of(0, 1))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("invalid coalitions: decision maker 2 is in no coalition");
  }

  @Test
  void parleyOnlyDataIsNotWritten() {
    Conflict.Builder b =
        fiveOptions()
            .title("Secret title")
            .description("Secret description")
            .statusQuo(StatePattern.exact(0, 5))
            .namedState(new NamedState("quo", "Secret state", StatePattern.exact(0, 5)));
    Conflict c = b.preferences(List.of(statements("a"), statements("c"), statements("e"))).build();
    String text = GmcrWriter.write(c);
    assertThat(text).doesNotContain("Secret").doesNotContain("quo").doesNotContain("arley");
    assertThat(keys(readTree(text)))
        .containsExactly(
            "program",
            "version",
            "useManualPreferenceRanking",
            "options",
            "decisionMakers",
            "infeasibles",
            "coalitions",
            "coalitionsFull");
  }

  @Test
  void fileIsWrittenAtomically() throws Exception {
    GmcrImport imp = GmcrReader.read(resource("chicken.gmcr"));
    Path target = dir.resolve("out.gmcr");
    Files.writeString(target, "old content");
    GmcrWriter.writeFile(imp.conflict(), target);
    assertThat(Files.readString(target)).isEqualTo(GmcrWriter.write(imp.conflict()));
    GmcrWriter.writeFile(imp.conflict(), List.of(List.of(0, 1)), target);
    assertThat(readTree(Files.readString(target)).get("coalitions").toString())
        .isEqualTo("[[0,1]]");
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("out.gmcr");
    }
    assertSameGame(imp.conflict(), GmcrReader.read(target).conflict());
  }

  @Test
  void outputIsReadableJson() throws Exception {
    String text = GmcrWriter.write(GmcrReader.read(resource("chicken.gmcr")).conflict());
    assertThat(text).startsWith("{\n  \"program\": \"gmcr-py\",\n  \"version\": \"0.4.1\",\n");
    assertThat(text).endsWith("}\n");
  }
}
