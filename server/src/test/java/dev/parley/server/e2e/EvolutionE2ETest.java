package dev.parley.server.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Evolution tab in a real browser, on the flagship model: from the war (state 9) the United
 * States and Ukraine each wait for the other; their joint move reaches state 12, Russia then
 * accepts, and the deal (state 8) holds. The test reads that in the deadlock card, follows a state
 * to its explanation, highlights the path in the State graph, and analyses a coalition structure.
 * Screenshots go where {@code WorkbenchE2ETest}'s do ({@code parley.screenshots}).
 */
class EvolutionE2ETest extends WorkbenchInBrowser {
  @BeforeEach
  void start() throws IOException {
    copyExamples("peace-talks-2026-v1.yaml");
    open();
  }

  @Test
  void theUsUkraineDeadlockAndThePathToTheDeal() throws IOException {
    page.navigate(workbench.url() + "#/peace-talks-2026-v1.yaml/history");
    assertThat(tab("History")).hasAttribute("aria-selected", "true");
    // the Evolution tab sits beside the others (just before History) and is reached by keyboard
    arrowKeyTo("History", "ArrowLeft", "Evolution", "#/peace-talks-2026-v1\\.yaml/evolution");
    assertThat(tab("Evolution")).hasAttribute("aria-selected", "true");

    // the status quo, and where the conflict can go from it
    Locator start = page.getByLabel("Starting point");
    assertThat(start.locator("h3")).containsText("From state 9 (war)");
    assertThat(start.locator("h3 .badge")).hasText("status quo");
    assertThat(start).containsText("No mover has an improvement that leads anywhere");
    Locator oneStep = page.getByLabel("Reachable states").locator(row("exactly 1"));
    assertThat(oneStep.locator("td").first().locator("button"))
        .hasText(new String[] {"1", "5", "10", "11"});

    // the deal: an equilibrium, reachable only by moves that are not all improvements
    Locator dealPath = page.getByLabel("Path to state 8 (deal)");
    assertThat(dealPath.locator(".badge")).hasText("reachable");
    assertThat(dealPath).containsText("Not reachable by improvements.");
    assertThat(dealPath).containsText("By moves, 3 steps (not all improvements)");
    screenshot("workbench-evolution");

    // the deadlock: who waits for whom, the joint move, the result
    Locator deadlock = page.getByLabel("Deadlock: state 8 (deal), United States and Ukraine");
    assertThat(deadlock.locator("dl.facts"))
        .containsText("United States waits for Ukraine; Ukraine waits for United States.");
    assertThat(deadlock.locator("dl.facts"))
        .containsText(
            "United States and Ukraine together reach state 12; then Russia moves to 8 (deal).");
    assertThat(deadlock.locator("h4 .badge")).hasText("the result holds");
    assertThat(deadlock.locator("ul.sentences li").nth(2))
        .containsText("Together: a joint move by the United States and Ukraine reaches state 12 (");
    // a deadlock whose result does not hold says so
    assertThat(page.getByLabel("Deadlock: state 4, Ukraine and Russia").locator("h4 .badge"))
        .hasText("the result does not hold");

    // every state is a button that explains it; the explanation can be followed
    deadlock.locator("dl.facts").getByRole(AriaRole.BUTTON, byName("Explain state 12")).click();
    Locator explain = page.locator(".evo-aside section.explain");
    assertThat(explain.locator("h3")).containsText("Why state 12 (the United States signs");
    assertThat(explain.locator("h3")).containsText("is not stable under Nash");
    assertThat(explain).containsText("Russia");
    deadlock.scrollIntoViewIfNeeded();
    screenshot("workbench-evolution-deadlock");

    // the path of the deadlock, highlighted in the state graph: the joint move is drawn dashed
    deadlock
        .getByRole(
            AriaRole.BUTTON,
            byName("Show the path 9 → 12 → 8 to state 8 (deal) in the State graph"))
        .click();
    assertThat(page).hasURL(Pattern.compile(".*#/peace-talks-2026-v1\\.yaml/graph\\?path=9,12,8$"));
    assertThat(tab("State graph")).hasAttribute("aria-selected", "true");
    Locator banner = page.locator(".path-banner");
    assertThat(banner).containsText("Showing the path 9 → 12 → 8");
    assertThat(banner).hasAttribute("data-drawn", "9→12 (joint), 12→8");
    assertThat(page.locator(".cy canvas").first()).isVisible();
    assertThat(banner).isFocused();
    screenshot("workbench-evolution-path");
    page.goBack();

    // the path to the deal by moves: three drawn moves
    assertThat(tab("Evolution")).hasAttribute("aria-selected", "true");
    page.getByLabel("Path to state 8 (deal)")
        .getByRole(
            AriaRole.BUTTON,
            byName("Show the path 9 → 10 → 12 → 8 to state 8 (deal) in the State graph"))
        .click();
    assertThat(page.locator(".path-banner")).hasAttribute("data-drawn", "9→10, 10→12, 12→8");
    page.locator(".path-banner").getByRole(AriaRole.BUTTON, byName("Clear the path")).click();
    assertThat(page).hasURL(Pattern.compile(".*/graph$"));
    assertThat(page.locator(".path-banner")).hasCount(0);
  }

