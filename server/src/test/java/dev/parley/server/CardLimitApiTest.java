package dev.parley.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.server.analysis.Analysis;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A model with more equilibria than the Analysis tab shows as cards: the answer lists every
 * equilibrium, but explains only the first {@link Analysis#CARD_LIMIT} of each concept (and the
 * status quo), and says how many it explains ({@code cardLimit}), so the page stays quick however
 * many there are.
 */
public class CardLimitApiTest {
  /**
   * Each party wants only what the other controls: no one can improve on any state, so every one of
   * the 2^6 = 64 states is an equilibrium under every concept.
   */
  public static final String MANY =
      "parley: 1\n"
          + "title: Many equilibria\n"
          + "decisionMakers:\n"
          + "  - id: A\n"
          + "    options: [{id: a1}, {id: a2}, {id: a3}]\n"
          + "    preferences:\n"
          + "      statements: [b1, b2]\n"
          + "  - id: B\n"
          + "    options: [{id: b1}, {id: b2}, {id: b3}]\n"
          + "    preferences:\n"
          + "      statements: [a1, a2]\n"
          + "statusQuo: YYYYYY\n";

  @TempDir Path dir;
  TestServer server;

  @BeforeEach
  void start() throws Exception {
    server = new TestServer(dir, Duration.ZERO, "chicken.yaml");
    Files.writeString(dir.resolve("many.yaml"), MANY);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void onlyTheFirstEquilibriaOfEachConceptAreExplained() throws Exception {
    TestServer.Res r =
        server.send("POST", "/api/models/many.yaml/analyses", "{\"concepts\":[\"nash\",\"gmr\"]}");
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    JsonNode result = r.json().get("result");
    assertThat(result.get("cardLimit").asInt()).isEqualTo(Analysis.CARD_LIMIT);
    int sq = result.get("statusQuo").asInt();
    for (String c : new String[] {"nash", "gmr"}) {
      // every state is an equilibrium: more than the cards show
      assertThat(result.get(c).get("equilibria")).hasSize(64);
      Map<Integer, Integer> perState = new HashMap<>();
      for (JsonNode e : result.get("explanations")) {
        if (e.get("concept").asText().equalsIgnoreCase(c)) {
          perState.merge(e.get("state").asInt(), 1, Integer::sum);
        }
      }
      // the first 50 in state order, and the status quo (state 64, the last), each for both parties
      assertThat(perState.keySet()).hasSize(Analysis.CARD_LIMIT + 1).contains(sq);
      assertThat(perState.keySet()).allMatch(s -> s <= Analysis.CARD_LIMIT || s == sq);
      assertThat(perState.values()).containsOnly(2);
    }
  }

  @Test
  void aSmallModelHasEveryEquilibriumExplained() throws Exception {
    TestServer.Res r =
        server.send("POST", "/api/models/chicken.yaml/analyses", "{\"concepts\":[\"gmr\"]}");
    JsonNode result = r.json().get("result");
    assertThat(result.get("gmr").get("equilibria")).hasSize(3);
    assertThat(result.get("explanations")).hasSize(3 * 2);
  }
}
