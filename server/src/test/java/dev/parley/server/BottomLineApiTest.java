package dev.parley.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The analysis answer opens with the briefing's bottom line ({@code bottomLine}, docs/briefing.md),
 * so the workbench's Analysis tab starts where the briefing does: for the flagship
 * (examples/peace-talks-2026.yaml) the same paragraphs as {@code parley analyze}'s opening, and for
 * a model without a status quo the words that say so.
 */
public class BottomLineApiTest {
  @TempDir Path dir;
  TestServer server;

  @BeforeEach
  void start() throws Exception {
    server = new TestServer(dir, Duration.ZERO, "peace-talks-2026.yaml", "chicken.yaml");
  }

  @AfterEach
  void stop() {
    server.close();
  }

  static List<String> bottomLine(TestServer.Res r) {
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    List<String> out = new ArrayList<>();
    r.json().get("result").get("bottomLine").forEach(p -> out.add(p.asText()));
    return out;
  }

  @Test
  void theFlagshipsAnalysisOpensWithTheBriefingsBottomLine() throws Exception {
    List<String> p =
        bottomLine(server.send("POST", "/api/models/peace-talks-2026.yaml/analyses", "{}"));
    assertThat(p.get(0))
        .isEqualTo(
            "The conflict is stuck at state 1 (war), an equilibrium under every concept analysed:"
                + " no party gains by moving first.");
    assertThat(p)
        .anySatisfy(s -> assertThat(s).startsWith("State 14 (deal) does not hold under SEQ"))
        .anySatisfy(s -> assertThat(s).startsWith("What to watch: Russia's statement 1"));
  }

  @Test
  void eachDecisionMakerIsNamedAsASentenceNamesIt() throws Exception {
    TestServer.Res r = server.send("POST", "/api/models/peace-talks-2026.yaml/analyses", "{}");
    List<String> names = new ArrayList<>();
    r.json()
        .get("result")
        .get("decisionMakers")
        .forEach(d -> names.add(d.get("inSentence").asText()));
    assertThat(names).containsExactly("the United States", "Ukraine", "Russia");
  }

  @Test
  void itSpeaksOfTheConceptAnalysed() throws Exception {
    List<String> seq =
        bottomLine(
            server.send("POST", "/api/models/chicken.yaml/analyses", "{\"concepts\":[\"seq\"]}"));
    assertThat(seq).isNotEmpty();
    assertThat(String.join(" ", seq)).contains("under SEQ").doesNotContain("under Nash");
    JsonNode none =
        server
            .send("POST", "/api/models/chicken.yaml/analyses", "{\"concepts\":[\"nash\"]}")
            .json()
            .get("result")
            .get("bottomLine");
    assertThat(none.get(0).asText()).contains("under Nash");
  }
}
