package dev.parley.server.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The flagship (examples/peace-talks-2026.yaml) toured by keyboard alone at 1280×720, as an analyst
 * without a mouse would: open it from the list, read the bottom line (Analysis tab, then Timeline),
 * ask "Why?" for a verdict and follow the explanation, into the State graph too, ask the mediator a
 * question, export the PDF briefing. Only key presses (no click, no focus() call, no selectOption);
 * after every press the focus is on an element of the page, never on its body. The last step needs
 * the Export menu that closes on a choice and gives the focus back to its button (a choice disabled
 * while its job runs would drop the focus to the page).
 */
class KeyboardTourE2ETest extends WorkbenchInBrowser {
  static final String FLAGSHIP = "peace-talks-2026.yaml";

  @BeforeEach
  void start() throws IOException {
    copyExamples(FLAGSHIP, "chicken.yaml", "prisoners-dilemma.yaml");
    open();
    context.setDefaultTimeout(30_000);
  }

  @Test
  void flagshipTourByKeyboardAlone() throws IOException {
    page.navigate(workbench.url());
    assertThat(page.getByText("Welcome")).isVisible();

    // open the model from the list
    Locator link = page.locator(".model-list a[href='#/peace-talks-2026.yaml/model']");
    assertThat(link).isVisible();
    tabUntil(link, 20);
    press("Enter");
    assertThat(page).hasURL(Pattern.compile(".*#/peace-talks-2026\\.yaml/model$"));
    assertThat(page.locator(".model-header h2"))
        .hasText("US–Ukraine–Russia peace talks, November 2026");
    assertThat(link).isFocused();

    // read the bottom line: first in the Analysis tab, by the arrow keys along the tabs
    tabUntil(tab("Model"), 10);
    arrowTo("Analysis", "ArrowRight");
    Locator bottom = page.locator(".analysis section.bottom-line");
    assertThat(bottom.locator("h2")).hasText("Bottom line");
    assertThat(bottom.locator("p").first())
        .hasText(
            "The conflict is stuck at state 1 (war), an equilibrium under every concept analysed:"
                + " no party gains by moving first.");
    // it comes before the controls and the cards
    assertThat(
            (Boolean)
                page.evaluate(
                    "() => { const b = document.querySelector('.analysis section.bottom-line');"
                        + " const c = document.querySelector('.analysis fieldset.concepts');"
                        + " return !!(b.compareDocumentPosition(c)"
                        + " & Node.DOCUMENT_POSITION_FOLLOWING); }"))
        .isTrue();
    // and the Timeline tab has its own, over the phases
    arrowTo("Timeline", "ArrowRight");
    assertThat(page.locator(".timeline-view .bottom-line"))
        .containsText("Before mid-2027, the status quo, ‘war’ (state 1), is an equilibrium");

    // ask "Why?" for the verdict on state 14 (deal) in the Analysis tab
    arrowTo("Analysis", "ArrowLeft");
    Locator why = page.locator("table.stability button[data-state='14']");
    assertThat(why).isVisible();
    tabUntil(why, 120);
    press("Enter");
    Locator explain = page.locator(".analysis section.explain");
    Locator heading = explain.locator("h3");
    assertThat(heading).containsText("Why state 14 (deal) is not stable under Nash");
    assertThat(heading).isFocused();
    // follow it, to the first state it names
    Locator follow = explain.locator("button.state-link").first();
    tabUntil(follow, 10);
    String next = follow.innerText().replace("state ", "").trim();
    press("Enter");
    assertThat(heading).containsText("Why state " + next + " ");
    assertThat(heading).isFocused();
    // and back to the table
    press("Escape");
    assertThat(why).isFocused();

    // into the State graph: back along the page to the tabs, then the State list
    shiftTabUntil(tab("Analysis"), 150);
    arrowTo("State graph", "ArrowRight");
    Locator list = page.getByLabel("Select a state to explain");
    assertThat(list).isVisible();
    tabUntil(list, 40);
    // the arrow keys move through the list; each state is explained beside the graph
    Locator graphHeading = page.locator(".graph-explain section.explain h3");
    for (int i = 0; i < 40 && !"14".equals(list.inputValue()); i++) {
      press("ArrowDown");
    }
    assertThat(list).hasValue("14");
    assertThat(graphHeading).containsText("Why state 14 (deal) is not stable");
    assertThat(list).isFocused();
    Locator graphFollow = page.locator(".graph-explain button.state-link").first();
    tabUntil(graphFollow, 40);
    String to = graphFollow.innerText().replace("state ", "").trim();
    press("Enter");
    assertThat(graphHeading).containsText("Why state " + to + " ");
    assertThat(graphHeading).isFocused();

    // a mediator question: what would make capitulation (state 13) stable?
    shiftTabUntil(tab("State graph"), 80);
    arrowTo("Mediator", "ArrowRight");
    Locator answer = page.getByLabel("What it would take");
    assertThat(answer.locator("h3")).containsText("under SEQ");
    Locator target = page.getByLabel("Target state");
    tabUntil(target, 40);
    for (int i = 0; i < 40 && !"13".equals(target.inputValue()); i++) {
      press(Integer.parseInt(target.inputValue()) < 13 ? "ArrowDown" : "ArrowUp");
    }
    assertThat(target).hasValue("13");
    Locator ask = button("What would make it stable?");
    tabUntil(ask, 10);
    press("Enter");
    assertThat(answer.locator("h3"))
        .containsText("What it would take: 13 (capitulation) under SEQ");
    assertThat(answer.locator(".verdict-line")).containsText("State 13 (capitulation) is not");

    // export the PDF briefing from the Export menu
    Locator export = page.locator("details.export summary");
    shiftTabUntil(export, 80);
    press("Enter");
    assertThat(page.locator("details.export")).hasAttribute("open", "");
    Locator pdf = page.locator("details.export").getByText("Briefing (PDF)");
    // down the menu: by the arrow keys where the menu takes them, else by Tab
    for (int i = 0; i < 10 && !isFocused(pdf); i++) {
      page.evaluate("() => { window.tourBefore = document.activeElement; }");
      press("ArrowDown");
      if ((boolean) page.evaluate("() => document.activeElement === window.tourBefore")) {
        press("Tab");
      }
    }
    assertThat(pdf).isFocused();
    Download download = page.waitForDownload(() -> press("Enter"));
    assertThat(download.suggestedFilename()).isEqualTo("peace-talks-2026-briefing.pdf");
    assertThat(new String(Files.readAllBytes(download.path()), 0, 5, StandardCharsets.US_ASCII))
        .isEqualTo("%PDF-");
    // the menu closed on the choice, and the focus is back on its button
    assertThat(page.locator("details.export")).not().hasAttribute("open", "");
    assertThat(export).isFocused();
  }

