package dev.parley.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.hypergame.Hypergame;
import dev.parley.core.hypergame.HypergameClass;
import dev.parley.core.hypergame.HypergameResult;
import dev.parley.core.hypergame.Misbelief;
import dev.parley.core.hypergame.Mistake;
import dev.parley.core.hypergame.Perception;
import dev.parley.core.model.PreferenceSpec;
import dev.parley.core.progress.Progress;
import dev.parley.core.stability.Concept;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code perceives:} is read, checked with file:line:column problems, and analysed. */
class PerceptionsReaderTest {

  private static final String BASE =
      """
      decisionMakers:
        - id: US
          options: [{id: sign}, {id: aid}]
          preferences: {statements: [sign, aid]}
          perceives:
      %s
        - id: RU
          options: [{id: attack}]
          preferences: {statements: [attack]}
      """;

  private static List<String> errors(String perceives) {
    return TestModels.errors("p.yaml", BASE.formatted(perceives.indent(6).stripTrailing()));
  }

  @Test
  void readsBeliefsUnawareOptionsAndHiddenStates() throws Exception {
    LoadedModel m =
        ModelReader.read(
            BASE.formatted(
                """
                preferences:
                  RU: {ranking: [NNN, [YNN, NYN, YYN], [NNY, YNY, NYY], YYY]}
                unaware: [aid]
                hidden: [Y-Y]
                """
                    .indent(6)
                    .stripTrailing()),
            "p.yaml",
            Format.YAML);
    assertThat(m.perceptions()).hasSize(1);
    Perception p = m.perceptions().get(0);
    assertThat(p.holder()).isZero();
    assertThat(p.preferences()).containsOnlyKeys(1);
    assertThat(p.preferences().get(1)).isInstanceOf(PreferenceSpec.DirectRanking.class);
    assertThat(p.unaware()).containsExactly(1);
    var games = Hypergame.games(m.graphModel(), m.perceptions());
    // aid taken (NYN, YYN, NYY, YYY) or sign and attack (YNY, YYY): six of eight states hidden
    assertThat(games.get(0).hidden().cardinality()).isEqualTo(5);
    assertThat(games.get(1).misbeliefs()).isEmpty();
  }

  @Test
  void unknownDecisionMakerOptionAndOwnPreferences() {
    assertThat(
            errors(
                """
                preferences:
                  US: {statements: [sign]}
                  UK: {statements: [sign]}
                unaware: [aide]
                """))
        .containsExactly(
            "p.yaml:7:9: 'US' cannot misperceive its own preferences (a first-level hypergame) —"
                + " give its true preferences under its own 'preferences:', and here only its"
                + " beliefs about the others",
            "p.yaml:8:9: unknown decision maker 'UK' in what 'US' perceives — did you mean 'US'?"
                + " (decision makers: US, RU)",
            "p.yaml:9:17: unknown option 'aide' in what 'US' perceives — did you mean 'aid'?"
                + " (options: sign, aid, attack)");
  }

  @Test
  void aBelievedRankingThatMissesStatesIsPlaced() {
    List<String> e = errors("preferences:\n  RU: {ranking: [NNN]}\n");
    assertThat(e).hasSize(1);
    assertThat(e.get(0)).startsWith("p.yaml:7:").contains("rank");
  }

  @Test
  void aHiddenStateMustExist() {
    assertThat(errors("hidden: [YYYY]")).hasSize(1);
  }

  @Test
  void chickenWithMisperceivedPreferences() throws Exception {
    LoadedModel m = ModelReader.read(TestFiles.example("chicken-misperceived.yaml"));
    HypergameResult r =
        Hypergame.analyze(
            m.graphModel(), m.perceptions(), EnumSet.allOf(Concept.class), Progress.NONE);
    int both = 3; // YY, state 4
    assertThat(r.classOf(Concept.SEQ, both)).isEqualTo(HypergameClass.H);
    assertThat(r.classOf(Concept.GMR, both)).isEqualTo(HypergameClass.HT);
    List<Mistake> mistakes = r.mistakes(Concept.SEQ, both);
    assertThat(mistakes).extracting(Mistake::holder).containsExactly(0, 1);
    assertThat(mistakes.get(0).decisive()).containsExactly(new Misbelief.Preference(1));
    assertThat(mistakes.get(1).decisive()).containsExactly(new Misbelief.Preference(0));
    // the two Nash equilibria of Chicken stay equilibria in everyone's eyes
    assertThat(r.classOf(Concept.NASH, 1)).isEqualTo(HypergameClass.HT);
    assertThat(r.classOf(Concept.NASH, 2)).isEqualTo(HypergameClass.HT);
  }

  @Test
  void groupsOfStatesItCannotTellApartAndWhereTheViewComesFrom() throws Exception {
    LoadedModel m =
        ModelReader.read(
            BASE.formatted(
                    """
                indistinct: [[NNN, YNN], -YY]
                source: s
                quote: we cannot see their side
                """
                        .indent(6)
                        .stripTrailing())
                .replace("decisionMakers:", "sources: [{id: s, title: S}]\ndecisionMakers:"),
            "p.yaml",
            Format.YAML);
    Perception p = m.perceptions().get(0);
    assertThat(p.indistinct()).hasSize(2);
    assertThat(p.provenance().quote()).isEqualTo("we cannot see their side");
    var game = Hypergame.games(m.graphModel(), m.perceptions()).get(0);
    assertThat(game.indistinct()).extracting(java.util.BitSet::cardinality).containsExactly(2, 2);
    assertThat(game.misbeliefs()).singleElement().isInstanceOf(Misbelief.Confusion.class);
    for (Format f : Format.values()) {
      String text = ModelWriter.write(m.conflict(), m.perceptions(), m.drama(), f);
      LoadedModel again = ModelReader.read(text, "again", f);
      assertThat(again.perceptions()).isEqualTo(m.perceptions());
    }
  }

  @Test
  void aStateInTwoGroupsOrAGroupOfOneIsPlaced() {
    assertThat(errors("indistinct: [[NNN, YNN], [YNN, NYN]]"))
        .singleElement()
        .asString()
        .startsWith("p.yaml:6:32:")
        .contains("a state is in two groups of states that cannot be told apart");
    assertThat(errors("indistinct: [[NNN]]"))
        .singleElement()
        .asString()
        .contains("the group matches 1 visible state(s), not two or more");
  }
}
