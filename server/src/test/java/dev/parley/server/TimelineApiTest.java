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
 * {@code POST /api/models/{name}/timeline}: the model's phases one after another, as the
 * workbench's Timeline tab reads them (docs/semantics.md §7). The flagship
 * (examples/peace-talks-2026.yaml) has two: the talks before mid-2027, and after, when Russia's
 * preferences lose the statement that rests on the report's estimate.
 */
public class TimelineApiTest {
  static final String FLAGSHIP = "peace-talks-2026.yaml";

  @TempDir Path dir;
  TestServer server;

  @BeforeEach
  void start() throws Exception {
    server = new TestServer(dir, Duration.ZERO, FLAGSHIP, "chicken.yaml");
  }

  @AfterEach
  void stop() {
    server.close();
  }

  TestServer.Res timeline(String name, String body) throws Exception {
    return server.send("POST", "/api/models/" + name + "/timeline", body);
  }

  /** The state numbers of a phase's equilibria under one concept. */
  static List<Integer> equilibria(JsonNode phase, String concept) {
    List<Integer> out = new ArrayList<>();
    phase.get("equilibria").get(concept).forEach(s -> out.add(s.get("number").asInt()));
    return out;
  }

  @Test
  void theFlagshipsTwoPhases() throws Exception {
    TestServer.Res r = timeline(FLAGSHIP, "");
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    assertThat(r.contentType()).startsWith("application/json");
    JsonNode root = r.json();
    assertThat(root.get("model").asText()).isEqualTo(FLAGSHIP);
    JsonNode phases = root.get("phases");
    assertThat(phases).hasSize(2);

    // the model as written is the first phase; an empty body asks for all six concepts
    JsonNode before = phases.get(0);
    assertThat(before.get("id").asText()).isEqualTo("start");
    assertThat(before.get("name").asText()).isEqualTo("before mid-2027");
    assertThat(before.get("date").asText()).isEqualTo("2026-11-26");
    assertThat(before.has("changes")).isFalse();
    assertThat(before.has("verdictChanges")).isFalse();
    List<String> ids = new ArrayList<>();
    before.get("equilibria").fieldNames().forEachRemaining(ids::add);
    assertThat(ids).containsExactly("nash", "gmr", "smr", "seq", "sim", "seqsim");
    assertThat(equilibria(before, "nash")).containsExactly(1, 4, 15);
    assertThat(before.get("equilibria").get("nash").get(0).get("words").asText()).isEqualTo("war");
    assertThat(before.get("statusQuo").get("number").asInt()).isEqualTo(1);
    assertThat(before.get("statusQuo").get("equilibriumUnder")).hasSize(6);
    assertThat(before.get("deadlocks")).hasSize(1);
    assertThat(before.get("deadlocks").get(0).asText()).startsWith("Sequencing deadlock:");

    // after mid-2027: the estimate's statement is dropped, and state 7 becomes a Nash equilibrium
    JsonNode after = phases.get(1);
    assertThat(after.get("id").asText()).isEqualTo("afterMid2027");
    assertThat(after.get("name").asText()).isEqualTo("after mid-2027");
    assertThat(after.get("date").asText()).isEqualTo("mid-2027");
    assertThat(after.get("source").asText()).isEqualTo("report");
    assertThat(after.get("quote").asText())
        .isEqualTo("Moscow lacks the personnel and resources to conquer Donetsk before mid-2027.");
    assertThat(after.get("note").asText()).startsWith("The estimate covers the time");
    assertThat(after.get("changes").asText())
        .isEqualTo("What changes: Russia's preferences lose the statement ‘settle IF withdraw’.");
    assertThat(after.get("preferencesOf").toString()).isEqualTo("[\"RU\"]");
    assertThat(equilibria(after, "nash")).containsExactly(1, 4, 7, 15);
    JsonNode changes = after.get("verdictChanges");
    assertThat(changes).hasSize(2);
    JsonNode nash = changes.get(0);
    assertThat(nash.get("concept").asText()).isEqualTo("nash");
    assertThat(nash.get("state").asText()).isEqualTo("NNYYN");
    assertThat(nash.get("becomes").asText()).isEqualTo("equilibrium");
    assertThat(nash.get("reasons").toString())
        .isEqualTo("[\"Russia no longer prefers ‘capitulation’ (state 13) to it.\"]");
    assertThat(changes.get(1).get("concept").asText()).isEqualTo("sim");
    assertThat(after.get("statusQuo").get("words").asText()).isEqualTo("war");

    assertThat(root.get("bottomLine").asText())
        .startsWith(
            "Before mid-2027, the status quo, ‘war’ (state 1), is an equilibrium under every"
                + " concept analysed. After mid-2027, ‘no US guarantee,")
        .contains("(state 7) becomes an equilibrium under Nash and SIM")
        .endsWith("the status quo stands as before.");
    assertThat(root.get("words").asText())
        .contains("## Phase 2: after mid-2027 (mid-2027)")
        .contains("What changes: Russia's preferences lose the statement");
  }

