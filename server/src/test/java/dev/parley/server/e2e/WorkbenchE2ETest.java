package dev.parley.server.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The workbench in a real browser, as a user works: build a model from scratch, see its equilibria,
 * follow an explanation, export a report, restore an earlier version. Screenshots of the main views
 * go to {@code target/screenshots/} (or the folder named by the system property {@code
 * parley.screenshots}, e.g. {@code ../docs/screenshots}).
 */
class WorkbenchE2ETest extends WorkbenchInBrowser {
  @BeforeEach
  void start() throws IOException {
    copyExamples("chicken.yaml", "prisoners-dilemma.yaml", "peace-talks-2026-v1.yaml");
    open();
    page.onDialog(d -> d.accept());
  }

  @Test
  void buildAModelFromScratchSeeItsEquilibriaFollowAnExplanationAndExportAReport()
      throws IOException {
    page.navigate(workbench.url());
    assertThat(page.getByText("Welcome")).isVisible();
    button("New model").click();
    page.getByLabel("File name").fill("water-dispute");
    button("Create").click();
    assertThat(page).hasURL(java.util.regex.Pattern.compile(".*#/water-dispute\\.yaml/model$"));

    conflictTitle().fill("Water dispute");
    Locator city = page.locator("article.dm").nth(0);
    Locator farmers = page.locator("article.dm").nth(1);
    city.getByLabel("Name", new Locator.GetByLabelOptions().setExact(true)).fill("Upstream city");
    farmers.getByLabel("Name", new Locator.GetByLabelOptions().setExact(true)).fill("Farmers");
    city.getByLabel("Option 1 id").fill("dam");
    city.getByLabel("Option 1 name").fill("Build the dam");
    // the statements still name the old option: the editor says so, next to them
    assertThat(city.locator(".problems").first()).containsText("a_acts");
    assertThat(page.locator(".summary.bad")).isVisible();
    farmers.getByLabel("Option 1 id").fill("sue");
    farmers.getByLabel("Option 1 name").fill("Sue in court");
    city.getByLabel("Statements of A (one per line)").fill("-sue\ndam");
    farmers.getByLabel("Statements of B (one per line)").fill("-dam\n-sue");
    assertThat(page.locator(".summary.good")).containsText("4 feasible states");
    // live ranking preview: the city likes the dam built and no lawsuit best (YN, state 2)
    assertThat(city.locator(".preview li").first()).containsText("YN");

    button("Add named state").click();
    Locator stateRow = page.locator("#h-states").locator("..").locator(".row").first();
    stateRow.getByLabel("Name").fill("today");
    stateRow.getByLabel("Options").fill("NN");
    page.getByLabel("Status quo", new Page.GetByLabelOptions().setExact(true)).fill("today");
    button("Add source").click();
    Locator sourceRow = page.locator(".row.source").first();
    sourceRow.getByLabel("Id").fill("news");
    sourceRow.getByLabel("Title").fill("Local news, 26 November");
    city.locator("table.options tbody tr").first().getByLabel("Source").selectOption("news");
    city.locator("table.options tbody tr")
        .first()
        .getByLabel("Quote")
        .fill("The city will build the dam");
    assertThat(page.locator(".save-status")).hasAttribute("data-state", "saved");
    screenshot("editor");
    String saved = Files.readString(dir.resolve("water-dispute.yaml"));
    assertThat(saved)
        .contains("title: Water dispute")
        .contains("quote: The city will build the dam");

    tab("Analysis").click();
    Locator nash = page.getByLabel("Nash equilibria");
    assertThat(nash).containsText("Nash equilibria (1)");
    assertThat(nash.locator("article.card.eq")).hasCount(1);
    assertThat(nash.locator("article.card.eq").first()).containsText("State 2");
    assertThat(page.getByLabel("Status quo")).containsText("Status quo: state 1 (today)");
    assertThat(page.getByLabel("Status quo")).containsText("Upstream city (unstable under Nash)");
    // follow an explanation: why the status quo is not stable, then the state it leads to
    button("Explain the status quo").click();
    Locator explain = page.locator("section.explain");
    assertThat(explain.locator("h3")).containsText("Why state 1 (today) is not stable under Nash");
    assertThat(explain).containsText("Upstream city could improve");
    explain
        .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Explain state 2"))
        .first()
        .click();
    assertThat(explain.locator("h3"))
        .containsText(
            "Why state 2 (Upstream city builds the dam, Farmers does not sue in court) is");
    assertThat(explain.locator("h3")).containsText("stable under Nash");
    // the stability table filters to the equilibria
    page.getByLabel("equilibria only").check();
    assertThat(page.locator("table.stability tbody tr")).hasCount(1);
    screenshot("analysis");

    tab("State graph").click();
    assertThat(page.locator(".cy canvas").first()).isVisible();
    page.getByLabel("Select a state to explain").selectOption("2");
    assertThat(page.locator(".graph-explain h3")).containsText("Why state 2 (Upstream city");
    screenshot("graph");

    // export: the briefing as HTML and PDF, the table as CSV
    page.locator("details.export summary").click();
    Download html = page.waitForDownload(() -> page.getByText("Briefing (HTML)").click());
    assertThat(html.suggestedFilename()).isEqualTo("water-dispute-briefing.html");
    assertThat(Files.readString(html.path())).contains("<h1>Water dispute</h1>");
    page.locator("details.export summary").click(); // the menu closes after each choice
    Download pdf = page.waitForDownload(() -> page.getByText("Briefing (PDF)").click());
    assertThat(pdf.suggestedFilename()).isEqualTo("water-dispute-briefing.pdf");
    assertThat(new String(Files.readAllBytes(pdf.path()), 0, 5, StandardCharsets.US_ASCII))
        .isEqualTo("%PDF-");
    page.locator("details.export summary").click(); // the menu closes after each choice
    Download csv = page.waitForDownload(() -> page.getByText("Stability table (CSV)").click());
    assertThat(Files.readString(csv.path())).startsWith("state,");
  }

