package dev.parley.server.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Analysis tab as an analyst meets it, in a real browser at 1280×720: the key beside the
 * stability table explains every symbol the table uses; every verdict on the status-quo card names
 * its concept, and the control above the cards says what it governs; the focus moves to each
 * explanation and back to the button that asked for it, and after "Follow" lands on the next
 * explanation (here and in the State graph), never on the page; the option list stays legible for
 * twelve options.
 */
class AnalysisE2ETest extends WorkbenchInBrowser {
  static final String FLAGSHIP = "peace-talks-2026.yaml";

  @BeforeEach
  void start() throws IOException {
    copyExamples(FLAGSHIP, "prisoners-dilemma.yaml", "chicken.yaml");
    open();
    context.setDefaultTimeout(30_000);
  }

  @Test
  void theKeyBesideTheTableExplainsEverySymbolItUses() throws IOException {
    // Chicken's crash is stable for no one: its table has the kind of cell the flagship's lacks
    Set<String> words = new LinkedHashSet<>();
    keyExplainsTheTable("chicken.yaml", words);
    keyExplainsTheTable(FLAGSHIP, words);
    // the screenshot: the table of the flagship with its key, the options above it
    page.locator("section[aria-label='Stability table']")
        .evaluate("s => s.scrollIntoView({block: 'start'})");
    screenshot("workbench-analysis-table");
    assertThat(words).contains("★", "eq", "–", "US", "UA", "RU");
  }

  /** Checks the key beside a model's table; adds the words of the table's cells to {@code all}. */
  void keyExplainsTheTable(String model, Set<String> all) {
    page.navigate(workbench.url() + "#/" + model + "/analysis");
    assertThat(page.locator(".model-header .file")).hasText(model);
    Locator table = page.locator("table.stability");
    assertThat(table).isVisible();
    Locator key = page.getByLabel("Key to the table");
    assertThat(key).isVisible();
    // beside the table, not below it, and nothing overflows sideways
    BoundingBox t = page.locator(".table-and-key > .table-wrap").boundingBox();
    BoundingBox k = key.boundingBox();
    assertThat(k.x).as("the key right of the table").isGreaterThanOrEqualTo(t.x + t.width);
    assertThat(k.y).as("the key level with the table").isLessThan(t.y + t.height);
    assertThat(overflows()).as("the page overflows sideways at 1280×720").isFalse();

    // every word of every cell under a concept, and every heading, is a term of the key
    List<String> terms = key.locator("dt").allInnerTexts();
    String explained = String.join("\n", key.locator("dd").allInnerTexts());
    List<String> heads = table.locator("thead th").allInnerTexts();
    int concepts = heads.size() - 3; // state, Y/N, the concepts, the explain column
    assertThat(concepts).isEqualTo(6);
    Locator rows = table.locator("tbody tr");
    assertThat(rows.count()).isPositive();
    Set<String> words = new LinkedHashSet<>();
    for (int r = 0; r < rows.count(); r++) {
      Locator cells = rows.nth(r).locator("td");
      for (int c = 1; c <= concepts; c++) {
        for (String w : cells.nth(c).innerText().trim().split("\\s+")) {
          words.add(w);
        }
      }
    }
    for (String w : words) {
      if (w.equals("★") || w.equals("eq")) {
        assertThat(terms).contains("★ eq");
      } else if (w.equals("–")) {
        assertThat(terms).contains("–");
      } else {
        // a decision maker's id: the key gives its name
        assertThat(explained).as("the key names the id " + w).containsPattern(w + " \\p{Lu}");
      }
    }
    all.addAll(words);
    if (model.equals(FLAGSHIP)) {
      assertThat(explained).contains("US United States", "UA Ukraine", "RU Russia");
      assertThat(table.locator("tbody .badge").first()).hasText("SQ");
    }
    assertThat(explained).contains("stable for every decision maker").contains("stable for no one");
    for (String h : heads.subList(0, heads.size() - 1)) {
      assertThat(terms).as("the key explains the column " + h).contains(h.trim());
    }
    // the status quo's badge, and the "Why?" buttons
    assertThat(key.locator("dd").first()).containsText("SQ marks the status quo");
    assertThat(terms).contains("Why?");
    assertThat(key).containsText("explains the state under Nash");
  }