  @Test
  void theConceptsAreChosenInTheBody() throws Exception {
    TestServer.Res r = timeline(FLAGSHIP, "{\"concepts\": [\"gmr\", \"seq\"]}");
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    for (JsonNode phase : r.json().get("phases")) {
      List<String> ids = new ArrayList<>();
      phase.get("equilibria").fieldNames().forEachRemaining(ids::add);
      assertThat(ids).containsExactly("gmr", "seq");
    }
    // under GMR and SEQ state 7 is an equilibrium in both phases: no verdict changes
    assertThat(r.json().get("phases").get(1).get("verdictChanges")).isEmpty();
    assertThat(r.json().get("bottomLine").asText())
        .contains("After mid-2027, the equilibria stay as they were");
  }

  @Test
  void aModelWithoutATimelineIsABadRequestThatSaysWhatToAdd() throws Exception {
    TestServer.Res r = timeline("chicken.yaml", "{}");
    assertThat(r.status()).as(r.body()).isEqualTo(400);
    assertThat(r.contentType()).startsWith("application/json");
    assertThat(r.json().get("status").asInt()).isEqualTo(400);
    assertThat(r.json().get("error").asText())
        .contains("chicken.yaml has no phases")
        .contains("add 'timeline:'")
        .contains("docs/model-format.md");
  }

  @Test
  void anUnknownConceptIsABadRequest() throws Exception {
    TestServer.Res bogus = timeline(FLAGSHIP, "{\"concepts\": [\"bogus\"]}");
    assertThat(bogus.status()).as(bogus.body()).isEqualTo(400);
    assertThat(bogus.json().get("error").asText()).contains("bogus");
    TestServer.Res number = timeline(FLAGSHIP, "{\"concepts\": 3}");
    assertThat(number.status()).as(number.body()).isEqualTo(400);
    assertThat(number.json().get("error").asText()).contains("concepts must be a list");
  }

  @Test
  void aMissingModelIsNotFound() throws Exception {
    TestServer.Res r = timeline("nope.yaml", "{}");
    assertThat(r.status()).as(r.body()).isEqualTo(404);
    assertThat(r.json().get("error").asText()).contains("nope.yaml");
  }

  @Test
  void aPhaseWithProblemsIsPlacedInTheFile() throws Exception {
    String text = Files.readString(dir.resolve(FLAGSHIP));
    Files.writeString(
        dir.resolve("bad-timeline.yaml"),
        text.replace("        RU:\n          drop:", "        R9:\n          drop:"));
    TestServer.Res r = timeline("bad-timeline.yaml", "{}");
    assertThat(r.status()).as(r.body()).isEqualTo(422);
    JsonNode details = r.json().get("details");
    assertThat(details).isNotEmpty();
    assertThat(details.get(0).get("message").asText()).contains("unknown decision maker 'R9'");
    assertThat(details.get(0).get("line").asInt()).isPositive();
  }
}
