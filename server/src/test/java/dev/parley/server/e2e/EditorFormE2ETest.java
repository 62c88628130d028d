package dev.parley.server.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The model editor as an analyst meets it, in a real browser at 1280×720: form edits keep the
 * file's comments and layout; a state is typed the same way in every field, and each example the
 * hints give is taken; a new rule starts without an error and the rankings stay in view, marked out
 * of date, while the model has one; the statements box grows and has the statement language beside
 * it; notes and descriptions are edited in the form.
 */
class EditorFormE2ETest extends WorkbenchInBrowser {
  static final String DAM = EditorE2ETest.DAM;

  @BeforeEach
  void start() throws IOException {
    Files.writeString(dir.resolve("dam.yaml"), DAM);
    open();
    page.navigate(workbench.url() + "#/dam.yaml/model");
    assertThat(page.locator(".summary.good")).containsText("6 feasible states");
  }

  private void saved() {
    assertThat(page.locator(".save-status")).hasAttribute("data-state", "saved");
  }

  /** The lines of the file now that are not in the file as it was written. */
  private List<String> newLines() throws IOException {
    List<String> before = Arrays.asList(DAM.split("\n"));
    return Arrays.stream(Files.readString(dir.resolve("dam.yaml")).split("\n"))
        .filter(l -> !before.contains(l))
        .toList();
  }

  @Test
  void formEditsKeepTheCommentsAndLayoutOfTheFile() throws IOException {
    page.locator("section[aria-labelledby=h-conflict]")
        .getByLabel("Title")
        .fill("Dam dispute, revised");
    Locator city = page.locator("article.dm").nth(0);
    city.getByLabel("Option 2 note").fill("the cheaper plan");
    city.getByLabel("Description of City").fill("The city council");
    page.locator("article.dm").nth(1).getByLabel("Note on Farmers").fill("a cooperative");
    saved();
    String text = Files.readString(dir.resolve("dam.yaml"));
    assertThat(text)
        .startsWith("# A small conflict over a dam.\n")
        .contains("  - mutuallyExclusive: [dam, pipe]\n") // untouched layout, as written
        .contains("    options: {dam: false, pipe: false, sue: false}\n");
    assertThat(newLines())
        .containsExactly(
            "title: Dam dispute, revised",
            "        note: the cheaper plan",
            "    description: The city council",
            "    note: a cooperative");
    assertThat(Files.readString(dir.resolve("dam.yaml")).split("\n").length)
        .isEqualTo(DAM.split("\n").length + 3);
    // the File tab shows the same text
    tab("File").click();
    assertThat(page.locator("textarea.source")).hasValue(text);
  }

  @Test
  void aStateIsTypedTheSameWayEverywhereAndEveryHintExampleIsTaken() throws IOException {
    Locator statusQuo = page.getByLabel("Status quo", new Page.GetByLabelOptions().setExact(true));
    Locator hint = page.locator(".status-quo-hint .state-hint code");
    List<String> examples = hint.allInnerTexts();
    // a named state, a Y/N string, a number and option values; the '-' is explained, not typed
    assertThat(examples).contains("today", "1", "dam=N, pipe=N, sue=N").hasSize(5);
    for (String example : examples) {
      if (example.equals("-")) {
        continue;
      }
      statusQuo.fill(example);
      saved();
      assertThat(page.locator(".summary.good")).isVisible();
    }
    statusQuo.fill("dam=Y, pipe=N, sue=Y");
    saved();
    assertThat(page.locator(".summary.good")).isVisible();
    assertThat(Files.readString(dir.resolve("dam.yaml")))
        .contains("statusQuo: {dam: true, pipe: false, sue: true}\n");
    // the file's own spelling, which the model's messages use, is taken too
    statusQuo.fill("{dam: false, pipe: true, sue: false}");
    saved();
    assertThat(page.locator(".summary.good")).isVisible();
    // the named state's options, in the same syntax; the Y/N key says which letter is which
    Locator options = page.locator("#h-states + p + .yn-key");
    assertThat(options).hasText("Y/N letters, in order: 1 dam · 2 pipe · 3 sue");
    Locator stateOptions = page.getByLabel("Options", new Page.GetByLabelOptions().setExact(true));
    assertThat(stateOptions).hasValue("dam=N, pipe=N, sue=N");
    stateOptions.fill("NNN");
    saved();
    assertThat(page.locator(".summary.good")).isVisible();
    // each example the named states' help gives is taken as a named state's options (which,
    // like the status quo, must name exactly one feasible state)
    statusQuo.fill("1");
    List<String> patterns = page.locator("#h-states + p .state-hint code").allInnerTexts();
    assertThat(patterns).containsExactly("NNN", "-", "dam=N, pipe=N, sue=N");
    for (String example : List.of("NNN", "dam=N, pipe=N, sue=N")) {
      stateOptions.fill(example);
      saved();
      assertThat(page.locator(".summary.good")).isVisible();
    }
    assertThat(Files.readString(dir.resolve("dam.yaml")))
        .contains("    options: {dam: false, pipe: false, sue: false}\n");
    stateOptions.fill("NNN");
    // a wrong state: the message's hint is worded in the syntax the field takes
    statusQuo.fill("nowhere");
    Locator problem = page.locator("#h-states ~ .problems");
    assertThat(problem).containsText("unknown state 'nowhere'");
    assertThat(problem).containsText("dam=Y, pipe=N");
    assertThat(problem).not().containsText("{option: true");
    statusQuo.fill("today");
    saved();
  }

