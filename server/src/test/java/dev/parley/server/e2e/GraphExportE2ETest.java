package dev.parley.server.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Clip;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The state graph and the Export menu as an analyst meets them at 1280×720: labels readable and
 * inside their nodes, the whole graph in view, a status quo that is also an equilibrium marked as
 * both, a legend that says what is drawn, and an Export menu that acts on one click and closes.
 * Sizes are measured from the cytoscape instance that draws the canvas (its rendered bounding boxes
 * and zoom) and from the pixels of a screenshot.
 */
class GraphExportE2ETest extends WorkbenchInBrowser {
  private static final String PEACE = "peace-talks-2026.yaml";

  @BeforeEach
  void start() throws IOException {
    copyExamples(PEACE, "chicken.yaml");
    open();
  }

  /** What the graph shows: per node its rendered font size, body box and label box (px). */
  @SuppressWarnings("unchecked")
  private Map<String, Object> measure() {
    return (Map<String, Object>)
        page.evaluate(
            "() => { const el = document.querySelector('.cy'); const cy = el._cyreg.cy;"
                + " const top = el.getBoundingClientRect().top;"
                + " const box = b => [b.x1, b.y1, b.x2, b.y2];"
                + " return { w: el.clientWidth, h: el.clientHeight, top, win: innerHeight,"
                + " nodes: cy.nodes().map(n => ({ id: n.id(), label: n.data('label'),"
                + " classes: n.classes().join(' '),"
                + " px: parseFloat(n.style('font-size')) * cy.zoom(),"
                + " body: box(n.renderedBoundingBox({ includeLabels: false, includeOverlays:"
                + " false, includeOutlines: false })),"
                + " text: box(n.renderedBoundingBox({ includeNodes: false, includeEdges: false,"
                + " includeLabels: true, includeOverlays: false })) })) }; }");
  }

  private static double at(Object box, int i) {
    return ((Number) ((List<?>) box).get(i)).doubleValue();
  }

  @Test
  @SuppressWarnings("unchecked")
  void labelsAreReadableInsideTheirNodesAndTheWholeGraphIsInView() throws IOException {
    page.navigate(workbench.url() + "#/" + PEACE + "/graph");
    assertThat(page.locator(".cy canvas").first()).isVisible();
    Map<String, Object> m = measure();
    List<Map<String, Object>> nodes = (List<Map<String, Object>>) m.get("nodes");
    double w = ((Number) m.get("w")).doubleValue();
    double h = ((Number) m.get("h")).doubleValue();
    double top = ((Number) m.get("top")).doubleValue();
    double win = ((Number) m.get("win")).doubleValue();
    System.out.println("graph frame " + w + "x" + h + " at " + top + ", window " + win);
    assertThat(nodes).hasSizeGreaterThan(10);
    boolean named = false;
    for (Map<String, Object> n : nodes) {
      String label = (String) n.get("label");
      double px = ((Number) n.get("px")).doubleValue();
      Object body = n.get("body");
      Object text = n.get("text");
      String what = "state " + label.replace('\n', ' ');
      named |= label.contains("capitulation");
      assertThat(px).as(what + ": font size on screen (px)").isGreaterThanOrEqualTo(12);
      assertThat(at(text, 0)).as(what + ": label left").isGreaterThanOrEqualTo(at(body, 0));
      assertThat(at(text, 1)).as(what + ": label top").isGreaterThanOrEqualTo(at(body, 1));
      assertThat(at(text, 2)).as(what + ": label right").isLessThanOrEqualTo(at(body, 2));
      assertThat(at(text, 3)).as(what + ": label bottom").isLessThanOrEqualTo(at(body, 3));
      assertThat(at(body, 0)).as(what + ": left edge in the frame").isGreaterThanOrEqualTo(0);
      assertThat(at(body, 1)).as(what + ": top edge in the frame").isGreaterThanOrEqualTo(0);
      assertThat(at(body, 2)).as(what + ": right edge in the frame").isLessThanOrEqualTo(w);
      assertThat(at(body, 3)).as(what + ": bottom edge in the frame").isLessThanOrEqualTo(h);
      assertThat(top + at(body, 3))
          .as(what + ": bottom edge in the window")
          .isLessThanOrEqualTo(win);
    }
    assertThat(named).as("the long label 'capitulation' was among those measured").isTrue();
    screenshot("graph-fitted");
  }

