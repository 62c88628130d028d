package dev.parley.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.io.TestJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The evolution analyses over HTTP: status quo evolution, sequencing deadlocks and coalitions, on
 * the flagship model (the US–Ukraine deadlock that a joint move to state 12 and Russia's acceptance
 * resolve in state 8, the deal), and the errors for bad requests.
 */
class EvolutionApiTest {
  static final String PEACE = "/api/models/peace-talks-2026-v1.yaml";

  @TempDir Path dir;
  TestServer server;

  @BeforeEach
  void start() throws Exception {
    server =
        new TestServer(
            dir, Duration.ZERO, "peace-talks-2026-v1.yaml", "chicken.yaml", "elmira-graph.yaml");
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private JsonNode done(String path, Object body) throws Exception {
    TestServer.Res r = server.send("POST", path, TestServer.body(body));
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    assertThat(r.json().get("job").get("status").asText()).isEqualTo("done");
    return r.json().get("result");
  }

  private JsonNode error(String path, String body, int status) throws Exception {
    TestServer.Res r = server.send("POST", path, body);
    assertThat(r.status()).as(r.body()).isEqualTo(status);
    assertThat(r.contentType()).startsWith("application/json");
    assertThat(r.body()).doesNotContain("Exception").doesNotContain("\tat ");
    return r.json();
  }

  /** The error of {@code POST path} with {@code body}, which must be refused with a 400. */
  private String refused(String path, String body) throws Exception {
    return error(path, body, 400).get("error").asText();
  }

  private static List<Integer> ints(JsonNode arr) {
    List<Integer> out = new ArrayList<>();
    arr.forEach(n -> out.add(n.asInt()));
    return out;
  }

  private static JsonNode pathTo(JsonNode result, int to) {
    for (JsonNode p : result.get("paths")) {
      if (p.get("to").asInt() == to) {
        return p;
      }
    }
    throw new AssertionError("no path to " + to + " in " + result.get("paths"));
  }

  @Test
  void evolutionFromTheStatusQuoReachesTheDealOnlyByMovesThatAreNotAllImprovements()
      throws Exception {
    JsonNode r = done(PEACE + "/evolution", Map.of());
    assertThat(r.get("from").asInt()).isEqualTo(9);
    assertThat(r.get("statusQuo").asInt()).isEqualTo(9);
    assertThat(r.get("fromLabel").asText()).isEqualTo("state 9 (war)");
    assertThat(r.get("concepts").toString()).isEqualTo("[\"nash\",\"gmr\",\"smr\",\"seq\"]");
    // nobody improves on the war; by moves, everything is reachable
    assertThat(r.get("reachable").get("byImprovements").size()).isZero();
    assertThat(ints(r.get("reachable").get("byMoves"))).hasSize(12);
    assertThat(ints(r.get("exactly").get(0).get("byMoves"))).containsExactly(1, 5, 10, 11);
    assertThat(r.get("exactly")).hasSize(3);
    // the deal is an equilibrium under every target concept, three moves away
    JsonNode deal = pathTo(r, 8);
    assertThat(deal.get("label").asText()).isEqualTo("state 8 (deal)");
    assertThat(deal.get("reachable").asBoolean()).isTrue();
    assertThat(deal.get("byImprovements").isNull()).isTrue();
    assertThat(deal.get("byImprovementsSentence").isNull()).isTrue();
    List<String> movers = new ArrayList<>();
    deal.get("byMoves").forEach(s -> movers.add(s.get("by").asText() + "→" + s.get("to")));
    assertThat(movers).containsExactly("US→10", "UA→12", "RU→8");
    assertThat(deal.get("byMovesSentence").asText())
        .startsWith("The United States takes up “sign the bilateral security guarantee")
        .contains("(→ state 12 (")
        .endsWith("(→ state 8 (deal)).");
    assertThat(deal.get("equilibriumUnder").toString()).contains("nash", "seq");
    // the war is where the conflict is
    assertThat(pathTo(r, 9).get("here").asBoolean()).isTrue();
    // first moves in words; every state mentioned is described
    assertThat(r.get("firstMoves").get(0).get("sentence").asText()).isNotBlank();
    assertThat(r.get("movers").get(0).get("name").asText()).isEqualTo("United States");
    JsonNode s8 = TestJson.element(r.get("states"), "id", 8);
    assertThat(s8).isNotNull();
    assertThat(s8.get("name").asText()).isEqualTo("deal");
    assertThat(s8.get("description").asText()).contains("Russia: accept the settlement");
  }

  @Test
  void evolutionFromAChosenStateToAChosenTargetByImprovementsOnly() throws Exception {
    JsonNode r =
        done(
            PEACE + "/evolution",
            Map.of("from", 12, "to", "deal", "improvementsOnly", true, "depth", 2));
    assertThat(r.get("from").asInt()).isEqualTo(12);
    assertThat(r.get("to").asInt()).isEqualTo(8);
    assertThat(r.get("paths")).hasSize(1);
    JsonNode p = r.get("paths").get(0);
    assertThat(p.get("byImprovements").get(0).get("by").asText()).isEqualTo("RU");
    assertThat(p.get("byImprovementsSentence").asText()).contains("Russia takes up");
    assertThat(p.has("byMoves")).isFalse();
    assertThat(ints(r.get("reachable").get("byImprovements"))).containsExactly(8);
    assertThat(r.get("exactly")).hasSize(2);
  }

  @Test
  void evolutionWithABlockThatMovesAsOne() throws Exception {
    JsonNode r = done(PEACE + "/evolution", Map.of("coalitions", "[US,UA],RU"));
    assertThat(r.get("movers").get(0).get("id").asText()).isEqualTo("US+UA");
    assertThat(r.get("movers").get(0).get("name").asText()).isEqualTo("United States + Ukraine");
    JsonNode deal = pathTo(r, 8);
    assertThat(deal.get("byMoves")).hasSize(2);
    assertThat(deal.get("byMoves").get(0).get("by").asText()).isEqualTo("US+UA");
    assertThat(deal.get("byMoves").get(0).get("to").asInt()).isEqualTo(12);
    assertThat(deal.get("byMovesSentence").asText()).contains("United States + Ukraine jointly");
  }

  @Test
  void deadlocksFromTheStatusQuoIncludeTheUsUkraineDeadlockThatAJointMoveResolves()
      throws Exception {
    JsonNode r = done(PEACE + "/deadlocks", Map.of());
    assertThat(r.get("from").asInt()).isEqualTo(9);
    assertThat(r.get("fromLabel").asText()).isEqualTo("state 9 (war)");
    assertThat(r.get("reachableByImprovements").size()).isZero();
    JsonNode usUa = null;
    for (JsonNode d : r.get("deadlocks")) {
      if (d.get("coalition").toString().equals("[\"US\",\"UA\"]")) {
        usUa = d;
      }
    }
    assertThat(usUa).as(r.get("deadlocks").toString()).isNotNull();
    assertThat(usUa.get("to").asInt()).isEqualTo(8);
    assertThat(usUa.get("jointMoveReaches").asInt()).isEqualTo(12);
    assertThat(usUa.get("jointLabel").asText()).isEqualTo("state 12");
    assertThat(usUa.get("coalitionNames").toString()).isEqualTo("[\"United States\",\"Ukraine\"]");
    assertThat(usUa.get("members").get(0).get("waitsFor").toString()).isEqualTo("[\"UA\"]");
    assertThat(usUa.get("members").get(1).get("waitsFor").toString()).isEqualTo("[\"US\"]");
    assertThat(usUa.get("holds").asBoolean()).isTrue();
    assertThat(usUa.get("equilibriumUnder").get("seqsim").asBoolean()).isTrue();
    assertThat(usUa.get("summary").asText())
        .startsWith("Sequencing deadlock: the United States will not")
        .contains("before Ukraine")
        .contains("A joint move by the United States and Ukraine reaches state 12 (")
        .contains("State 8 (deal) holds");
    List<String> sentences = new ArrayList<>();
    usUa.get("sentences").forEach(s -> sentences.add(s.asText()));
    assertThat(sentences).hasSize(4);
    assertThat(sentences.get(0)).contains("after Ukraine's step it is an improvement");
    assertThat(sentences.get(2))
        .startsWith("Together: a joint move by the United States and Ukraine");
    // the way there: the joint move, then Russia's acceptance
    assertThat(usUa.get("path").toString())
        .isEqualTo(
            "[{\"by\":\"US+UA\",\"from\":9,\"to\":12,\"joint\":true},"
                + "{\"by\":\"RU\",\"from\":12,\"to\":8,\"joint\":false}]");
    // a deadlock whose result does not hold says so
    JsonNode four = TestJson.element(r.get("deadlocks"), "to", 4);
    assertThat(four).isNotNull();
    assertThat(four.get("holds").asBoolean()).isFalse();
    assertThat(four.get("summary").asText()).contains("does not hold");
  }

  @Test
  void deadlocksOfAGraphFormModelSayWhyThereAreNone() throws Exception {
    JsonNode r = done("/api/models/elmira-graph.yaml/deadlocks", Map.of());
    assertThat(r.get("note").asText()).contains("graph form");
    assertThat(r.get("deadlocks").size()).isZero();
    JsonNode e = error("/api/models/elmira-graph.yaml/deadlocks", "{\"concepts\": [\"sim\"]}", 400);
    assertThat(e.get("error").asText()).startsWith("SIM and SEQ+SIM").contains("graph form");
  }

  @Test
  void coalitionsBreakTheWarAndLeaveTheDeal() throws Exception {
    JsonNode r = done(PEACE + "/coalitions", Map.of());
    assertThat(r.get("parameters").get("concepts").toString())
        .isEqualTo("[\"cnash\",\"cgmr\",\"csmr\",\"cseq\"]");
    assertThat(r.get("coalitions")).hasSize(7);
    assertThat(ints(r.get("cnash").get("equilibria"))).containsExactly(8);
    assertThat(ints(r.get("cnash").get("individualEquilibria"))).containsExactly(8, 9);
    assertThat(ints(r.get("cgmr").get("equilibria"))).containsExactly(5, 7, 8);
    assertThat(ints(r.get("cnash").get("stableFor").get("RU"))).containsExactly(7, 8, 9, 10);
    assertThat(r.get("conceptMeanings").get(0).get("label").asText()).isEqualTo("CNash");
    assertThat(r.get("statusQuoLabel").asText()).isEqualTo("state 9 (war)");
    JsonNode war = TestJson.element(r.get("broken"), "state", 9);
    assertThat(war).isNotNull();
    assertThat(war.get("explainedUnder").asText()).isEqualTo("cgmr");
    assertThat(war.get("sentences").get(0).asText())
        .contains("could improve together")
        .contains("state 8 (deal)");
    assertThat(r.get("evolution").get("coalitionMoves").get(0).get("sentence").asText())
        .contains("reach state 8 (deal) together");
    assertThat(r.has("structure")).isFalse();
  }

  @Test
  void aFixedCoalitionStructure() throws Exception {
    JsonNode r =
        done(PEACE + "/coalitions", Map.of("structure", "[US,UA],RU", "concepts", "cnash,cgmr"));
    JsonNode s = r.get("structure");
    assertThat(s.get("structure").toString()).isEqualTo("[[\"US\",\"UA\"],[\"RU\"]]");
    assertThat(s.get("blocks").get(0).get("names").asText()).contains("United States");
    assertThat(ints(s.get("nash").get("equilibria"))).containsExactly(8, 9);
    assertThat(ints(s.get("nash").get("stableFor").get("US+UA")))
        .containsExactly(1, 4, 5, 8, 9, 12);
    assertThat(ints(s.get("gmr").get("individualEquilibria"))).containsExactly(1, 5, 7, 8, 9);
    assertThat(s.has("smr")).isFalse();
    assertThat(s.get("fromStatusQuo").get("from").asInt()).isEqualTo(9);
  }

  @Test
  void aLongEvolutionAnalysisIsAJobToPoll() throws Exception {
    TestServer.Res r = server.send("POST", PEACE + "/deadlocks", "{\"waitMs\": 0}");
    assertThat(r.status()).isIn(200, 202);
    String id = r.json().get("job").get("id").asText();
    JsonNode job = server.get("/api/jobs/" + id).json();
    for (int i = 0; i < 200 && job.get("job").get("status").asText().equals("running"); i++) {
      Thread.sleep(50);
      job = server.get("/api/jobs/" + id).json();
    }
    assertThat(job.get("job").get("status").asText()).isEqualTo("done");
    assertThat(job.get("result").get("deadlocks").size()).isPositive();
  }

  @Test
  void badRequestsAreClearJsonErrorsNamingTheField() throws Exception {
    assertThat(refused(PEACE + "/evolution", "{\"depth\": 0}"))
        .startsWith("depth 0: give a whole number from 1 to 40 (default 3)");
    assertThat(refused(PEACE + "/evolution", "{\"depth\": \"3\"}")).startsWith("depth");
    assertThat(refused(PEACE + "/evolution", "{\"from\": \"nowhere\"}"))
        .startsWith("from 'nowhere'");
    assertThat(refused(PEACE + "/evolution", "{\"to\": true}")).startsWith("to must be a state");
    assertThat(refused(PEACE + "/evolution", "{\"concepts\": [\"cnash2\"]}"))
        .startsWith("concepts[0] unknown concept 'cnash2'");
    assertThat(refused(PEACE + "/evolution", "{\"coalitions\": \"US+XX\"}"))
        .startsWith("coalitions US+XX: unknown decision maker 'XX'")
        .contains("US, UA, RU");
    assertThat(refused(PEACE + "/evolution", "{\"improvementsOnly\": \"yes\"}"))
        .startsWith("improvementsOnly must be true or false");
    assertThat(refused(PEACE + "/evolution", "{\"form\": 3}"))
        .startsWith("unknown field 'form'")
        .contains("from");
    assertThat(refused(PEACE + "/coalitions", "{\"structure\": \"[US,XX],RU\"}"))
        .startsWith("structure")
        .contains("XX");
    assertThat(refused(PEACE + "/coalitions", "{\"quantifier\": \"most\"}"))
        .startsWith("quantifier most: use 'some'");
    assertThat(refused(PEACE + "/coalitions", "{\"concepts\": [\"cfoo\"]}"))
        .startsWith("unknown coalition concept 'cfoo'; use one of cnash, cgmr");
    assertThat(refused(PEACE + "/deadlocks", "[1]")).contains("JSON object");
    // no status quo: say how to give a starting state
    assertThat(error("/api/models/chicken.yaml/evolution", "{}", 400).get("error").asText())
        .contains("names no status quo")
        .contains("from");
    // but a chosen start works
    assertThat(done("/api/models/chicken.yaml/deadlocks", Map.of("from", 1)).get("from").asInt())
        .isEqualTo(1);
    error("/api/models/nothing.yaml/evolution", "{}", 404);
  }

  @Test
  void aModelWithProblemsIsA422WithTheProblemsPlaced() throws Exception {
    Files.writeString(
        dir.resolve("broken.yaml"),
        "parley: 1\ntitle: Broken\ndecisionMakers:\n  - id: A\n    options: []\n");
    JsonNode e = error("/api/models/broken.yaml/coalitions", "{}", 422);
    assertThat(e.get("details").size()).isPositive();
    assertThat(e.get("details").get(0).get("line").asInt()).isPositive();
  }
}
