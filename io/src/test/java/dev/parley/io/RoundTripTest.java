package dev.parley.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.model.Conflict;
import dev.parley.core.model.DecisionMaker;
import dev.parley.core.model.Infeasibility;
import dev.parley.core.model.NamedState;
import dev.parley.core.model.Option;
import dev.parley.core.model.PreferenceSpec;
import dev.parley.core.model.Provenance;
import dev.parley.core.model.Reversibility;
import dev.parley.core.model.Source;
import dev.parley.core.model.StatePattern;
import dev.parley.core.statement.Formula;
import dev.parley.core.statement.StatementParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A written model reads back to the same model, in YAML and in JSON. */
class RoundTripTest {

  static Stream<Arguments> models() {
    List<Path> paths = new ArrayList<>(TestFiles.examples());
    paths.add(TestFiles.resourcePath("models/all-forms.yaml"));
    return paths.stream()
        .flatMap(p -> Stream.of(Arguments.of(p, Format.YAML), Arguments.of(p, Format.JSON)));
  }

  @ParameterizedTest(name = "{0} as {1}")
  @MethodSource("models")
  void writtenModelReadsBackTheSame(Path path, Format format) throws Exception {
    LoadedModel original = ModelReader.read(path);
    String text = ModelWriter.write(original.conflict(), original.perceptions(), format);
    LoadedModel again =
        ModelReader.read(text, "again." + format.name().toLowerCase(java.util.Locale.ROOT), format);
    assertSameModel(again, original);
    assertThat(ModelWriter.write(again.conflict(), again.perceptions(), format))
        .as("writing is stable")
        .isEqualTo(text);
  }

