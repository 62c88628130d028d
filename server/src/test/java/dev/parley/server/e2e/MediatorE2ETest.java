package dev.parley.server.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import dev.parley.core.foresight.LimitedMove;
import dev.parley.core.graph.GraphModel;
import dev.parley.core.inverse.InverseCount;
import dev.parley.core.inverse.MinimalChange;
import dev.parley.core.inverse.PreferenceSpace;
import dev.parley.core.inverse.Robustness;
import dev.parley.core.inverse.TargetCheck;
import dev.parley.core.stability.Concept;
import dev.parley.io.Format;
import dev.parley.io.LoadedModel;
import dev.parley.io.StateRefs;
import dev.parley.server.analysis.Validation;
import java.io.IOException;
import java.nio.file.Files;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Mediator tab and the limited-move concepts in a real browser: ask what would make a state of
 * the flagship stable, read the answer (checked against the core), follow a state to its
 * explanation, check goals and robustness margins; L2 in the Analysis tab. The screenshot goes
 * where {@link WorkbenchE2ETest}'s go ({@code -Dparley.screenshots=...}).
 */
class MediatorE2ETest extends WorkbenchInBrowser {
  static final String FLAGSHIP = "peace-talks-2026-v1.yaml";

  @BeforeEach
  void start() throws IOException {
    copyExamples("prisoners-dilemma.yaml", FLAGSHIP);
    open();
    context.setDefaultTimeout(30_000);
  }

  LoadedModel load(String name) throws IOException {
    String text = Files.readString(dir.resolve(name));
    return Validation.of(text, name, Format.of(name)).modelOrThrow(name);
  }

  @Test
  void askWhatWouldMakeCapitulationStableFollowAStateCheckGoalsAndMargins() throws IOException {
    LoadedModel loaded = load(FLAGSHIP);
    GraphModel g = loaded.graphModel();
    int deal = StateRefs.resolve("deal", loaded);
    int capitulation = StateRefs.resolve("capitulation", loaded);

    page.navigate(workbench.url() + "#/" + FLAGSHIP + "/mediator");
    assertThat(tab("Mediator")).hasAttribute("aria-selected", "true");
    // the default question: the named deal, under SEQ, answered at once
    Locator target = page.getByLabel("Target state");
    assertThat(target).hasValue(String.valueOf(deal + 1));
    Locator answer = page.getByLabel("What it would take");
    assertThat(answer.locator("h3")).containsText("What it would take: 8 (deal) under SEQ");
    assertThat(answer).containsText("State 8 (deal) is a SEQ equilibrium now.");

    // ask what would make capitulation stable
    target.selectOption(String.valueOf(capitulation + 1));
    page.getByLabel("Concept").first().selectOption("seq");
    button("What would make it stable?").click();
    assertThat(answer.locator("h3")).containsText("7 (capitulation) under SEQ");
    assertThat(answer.locator(".verdict-line"))
        .hasText(
            "State 7 (capitulation) is not a SEQ equilibrium now: it is unstable for the United"
                + " States.");
    // the count over every ranking, as the core counts it
    PreferenceSpace whole = PreferenceSpace.wholeRankings(g);
    InverseCount.Result count =
        InverseCount.count(whole, capitulation, List.of(Concept.SEQ), InverseCount.Limits.DEFAULT)
            .get(0);
    assertThat(answer.locator(".count"))
        .containsText(
            String.format(
                Locale.UK,
                "%,d of %,d profiles examined make it a SEQ equilibrium",
                count.count(),
                count.total()));
    // the smallest change, as the core finds it, with the ranking side by side
    MinimalChange.Result change =
        MinimalChange.forTarget(
            whole, new TargetCheck(g, capitulation), Concept.SEQ, true, 6, 2_000_000);
    assertThat(change.found()).isTrue();
    Locator changeLine = answer.locator("p.change");
    assertThat(changeLine).containsText("Smallest change to make it stable.");
    assertThat(changeLine)
        .containsText(change.distance() + (change.distance() == 1 ? " swap: " : " swaps: "));
    int changedDm = -1;
    for (int d : whole.varied()) {
      int[] o = change.orders()[d];
      for (int p = 0; o != null && p < o.length; p++) {
        if (o[p] != p) {
          changedDm = d;
        }
      }
    }
    String who = g.conflict().decisionMakers().get(changedDm).name();
    Locator side = answer.getByLabel(who + ": current and changed ranking");
    assertThat(side).isVisible();
    assertThat(side.locator("tbody tr")).hasCount(PreferenceSpace.tiers(g, changedDm).length);
    assertThat(side.locator("tr.differs")).not().hasCount(0);
    // what each decision maker's preferences must satisfy, in sentences
    assertThat(answer).containsText("What each decision maker's preferences must satisfy");
    assertThat(answer.locator(".verdict.unstable h5")).containsText("United States");
    assertThat(answer.locator(".verdict li").first()).containsText("If the United States takes up");
    screenshot("mediator");

    // every state is a button: follow state 8 from the change to its explanation
    answer
        .locator("p.change")
        .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Explain state 8"))
        .first()
        .click();
    Locator explain = page.locator("aside.mediator-explain section.explain");
    assertThat(explain.locator("h3")).containsText("Why state 8 (deal) is stable under SEQ");

    // goals: capitulation stable (the default goal is the target) and the war not
    Locator goals = page.locator("section[aria-labelledby=h-goals]");
    goals.getByText("Add goal").click();
    goals.getByLabel("Goal 2: state").selectOption("9");
    goals.getByLabel("should be").nth(1).selectOption("unstable");
    goals.getByText("Check the goals").click();
    assertThat(goals.locator(".goals-answer"))
        .containsText("State 7 (capitulation) is a SEQ equilibrium.");
    assertThat(goals.locator(".goals-answer"))
        .containsText("State 9 (war) is not a SEQ equilibrium.");
    assertThat(goals.locator(".goals-answer .summary")).containsText("The goals can hold together");

    // robustness: the deal is one swap from breaking under SEQ (as the core says)
    Locator rob = page.locator("section[aria-labelledby=h-robustness]");
    rob.getByText("Compute the margins").click();
    Robustness.Margin m =
        Robustness.margin(
            whole,
            new TargetCheck(g, deal),
            Concept.SEQ,
            whole.payoffs(whole.identity()),
            4,
            500_000);
    Locator table = rob.getByLabel("Robustness margins");
    Locator dealRow = table.locator("tbody tr").nth(deal);
    assertThat(dealRow.locator("th")).hasText("8 (deal)");
    // columns: state, Nash, GMR, SMR, SEQ, ...
    assertThat(dealRow.locator("td").nth(3)).hasText("EQ (" + m.swaps() + ")");
    assertThat(rob.locator("ul.breaks"))
        .containsText("State 8 (deal), a SEQ equilibrium, breaks with " + m.swaps() + " swap");
  }

