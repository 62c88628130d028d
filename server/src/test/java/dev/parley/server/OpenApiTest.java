package dev.parley.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.server.api.Api;
import dev.parley.server.api.Route;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Iterator;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The OpenAPI document and the server agree: every route is documented, and nothing else. */
class OpenApiTest {
  @TempDir Path dir;

  @Test
  void everyRouteIsDocumentedAndEveryDocumentedRouteExists() throws Exception {
    try (TestServer server = new TestServer(dir, Duration.ZERO)) {
      TestServer.Res r = server.get("/api/openapi.json");
      assertThat(r.status()).isEqualTo(200);
      assertThat(r.contentType()).startsWith("application/json");
      JsonNode doc = r.json();
      assertThat(doc.get("openapi").asText()).isEqualTo("3.1.0");
      Set<String> documented = new TreeSet<>();
      for (Iterator<String> it = doc.get("paths").fieldNames(); it.hasNext(); ) {
        String path = it.next();
        for (Iterator<String> ms = doc.get("paths").get(path).fieldNames(); ms.hasNext(); ) {
          String m = ms.next();
          if (!m.equals("parameters")) {
            documented.add(m.toUpperCase(Locale.ROOT) + " " + path);
            assertThat(doc.get("paths").get(path).get(m).has("responses")).isTrue();
          }
        }
      }
      Set<String> served = new TreeSet<>();
      for (Route route : new Api(null, null, null).routes()) {
        served.add(route.method() + " " + route.path());
      }
      assertThat(documented).isEqualTo(served);
      // every $ref points at a schema that exists
      String text = r.body();
      var m = java.util.regex.Pattern.compile("#/components/schemas/([A-Za-z]+)").matcher(text);
      while (m.find()) {
        assertThat(doc.get("components").get("schemas").has(m.group(1))).as(m.group(1)).isTrue();
      }
    }
  }
}
