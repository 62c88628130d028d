package dev.parley.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.graph.GraphModel;
import dev.parley.core.synthetic.SyntheticModels;
import dev.parley.io.LoadedModel;
import dev.parley.io.ModelReader;
import dev.parley.io.TestFiles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The wording rules of the briefing (docs/briefing.md), over every bundled example and over
 * generated models: the bottom line first and short, lines of at most 100 columns, no doubled
 * punctuation or quote marks, no paragraph printed twice, parties with their articles, and no state
 * given by its number alone before the annex.
 */
class BriefingWordingTest {

  static Stream<Arguments> briefings() throws Exception {
    List<Arguments> out = new ArrayList<>();
    for (Path p : TestFiles.examples()) {
      LoadedModel lm = ModelReader.read(p);
      PERCEPTIONS.put(lm.graphModel(), lm.perceptions());
      out.add(Arguments.of(p.getFileName().toString(), lm.graphModel()));
    }
    for (long seed = 1; seed <= 6; seed++) {
      int dms = 2 + (int) (seed % 3);
      int options = 3 + (int) (seed % 3);
      var m = SyntheticModels.generate(SyntheticModels.Spec.of(dms, options, seed));
      out.add(Arguments.of("generated seed " + seed, GraphModel.of(m.conflict())));
    }
    return out.stream();
  }

  /** What the decision makers of an example perceive, so its briefing says what each believes. */
  private static final java.util.Map<GraphModel, List<dev.parley.core.hypergame.Perception>>
      PERCEPTIONS = java.util.Collections.synchronizedMap(new java.util.IdentityHashMap<>());

