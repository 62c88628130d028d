package dev.parley.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.model.PreferenceSpec;
import dev.parley.core.model.Reversibility;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code timeline:} is read into whole models, one per phase, with problems at their place. */
class TimelineReaderTest {

  /** Two parties with statements, a rule and a status quo; {@code %s} is the timeline. */
  static final String BASE =
      """
      decisionMakers:
        - id: A
          options: [{id: a1}, {id: a2}]
          preferences:
            statements: [a1, -a2, {statement: a2 IF b, quote: only with b}]
        - id: B
          options: [{id: b}]
          preferences: {statements: [b]}
      statusQuo: NNN
      timeline:
      %s
      """;

  static String model(String timeline) {
    return BASE.formatted(timeline.indent(2).stripTrailing());
  }

  private static LoadedModel read(String timeline) throws Exception {
    return ModelReader.read(model(timeline), "t.yaml", Format.YAML);
  }

  private static List<String> texts(LoadedModel m, int dm) {
    return ((PreferenceSpec.Prioritization) m.conflict().preferences().get(dm))
        .statements().stream().map(PreferenceSpec.Statement::text).toList();
  }

  @Test
  void eachPhaseIsAWholeModelBuiltOnThePhaseBefore() throws Exception {
    LoadedModel m =
        read(
            """
            start: now
            startDate: 2026-11-26
            phases:
              - id: later
                name: later on
                date: 2027
                quote: things change
                preferences:
                  A: {drop: [-a2], add: [{statement: -a1 IF b, note: tired}]}
              - id: last
                preferences:
                  B: {ranking: [[NNY, YNY, NYY, YYY], [NNN, YNN]]}
                infeasible: [{requires: [a2, b]}]
                reversibility: {a1: forward}
                statusQuo: YNN
            """);
    Timeline t = m.timeline();
    assertThat(t.start()).isEqualTo("now");
    assertThat(t.startDate()).isEqualTo("2026-11-26");
    assertThat(t.phases()).extracting(Timeline.Phase::id).containsExactly("later", "last");
    Timeline.Phase later = t.phases().get(0);
    assertThat(later.name()).isEqualTo("later on");
    assertThat(later.date()).isEqualTo("2027");
    assertThat(later.provenance().quote()).isEqualTo("things change");
    assertThat(later.preferencesOf()).containsExactly("A");
    assertThat(texts(later.model(), 0)).containsExactly("a1", "a2 IF b", "-a1 IF b");
    assertThat(texts(m, 0)).containsExactly("a1", "-a2", "a2 IF b");
    Timeline.Phase last = t.phases().get(1);
    // built on the phase before: A keeps the edited statements
    assertThat(texts(last.model(), 0)).containsExactly("a1", "a2 IF b", "-a1 IF b");
    assertThat(last.model().conflict().preferences().get(1))
        .isInstanceOf(PreferenceSpec.DirectRanking.class);
    assertThat(last.rulesAdded()).isEqualTo(1);
    assertThat(last.model().space().size()).isEqualTo(6);
    assertThat(m.space().size()).isEqualTo(8);
    assertThat(last.reversibility()).containsExactly("a1=forward");
    assertThat(last.model().conflict().options().get(0).reversibility())
        .isEqualTo(Reversibility.FORWARD);
    assertThat(last.statusQuoMoved()).isTrue();
    assertThat(
            last.model()
                .space()
                .yn(last.model().space().matching(last.model().conflict().statusQuo())[0]))
        .isEqualTo("YNN");
    assertThat(last.model().timeline()).isNull();
  }

  @Test
  void theFlagshipHasAPhaseAfterMid2027() throws Exception {
    LoadedModel m = ModelReader.read(Path.of("../examples/peace-talks-2026.yaml"));
    Timeline t = m.timeline();
    assertThat(t.start()).isEqualTo("before mid-2027");
    Timeline.Phase after = t.phases().get(0);
    assertThat(after.name()).isEqualTo("after mid-2027");
    assertThat(after.provenance().quote()).contains("before mid-2027");
    int ru = m.conflict().dmIndex("RU");
    assertThat(texts(m, ru)).contains("settle IF withdraw");
    assertThat(texts(after.model(), ru))
        .doesNotContain("settle IF withdraw")
        .hasSize(texts(m, ru).size() - 1);
  }

  static Stream<Arguments> badTimelines() {
    return Stream.of(
        TestModels.bad(
            "no phases",
            "t.yaml",
            model("start: now"),
            "t.yaml:11:3: missing 'phases' in 'timeline' — list the later phases under 'phases:'"),
        TestModels.bad(
            "a phase that changes nothing, twice the same id",
            "t.yaml",
            model("phases:\n  - {id: p, note: x}\n  - {id: p, statusQuo: YNN}"),
            "t.yaml:12:7: phase 1 of 'timeline' changes nothing — give what changes:"
                + " 'preferences', 'infeasible', 'reversibility' or 'statusQuo'",
            "t.yaml:13:12: duplicate phase id 'p' — give each phase its own id"),
        TestModels.bad(
            "unknown decision maker, option and statement",
            "t.yaml",
            model(
                """
                phases:
                  - id: p
                    preferences:
                      C: {statements: [a1]}
                      A: {drop: [a3]}
                    reversibility: {a9: forward}
                """),
            "t.yaml:14:9: unknown decision maker 'C' in 'preferences' of phase 1 of 'timeline' —"
                + " did you mean 'A'? (decision makers: A, B)",
            "t.yaml:15:20: 'a3' is not one of the statements of 'A' before phase 1 of 'timeline'"
                + " — did you mean 'a1'? (statements: a1, -a2, a2 IF b)",
            "t.yaml:16:23: unknown option 'a9' in 'reversibility' of phase 1 of 'timeline' — did"
                + " you mean 'a1'? (options: a1, a2, b)"),
        TestModels.bad(
            "a bad statement inside a phase is reported at its own line",
            "t.yaml",
            model(
                """
                phases:
                  - id: p
                    preferences:
                      B: {statements: [b & c]}
                """),
            "t.yaml:14:30: unknown option 'c' in statement 1 of 'B' — did you mean 'b'? (options:"
                + " a1, a2, b)"),
        TestModels.bad(
            "an unknown key in a phase",
            "t.yaml",
            model("phases:\n  - {id: p, statusQuo: YNN, when: soon}"),
            "t.yaml:12:31: unknown key 'when' in phase 1 of 'timeline' — allowed: id, name,"
                + " date, source, quote, note, preferences, infeasible, reversibility,"
                + " statusQuo"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badTimelines")
  void problemsAreReportedAtTheirPlace(
      String name, String file, String text, List<String> expected) {
    assertThat(TestModels.errors(file, text)).containsExactlyElementsOf(expected);
  }
}
