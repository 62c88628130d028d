package dev.parley.server.e2e;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Headless Debian Chromium driven by Playwright for Java. Playwright never downloads a browser here
 * (PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 is set by Failsafe, which runs them as integration tests);
 * without /usr/bin/chromium the tests are skipped with the reason, so {@code mvn verify} passes on
 * a machine without it. .ci/run installs it.
 */
final class Browser implements AutoCloseable {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");

  final Playwright playwright;
  final com.microsoft.playwright.Browser browser;

  private Browser(Playwright playwright, com.microsoft.playwright.Browser browser) {
    this.playwright = playwright;
    this.browser = browser;
  }

  static Browser launch() {
    if ("true".equals(System.getenv("CI")) && !Files.isExecutable(CHROMIUM)) {
      throw new AssertionError(
          "CI=true: the browser tests must run, but "
              + CHROMIUM
              + " is not installed (apt-get install chromium fonts-liberation; .ci/run does this)");
    }
    assumeTrue(
        Files.isExecutable(CHROMIUM),
        "end-to-end browser tests skipped: "
            + CHROMIUM
            + " is not installed (Debian/Ubuntu: apt-get install chromium fonts-liberation;"
            + " .ci/run does this)");
    Playwright pw = Playwright.create();
    try {
      com.microsoft.playwright.Browser b =
          pw.chromium()
              .launch(
                  new BrowserType.LaunchOptions()
                      .setExecutablePath(CHROMIUM)
                      .setHeadless(true)
                      .setArgs(
                          List.of(
                              "--no-sandbox",
                              "--disable-gpu",
                              "--disable-background-networking",
                              "--disable-component-update",
                              "--disable-sync",
                              "--no-first-run")));
      return new Browser(pw, b);
    } catch (RuntimeException e) {
      pw.close();
      throw e;
    }
  }

  @Override
  public void close() {
    browser.close();
    playwright.close();
  }
}