  static String brief(GraphModel g, Doc.Style style) {
    return new Briefing(
            BriefingRun.of(g, "m.yaml", "0".repeat(64))
                .perceptions(PERCEPTIONS.getOrDefault(g, List.of()))
                .build())
        .render(style);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("briefings")
  void bottomLineFirstAndShort(String name, GraphModel g) {
    String text = brief(g, Doc.Style.TEXT);
    String[] lines = text.split("\n");
    assertThat(lines[3]).isEqualTo("Bottom line");
    String bottom = text.substring(text.indexOf("Bottom line"), nextHeading(text, "Bottom line"));
    int words = bottom.split("\\s+").length - 3; // less the heading and its rule
    assertThat(words).as("words in the bottom line of %s", name).isLessThanOrEqualTo(180);
  }

  @Test
  void theFlagshipBottomLineIsAtMost150Words() throws Exception {
    GraphModel g = ModelReader.read(TestFiles.example("peace-talks-2026.yaml")).graphModel();
    String text = brief(g, Doc.Style.TEXT);
    String bottom = text.substring(text.indexOf("Bottom line"), nextHeading(text, "Bottom line"));
    assertThat(bottom.split("\\s+").length - 3).isLessThanOrEqualTo(150);
    assertThat(bottom).contains("stuck at state 1 (war)").contains("State 14 (deal) does not hold");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("briefings")
  void linesFitIn100Columns(String name, GraphModel g) {
    for (String line : brief(g, Doc.Style.TEXT).split("\n")) {
      if (!line.strip().contains(" ")) {
        continue; // one word (a URL) that cannot be broken
      }
      assertThat(line.codePointCount(0, line.length()))
          .as("%s: %s", name, line)
          .isLessThanOrEqualTo(100);
    }
  }

  private static final Pattern DOUBLED =
      Pattern.compile(
          "(?<!\\.)\\.\\.(?!\\.)|,,|;;|(?<!Ltd|etc|[A-Z])\\.,|,\\.|\\.;|;\\.|““|””|‘‘|’’|\"\"| ,| \\.(?!\\.)");

  @ParameterizedTest(name = "{0}")
  @MethodSource("briefings")
  void noDoubledPunctuationOrQuoteMarks(String name, GraphModel g) {
    for (Doc.Style style : Doc.Style.values()) {
      String text = brief(g, style);
      Matcher m = DOUBLED.matcher(text);
      if (m.find()) {
        int from = Math.max(0, m.start() - 60);
        throw new AssertionError(
            name
                + " ("
                + style
                + "): '"
                + m.group()
                + "' in …"
                + text.substring(from, Math.min(text.length(), m.end() + 20)));
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("briefings")
  void noParagraphPrintedTwice(String name, GraphModel g) {
    Set<String> seen = new HashSet<>();
    for (String para : brief(g, Doc.Style.MARKDOWN).split("\n")) {
      if (para.length() < 60 || para.startsWith("|")) {
        continue;
      }
      assertThat(seen.add(para)).as("%s prints twice: %s", name, para).isTrue();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("briefings")
  void noStateByNumberAloneBeforeTheAnnex(String name, GraphModel g) {
    String text = brief(g, Doc.Style.TEXT);
    String front = text.substring(0, text.indexOf("Annex A")).replaceAll("\\s+", " ");
    Matcher m = Pattern.compile("\\b[Ss]tate (\\d+)(?!\\d)(?! \\()").matcher(front);
    assertThat(
            m.find()
                ? m.group() + " in " + front.substring(Math.max(0, m.start() - 80), m.end())
                : "none")
        .as(name)
        .isEqualTo("none");
  }

  @Test
  void partiesTakeTheirArticlesAndPossessives() throws Exception {
    GraphModel g = ModelReader.read(TestFiles.example("peace-talks-2026.yaml")).graphModel();
    String text = brief(g, Doc.Style.TEXT).replace("\n", " ").replaceAll(" +", " ");
    assertThat(text).doesNotContain("States's").doesNotContain("Russias");
    Matcher m =
        Pattern.compile(
                "(?<![Tt]he )United States (has|will|is|would|could|takes|drops|likes|prefers|does|signs)")
            .matcher(text);
    assertThat(m.find() ? text.substring(Math.max(0, m.start() - 40), m.end()) : "none")
        .isEqualTo("none");
    assertThat(text).contains("the United States' statement").contains("Russia's statement");
  }

  @Test
  void englishHelpers() {
    assertThat(English.the("United States")).isEqualTo("the United States");
    assertThat(English.the("European Union")).isEqualTo("the European Union");
    assertThat(English.the("Russia")).isEqualTo("Russia");
    assertThat(English.the("the Alliance")).isEqualTo("the Alliance");
    assertThat(English.the("NATO")).isEqualTo("NATO");
    assertThat(English.possessive("United States")).isEqualTo("the United States'");
    assertThat(English.possessive("Russia")).isEqualTo("Russia's");
    assertThat(English.possessive("Congress")).isEqualTo("Congress's");
    assertThat(English.capital("“the war”")).isEqualTo("“The war”");
    assertThat(English.list(List.of("a", "b", "c"))).isEqualTo("a, b and c");
    assertThat(English.thirdPerson("withdraw from Donetsk")).isEqualTo("withdraws from Donetsk");
    assertThat(English.thirdPerson("carry on")).isEqualTo("carries on");
    assertThat(English.thirdPerson("push")).isEqualTo("pushes");
    assertThat(English.quote("“ready,”")).isEqualTo("“ready,”");
    assertThat(English.quote("he said “no” twice")).isEqualTo("“he said ‘no’ twice”");
    assertThat(English.oneLine("a\n  b\n")).isEqualTo("a b");
    assertThat(English.sentence("ends")).isEqualTo("ends.");
    assertThat(English.sentence("ends.")).isEqualTo("ends.");
  }

  private static int nextHeading(String text, String after) {
    int from = text.indexOf(after) + after.length() + 1;
    Matcher m = Pattern.compile("\n\n[^\n]+\n-{3,}\n").matcher(text);
    return m.find(from) ? m.start() : text.length();
  }
}