  /** Presses a key, then checks that the focus is on an element of the page. */
  void press(String key) {
    page.keyboard().press(key);
    assertFocusOnThePage();
  }

  void assertFocusOnThePage() {
    Object where =
        page.evaluate(
            "() => document.activeElement === null || document.activeElement === document.body"
                + " ? 'body' : document.activeElement.tagName");
    assertThat(where).as("the element with the focus").isNotEqualTo("body");
  }

  boolean isFocused(Locator l) {
    return (boolean) l.evaluate("e => e === document.activeElement");
  }

  /** Presses Tab until {@code target} has the focus, at most {@code max} times. */
  void tabUntil(Locator target, int max) {
    for (int i = 0; i < max && !isFocused(target); i++) {
      press("Tab");
    }
    assertThat(target).isFocused();
  }

  /** Presses Shift+Tab until {@code target} has the focus, at most {@code max} times. */
  void shiftTabUntil(Locator target, int max) {
    for (int i = 0; i < max && !isFocused(target); i++) {
      press("Shift+Tab");
    }
    assertThat(target).isFocused();
  }

  /** Presses {@code key} along the tabs until tab {@code name} is chosen and has the focus. */
  void arrowTo(String name, String key) {
    for (int i = 0; i < 10 && !"true".equals(tab(name).getAttribute("aria-selected")); i++) {
      String before =
          (String)
              page.evaluate(
                  "() => document.querySelector('[role=tab][aria-selected=true]')?.id ?? ''");
      press(key);
      // the next tab is chosen and takes the focus once its view is shown: wait for both, so that
      // the next press starts from it
      page.waitForFunction(
          "b => { const s = document.querySelector('[role=tab][aria-selected=true]');"
              + " return !!s && s.id !== b && document.activeElement === s; }",
          before);
    }
    assertThat(tab(name)).hasAttribute("aria-selected", "true");
    assertThat(tab(name)).isFocused();
  }
}
