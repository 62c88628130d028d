package dev.parley.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The validate route gives, beside the problems, the model checker's hints for a sound model (as
 * {@code parley check} prints them), each placed so the editor can show it where it belongs.
 */
class ValidationHintsTest {
  @TempDir Path dir;

  private static final String FLAWED =
      """
      decisionMakers:
        - id: US
          name: United States
          options: [{id: sign}]
          preferences: {statements: [sign]}
        - id: UA
          name: Ukraine
          options: [{id: withdraw}]
          preferences:
            statements:
              - withdraw IF sign
              - -withdraw
      """;

  @Test
  void aSoundModelGetsTheCheckersHintsWithDecisionMakerStatementLineAndPath() throws Exception {
    try (TestServer server = new TestServer(dir, Duration.ZERO)) {
      JsonNode v = validate(server, FLAWED);
      assertThat(v.get("ok").asBoolean()).isTrue();
      assertThat(v.get("problems")).isEmpty();
      JsonNode hints = v.get("hints");
      assertThat(hints).isNotEmpty();
      JsonNode first = hints.get(0);
      assertThat(first.get("kind").asText()).isEqualTo("conditional-order");
      assertThat(first.get("decisionMaker").asText()).isEqualTo("UA");
      assertThat(first.get("statement").asInt()).isEqualTo(1);
      assertThat(first.get("line").asInt()).isEqualTo(11);
      assertThat(first.get("path").asText())
          .isEqualTo("/decisionMakers/1/preferences/statements/0");
      assertThat(first.get("message").asText())
          .startsWith("Ukraine: statement 1 ‘withdraw IF sign’ is ranked above statement 2");
    }
  }

  @Test
  void aModelWithoutFindingsOrWithProblemsHasNoHints() throws Exception {
    try (TestServer server = new TestServer(dir, Duration.ZERO)) {
      JsonNode sound = validate(server, FLAWED.replace("withdraw IF sign", "-withdraw IF -sign"));
      assertThat(sound.get("ok").asBoolean()).isTrue();
      assertThat(sound.get("hints")).isEmpty();
      JsonNode bad = validate(server, FLAWED.replace("-withdraw\n", "-withdrew\n"));
      assertThat(bad.get("ok").asBoolean()).isFalse();
      assertThat(bad.get("hints")).isEmpty();
    }
  }

  private static JsonNode validate(TestServer server, String text) throws Exception {
    TestServer.Res r = server.send("POST", "/api/validate", Map.of("text", text));
    assertThat(r.status()).isEqualTo(200);
    return r.json();
  }
}
