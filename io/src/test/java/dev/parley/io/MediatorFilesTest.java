package dev.parley.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.parley.core.model.UnknownPair;
import dev.parley.core.uncertainty.Scenario;
import dev.parley.core.uncertainty.UnknownPreferences;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The mediator's additions to the files: unknown pairs in models, and scenarios files. */
class MediatorFilesTest {
  private static final String MODEL =
      """
      decisionMakers:
        - id: US
          options: [{id: sign}]
          preferences:
            statements: [sign]
            unknown:
              - [YN, NY]
              - [NN, YY]
        - id: RU
          options: [{id: attack}]
          preferences: {ranking: [NY, YY, NN, YN]}
      states:
        - {id: calm, options: {sign: false, attack: false}}
        - {id: war, options: {sign: false, attack: true}}
      """;

  private static LoadedModel model() throws Exception {
    return ModelReader.read(MODEL, "m.yaml", Format.YAML);
  }

  @Test
  void unknownPairsAreReadResolvedAndWrittenBack(@TempDir Path dir) throws Exception {
    LoadedModel lm = model();
    List<UnknownPair> pairs = lm.conflict().unknownPairs(0);
    assertThat(pairs).hasSize(2);
    assertThat(lm.conflict().unknownPairs(1)).isEmpty();
    UnknownPreferences u = UnknownPreferences.of(lm.graphModel());
    // YN is state 2, NY state 3, NN state 1, YY state 4
    assertThat(u.unknown(0, 1, 2)).isTrue();
    assertThat(u.unknown(0, 0, 3)).isTrue();
    assertThat(u.unknown(0, 0, 1)).isFalse();
    assertThat(u.unknown(1, 1, 2)).isFalse();
    for (String name : List.of("back.yaml", "back.json")) {
      Path out = dir.resolve(name);
      ModelWriter.writeAtomically(lm.conflict(), out);
      LoadedModel back = ModelReader.read(out);
      assertThat(back.conflict().unknownPairs(0)).isEqualTo(pairs);
      assertThat(Files.readString(out)).contains("unknown");
    }
  }

  @Test
  void badUnknownPairsArePlaced() {
    assertThat(TestModels.errors("m.yaml", MODEL.replace("- [YN, NY]", "- [YN]")))
        .containsExactly(
            "m.yaml:7:11: unknown pair 1 of 'US' is not a pair of states — write [stateA, stateB]:"
                + " the two states whose comparison is unknown");
    assertThat(TestModels.errors("m.yaml", MODEL.replace("- [NN, YY]", "- [NN, calm]")))
        .containsExactly(
            "m.yaml:8:11: unknown pair 2 of 'US' names the same state twice — a state is always as"
                + " good as itself; name two different states");
  }

  @Test
  void scenariosAreReadWithGivenAndOpenRankings() throws Exception {
    LoadedModel lm = model();
    List<Scenario> s =
        ScenarioReader.read(
            """
            scenarios:
              - name: as modelled
                weight: 3
              - name: Russia reversed
                preferences:
                  RU: {ranking: [YN, NN, YY, NY]}
              - name: open
                weight: 0.5
                preferences:
                  US:
                    anyRanking: true
                  RU:
                    anyRanking:
                      positions: 1..3
                      constraints:
                        - [YY, war]
            """,
            "s.yaml",
            Format.YAML,
            lm);
    assertThat(s).hasSize(3);
    assertThat(s.get(0).weight()).isEqualTo(3);
    assertThat(s.get(0).preferences()).isEmpty();
    assertThat(s.get(1).preferences().get(1))
        .isInstanceOfSatisfying(
            Scenario.Alternative.Given.class,
            g -> assertThat(g.payoffs()).containsExactly(3, 4, 1, 2));
    assertThat(s.get(2).weight()).isEqualTo(0.5);
    assertThat(s.get(2).preferences().get(1))
        .isInstanceOfSatisfying(
            Scenario.Alternative.AnyRanking.class,
            a -> {
              assertThat(a.from()).isZero();
              assertThat(a.to()).isEqualTo(2);
              assertThat(a.constraints()).containsExactly(new int[] {3, 2});
            });
    assertThat(s.get(2).preferences().get(0)).isInstanceOf(Scenario.Alternative.AnyRanking.class);
  }

  @Test
  void scenarioProblemsAreAllReportedWithPlaces() throws Exception {
    LoadedModel lm = model();
    ModelLoadException e =
        catchThrowableOfType(
            ModelLoadException.class,
            () ->
                ScenarioReader.read(
                    """
                    scenarios:
                      - name: typo
                        weight: -1
                        preferences:
                          UK: {statements: [sign]}
                          RU: {ranking: [YN, NN]}
                      - name: open
                        colour: red
                        preferences:
                          US:
                            anyRanking: {positions: 2..9, constraints: [[calm]]}
                    """,
                    "s.yaml",
                    Format.YAML,
                    lm));
    assertThat(e).isNotNull();
    List<String> d = e.diagnostics().stream().map(Diagnostic::toString).toList();
    assertThat(d)
        .anySatisfy(x -> assertThat(x).startsWith("s.yaml:3:13: the weight in scenario 'typo'"))
        .anySatisfy(x -> assertThat(x).contains("unknown decision maker 'UK'"))
        .anySatisfy(x -> assertThat(x).contains("misses 2 states"))
        .anySatisfy(x -> assertThat(x).contains("unknown key 'colour'"))
        .anySatisfy(x -> assertThat(x).contains("'positions' of 'US' in scenario 'open'"))
        .anySatisfy(
            x -> assertThat(x).contains("constraint 1 of 'US' in scenario 'open' is not a pair"));
  }

  @Test
  void positionsParse() {
    assertThat(ScenarioReader.positions("1..3", 5)).containsExactly(0, 2);
    assertThat(ScenarioReader.positions(" 2 .. 5 ", 5)).containsExactly(1, 4);
    assertThat(ScenarioReader.positions("4", 5)).containsExactly(3, 3);
    assertThat(ScenarioReader.positions("0..3", 5)).isNull();
    assertThat(ScenarioReader.positions("3..2", 5)).isNull();
    assertThat(ScenarioReader.positions("1..6", 5)).isNull();
    assertThat(ScenarioReader.positions("a..b", 5)).isNull();
  }

  @Test
  void theFlagshipScenariosFileReads() throws Exception {
    LoadedModel lm = ModelReader.read(TestFiles.example("peace-talks-2026.yaml"));
    List<Scenario> s =
        ScenarioReader.read(
            TestFiles.repoRoot().resolve("examples/scenarios/peace-talks-2026.yaml"), lm);
    assertThat(s).extracting(Scenario::name).contains("as modelled", "Donetsk first");
  }
}
