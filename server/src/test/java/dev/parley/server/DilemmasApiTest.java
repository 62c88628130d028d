package dev.parley.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code POST /api/models/{name}/dilemmas}: the card table of drama theory and its dilemmas, as the
 * workbench's Beliefs tab reads them (docs/semantics.md §5.2).
 */
public class DilemmasApiTest {
  /**
   * Chicken (examples/chicken.yaml) with a card table: the crash is threatened, Driver 1 asks
   * Driver 2 to swerve, Driver 2 asks Driver 1 to swerve and does not mind what it does itself, and
   * Driver 1 doubts Driver 2's threat. States: 1 crash, 2 P1 swerves, 3 P2 swerves, 4 both. The
   * browser test of the Beliefs tab (e2e/BeliefsE2ETest) opens it too.
   */
  public static final String CHICKEN_DRAMA =
      """
      parley: 1
      title: Chicken on the card table
      decisionMakers:
        - id: P1
          name: Driver 1
          options:
            - id: swerve1
              name: P1 swerves
          preferences:
            ranking: [p2Swerves, bothSwerve, p1Swerves, crash]
        - id: P2
          name: Driver 2
          options:
            - id: swerve2
              name: P2 swerves
          preferences:
            ranking: [p1Swerves, bothSwerve, p2Swerves, crash]
      states:
        - id: crash
          options: {swerve1: false, swerve2: false}
        - id: p1Swerves
          options: {swerve1: true, swerve2: false}
        - id: p2Swerves
          options: {swerve1: false, swerve2: true}
        - id: bothSwerve
          options: {swerve1: true, swerve2: true}
      drama:
        threatened: {future: crash}
        positions:
          - {party: P1, future: p2Swerves}
          - {party: P2, future: {swerve1: true}}
        doubts:
          - {party: P1, doubts: P2, about: threat}
      """;

  @TempDir Path dir;
  TestServer server;

  @BeforeEach
  void start() throws Exception {
    Files.writeString(dir.resolve("chicken-drama.yaml"), CHICKEN_DRAMA);
    server = new TestServer(dir, Duration.ZERO, "chicken.yaml", "elmira-graph.yaml");
  }

  @AfterEach
  void stop() {
    server.close();
  }

  TestServer.Res dilemmas(String name, String body) throws Exception {
    return server.send("POST", "/api/models/" + name + "/dilemmas", body);
  }

  /** Each dilemma as "faced kind toward". */
  static List<String> kinds(JsonNode root) {
    List<String> out = new ArrayList<>();
    root.get("dilemmas")
        .forEach(
            d ->
                out.add(
                    d.get("faced").asText()
                        + " "
                        + d.get("kind").asText()
                        + " "
                        + d.get("toward").asText()));
    return out;
  }

  /** The board's cells of one option, as "value" or "value?" where doubted. */
  static List<String> cells(JsonNode root, String option) {
    for (JsonNode row : root.get("board").get("rows")) {
      if (row.get("option").asText().equals(option)) {
        List<String> out = new ArrayList<>();
        row.get("cells")
            .forEach(
                c -> out.add(c.get("value").asText() + (c.get("doubted").asBoolean() ? "?" : "")));
        return out;
      }
    }
    throw new AssertionError("no row for " + option + " in " + root.get("board"));
  }

  @Test
  void chickenOnTheCardTable() throws Exception {
    TestServer.Res r = dilemmas("chicken-drama.yaml", "");
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    assertThat(r.contentType()).startsWith("application/json");
    JsonNode root = r.json();
    assertThat(root.get("model").asText()).isEqualTo("chicken-drama.yaml");
    // an empty body asks for SEQ
    assertThat(root.get("concept").asText()).isEqualTo("seq");
    assertThat(root.get("threatened").get("state").asInt()).isEqualTo(1);
    assertThat(root.get("threatened").get("yn").asText()).isEqualTo("NN");

    // the board: one column per position, then the threatened future; a row per option
    JsonNode columns = root.get("board").get("columns");
    assertThat(columns.toString())
        .isEqualTo(
            "[{\"kind\":\"position\",\"party\":\"P1\"},{\"kind\":\"position\",\"party\":\"P2\"},"
                + "{\"kind\":\"threatened\"}]");
    JsonNode rows = root.get("board").get("rows");
    assertThat(rows).hasSize(2);
    assertThat(rows.get(0).get("owner").asText()).isEqualTo("P1");
    assertThat(rows.get(0).get("name").asText()).isEqualTo("P1 swerves");
    assertThat(rows.get(1).get("owner").asText()).isEqualTo("P2");
    // P1 asks P2 to swerve and itself not to; P2 asks P1 to swerve and does not mind its own
    // option; in the crash neither swerves, and P1 doubts that P2 would keep straight
    assertThat(cells(root, "swerve1")).containsExactly("no", "yes", "no");
    assertThat(cells(root, "swerve2")).containsExactly("yes", "any", "no?");
    // P2's open entry read as the future it likes best: P1 swerves
    assertThat(root.get("positions").get(1).get("pattern").asText()).isEqualTo("Y-");
    assertThat(root.get("positions").get(1).get("readings").toString()).isEqualTo("[2]");

    // the two drivers are at a crisis, each with a rejection and a threat dilemma
    assertThat(root.get("pairs")).hasSize(1);
    assertThat(root.get("pairs").get(0).get("phase").asText()).isEqualTo("crisis");
    assertThat(kinds(root))
        .containsExactlyInAnyOrder(
            "P1 rejection P2", "P1 threat P2", "P2 rejection P1", "P2 threat P1");
    for (JsonNode d : root.get("dilemmas")) {
      assertThat(d.get("sentence").asText())
          .as(d.toString())
          .endsWith("What resolves it: " + d.get("resolution").asText() + ".");
      assertThat(d.get("everyReading").asBoolean()).isTrue();
    }
    JsonNode p2Threat = dilemma(root, "P2", "threat");
    assertThat(p2Threat.get("doubt").get("party").asText()).isEqualTo("P1");
    assertThat(p2Threat.get("doubt").get("about").asText()).isEqualTo("threat");
    assertThat(p2Threat.get("sentence").asText())
        .startsWith("Driver 2 has a threat dilemma with Driver 1:")
        .contains("Driver 1 doubts that Driver 2 would carry out its threat.")
        .contains("SEQ agrees: the threatened future is unstable for Driver 2.");
    // the SEQ view beside the threat: the crash is unstable for the driver who threatens it
    assertThat(p2Threat.get("gmcr").toString())
        .isEqualTo("[{\"concept\":\"seq\",\"party\":\"P2\",\"state\":1,\"stable\":false}]");
    assertThat(dilemma(root, "P1", "threat").has("doubt")).isFalse();
    assertThat(dilemma(root, "P1", "rejection").get("resolution").asText())
        .contains("make the threatened future more bearable for Driver 1");

    assertThat(root.get("bottomLine").asText())
        .isEqualTo(
            "Driver 1's threat is not credible (rejection and threat dilemmas). Driver 2's threat"
                + " is not credible (rejection and threat dilemmas). In all, four dilemmas.");
    assertThat(root.get("words").asText())
        .contains("Bottom line: Driver 1's threat is not credible")
        .contains("### Dilemmas of Driver 2");
  }

