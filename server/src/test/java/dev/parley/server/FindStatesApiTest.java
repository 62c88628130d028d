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
 * {@code GET /api/models/{name}/states?find=}: the stability table's Find for a model larger than
 * the states the analysis answer describes (the first 5,000): by number, Y/N, name and words, the
 * same rule as the table's own filter, over every state.
 */
public class FindStatesApiTest {
  @TempDir Path dir;
  TestServer server;

  /** Two parties, 13 options, 8,192 states; the last option is the only one named "zebra". */
  public static String large() {
    StringBuilder y = new StringBuilder("parley: 1\ntitle: Large\ndecisionMakers:\n");
    int k = 0;
    for (String dm : List.of("A", "B")) {
      y.append("  - id: ").append(dm).append("\n    options:\n");
      int n = dm.equals("A") ? 6 : 7;
      for (int i = 1; i <= n; i++, k++) {
        y.append("      - id: o").append(k).append('\n');
        y.append("        name: ").append(k == 12 ? "zebra" : "option " + k).append('\n');
      }
      y.append("    preferences:\n      statements: [o").append(dm.equals("A") ? 0 : 6);
      y.append("]\n");
    }
    y.append("states:\n  - id: farAway\n    options: YYYYYYYYYYYYY\n");
    return y.toString();
  }

  @BeforeEach
  void start() throws Exception {
    server = new TestServer(dir, Duration.ZERO, "peace-talks-2026.yaml");
    Files.writeString(dir.resolve("large.yaml"), large());
  }

  @AfterEach
  void stop() {
    server.close();
  }

  List<Integer> find(String model, String text) throws Exception {
    TestServer.Res r =
        server.get(
            "/api/models/"
                + model
                + "/states?find="
                + java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8));
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    List<Integer> out = new ArrayList<>();
    r.json().get("states").forEach(s -> out.add(s.asInt()));
    return out;
  }

  @Test
  void findsEveryStateOfALargeModelByNumberYnNameAndWords() throws Exception {
    JsonNode whole = server.get("/api/models/large.yaml/states").json();
    assertThat(whole.get("total").asInt()).isEqualTo(8192);
    assertThat(whole.get("states")).hasSize(8192);
    // beyond the first 5,000 states, which the analysis answer describes
    assertThat(find("large.yaml", "7000")).containsExactly(7000);
    assertThat(find("large.yaml", " farAWAY ")).containsExactly(8192);
    String yn =
        server
            .send("POST", "/api/models/large.yaml/analyses", "{\"concepts\":[\"nash\"]}")
            .json()
            .get("result")
            .get("states")
            .get(6999)
            .get("yn")
            .asText();
    assertThat(find("large.yaml", yn.toLowerCase())).containsExactly(7000);
    // words: the states where the last option is taken, half of them, the last 4,096
    List<Integer> zebra = find("large.yaml", "Zebra");
    assertThat(zebra).hasSize(4096).startsWith(4097).endsWith(8192);
    assertThat(find("large.yaml", "no such words")).isEmpty();
  }

  @Test
  void findsWhatTheTableFindsOnTheFlagship() throws Exception {
    JsonNode states =
        server
            .send("POST", "/api/models/peace-talks-2026.yaml/analyses", "{}")
            .json()
            .get("result")
            .get("states");
    for (String q : List.of("guarantee", "deal", "war goes on", "NNNNNN", "14", "Donetsk")) {
      List<Integer> here = new ArrayList<>();
      String lq = q.toLowerCase();
      for (JsonNode s : states) {
        String name = s.has("name") ? s.get("name").asText().toLowerCase() : "";
        if (String.valueOf(s.get("id").asInt()).equals(lq)
            || s.get("yn").asText().toLowerCase().equals(lq)
            || name.contains(lq)
            || s.get("description").asText().toLowerCase().contains(lq)) {
          here.add(s.get("id").asInt());
        }
      }
      assertThat(find("peace-talks-2026.yaml", q)).as(q).isEqualTo(here);
    }
    // the case is exercised: some words find several states, none finds all
    assertThat(find("peace-talks-2026.yaml", "guarantee")).hasSizeGreaterThan(1);
  }
}
