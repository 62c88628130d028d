package dev.parley.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parley.core.graph.GraphModel;
import dev.parley.io.Format;
import dev.parley.io.ModelReader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A densely connected model (50 states, three parties, each able to move from any state to any
 * other) is briefed in summary: the improvements of one party at one state in one sentence or a
 * few, the rest counted; and the margins that a search could not even begin are said to be not
 * computed, instead of a table of "more than 0".
 */
class DenseBriefingTest {
  private static GraphModel model;
  private static String text;

  /**
   * The complete graph on {@code n} states for three parties, rankings shuffled by {@code seed}.
   */
  static String completeGraph(int n, long seed) {
    Random random = new Random(seed);
    StringBuilder y = new StringBuilder("parley: 1\ntitle: Complete graph\nstates:\n");
    for (int i = 1; i <= n; i++) {
      y.append("  - id: s").append(i).append('\n');
    }
    y.append("decisionMakers:\n");
    for (String dm : List.of("A", "B", "C")) {
      y.append("  - id: ").append(dm).append("\n    moves:\n");
      for (int i = 1; i <= n; i++) {
        List<String> to = new ArrayList<>();
        for (int j = 1; j <= n; j++) {
          if (j != i) {
            to.add("s" + j);
          }
        }
        y.append("      - {from: s").append(i).append(", to: [");
        y.append(String.join(", ", to)).append("]}\n");
      }
      List<String> ranking = new ArrayList<>();
      for (int i = 1; i <= n; i++) {
        ranking.add("s" + i);
      }
      Collections.shuffle(ranking, random);
      y.append("    preferences:\n      ranking: [").append(String.join(", ", ranking));
      y.append("]\n");
    }
    return y.append("statusQuo: s1\n").toString();
  }

  @BeforeAll
  static void brief() throws Exception {
    model = ModelReader.read(completeGraph(50, 5), "complete-50.yaml", Format.YAML).graphModel();
    // bullets' continuation lines joined, so a phrase is found wherever the wrapping broke it
    text = BriefingWordingTest.brief(model, Doc.Style.TEXT).replace("\n  ", " ");
  }

  @Test
  void aPartysUndeterredImprovementsAreOneSentence() {
    String sq =
        text.substring(text.indexOf("The status quo:"), text.indexOf("What the settlements"));
    assertThat(count(sq, "ways that nothing deters under SMR, moving to ")).isEqualTo(3);
    assertThat(sq).doesNotContain("Nothing deters this").contains(" other states; it prefers each");
    // the first five are named, the rest counted
    Matcher m = Pattern.compile("A could improve in (\\d+) ways").matcher(sq);
    assertThat(m.find()).isTrue();
    int ways = Integer.parseInt(m.group(1));
    assertThat(ways).isGreaterThan(Briefing.BRIEF_IMPROVEMENTS + 1);
    assertThat(sq).contains("or " + (ways - Briefing.BRIEF_IMPROVEMENTS) + " other states");
  }

  @Test
  void deterredImprovementsBeyondTheFirstFewAreCounted() {
    String annex = text.substring(text.indexOf("Equilibria and why they hold"));
    String[] states = annex.split("\nState \\d+ \\(s\\d+\\)\n");
    assertThat(states.length).as("equilibria explained").isGreaterThan(10);
    for (String state : states) {
      for (String dm : List.of("A", "B", "C")) {
        assertThat(count(state, "- " + dm + " could improve: moves"))
            .isLessThanOrEqualTo(Briefing.BRIEF_IMPROVEMENTS);
      }
    }
    assertThat(count(annex, " other improvements are deterred too under SEQ; the full explanation"))
        .isGreaterThan(10);
    // a sanction that ends where the party started says so, not "no better than itself"
    assertThat(text)
        .doesNotContainPattern(
            "leaving \\w at (state \\d+ \\(s\\d+\\)), which it likes no better than \\1[.;]")
        .contains(" back at state ");
    assertThat(BriefingWordingTest.brief(model, Doc.Style.TEXT).split("\n").length)
        .isLessThan(2_000);
  }

  @Test
  void marginsASearchCannotBeginAreSaidToBeNotComputed() throws Exception {
    assertThat(text).contains("SEQ margins are not computed: this model is too densely connected");
    String table = text.substring(text.indexOf("\nStability\n"));
    assertThat(table).contains("EQ (>").doesNotContain("(>0)");
    JsonNode json =
        new ObjectMapper()
            .readTree(ResultJson.render(BriefingRun.of(model, "m.yaml", "0".repeat(64)).build()));
    JsonNode r = json.get("robustness");
    assertThat(r.get("skipped").asText()).startsWith("SEQ margins are not computed");
    assertThat(r.get("concepts").has("gmr")).isTrue();
    assertThat(r.get("concepts").has("seq")).isFalse();
  }

  @Test
  void aSmallModelKeepsEveryMargin() throws Exception {
    GraphModel small =
        ModelReader.read(completeGraph(5, 5), "complete-5.yaml", Format.YAML).graphModel();
    String brief = BriefingWordingTest.brief(small, Doc.Style.TEXT);
    assertThat(brief).doesNotContain("margins are not computed").contains("In parentheses");
  }

  private static int count(String text, String part) {
    int n = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
      n++;
    }
    return n;
  }
}