  @Test
  void theMediatorTabByKeyboard() {
    page.navigate(workbench.url() + "#/" + FLAGSHIP + "/graph");
    arrowKeyTo("State graph", "ArrowRight", "Mediator", "/mediator");
    Locator ask = button("What would make it stable?");
    assertThat(page.getByLabel("What it would take")).containsText("8 (deal)");
    for (int i = 0; i < 40 && !(boolean) ask.evaluate("b => b === document.activeElement"); i++) {
      page.keyboard().press("Tab");
    }
    assertThat(ask).isFocused();
    // back to the concept list, choose Nash by keyboard, and ask again with Enter
    page.getByLabel("Concept").first().focus();
    page.getByLabel("Concept").first().selectOption("nash");
    ask.focus();
    page.keyboard().press("Enter");
    assertThat(page.getByLabel("What it would take").locator("h3"))
        .containsText("8 (deal) under Nash");
  }

  @Test
  void limitedMoveL2InTheAnalysisTab() throws IOException {
    page.navigate(workbench.url() + "#/prisoners-dilemma.yaml/analysis");
    assertThat(page.locator("table.stability")).isVisible();
    Locator lh = page.getByLabel("L_h (limited move)");
    assertThat(page.getByLabel("Horizon h of L_h (moves looked ahead)")).hasValue("2");
    lh.check();
    Locator header = page.locator("table.stability thead th");
    assertThat(header.filter(new Locator.FilterOptions().setHasText(Pattern.compile("^L2$"))))
        .hasCount(1);
    // the L2 equilibria, as the core computes them
    GraphModel g = load("prisoners-dilemma.yaml").graphModel();
    LimitedMove lm = new LimitedMove(g);
    BitSet l2 = (BitSet) lm.horizon(2).stableUnderEvery()[0].clone();
    l2.and(lm.horizon(2).stableUnderEvery()[1]);
    page.getByLabel("Cards and explanations under").selectOption("L2");
    Locator cards = page.getByLabel("L2 equilibria");
    assertThat(cards.locator("h3")).containsText("L2 equilibria (" + l2.cardinality() + ")");
    assertThat(cards.locator("article.card.eq")).hasCount(l2.cardinality());
    assertThat(l2.cardinality()).isPositive();
    assertThat(cards.locator("article.card.eq").first())
        .containsText("State " + (l2.nextSetBit(0) + 1));
    assertThat(cards.locator("article.card.eq").first()).containsText("looking ahead");
    // the stability table has the L2 column, "★ eq" exactly where the core says
    Locator rows = page.locator("table.stability tbody tr");
    int l2Column = 2 + 6; // state and Y/N, then the six standard concepts
    for (int s = 0; s < g.stateCount(); s++) {
      Locator cell = rows.nth(s).locator("th, td").nth(l2Column);
      if (l2.get(s)) {
        assertThat(cell).hasText("★ eq");
      } else {
        assertThat(cell).not().hasText("★ eq");
      }
    }

    // three decision makers: L_h is offered but not available, and says why
    page.navigate(workbench.url() + "#/" + FLAGSHIP + "/analysis");
    assertThat(page.locator("article.card.eq").first()).isVisible();
    assertThat(page.getByLabel("L_h (limited move)")).isDisabled();
    assertThat(page.getByText("two decision makers only")).isVisible();
  }
}