  @Test
  void restoreAnEarlierVersion() throws IOException {
    String original = Files.readString(dir.resolve("chicken.yaml"));
    page.navigate(workbench.url() + "#/chicken.yaml/history");
    assertThat(page.getByText("No earlier versions yet.")).isVisible();
    button("Keep this version").click();
    assertThat(
            page.getByRole(AriaRole.STATUS)
                .filter(new Locator.FilterOptions().setHasText("Kept this version")))
        .isVisible();

    tab("Model").click();
    conflictTitle().fill("Chicken, badly edited");
    assertThat(page.locator(".save-status")).hasAttribute("data-state", "saved");
    assertThat(Files.readString(dir.resolve("chicken.yaml"))).contains("Chicken, badly edited");

    tab("History").click();
    page.locator("button.version").first().click();
    Locator diff = page.locator("pre.diff");
    assertThat(diff.locator(".removed").first()).containsText("Chicken");
    assertThat(
            diff.locator(".added").filter(new Locator.FilterOptions().setHasText("badly edited")))
        .hasCount(1);
    screenshot("history");
    button("Restore this version").click();
    assertThat(page.getByText("Restored the version")).isVisible();
    assertThat(page.locator(".model-header h2")).hasText("Chicken");
    assertThat(Files.readString(dir.resolve("chicken.yaml"))).isEqualTo(original);
    // the edited text was kept too, so the restore can be undone
    assertThat(page.locator("button.version")).hasCount(2);
  }

  @Test
  void keyboardOnly() {
    page.navigate(workbench.url() + "#/prisoners-dilemma.yaml/model");
    assertThat(page.locator(".summary.good")).isVisible();
    arrowKeyTo("Model", "ArrowRight", "Analysis", "/analysis");
    // tab to the first "Why?" button of the table and press Enter
    Locator why =
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Explain state 4"))
            .last();
    assertThat(why).isVisible();
    for (int i = 0; i < 60 && !(boolean) why.evaluate("b => b === document.activeElement"); i++) {
      page.keyboard().press("Tab");
    }
    assertThat(why).isFocused();
    page.keyboard().press("Enter");
    assertThat(page.locator("section.explain h3")).containsText("state 4 (bothCooperate)");
  }

  @Test
  void screenshotsOfTheMainViews() throws IOException {
    page.navigate(workbench.url() + "#/peace-talks-2026-v1.yaml/analysis");
    assertThat(page.locator("article.card.eq").first()).isVisible();
    screenshot("workbench-analysis");
    tab("State graph").click();
    assertThat(page.locator(".cy canvas").first()).isVisible();
    page.getByLabel("Equilibria under").selectOption("seq");
    page.getByLabel("Select a state to explain").selectOption("9");
    assertThat(page.locator(".graph-explain h3")).containsText("state 9 (war)");
    screenshot("workbench-graph");
    tab("Model").click();
    assertThat(page.locator(".summary.good")).isVisible();
    screenshot("workbench-editor");
  }

  private Locator conflictTitle() {
    return page.locator("section[aria-labelledby=h-conflict]").getByLabel("Title");
  }
}