  @Test
  void coalitionsAndAFixedCoalitionStructureByKeyboard() throws IOException {
    page.navigate(workbench.url() + "#/peace-talks-2026-v1.yaml/evolution");
    Locator coalitions = page.getByLabel("Coalitions", new Page.GetByLabelOptions().setExact(true));
    Locator brief = coalitions.getByLabel("Coalition equilibria");
    assertThat(brief.locator("li").first()).containsText("CNash coalition equilibria: 8 (deal)");
    assertThat(brief.locator("li").first()).containsText("Nash equilibria: 8 (deal) 9 (war)");
    // the war is broken by the three together
    assertThat(
            coalitions
                .locator(".verdict")
                .filter(new Locator.FilterOptions().setHasText("State 9 (war)")))
        .containsText("could improve together");
    Locator ruRow = coalitions.locator("table.coalitions").locator(row("RU"));
    assertThat(ruRow.locator("td").first().locator("button"))
        .hasText(new String[] {"7 (capitulation)", "8 (deal)", "9 (war)", "10"});

    // a fixed structure, typed and sent by keyboard
    Locator field =
        coalitions.getByLabel("Coalition structure (optional; every decision maker in one block)");
    field.fill("[US,XX],RU");
    assertThat(coalitions.locator("p.error")).containsText("unknown decision maker 'XX'");
    field.fill("[US,UA],RU");
    field.press("Enter");
    Locator structure =
        coalitions.getByLabel(
            "Coalition structure", new Locator.GetByLabelOptions().setExact(true));
    assertThat(structure.locator("h4")).hasText("With the coalition structure US+UA, RU");
    assertThat(
            structure
                .locator(
                    "li",
                    new Locator.LocatorOptions().setHasText("Nash equilibria with these blocks"))
                .first())
        .containsText("8 (deal) 9 (war)");
    // a state in it opens its explanation by keyboard
    Locator war = structure.getByRole(AriaRole.BUTTON, byName("Explain state 9 (war)")).first();
    war.focus();
    page.keyboard().press("Enter");
    assertThat(page.locator(".evo-aside section.explain h3")).containsText("state 9 (war)");
    coalitions.scrollIntoViewIfNeeded();
    screenshot("workbench-evolution-coalitions");
  }

  /** The table row whose header cell says exactly this. */
  private static String row(String header) {
    return "tr:has(th:text-is('" + header + "'))";
  }

  private static Locator.GetByRoleOptions byName(String name) {
    return new Locator.GetByRoleOptions().setName(name).setExact(true);
  }
}
