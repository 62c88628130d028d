package dev.parley.server.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import dev.parley.io.TestFiles;
import dev.parley.server.Workbench;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The model editor's renaming and payoffs, and exports as report jobs, in a real browser: rename an
 * option and see every reference follow in the file, be refused an id in use, edit a payoff with
 * the ranking following as typed, and export a report through a job with its progress, cancel and
 * download.
 */
class EditorE2ETest extends WorkbenchInBrowser {
  /** A small conflict with a reference of every kind to the option 'dam'. */
  static final String DAM =
      """
      # A small conflict over a dam.
      parley: 1
      title: Dam dispute
      sources:
        - id: news
          title: Local news, 26 November
      decisionMakers:
        - id: City
          options:
            - id: dam
              source: news
              quote: The city will build the dam
            - id: pipe
          preferences:
            statements:
              - -sue
              - dam | pipe
        - id: Farmers
          options:
            - id: sue
          preferences:
            statements:
              - -dam
              - -sue
      infeasible:
        - mutuallyExclusive: [dam, pipe]
          source: news
      states:
        - id: today
          options: {dam: false, pipe: false, sue: false}
      statusQuo: today
      packages:
        - options: [dam, sue]
      """;

  /** Beside the workspace ({@link #dir}): the Chromium wrapper and its marker. */
  @TempDir Path root;

  Path slowMarker;
  final List<String> requests = Collections.synchronizedList(new ArrayList<>());

  @BeforeEach
  void start() throws IOException {
    Files.writeString(dir.resolve("dam.yaml"), DAM);
    // PDFs are printed by Debian's Chromium through a wrapper that, while a marker file exists,
    // hangs instead, so that an export stays running long enough to be seen and cancelled
    slowMarker = root.resolve("slow");
    Path chromium = root.resolve("chromium-wrapper");
    Files.writeString(
        chromium,
        "#!/bin/sh\nif [ -e '"
            + slowMarker
            + "' ]; then exec sleep 120; fi\nexec "
            + Browser.CHROMIUM
            + " \"$@\"\n");
    Files.setPosixFilePermissions(chromium, PosixFilePermissions.fromString("rwxr-xr-x"));
    open(new Workbench.Options(dir, "127.0.0.1", 0, Duration.ofMinutes(1), chromium));
    page.onRequest(r -> requests.add(r.method() + " " + r.url()));
  }

  /** Requests refused with 409 (Conflict), which these tests may provoke, are not errors here. */
  @Override
  boolean expectedConsoleError(String text) {
    return text.contains("409");
  }