  static JsonNode dilemma(JsonNode root, String faced, String kind) {
    for (JsonNode d : root.get("dilemmas")) {
      if (d.get("faced").asText().equals(faced) && d.get("kind").asText().equals(kind)) {
        return d;
      }
    }
    throw new AssertionError("no " + kind + " dilemma of " + faced + " in " + root);
  }

  @Test
  void theConceptOfTheViewsIsChosenInTheBody() throws Exception {
    TestServer.Res r = dilemmas("chicken-drama.yaml", "{\"concept\": \"gmr\"}");
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    JsonNode root = r.json();
    assertThat(root.get("concept").asText()).isEqualTo("gmr");
    // the dilemmas are the card table's, whatever the concept; only the views change
    assertThat(kinds(root))
        .containsExactlyInAnyOrder(
            "P1 rejection P2", "P1 threat P2", "P2 rejection P1", "P2 threat P1");
    JsonNode views = dilemma(root, "P2", "threat").get("gmcr");
    assertThat(views).isNotEmpty();
    for (JsonNode v : views) {
      assertThat(v.get("concept").asText()).isEqualTo("gmr");
    }
    assertThat(dilemma(root, "P2", "threat").get("sentence").asText()).contains("GMR");
    assertThat(dilemma(root, "P2", "threat").get("sentence").asText()).doesNotContain("SEQ");
    // null is the default too
    TestServer.Res n = dilemmas("chicken-drama.yaml", "{\"concept\": null}");
    assertThat(n.status()).as(n.body()).isEqualTo(200);
    assertThat(n.json().get("concept").asText()).isEqualTo("seq");
  }

  @Test
  void aModelWithoutACardTableIsABadRequestThatSaysWhatToAdd() throws Exception {
    TestServer.Res r = dilemmas("chicken.yaml", "{}");
    assertThat(r.status()).as(r.body()).isEqualTo(400);
    assertThat(r.contentType()).startsWith("application/json");
    assertThat(r.json().get("status").asInt()).isEqualTo(400);
    assertThat(r.json().get("error").asText())
        .contains("chicken.yaml has no card table")
        .contains("add 'drama:'")
        .contains("docs/model-format.md");
  }

  @Test
  void anUnknownConceptOrOneThatIsNotANameIsABadRequest() throws Exception {
    TestServer.Res bogus = dilemmas("chicken-drama.yaml", "{\"concept\": \"bogus\"}");
    assertThat(bogus.status()).as(bogus.body()).isEqualTo(400);
    assertThat(bogus.json().get("error").asText()).contains("bogus");
    TestServer.Res number = dilemmas("chicken-drama.yaml", "{\"concept\": 3}");
    assertThat(number.status()).as(number.body()).isEqualTo(400);
    assertThat(number.json().get("error").asText()).contains("'concept' must be a concept name");
    TestServer.Res list = dilemmas("chicken-drama.yaml", "{\"concept\": [\"seq\"]}");
    assertThat(list.status()).as(list.body()).isEqualTo(400);
  }

  @Test
  void aMissingModelIsNotFound() throws Exception {
    TestServer.Res r = dilemmas("nope.yaml", "{}");
    assertThat(r.status()).as(r.body()).isEqualTo(404);
    assertThat(r.json().get("error").asText()).contains("nope.yaml");
  }

  @Test
  void aCardTableWithProblemsIsPlacedInTheFile() throws Exception {
    Files.writeString(
        dir.resolve("bad-drama.yaml"),
        CHICKEN_DRAMA.replace("{party: P1, doubts: P2", "{party: P1, doubts: P9"));
    TestServer.Res r = dilemmas("bad-drama.yaml", "{}");
    assertThat(r.status()).as(r.body()).isEqualTo(422);
    JsonNode details = r.json().get("details");
    assertThat(details).isNotEmpty();
    assertThat(details.get(0).get("path").asText()).startsWith("/drama/doubts/0");
    assertThat(details.get(0).get("line").asInt()).isPositive();
  }
}