  @Test
  void aNewRuleStartsNeutralAndTheRankingsStayInView() throws IOException {
    Locator previews = page.locator(".preview ol");
    assertThat(previews).hasCount(2);
    button("Add rule").click();
    saved();
    Locator rule = page.locator(".row.rule").nth(1);
    assertThat(rule.locator(".problems")).hasCount(0);
    assertThat(page.locator(".summary.bad")).hasCount(0);
    assertThat(page.locator(".summary.pending")).containsText("A new row is being filled in");
    // the rankings stay, marked out of date
    assertThat(previews).hasCount(2);
    assertThat(page.locator(".preview .stale-note").first()).containsText("Out of date until");
    page.locator("article.dm")
        .nth(1)
        .locator("h4:has-text('Preferences')")
        .evaluate("e => e.scrollIntoView()");
    screenshot("workbench-editor-stale");

    // one option is too few: now the problem shows, in the syntax the field takes
    Locator value = rule.getByLabel("Options or condition of rule 2");
    value.fill("dam");
    assertThat(rule.locator(".problems")).containsText("e.g. dam, pipe");
    assertThat(rule.locator(".problems")).not().containsText("[a, b]");
    assertThat(page.locator(".summary.bad")).containsText("1 problem");
    value.fill("dam, sue");
    saved();
    assertThat(page.locator(".summary.good")).isVisible();
    assertThat(page.locator(".preview .stale-note")).hasCount(0);
    assertThat(newLines()).containsExactly("  - mutuallyExclusive: [dam, sue]");
  }

  @Test
  void theStatementsBoxGrowsAndExplainsTheLanguage() throws IOException {
    Locator city = page.locator("article.dm").nth(0);
    Locator box = city.getByLabel("Statements of City (one per line)");
    assertThat(box).hasAttribute("rows", "4");
    Locator help = city.locator(".statement-help");
    assertThat(help).containsText("a IFF b");
    assertThat(help).containsText("dam & -pipe");
    // each example from the model is a statement the model takes
    List<String> examples = help.locator("p:last-child code").allInnerTexts();
    assertThat(examples).hasSize(4);
    box.fill("-sue\ndam | pipe\n" + String.join("\n", examples));
    saved();
    assertThat(page.locator(".summary.good")).isVisible();
    assertThat(box).hasAttribute("rows", "7");
    assertThat(city.locator(".preview ol li").first()).isVisible();
    assertThat(overflows()).isFalse();
    city.locator("h4:has-text('Preferences')").evaluate("e => e.scrollIntoView()");
    screenshot("workbench-editor");
    assertThat(Files.readString(dir.resolve("dam.yaml")))
        .startsWith("# A small conflict over a dam.\n")
        .contains("        - dam & -pipe\n");
  }
}
