package dev.parley.server.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import dev.parley.io.TestFiles;
import dev.parley.server.Workbench;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the end-to-end tests share: one headless Chromium per test class ({@link Browser}, skipped
 * with the reason when it is not installed), and for each test a workbench on a fresh workspace and
 * a page on it; an error in the browser console fails the test. A test class fills {@link #dir} and
 * calls {@link #open} in its {@code @BeforeEach}. Screenshots go to {@code target/screenshots/} (or
 * the folder named by the system property {@code parley.screenshots}, e.g. {@code
 * ../docs/screenshots}).
 */
abstract class WorkbenchInBrowser {
  static Browser browser;

  /** The workspace the workbench serves. */
  @TempDir Path dir;

  Workbench workbench;
  BrowserContext context;
  Page page;
  final List<String> consoleErrors = Collections.synchronizedList(new ArrayList<>());

  @BeforeAll
  static void launch() {
    browser = Browser.launch();
  }

  @AfterAll
  static void quit() {
    if (browser != null) {
      browser.close();
      browser = null;
    }
  }

  /** Starts the workbench on {@link #dir} and opens a page on it. */
  void open() throws IOException {
    open(new Workbench.Options(dir, "127.0.0.1", 0, Duration.ofMinutes(1)));
  }

  /** Starts a workbench with these options and opens a page on it, in a fresh browser context. */
  void open(Workbench.Options options) throws IOException {
    workbench = Workbench.start(options);
    context =
        browser.browser.newContext(
            new com.microsoft.playwright.Browser.NewContextOptions()
                .setViewportSize(1280, 720)
                .setAcceptDownloads(true)
                .setLocale("en-GB")
                .setTimezoneId("UTC"));
    context.setDefaultTimeout(20_000);
    page = context.newPage();
    page.onConsoleMessage(
        m -> {
          if (m.type().equals("error") && !expectedConsoleError(m.text())) {
            consoleErrors.add(m.text());
          }
        });
    page.onPageError(e -> consoleErrors.add(e));
  }

  /** Whether an error in the browser console is one the test provokes (by default none is). */
  boolean expectedConsoleError(String text) {
    return false;
  }

  @AfterEach
  void stop() {
    if (context != null) {
      context.close();
    }
    if (workbench != null) {
      workbench.close();
    }
    assertThat(consoleErrors).as("errors in the browser console").isEmpty();
  }

  /** Copies models of the repository's {@code examples/} into the workspace. */
  void copyExamples(String... names) throws IOException {
    for (String e : names) {
      Files.copy(TestFiles.example(e), dir.resolve(e));
    }
  }

  Locator button(String name) {
    return page.getByRole(
        AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
  }

  Locator tab(String name) {
    return page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName(name));
  }

  /**
   * Presses {@code key} on tab {@code from}: tab {@code to} then has the focus, and the address
   * ends in {@code route} (a regular expression).
   */
  void arrowKeyTo(String from, String key, String to, String route) {
    tab(from).focus();
    page.keyboard().press(key);
    PlaywrightAssertions.assertThat(page)
        .hasURL(java.util.regex.Pattern.compile(".*" + route + "$"));
    PlaywrightAssertions.assertThat(tab(to)).isFocused();
  }

  /** Whether the page is wider than the window (a layout that overflows sideways). */
  boolean overflows() {
    return (boolean)
        page.evaluate(
            "() => document.documentElement.scrollWidth > document.documentElement.clientWidth");
  }

  /** Saves the page as {@code name.png} in the screenshots folder. */
  void screenshot(String name) throws IOException {
    Path out = Path.of(System.getProperty("parley.screenshots", "target/screenshots"));
    Files.createDirectories(out);
    page.screenshot(new Page.ScreenshotOptions().setPath(out.resolve(name + ".png")));
  }
}