  @Test
  @SuppressWarnings("unchecked")
  void aStatusQuoThatIsAlsoAnEquilibriumShowsBothMarks() throws IOException {
    page.navigate(workbench.url() + "#/" + PEACE + "/graph");
    assertThat(page.locator(".cy canvas").first()).isVisible();
    // under SEQ the status quo (state 9, war) is an equilibrium
    page.getByLabel("Equilibria under").selectOption("seq");
    Map<String, Object> sq = null;
    for (Map<String, Object> n : (List<Map<String, Object>>) measure().get("nodes")) {
      if (((String) n.get("classes")).contains("sq")) {
        sq = n;
      }
    }
    assertThat(sq).as("the status quo is drawn").isNotNull();
    assertThat((String) sq.get("classes")).contains("eq");
    // the pixels around it: the gold ring of the status quo and the green one of an equilibrium
    Locator frame = page.locator(".cy");
    var fb = frame.boundingBox();
    Object body = sq.get("body");
    double pad = 6;
    byte[] png =
        page.screenshot(
            new Page.ScreenshotOptions()
                .setClip(
                    new Clip(
                        fb.x + at(body, 0) - pad,
                        fb.y + at(body, 1) - pad,
                        at(body, 2) - at(body, 0) + 2 * pad,
                        at(body, 3) - at(body, 1) + 2 * pad)));
    BufferedImage img = ImageIO.read(new ByteArrayInputStream(png));
    // going down from above the node at a quarter, half and three quarters of its width: first
    // the green ring of an equilibrium, then, inside it, the gold ring of the status quo (at
    // least two of the three, in case a move's arrow ends where one looks)
    int ringed = 0;
    for (double f : new double[] {0.25, 0.5, 0.75}) {
      int x = (int) Math.round(img.getWidth() * f);
      int green = -1;
      int gold = -1;
      for (int y = 0; y < img.getHeight() / 2; y++) {
        if (green < 0 && near(img.getRGB(x, y), 0x2f855a)) {
          green = y;
        }
        if (green >= 0 && gold < 0 && near(img.getRGB(x, y), 0xb7791f)) {
          gold = y;
        }
      }
      ringed += green >= 0 && gold > green ? 1 : 0;
    }
    assertThat(ringed)
        .as("columns that cross a green ring, then a gold one")
        .isGreaterThanOrEqualTo(2);
    Locator legend = page.getByLabel("Legend");
    assertThat(legend).containsText("status quo that is also an equilibrium");
    Locator both = legend.locator("[data-legend=sqeq] .swatch");
    String colours =
        (String)
            both.evaluate(
                "s => { const c = getComputedStyle(s); return c.borderTopColor + ' '"
                    + " + c.boxShadow; }");
    assertThat(colours).contains("rgb(183, 121, 31)").contains("rgb(47, 133, 90)");
  }

  private static boolean near(int p, int rgb) {
    int dr = ((p >> 16) & 0xff) - ((rgb >> 16) & 0xff);
    int dg = ((p >> 8) & 0xff) - ((rgb >> 8) & 0xff);
    int db = (p & 0xff) - (rgb & 0xff);
    return Math.abs(dr) + Math.abs(dg) + Math.abs(db) < 40;
  }