  @Test
  void everyVerdictOnTheStatusQuoCardNamesItsConcept() throws IOException {
    // the Prisoner's Dilemma with mutual co-operation as the status quo: stable under some concepts
    String text = Files.readString(dir.resolve("prisoners-dilemma.yaml"));
    Files.writeString(dir.resolve("dilemma-sq.yaml"), text + "statusQuo: bothCooperate\n");
    page.navigate(workbench.url() + "#/dilemma-sq.yaml/analysis");
    Locator sq = page.getByLabel("Status quo");
    assertThat(sq).containsText("Status quo: state 4 (bothCooperate)");
    Locator control = page.getByLabel("Cards and explanations under");
    assertThat(control).hasValue("nash");
    assertThat(page.locator(".card-concept"))
        .containsText("The status quo's reasons, the equilibrium cards and every explanation");

    // the line on the concepts names every concept once, under or not under, as the table says
    String line = sq.locator("p").nth(1).innerText();
    Matcher m = Pattern.compile("It is an equilibrium under (.+); not under (.+)\\.").matcher(line);
    assertThat(m.matches()).as(line).isTrue();
    List<String> under = names(m.group(1));
    List<String> notUnder = names(m.group(2));
    assertThat(under).isNotEmpty();
    assertThat(notUnder).isNotEmpty();
    List<String> heads = page.locator("table.stability thead th").allInnerTexts();
    Locator sqRow = page.locator("table.stability tbody tr.sq");
    List<String> all = new ArrayList<>();
    for (int c = 2; c < heads.size() - 1; c++) {
      String concept = heads.get(c).trim();
      all.add(concept);
      boolean eq = sqRow.locator("td").nth(c - 1).innerText().trim().equals("★ eq");
      assertThat(eq ? under : notUnder).as(concept).contains(concept);
    }
    assertThat(under.size() + notUnder.size()).isEqualTo(all.size());

    // the reasons below it are under the chosen concept, and say so, verdict by verdict
    for (Map.Entry<String, String> e :
        Map.of("nash", "Nash", "gmr", "GMR", "sim", "SIM").entrySet()) {
      control.selectOption(e.getKey());
      String c = e.getValue();
      boolean stable = under.contains(c);
      assertThat(sq.locator("h4.under"))
          .hasText((stable ? "Why it is stable" : "Why it is not stable") + " under " + c);
      Locator verdicts = sq.locator(".sentences li");
      assertThat(verdicts).hasCount(2);
      for (int i = 0; i < 2; i++) {
        assertThat(verdicts.nth(i))
            .containsText(
                Pattern.compile("\\((stable|unstable) under " + c.replace("+", "\\+") + "\\)"));
      }
      assertThat(page.locator("section[aria-label$=equilibria] h3"))
          .containsText(c + " equilibria");
    }
  }

  @Test
  void theFocusMovesToEachExplanationAndBack() {
    page.navigate(workbench.url() + "#/" + FLAGSHIP + "/analysis");
    // "Why?" for state 14 (deal), unstable under Nash: the focus goes to the explanation's heading
    Locator why = page.locator("table.stability button[data-state='14']");
    why.focus();
    page.keyboard().press("Enter");
    Locator explain = page.locator("section.explain");
    Locator heading = explain.locator("h3");
    assertThat(heading).containsText("Why state 14 (deal) is not stable under Nash");
    assertThat(heading).isFocused();
    // the first Follow button is a few Tab presses away (the back control, then the verdicts)
    Locator follow = explain.locator("button.state-link").first();
    int presses = tabTo(follow, 10);
    assertThat(presses).as("Tab presses from the heading to the first Follow").isLessThan(5);
    String next = follow.innerText().replace("state ", "").trim();
    page.keyboard().press("Enter");
    assertThat(heading).containsText("Why state " + next + " ");
    assertThat(heading).isFocused();
    assertThat(explain).hasAttribute("aria-label", "Explanation of state " + next);

    // Escape returns to the "Why?" that opened it, even after following
    page.keyboard().press("Escape");
    assertThat(why).isFocused();
    // so does the back control
    page.keyboard().press("Enter");
    assertThat(heading).isFocused();
    assertThat(heading).containsText("Why state 14 (deal)");
    page.keyboard().press("Tab");
    Locator back = button("Back to the table");
    assertThat(back).isFocused();
    page.keyboard().press("Enter");
    assertThat(why).isFocused();

    // asked from the status-quo card, it returns there
    Locator sqButton = button("Explain the status quo");
    sqButton.focus();
    page.keyboard().press("Enter");
    assertThat(heading).containsText("Why state 1 (war) is stable under Nash");
    assertThat(heading).isFocused();
    assertThat(button("Back to the status quo")).isVisible();
    page.keyboard().press("Escape");
    assertThat(sqButton).isFocused();

    // the State graph: choosing a state leaves the focus on the list; Follow moves it to the
    // next explanation, beside the graph
    tab("State graph").focus();
    page.keyboard().press("Enter");
    Locator list = page.getByLabel("Select a state to explain");
    list.focus();
    list.selectOption("14");
    Locator graphExplain = page.locator(".graph-explain section.explain");
    assertThat(graphExplain.locator("h3")).containsText("Why state 14 (deal) is not stable");
    assertThat(list).isFocused();
    Locator graphFollow = graphExplain.locator("button.state-link").first();
    tabTo(graphFollow, 30);
    String to = graphFollow.innerText().replace("state ", "").trim();
    page.keyboard().press("Enter");
    assertThat(graphExplain.locator("h3")).containsText("Why state " + to + " ");
    assertThat(graphExplain.locator("h3")).isFocused();
  }

