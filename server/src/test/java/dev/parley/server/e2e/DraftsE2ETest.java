package dev.parley.server.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.parley.server.Workbench;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Nothing typed is lost when the server goes away with a save pending: the page keeps the edit in
 * the browser's storage and saves it by itself when the server is back; a tab closed meanwhile
 * offers the draft when the model is opened again. And statements keep their evidence however they
 * are retyped in the form.
 */
class DraftsE2ETest extends WorkbenchInBrowser {
  static final String MODEL = "prisoners-dilemma.yaml";
  static final String DRAFT_KEY = "parley.draft:" + MODEL;

  @BeforeEach
  void start() throws IOException {
    copyExamples(MODEL);
    open();
  }

  @Override
  boolean expectedConsoleError(String text) {
    // the page's own requests while the server is down
    return text.contains("ERR_CONNECTION_REFUSED") || text.contains("Failed to load resource");
  }

  private Locator title() {
    return page.locator("section[aria-labelledby=h-conflict]").getByLabel("Title");
  }

  private void openModel() {
    page.navigate(workbench.url() + "#/" + MODEL + "/model");
    assertThat(page.locator(".summary.good")).isVisible();
  }

  /** Stops the server (as a kill would: the page is not told) and types while it is away. */
  private int killAndType(String newTitle) {
    int port = workbench.port();
    workbench.close();
    title().fill(newTitle);
    assertThat(page.locator(".save-status")).hasAttribute("data-state", "error");
    assertThat(page.locator(".save-status")).containsText("cannot be reached");
    Object draft = page.evaluate("k => localStorage.getItem(k)", DRAFT_KEY);
    assertThat(String.valueOf(draft)).contains(newTitle);
    return port;
  }

  private void restart(int port) throws IOException {
    workbench =
        Workbench.start(new Workbench.Options(dir, "127.0.0.1", port, Duration.ofMinutes(1)));
  }

  @Test
  void aSavePendingWhenTheServerDiesIsSavedWhenItIsBack() throws IOException {
    openModel();
    int port = killAndType("Typed while the server was down");
    restart(port);
    // the page tries again by itself
    assertThat(page.locator(".save-status"))
        .hasAttribute(
            "data-state",
            "saved",
            new com.microsoft.playwright.assertions.LocatorAssertions.HasAttributeOptions()
                .setTimeout(30_000));
    assertThat(Files.readString(dir.resolve(MODEL))).contains("Typed while the server was down");
    assertThat(page.evaluate("k => localStorage.getItem(k)", DRAFT_KEY)).isNull();
  }

  @Test
  void aTabClosedWithUnsavedEditsOffersThemBack() throws IOException {
    openModel();
    String before = Files.readString(dir.resolve(MODEL));
    int port = killAndType("Typed before the tab was closed");
    page.close(); // the tab goes, its pending save with it
    restart(port);
    assertThat(Files.readString(dir.resolve(MODEL))).isEqualTo(before);
    page = context.newPage();
    openModel();
    Locator offer = page.locator(".recovered");
    assertThat(offer).containsText("Unsaved edits to this model");
    assertThat(title()).hasValue("Prisoner's Dilemma");
    screenshot("recovered-draft");
    offer
        .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Restore unsaved edits"))
        .click();
    assertThat(title()).hasValue("Typed before the tab was closed");
    assertThat(page.locator(".save-status")).hasAttribute("data-state", "saved");
    assertThat(Files.readString(dir.resolve(MODEL))).contains("Typed before the tab was closed");
    assertThat(page.evaluate("k => localStorage.getItem(k)", DRAFT_KEY)).isNull();
    assertThat(page.locator(".recovered")).hasCount(0);
  }

  @Test
  void discardingAnOfferedDraftLeavesTheFileAsItIs() throws IOException {
    openModel();
    String before = Files.readString(dir.resolve(MODEL));
    int port = killAndType("Not wanted after all");
    page.close();
    restart(port);
    page = context.newPage();
    openModel();
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Discard them")).click();
    assertThat(page.locator(".recovered")).hasCount(0);
    assertThat(page.evaluate("k => localStorage.getItem(k)", DRAFT_KEY)).isNull();
    assertThat(Files.readString(dir.resolve(MODEL))).isEqualTo(before);
  }

  @Test
  void statementsRetypedInANewOrderKeepTheirEvidence() throws IOException {
    openModel();
    Locator p1 = page.locator("article.dm").nth(0);
    Locator statements = p1.getByLabel("Statements of P1 (one per line)");
    // retyped key by key, in a new order: the note of 'cooperate2' must survive
    statements.fill("");
    statements.pressSequentially("not cooperate1\ncooperate2");
    assertThat(page.locator(".save-status")).hasAttribute("data-state", "saved");
    String saved = Files.readString(dir.resolve(MODEL));
    assertThat(saved)
        .contains("- not cooperate1")
        .contains("statement: cooperate2")
        .containsPattern("note: \"?above all, P1 wants the other prisoner to stay silent");
    // and the form edits it
    Locator second = p1.getByLabel("Evidence of statement 2 of P1");
    assertThat(second).containsText("cooperate2");
    second.getByLabel("Note").fill("P1 hopes P2 stays silent");
    assertThat(page.locator(".save-status")).hasAttribute("data-state", "saved");
    assertThat(Files.readString(dir.resolve(MODEL)))
        .containsPattern("note: \"?P1 hopes P2 stays silent");
  }
}