  @Test
  @SuppressWarnings("unchecked")
  void theLegendSaysHowMovesAreDrawn() {
    page.navigate(workbench.url() + "#/" + PEACE + "/graph");
    assertThat(page.locator(".cy canvas").first()).isVisible();
    // each party named as a sentence names it
    assertThat(page.locator("[data-legend=dm]"))
        .hasText(
            new String[] {"moves of the United States", "moves of Ukraine", "moves of Russia"});
    // explain a state that is not stable (one with an improvement from it): its improvements are
    // highlighted
    String unstable =
        (String)
            page.evaluate(
                "() => document.querySelector('.cy')._cyreg.cy.edges('.improvement')[0]"
                    + ".source().id()");
    page.getByLabel("Select a state to explain").selectOption(unstable);
    assertThat(page.locator(".graph-explain h3")).containsText("state " + unstable);
    page.waitForFunction(
        "() => document.querySelector('.cy')._cyreg.cy.edges('.highlight').length > 0");
    Map<String, Object> drawn =
        (Map<String, Object>)
            page.evaluate(
                "() => { const cy = document.querySelector('.cy')._cyreg.cy;"
                    + " const rgb = c => { const d = document.createElement('i');"
                    + " d.style.color = c; document.body.append(d);"
                    + " const v = getComputedStyle(d).color; d.remove(); return v; };"
                    + " const plain = cy.edges('.improvement').filter(e => !e.hasClass('highlight'));"
                    + " const hl = cy.edges('.highlight');"
                    + " return { colours: [...new Set(cy.edges().map(e =>"
                    + " rgb(e.style('line-color'))))],"
                    + " hl: hl.map(e => ({ colour: rgb(e.style('line-color')),"
                    + " by: e.id().split(':')[0], width: parseFloat(e.style('width')) })),"
                    + " plainWidth: plain.length ? parseFloat(plain[0].style('width')) : -1 }; }");
    List<String> legendColours =
        (List<String>)
            page.evaluate(
                "() => [...document.querySelectorAll('[data-legend=dm] .swatch')]"
                    + ".map(s => getComputedStyle(s).backgroundColor)");
    assertThat(new TreeSet<>(legendColours))
        .as("each party's legend colour is the colour its moves are drawn in")
        .isEqualTo(new TreeSet<>((List<String>) drawn.get("colours")));
    List<Map<String, Object>> hl = (List<Map<String, Object>>) drawn.get("hl");
    assertThat(hl).as("the explanation highlights moves").isNotEmpty();
    double plainWidth = ((Number) drawn.get("plainWidth")).doubleValue();
    assertThat(plainWidth).as("an improvement that is not highlighted, to compare").isPositive();
    Set<String> hlColours = new TreeSet<>();
    for (Map<String, Object> e : hl) {
      assertThat((String) e.get("colour")).isNotEqualTo("rgb(29, 35, 48)").isIn(legendColours);
      assertThat(((Number) e.get("width")).doubleValue()).isGreaterThan(plainWidth);
      hlColours.add((String) e.get("colour"));
    }
    Locator swatch = page.locator("[data-legend=hl] .swatch");
    String image = (String) swatch.evaluate("s => getComputedStyle(s).backgroundImage");
    for (String c : hlColours) {
      assertThat(image).as("the legend's explained-move swatch shows " + c).contains(c);
    }
    double thick = (double) swatch.evaluate("s => s.getBoundingClientRect().height");
    double thin =
        (double)
            page.locator("[data-legend=dm] .swatch")
                .first()
                .evaluate("s => s.getBoundingClientRect().height");
    assertThat(thick).as("the explained-move swatch is thicker").isGreaterThan(thin);
    assertThat(page.locator("[data-legend=hl]")).containsText("colour of the party that moves");
  }

  @Test
  void theExportMenuActsOnOneClickAndCloses() throws IOException {
    page.navigate(workbench.url() + "#/chicken.yaml/analysis");
    assertThat(page.locator("article.card.eq").first()).isVisible();
    Locator menu = page.locator("details.export");
    Locator summary = menu.locator("summary");
    Locator newTab = page.getByText("Briefing in a new tab");

    // one click: the briefing opens in a new tab, and the menu closes, focus on its button
    summary.click();
    assertThat(newTab).isVisible();
    Page tab = context.waitForPage(() -> newTab.click());
    tab.waitForURL(java.util.regex.Pattern.compile(".*/api/jobs/[0-9a-f-]+/report$"));
    assertThat(tab.locator("h1")).hasText("Chicken");
    tab.close();
    assertThat(menu).not().hasAttribute("open", "");
    assertThat(newTab).not().isVisible();
    assertThat(summary).isFocused();
    assertThat(page.locator(".export-message")).containsText("in a new tab");

    // Escape closes it, the focus back on its button
    summary.click();
    assertThat(newTab).isVisible();
    newTab.focus();
    page.keyboard().press("Escape");
    assertThat(newTab).not().isVisible();
    assertThat(summary).isFocused();

    // a click outside closes it: on text, the focus goes back to the menu's button; on a control,
    // it stays there
    summary.click();
    assertThat(newTab).isVisible();
    page.locator(".model-header h2").click();
    assertThat(newTab).not().isVisible();
    assertThat(summary).isFocused();
    summary.click();
    assertThat(newTab).isVisible();
    Locator field = page.locator("input[type=number]").first();
    field.click();
    assertThat(newTab).not().isVisible();
    assertThat(field).isFocused();

    // Enter on a choice: the download starts, and the menu closes
    summary.click();
    page.getByText("Stability table (CSV)").focus();
    Download csv = page.waitForDownload(() -> page.keyboard().press("Enter"));
    assertThat(csv.suggestedFilename()).isEqualTo("chicken-stability.csv");
    assertThat(page.getByText("Stability table (CSV)")).not().isVisible();
    assertThat(summary).isFocused();
  }
}
