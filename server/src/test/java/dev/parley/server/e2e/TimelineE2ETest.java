package dev.parley.server.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;
import java.io.IOException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Timeline tab in a real browser: the flagship's two phases (examples/peace-talks-2026.yaml,
 * before and after mid-2027) as cards side by side under the bottom line, the second with what it
 * changes, its basis and the verdict it turns, reached and walked by keyboard, at 1280×720; a model
 * without phases offers no Timeline tab, and its address says what to add. The screenshot goes
 * where {@link WorkbenchE2ETest}'s go.
 */
class TimelineE2ETest extends WorkbenchInBrowser {
  static final String FLAGSHIP = "peace-talks-2026.yaml";

  @BeforeEach
  void start() throws IOException {
    copyExamples(FLAGSHIP, "chicken.yaml");
    open();
    context.setDefaultTimeout(30_000);
  }

  @Test
  void theFlagshipsTwoPhasesByKeyboard() throws IOException {
    page.navigate(workbench.url() + "#/" + FLAGSHIP + "/beliefs");
    assertThat(tab("Beliefs")).hasAttribute("aria-selected", "true");
    // the Timeline tab is beside the Beliefs tab, reached with the arrow keys
    arrowKeyTo("Beliefs", "ArrowRight", "Timeline", "#/peace-talks-2026\\.yaml/timeline");
    assertThat(tab("Timeline")).hasAttribute("aria-selected", "true");

    // the bottom line above the cards
    assertThat(page.locator(".timeline-view .bottom-line"))
        .containsText(
            "Before mid-2027, the status quo, ‘war’ (state 1), is an equilibrium under every"
                + " concept analysed. After mid-2027,");
    Locator cards = page.locator("ol.timeline > li > article.card.phase");
    assertThat(cards).hasCount(2);
    assertThat(cards.locator("h3"))
        .hasText(new String[] {"Phase 1: before mid-2027", "Phase 2: after mid-2027"});
    assertThat(cards.locator(".date")).hasText(new String[] {"2026-11-26", "mid-2027"});

    // the first card: the model as written, where its status quo stands, its equilibria
    Locator first = cards.nth(0);
    assertThat(first.locator(".phase-changes")).hasCount(0);
    assertThat(first.locator(".standing"))
        .hasText(
            "The status quo, ‘war’ (state 1), is an equilibrium under every concept analysed.");
    assertThat(first.locator("dl.phase-eq dt"))
        .hasText(new String[] {"Nash and SIM", "GMR and SMR", "SEQ and SEQ+SIM"});
    assertThat(first.locator("dl.phase-eq dd").nth(0).locator("li"))
        .hasText(
            new String[] {
              "‘war’ (state 1) status quo", "‘summit’ (state 4)", "‘vetoDeal’ (state 15)"
            });
    assertThat(first.locator("details.deadlocks summary"))
        .hasText("One deadlock holds the status quo");

    // the second: what changes, on what basis, and the verdict it turns, with the reason
    Locator second = cards.nth(1);
    assertThat(second.locator(".phase-changes h4").first()).hasText("What changes");
    assertThat(second.locator(".changes"))
        .hasText("Russia's preferences lose the statement ‘settle IF withdraw’.");
    assertThat(second.locator(".basis blockquote"))
        .hasText("Moscow lacks the personnel and resources to conquer Donetsk before mid-2027.");
    assertThat(second.locator(".basis figcaption"))
        .hasText("— Russia’s top diplomat rejects key part of deal to end war with Ukraine");
    assertThat(second.locator(".basis .note")).containsText("The estimate covers the time");
    assertThat(second.locator("ul.verdict-changes li.gained"))
        .hasText(
            "‘no US guarantee, Ukraine has ceded the rest of Donetsk, the leaders are talking, the"
                + " war goes on’ (state 7) becomes an equilibrium under Nash and SIM. Russia no"
                + " longer prefers ‘capitulation’ (state 13) to it.");
    assertThat(second.locator("ul.deadlock-changes li"))
        .hasText(
            "The sequencing deadlock that kept the parties from ‘a US guarantee is signed, Ukraine"
                + " has ceded the rest of Donetsk, the leaders are talking, the war goes on’ (state"
                + " 8) is gone: the joint move of Ukraine and Russia no longer leads there by"
                + " improvements.");
    assertThat(second.locator("dl.phase-eq dt"))
        .hasText(new String[] {"Nash, SEQ, SIM and SEQ+SIM", "GMR and SMR"});
    assertThat(second.locator(".standing"))
        .hasText(
            "The status quo, ‘war’ (state 1), is an equilibrium under every concept analysed.");

    // left to right on one line, and nothing overflows sideways at 1280×720
    BoundingBox a = first.boundingBox();
    BoundingBox b = second.boundingBox();
    assertThat(b.x).as("the second card right of the first").isGreaterThanOrEqualTo(a.x + a.width);
    assertThat(b.y).as("the cards on one line").isEqualTo(a.y);
    assertThat(a.width).as("a card wide enough to read").isGreaterThan(320);
    assertThat(overflows()).as("the page overflows sideways at 1280×720").isFalse();
    screenshot("workbench-timeline");

    // the cards are focusable, headed, and walked with the arrow keys
    first.focus();
    assertThat(first).isFocused();
    assertThat(first).hasAccessibleName("Phase 1: before mid-2027");
    page.keyboard().press("ArrowRight");
    assertThat(second).isFocused();
    assertThat(second).hasAccessibleName("Phase 2: after mid-2027");
    page.keyboard().press("Home");
    assertThat(first).isFocused();
    page.keyboard().press("End");
    assertThat(second).isFocused();
    assertThat(
            page.getByRole(
                AriaRole.HEADING, new Page.GetByRoleOptions().setName("Phase 2: after mid-2027")))
        .hasCount(1);
  }

  @Test
  void aModelWithoutPhasesHasNoTimelineTab() {
    page.navigate(workbench.url() + "#/chicken.yaml/analysis");
    assertThat(tab("Analysis")).hasAttribute("aria-selected", "true");
    assertThat(tab("Timeline")).hasCount(0);
    // its address still answers, with what to add
    page.navigate(workbench.url() + "#/chicken.yaml/timeline");
    assertThat(tab("Timeline")).hasAttribute("aria-selected", "true");
    assertThat(page.locator(".timeline-view")).containsText("This model has no phases (timeline:)");
    assertThat(page.getByLabel("A timeline to add to the model")).containsText("timeline:");
    assertThat(page.getByLabel("A timeline to add to the model")).containsText("phases:");
  }
}
