package dev.parley.server.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.parley.server.DilemmasApiTest;
import java.io.IOException;
import java.nio.file.Files;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Beliefs tab in a real browser: chicken on the card table (the options board with its doubted
 * cell, each driver's dilemmas with their sentences, resolutions and the stability view; another
 * concept), reached by keyboard; what each side believes in examples/chicken-misperceived.yaml (the
 * hypergame equilibria with their classes, the state stable only because both drivers are
 * mistaken); the layout at 1280×720. The screenshots go where {@link WorkbenchE2ETest}'s go.
 */
class BeliefsE2ETest extends WorkbenchInBrowser {
  static final String DRAMA = "chicken-drama.yaml";
  static final String MISPERCEIVED = "chicken-misperceived.yaml";
  static final String FLAGSHIP = "peace-talks-2026.yaml";

  @BeforeEach
  void start() throws IOException {
    copyExamples(MISPERCEIVED, FLAGSHIP);
    Files.writeString(dir.resolve(DRAMA), DilemmasApiTest.CHICKEN_DRAMA);
    open();
    context.setDefaultTimeout(30_000);
  }

  Locator role(AriaRole r, String name) {
    return page.getByRole(r, new Page.GetByRoleOptions().setName(name));
  }

  @Test
  void theCardTableOfChickenByKeyboard() throws IOException {
    page.navigate(workbench.url() + "#/" + DRAMA + "/mediator");
    assertThat(tab("Mediator")).hasAttribute("aria-selected", "true");
    // the Beliefs tab is beside the Mediator, reached with the arrow keys
    arrowKeyTo("Mediator", "ArrowRight", "Beliefs", "#/chicken-drama\\.yaml/beliefs");
    assertThat(tab("Beliefs")).hasAttribute("aria-selected", "true");

    // the bottom line first
    Locator drama = page.locator("section[aria-labelledby=h-drama]");
    assertThat(drama.locator("h3")).hasText("Options board and dilemmas");
    assertThat(drama.locator(".bottom-line"))
        .containsText(
            "Driver 1's threat is not credible (rejection and threat dilemmas). Driver 2's threat"
                + " is not credible (rejection and threat dilemmas). In all, four dilemmas.");

    // the board: the options by owner, a column per position and the threatened future
    Locator board = role(AriaRole.TABLE, "The options board");
    assertThat(board.locator("thead th"))
        .hasText(
            new String[] {
              "Party", "Option", "Driver 1's position", "Driver 2's position", "Threatened future"
            });
    Locator p1Row =
        board.locator("tr").filter(new Locator.FilterOptions().setHasText("P1 swerves"));
    assertThat(p1Row.locator("td")).hasText(new String[] {"✗", "✓", "✗"});
    Locator p2Row =
        board.locator("tr").filter(new Locator.FilterOptions().setHasText("P2 swerves"));
    assertThat(p2Row.locator("th")).hasText(new String[] {"Driver 2", "P2 swerves"});
    assertThat(p2Row.locator("td").nth(0)).hasText("✓");
    assertThat(p2Row.locator("td").nth(1)).hasText("–");
    // the doubted cell: a "?" that says who doubts what, to the eye on focus and aloud
    Locator doubted = p2Row.locator("td").nth(2).locator(".doubt-mark");
    assertThat(doubted)
        .hasAccessibleName(
            "P2 swerves: should not happen in the threatened future; doubted: Driver 1 doubts"
                + " that Driver 2 would carry out its threat.");
    assertThat(doubted).containsText("✗?");
    assertThat(doubted.locator(".tip")).isHidden();
    doubted.focus();
    assertThat(doubted.locator(".tip")).isVisible();
    doubted.blur();
    assertThat(doubted.locator(".tip")).isHidden();
    assertThat(page.getByLabel("Key to the board")).containsText("✓ should happen");
    assertThat(page.getByLabel("Key to the board"))
        .containsText("? another party doubts that intention");
    assertThat(drama)
        .containsText("Driver 1 and Driver 2 are at a crisis: their positions differ.");

    // the dilemmas, by the party that faces them: sentence, resolution, the SEQ view
    Locator of2 = page.locator("section[aria-labelledby=h-dilemmas-P2]");
    assertThat(of2.locator("h4")).hasText("Dilemmas of Driver 2 (2)");
    Locator threat = of2.locator("li.dilemma.threat");
    assertThat(threat.locator("h5")).containsText("Threat dilemma toward Driver 1");
    assertThat(threat.locator(".badge.view")).hasText("SEQ agrees");
    assertThat(threat.locator(".badge.doubt")).hasText("doubted");
    assertThat(threat.locator(".sentence"))
        .containsText(
            "Driver 2 has a threat dilemma with Driver 1: in the threatened future, ‘crash’ (state"
                + " 1), it would rather take up “P2 swerves”");
    assertThat(threat.locator(".sentence"))
        .containsText("Besides, Driver 1 doubts that Driver 2 would carry out its threat.");
    assertThat(threat.locator(".sentence")).not().containsText("What resolves it");
    assertThat(threat.locator(".resolution"))
        .hasText(
            "What resolves it: make the threat credible by commitment (an irreversible step, a"
                + " public pledge), or change it.");
    assertThat(page.locator("section[aria-labelledby=h-dilemmas-P1] li.dilemma")).hasCount(2);
    assertThat(page.locator("section[aria-labelledby=h-dilemmas-P1] li.dilemma.rejection h5"))
        .containsText("Rejection dilemma toward Driver 2");
    // no perceptions in this model: the hypergame is the ordinary analysis
    assertThat(page.locator("section[aria-labelledby=h-perceptions]"))
        .containsText("so the hypergame equals the ordinary analysis");
    assertThat(overflows()).as("the page overflows sideways at 1280×720").isFalse();
    screenshot("workbench-beliefs");

    // by keyboard from the tab: the concept first; GMR asks again
    tab("Beliefs").focus();
    page.keyboard().press("Tab");
    Locator concept = page.getByLabel("Concept");
    assertThat(concept).isFocused();
    concept.selectOption("gmr");
    assertThat(threat.locator(".badge.view")).hasText(Pattern.compile("^GMR (agrees|disagrees)$"));
    assertThat(threat.locator(".sentence")).containsText("GMR");

    // a state in a sentence opens its explanation beside
    threat
        .locator(".sentence")
        .getByRole(
            AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Explain state 1 (crash)"))
        .first()
        .click();
    Locator explain = page.locator("aside.beliefs-explain section.explain");
    assertThat(explain.locator("h3")).containsText("state 1 (crash)");
    assertThat(explain.locator("h3")).containsText("under GMR");
    assertThat(overflows()).as("the page overflows sideways with the explanation open").isFalse();
    button("Close the explanation").click();
    assertThat(explain).hasCount(0);
  }

  @Test
  void whatEachSideBelievesInChickenMisperceived() throws IOException {
    page.navigate(workbench.url() + "#/" + MISPERCEIVED + "/beliefs");
    // no card table: said plainly, with the YAML to add
    Locator drama = page.locator("section[aria-labelledby=h-drama]");
    assertThat(drama).containsText("This model has no card table (drama:)");
    assertThat(drama.getByLabel("A card table to add to the model")).containsText("threatened:");
    assertThat(drama.getByLabel("A card table to add to the model"))
        .containsText("- {party: P1, future: {swerve2: true}}");
    assertThat(drama).containsText("docs/model-format.md");

    Locator per = page.locator("section[aria-labelledby=h-perceptions]");
    assertThat(per.locator("h3")).hasText("What each side believes");
    Locator d1 = per.getByLabel("What Driver 1 believes");
    assertThat(d1).containsText("Driver 1 misjudges Driver 2's preferences");
    // under SEQ, Driver 1 believes only state 2 stable for everyone, and is wrong about state 4
    assertThat(d1.locator("dl.facts dd").first()).hasText("2 (p1Swerves)");
    assertThat(d1.locator("dl.facts")).containsText("Wrong about itself at");
    assertThat(d1.locator("dl.facts dd").last()).hasText("4 (bothSwerve)");
    // the hypergame equilibria with their classes
    Locator classes = per.locator("dl.hyper-eq dt");
    assertThat(classes.locator(".badge")).hasText(new String[] {"HT", "H"});
    assertThat(classes.nth(1)).containsText("only because someone is mistaken");
    assertThat(per.locator("dl.hyper-eq dd").nth(0)).hasText("2 (p1Swerves) 3 (p2Swerves)");
    assertThat(per.locator("dl.hyper-eq dd").nth(1)).hasText("4 (bothSwerve)");
    assertThat(per.locator("ul.mistaken li"))
        .hasText(
            "State 4 (bothSwerve) holds only because Driver 1 wrongly believes it stable for"
                + " itself, as it misjudges Driver 2's preferences; and Driver 2 wrongly believes it"
                + " stable for itself, as it misjudges Driver 1's preferences.");
    assertThat(overflows()).isFalse();
    // the part this test is about at the top of the window
    page.evaluate("() => document.getElementById('h-perceptions').scrollIntoView()");
    screenshot("workbench-beliefs-perceptions");

    // under Nash the misperception changes nothing: no state is stable only by mistake
    page.getByLabel("Concept").selectOption("nash");
    assertThat(per.locator("h4#h-hyper")).hasText("Hypergame equilibria under Nash");
    assertThat(per.locator("dl.hyper-eq dt .badge")).hasText(new String[] {"HT"});
    assertThat(per.locator("dl.hyper-eq dd")).hasText("2 (p1Swerves) 3 (p2Swerves)");
    assertThat(per).containsText("No state under Nash.");
    assertThat(per.locator("ul.mistaken")).hasCount(0);
    assertThat(per.getByLabel("What Driver 2 believes").locator("dl.facts dd").first())
        .hasText("3 (p2Swerves)");
  }

  @Test
  void theFlagshipsBoardFitsBesideItsDilemmas() {
    page.navigate(workbench.url() + "#/" + FLAGSHIP + "/beliefs");
    Locator board = role(AriaRole.TABLE, "The options board");
    assertThat(board.locator("thead th"))
        .hasText(
            new String[] {
              "Party",
              "Option",
              "The United States' position",
              "Ukraine's position",
              "Russia's position",
              "Threatened future"
            });
    // three parties, their options grouped: the United States first
    assertThat(board.locator("tbody th[scope=rowgroup]"))
        .hasText(new String[] {"United States", "Ukraine", "Russia"});
    for (String who : new String[] {"the United States", "Ukraine", "Russia"}) {
      assertThat(
              page.locator(".party-dilemmas h4")
                  .filter(new Locator.FilterOptions().setHasText("Dilemmas of " + who)))
          .hasCount(1);
    }
    Locator dilemmas = page.locator("li.dilemma");
    assertThat(dilemmas.first()).isVisible();
    for (int i = 0; i < dilemmas.count(); i++) {
      // every sentence starts with a capital, and its resolution stands apart
      assertThat(dilemmas.nth(i).locator(".sentence")).hasText(Pattern.compile("^[A-Z‘“].*[.)]$"));
      assertThat(dilemmas.nth(i).locator(".resolution"))
          .hasText(Pattern.compile("^What resolves it: .+\\.$"));
    }
    // the whole board is in view, beside the dilemmas: nothing scrolls or overflows sideways
    assertThat(
            (boolean)
                board.evaluate(
                    "t => { const w = t.closest('.table-wrap'); return w.scrollWidth <= w.clientWidth"
                        + " && w.scrollHeight <= w.clientHeight; }"))
        .as("the board scrolls inside its box")
        .isTrue();
    assertThat(
            (boolean)
                page.evaluate(
                    "() => document.querySelector('.board-pane').getBoundingClientRect().right"
                        + " <= document.querySelector('.dilemmas-pane').getBoundingClientRect().left"))
        .as("the dilemmas beside the board")
        .isTrue();
    assertThat(overflows()).isFalse();
  }
}