  @Test
  void renameAnOptionAndSeeEveryReferenceFollowInTheFile() throws IOException {
    page.navigate(workbench.url() + "#/dam.yaml/model");
    assertThat(page.locator(".summary.good")).containsText("6 feasible states");
    Locator city = page.locator("article.dm").nth(0);

    // an id in use is refused, inline, and nothing changes
    button("Rename option dam").click();
    Locator newId = city.getByLabel("New id for option dam");
    newId.fill("sue");
    Locator refusal = city.locator(".rename-refused");
    assertThat(refusal).containsText("'sue' is already the id of an option of Farmers");
    button("Rename").click();
    assertThat(refusal).containsText("already the id");
    assertThat(newId).hasValue("sue"); // what was typed stays
    assertThat(city.getByLabel("Option 1 id")).hasValue("dam");
    assertThat(page.locator(".save-status")).hasAttribute("data-state", "saved");
    assertThat(Files.readString(dir.resolve("dam.yaml"))).isEqualTo(DAM);

    // a free id: the option and every reference to it are renamed
    newId.fill("reservoir");
    assertThat(refusal).hasCount(0);
    assertThat(city.locator(".rename-box")).containsText("statement 2 of City");
    screenshot("editor-rename");
    button("Rename").click();
    assertThat(city.getByLabel("Option 1 id")).hasValue("reservoir");
    assertThat(page.locator(".save-status")).hasAttribute("data-state", "saved");
    assertThat(page.locator(".summary.good")).containsText("6 feasible states");

    tab("File").click();
    Locator file = page.locator("textarea.source");
    assertThat(file).hasValue(Pattern.compile(".*- reservoir \\| pipe\\n.*", Pattern.DOTALL));
    String text = file.inputValue();
    assertThat(text)
        .contains("- id: reservoir\n")
        .contains("- -reservoir\n") // Farmers' statement
        .contains("  - mutuallyExclusive: [reservoir, pipe]\n") // the rule's list, as written
        .contains("reservoir: false") // the named state's pattern
        .contains("quote: The city will build the dam"); // words of a quote are not ids
    // words of a quote or a comment are not ids
    assertThat(text.replace("build the dam", "").replace("over a dam.", ""))
        .doesNotContainPattern("\\bdam\\b");
    assertThat(Files.readString(dir.resolve("dam.yaml"))).isEqualTo(text);
    // the package's list follows too
    assertThat(text).contains("packages:\n  - options: [reservoir, sue]\n");
    assertThat(text).startsWith("# A small conflict over a dam.\n"); // the comment is kept

    // typing a new id in the field offers to update what still names the old one
    tab("Model").click();
    Locator farmers = page.locator("article.dm").nth(1);
    farmers.getByLabel("Option 1 id").fill("lawsuit");
    Locator offer = farmers.locator(".rename-offer");
    assertThat(offer).containsText("'sue' is still used in");
    assertThat(page.locator(".summary.bad")).isVisible();
    offer
        .getByRole(
            AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Update them to 'lawsuit'"))
        .click();
    assertThat(offer).hasCount(0);
    assertThat(page.locator(".summary.good")).isVisible();
    assertThat(page.locator(".save-status")).hasAttribute("data-state", "saved");
    assertThat(Files.readString(dir.resolve("dam.yaml")))
        .doesNotContainPattern("\\bsue\\b")
        .contains("- -lawsuit\n");
  }

  @Test
  void editAPayoffAndSeeTheRankingFollowAsTyped() throws IOException {
    page.navigate(workbench.url() + "#/dam.yaml/model");
    assertThat(page.locator(".summary.good")).isVisible();
    Locator farmers = page.locator("article.dm").nth(1);
    Locator preview = farmers.locator(".preview li");
    // statements -dam, -sue: states 1 (NNN) and 3 (NYN) best
    assertThat(preview.first()).containsText("NNN");

    farmers.getByLabel("Given as").selectOption("payoffs");
    // a value per state, written from the ranking the statements gave (best group highest)
    Locator state5 = farmers.getByLabel("Payoff of Farmers for state 5");
    assertThat(state5).hasValue("1");
    assertThat(farmers.getByLabel("Payoff of Farmers for state 1")).hasValue("4");
    assertThat(page.locator(".save-status")).hasAttribute("data-state", "saved");
    assertThat(Files.readString(dir.resolve("dam.yaml"))).contains("payoffs:");
    assertThat(page.locator(".summary.good")).isVisible();

    // the worst state becomes the best: the preview follows at once, then the file
    state5.fill("10");
    assertThat(preview.first()).containsText("YNY");
    screenshot("editor-payoffs");
    assertThat(page.locator(".save-status")).hasAttribute("data-state", "saved");
    String saved = Files.readString(dir.resolve("dam.yaml"));
    assertThat(saved).containsPattern("state: YNY\\n\\s+value: 10");
    // the server's ranking agrees
    assertThat(page.locator(".summary.good")).isVisible();

    // something that is not a number is kept in the cell, flagged, and not saved
    state5.fill("ten");
    assertThat(farmers.locator(".value-error")).containsText("a number");
    assertThat(state5).hasValue("ten");
    assertThat(Files.readString(dir.resolve("dam.yaml"))).isEqualTo(saved);
    state5.fill("10");

    tab("File").click();
    assertThat(page.locator("textarea.source"))
        .hasValue(Pattern.compile(".*payoffs:.*state: YNY\\n\\s+value: 10.*", Pattern.DOTALL));

    // back to statements: the statements typed before are restored
    tab("Model").click();
    farmers = page.locator("article.dm").nth(1);
    farmers.getByLabel("Given as").selectOption("statements");
    assertThat(farmers.getByLabel("Statements of Farmers (one per line)")).hasValue("-dam\n-sue");
    assertThat(page.locator(".save-status")).hasAttribute("data-state", "saved");
    assertThat(Files.readString(dir.resolve("dam.yaml"))).doesNotContain("payoffs:");
    // and to payoffs again: written from the statements' order, which the values typed before
    // (10 for state 5) contradict
    farmers.getByLabel("Given as").selectOption("payoffs");
    assertThat(farmers.getByLabel("Payoff of Farmers for state 5")).hasValue("1");
    assertThat(page.locator(".save-status")).hasAttribute("data-state", "saved");
  }

  @Test
  void exportAReportThroughAJobWithProgressAndCancel() throws IOException {
    page.navigate(workbench.url() + "#/dam.yaml/analysis");
    assertThat(page.locator("article.card.eq").first()).isVisible();
    page.locator("details.export summary").click();

    // a PDF that takes long: progress, then Cancel
    Files.writeString(slowMarker, "");
    page.getByText("Briefing (PDF)").click();
    Locator job = page.locator(".export-job");
    assertThat(job).containsText("printing the PDF");
    assertThat(job.locator("progress")).isVisible();
    screenshot("export-job");
    button("Cancel export").click();
    assertThat(page.locator(".export-message")).containsText("cancelled");
    assertThat(job).hasCount(0);

    // the HTML briefing: made by a job, then downloaded from it
    page.locator("details.export summary").click(); // the menu closes after each choice
    Download html = page.waitForDownload(() -> page.getByText("Briefing (HTML)").click());
    assertThat(html.suggestedFilename()).isEqualTo("dam-briefing.html");
    assertThat(html.url()).matches(".*/api/jobs/[0-9a-f-]+/report\\?download=1$");
    assertThat(Files.readString(html.path())).contains("<h1>Dam dispute</h1>");
    assertThat(requests).anyMatch(r -> r.matches("POST .*/api/models/dam\\.yaml/reports"));
    assertThat(requests).noneMatch(r -> r.contains("/api/models/dam.yaml/report?"));
    assertThat(page.locator(".export-message")).containsText("Downloaded dam-briefing.html");

    // and the PDF, printed this time
    Files.delete(slowMarker);
    page.locator("details.export summary").click(); // the menu closes after each choice
    Download pdf = page.waitForDownload(() -> page.getByText("Briefing (PDF)").click());
    assertThat(pdf.suggestedFilename()).isEqualTo("dam-briefing.pdf");
    assertThat(new String(Files.readAllBytes(pdf.path()), 0, 5, StandardCharsets.US_ASCII))
        .isEqualTo("%PDF-");
  }

  @Test
  void modelsInFoldersAndAGmcrFileImportedFromTheList() throws IOException {
    Files.createDirectories(dir.resolve("cases"));
    Files.writeString(dir.resolve("cases/dam copy.yaml"), DAM.replace("Dam dispute", "Dam, copy"));
    Files.createDirectories(dir.resolve("old"));
    Files.copy(
        TestFiles.repoRoot().resolve("io/src/test/resources/gmcr/chicken.gmcr"),
        dir.resolve("old/chicken.gmcr"));
    page.navigate(workbench.url());
    Locator list = page.locator(".model-list");
    assertThat(list.locator(".folder")).hasText("cases/");
    list.getByText("Dam, copy").click();
    assertThat(page).hasURL(Pattern.compile(".*#/cases%2Fdam%20copy\\.yaml/model$"));
    assertThat(page.locator(".summary.good")).isVisible();

    Locator gmcr = page.locator(".gmcr-files");
    assertThat(gmcr).containsText("old/chicken.gmcr");
    button("Import old/chicken.gmcr").click();
    assertThat(gmcr.getByRole(AriaRole.STATUS)).containsText("Imported as old/chicken.yaml");
    assertThat(page).hasURL(Pattern.compile(".*#/old%2Fchicken\\.yaml/model$"));
    assertThat(page.locator(".summary.good")).containsText("4 feasible states");
    assertThat(list.getByText("chicken.yaml", new Locator.GetByTextOptions().setExact(true)))
        .isVisible();
    assertThat(Files.readString(dir.resolve("old/chicken.yaml")))
        .startsWith("# Imported from the GMCR+ file old/chicken.gmcr");
    // again: a new file beside it, never over it
    String first = Files.readString(dir.resolve("old/chicken.yaml"));
    button("Import old/chicken.gmcr").click();
    assertThat(gmcr.getByRole(AriaRole.STATUS)).containsText("Imported as old/chicken-2.yaml");
    assertThat(Files.readString(dir.resolve("old/chicken.yaml"))).isEqualTo(first);
    assertThat(dir.resolve("old/chicken-2.yaml")).exists();
  }

  @Test
  void payoffsOfAGraphFormModel() throws IOException {
    Files.copy(
        TestFiles.repoRoot().resolve("examples/elmira-graph.yaml"),
        dir.resolve("elmira-graph.yaml"));
    page.navigate(workbench.url() + "#/elmira-graph.yaml/model");
    assertThat(page.locator(".summary.good")).containsText("12 feasible states");
    Locator uniroyal = page.locator("article.dm").nth(1);
    assertThat(uniroyal.locator(".graph-form")).containsText("moves");
    uniroyal.getByLabel("Given as").selectOption("payoffs");
    // states by name (graph form has no Y/N strings); the best state of the ranking gets the most
    Locator rows = uniroyal.locator("table.payoff-table tbody tr");
    assertThat(rows).hasCount(12);
    assertThat(page.locator(".save-status")).hasAttribute("data-state", "saved");
    assertThat(page.locator(".summary.good")).isVisible();
    String first = uniroyal.locator(".preview li").first().innerText();
    uniroyal.getByLabel("Payoff of Uniroyal for state 12").fill("100");
    assertThat(uniroyal.locator(".preview li").first()).containsText("12");
    assertThat(uniroyal.locator(".preview li").first()).not().hasText(first);
    assertThat(page.locator(".save-status")).hasAttribute("data-state", "saved");
    assertThat(page.locator(".summary.good")).isVisible();
    assertThat(Files.readString(dir.resolve("elmira-graph.yaml"))).containsPattern("value: 100");
  }
}