  @Test
  void theOptionListStaysLegibleForTwelveOptions() throws IOException {
    // two parties of six options each, one option of each taken at a time: 36 states
    StringBuilder y = new StringBuilder("parley: 1\ntitle: Twelve options\ndecisionMakers:\n");
    for (String dm : List.of("A", "B")) {
      String p = dm.toLowerCase();
      y.append("  - id: ").append(dm).append("\n    name: Party ").append(dm);
      y.append("\n    options:\n");
      for (int i = 1; i <= 6; i++) {
        y.append("      - id: ").append(p).append(i).append('\n');
        y.append("        name: option ").append(i).append(" of party ").append(dm).append('\n');
      }
      y.append("    preferences:\n      statements: [").append(p).append("2, -").append(p);
      y.append("1]\n");
    }
    y.append("infeasible:\n");
    for (String p : List.of("a", "b")) {
      y.append("  - exactlyOne: [");
      for (int i = 1; i <= 6; i++) {
        y.append(i > 1 ? ", " : "").append(p).append(i);
      }
      y.append("]\n");
    }
    Files.writeString(dir.resolve("twelve.yaml"), y.toString());
    page.navigate(workbench.url() + "#/twelve.yaml/analysis");
    Locator items = page.getByLabel("Options, in Y/N order").locator("li");
    assertThat(items).hasCount(12);
    assertThat(items.nth(9).locator(".num")).hasText("10.");
    assertThat(items.nth(11)).containsText("12. b6 (B) option 6 of party B");
    // no two items, numbers included, share a pixel; each number lies inside its item
    List<BoundingBox> boxes = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      BoundingBox b = items.nth(i).boundingBox();
      BoundingBox n = items.nth(i).locator(".num").boundingBox();
      assertThat(n.x).as("number %d inside its item", i + 1).isGreaterThanOrEqualTo(b.x - 0.5);
      assertThat(n.x + n.width).isLessThanOrEqualTo(b.x + b.width + 0.5);
      for (BoundingBox o : boxes) {
        boolean apart =
            b.x >= o.x + o.width
                || o.x >= b.x + b.width
                || b.y >= o.y + o.height
                || o.y >= b.y + b.height;
        assertThat(apart).as("item %d overlaps an earlier one", i + 1).isTrue();
      }
      boxes.add(b);
    }
    // and the text of each item is not clipped
    for (int i = 0; i < 12; i++) {
      assertThat((boolean) items.nth(i).evaluate("li => li.scrollWidth <= li.clientWidth + 1"))
          .as("item %d fits its box", i + 1)
          .isTrue();
    }
    assertThat(overflows()).isFalse();
  }

  /** Presses Tab until {@code target} has the focus (at most {@code max} times); the count. */
  int tabTo(Locator target, int max) {
    for (int i = 0; i < max; i++) {
      if ((boolean) target.evaluate("b => b === document.activeElement")) {
        return i;
      }
      page.keyboard().press("Tab");
      assertThat((boolean) page.evaluate("() => document.activeElement !== document.body"))
          .as("the focus is on the page body")
          .isTrue();
    }
    assertThat(target).isFocused();
    return max;
  }

  private static List<String> names(String list) {
    List<String> out = new ArrayList<>();
    for (String s : list.split(", | and ")) {
      out.add(s.trim());
    }
    return out;
  }

  @Test
  void manyEquilibriaShowAsTheFirstCardsWithTheirCount() throws IOException {
    Files.writeString(dir.resolve("many.yaml"), dev.parley.server.CardLimitApiTest.MANY);
    page.navigate(workbench.url() + "#/many.yaml/analysis");
    Locator nash = page.getByLabel("Nash equilibria", new Page.GetByLabelOptions().setExact(true));
    assertThat(nash.locator("h3")).hasText("Nash equilibria (64)");
    assertThat(nash.locator("article.card.eq"))
        .hasCount(dev.parley.server.analysis.Analysis.CARD_LIMIT);
    assertThat(nash.locator(".cards-capped"))
        .hasText(
            "Showing the first 50 of 64 Nash equilibria; the stability table lists them all (tick"
                + " “equilibria only”), and its “Why?” explains any of them.");
    // each card shown has its reasons
    assertThat(nash.locator("article.card.eq").last().locator("ul.sentences li")).hasCount(2);
  }

  @Test
  void findWorksBeyondTheStatesTheAnswerDescribes() throws IOException {
    // 8,192 states: the answer describes the first 5,000, the server finds the rest
    Files.writeString(dir.resolve("large.yaml"), dev.parley.server.FindStatesApiTest.large());
    page.navigate(workbench.url() + "#/large.yaml/analysis");
    Locator table = page.getByLabel("Stability table");
    Locator count = table.locator(".filters .muted");
    assertThat(count).hasText("8192 of 8192 states");
    Locator find = table.getByLabel("Find");
    find.fill("zebra");
    assertThat(count).hasText("4096 of 8192 states");
    assertThat(table.locator("table.stability tbody tr").first().locator("th"))
        .containsText("4097");
    find.fill("7000");
    assertThat(count).hasText("1 of 8192 states");
    find.fill("farAway");
    assertThat(count).hasText("1 of 8192 states");
    assertThat(table.locator("table.stability tbody tr th")).containsText("8192");
    find.fill("");
    assertThat(count).hasText("8192 of 8192 states");
  }
}