  @Test
  void writeAtomicallyPicksTheFormatByExtension(@TempDir Path dir) throws Exception {
    LoadedModel original = ModelReader.read(TestFiles.example("elmira.yaml"));
    Path json = dir.resolve("elmira.json");
    Path yaml = dir.resolve("elmira.yml");
    ModelWriter.writeAtomically(original.conflict(), json);
    ModelWriter.writeAtomically(original.conflict(), yaml);
    assertThat(Files.readString(json)).startsWith("{");
    assertSameModel(ModelReader.read(json), original);
    assertSameModel(ModelReader.read(yaml), original);
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("elmira.json", "elmira.yml");
    }
  }

  /** Text that YAML would misread if written plain survives the round trip. */
  @Test
  void awkwardTextSurvives() throws Exception {
    List<String> awkward =
        List.of(
            "Prisoner's dilemma: round #1",
            "line one\nline two\n",
            "tab\there, \"quotes\" and \\backslash",
            "yes",
            "123",
            "2026-11-26",
            "- looks like a list item",
            "  leading and trailing spaces  ",
            "{not: a map}",
            "[not, a, list]",
            "ends with a colon:",
            "* star & ampersand !bang %percent @at `tick",
            "---",
            "Ünïcödé — “typographic” quotes",
            "");
    Conflict.Builder b = Conflict.builder().title(awkward.get(0)).description(awkward.get(1));
    List<Source> sources = new ArrayList<>();
    for (int k = 0; k < awkward.size(); k++) {
      String t = awkward.get(k);
      sources.add(new Source("s" + k, t, t, t, t, t));
    }
    sources.forEach(b::source);
    b.decisionMaker(
        new DecisionMaker(
            "A",
            awkward.get(3),
            awkward.get(2),
            List.of(
                new Option(
                    "a",
                    awkward.get(4),
                    awkward.get(5),
                    Reversibility.FORWARD,
                    new Provenance("s1", awkward.get(6), awkward.get(7)))),
            new Provenance("s0", awkward.get(8), awkward.get(9))));
    b.decisionMaker(
        new DecisionMaker(
            "B",
            awkward.get(10),
            awkward.get(11),
            List.of(new Option("b", awkward.get(12), awkward.get(13), null, null)),
            null));
    Formula a = StatementParser.parse("a", id -> id.equals("a") ? 0 : id.equals("b") ? 1 : -1);
    b.preference(
        new PreferenceSpec.Prioritization(
            List.of(new PreferenceSpec.Statement(a, "a", new Provenance(null, "“q”", "n")))));
    b.preference(
        new PreferenceSpec.Payoffs(
            List.of(
                new PreferenceSpec.Payoffs.Entry(new StatePattern(0b10, 0b10), -2.25),
                new PreferenceSpec.Payoffs.Entry(new StatePattern(0b10, 0), 1e-3))));
    b.infeasibility(Infeasibility.pattern(List.of(0, 1), List.of(true, true), Provenance.NONE));
    b.namedState(new NamedState("start", awkward.get(14), new StatePattern(0b11, 0)));
    b.statusQuo(new StatePattern(0b11, 0));
    Conflict c = b.build();
    for (Format f : Format.values()) {
      String text = ModelWriter.write(c, f);
      LoadedModel back = ModelReader.read(text, "awkward." + f.name().toLowerCase(), f);
      assertThat(back.conflict().title()).isEqualTo(c.title());
      assertThat(back.conflict().description()).isEqualTo(c.description());
      assertThat(back.conflict().sources()).isEqualTo(c.sources());
      assertThat(back.conflict().decisionMakers()).isEqualTo(c.decisionMakers());
      assertThat(back.conflict().namedStates()).isEqualTo(c.namedStates());
      assertThat(back.conflict().infeasibilities()).isEqualTo(c.infeasibilities());
      assertThat(back.conflict().preferences().get(1)).isEqualTo(c.preferences().get(1));
    }
  }

  /** Same model: parts equal, statements equal as formulas, preferences equal as payoffs. */
  static void assertSameModel(LoadedModel actual, LoadedModel expected) {
    Conflict a = actual.conflict();
    Conflict e = expected.conflict();
    assertThat(a.title()).isEqualTo(e.title());
    assertThat(a.description()).isEqualTo(e.description());
    assertThat(a.sources()).isEqualTo(e.sources());
    assertThat(a.decisionMakers()).isEqualTo(e.decisionMakers());
    assertThat(a.infeasibilities()).isEqualTo(e.infeasibilities());
    assertThat(a.namedStates()).isEqualTo(e.namedStates());
    assertThat(actual.space().size()).isEqualTo(expected.space().size());
    for (int s = 0; s < actual.space().size(); s++) {
      assertThat(actual.space().code(s)).isEqualTo(expected.space().code(s));
      for (int d = 0; d < a.dmCount(); d++) {
        assertThat(actual.payoff(d, s))
            .as("payoff of dm %d at %d", d, s)
            .isEqualTo(expected.payoff(d, s));
      }
    }
    if (e.statusQuo() == null) {
      assertThat(a.statusQuo()).isNull();
    } else {
      assertThat(actual.space().matching(a.statusQuo()))
          .isEqualTo(expected.space().matching(e.statusQuo()));
    }
    var ga = dev.parley.core.hypergame.Hypergame.games(actual.graphModel(), actual.perceptions());
    var ge =
        dev.parley.core.hypergame.Hypergame.games(expected.graphModel(), expected.perceptions());
    assertThat(actual.perceptions()).hasSameSizeAs(expected.perceptions());
    for (int d = 0; d < e.dmCount(); d++) {
      assertThat(ga.get(d).hidden()).as("hidden by dm %d", d).isEqualTo(ge.get(d).hidden());
      for (int j = 0; j < e.dmCount(); j++) {
        assertThat(ga.get(d).model().payoffs(j))
            .as("payoffs of dm %d as dm %d believes them", j, d)
            .isEqualTo(ge.get(d).model().payoffs(j));
      }
    }
    for (int d = 0; d < e.dmCount(); d++) {
      PreferenceSpec pe = e.preferences().get(d);
      PreferenceSpec pa = a.preferences().get(d);
      assertThat(pa.getClass()).isEqualTo(pe.getClass());
      if (pe instanceof PreferenceSpec.Prioritization p) {
        List<PreferenceSpec.Statement> sa = ((PreferenceSpec.Prioritization) pa).statements();
        assertThat(sa).hasSameSizeAs(p.statements());
        for (int k = 0; k < sa.size(); k++) {
          assertThat(sa.get(k).formula()).isEqualTo(p.statements().get(k).formula());
          assertThat(sa.get(k).provenance()).isEqualTo(p.statements().get(k).provenance());
        }
      }
    }
  }
}
