package dev.parley.app;

import static dev.parley.app.VariationsTest.bad;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parley.core.progress.Progress;
import dev.parley.core.stability.Concept;
import java.nio.file.Path;
import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class SweepTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path SCENARIOS = Models.file("peace-talks-2026-v1-scenarios.yaml");

  static JsonNode sweep(Sweep.Request req) throws Exception {
    ModelInput in = Models.cli(Models.FLAGSHIP);
    return JSON.readTree(Sweep.run(in, req, Progress.NONE).json()).get("sweep");
  }

  @Test
  void smallScenarioSetsAreExactAndLargerOnesSeeded() throws Exception {
    JsonNode exact = sweep(Sweep.Request.of(SCENARIOS).withConcepts(List.of(Concept.NASH)));
    assertThat(exact.get("exact").asBoolean()).isTrue();
    assertThat(exact.at("/concepts/nash/7/share").asDouble()).isEqualTo(0.9, Offset.offset(1e-12));
    JsonNode all = sweep(Sweep.Request.of(SCENARIOS));
    assertThat(all.get("concepts").size()).isEqualTo(Sweep.DEFAULT_CONCEPTS.size());
    Sweep.Request sampled =
        Sweep.Request.of(SCENARIOS).withConcepts(List.of(Concept.SEQ)).withSamples(200, 5, true);
    JsonNode a = sweep(sampled);
    assertThat(a.get("exact").asBoolean()).isFalse();
    assertThat(sweep(sampled).get("concepts")).isEqualTo(a.get("concepts"));
  }

  @Test
  void badRequestsNameTheirField() {
    ModelInput in = Models.cli(Models.FLAGSHIP);
    BadRequest n =
        bad(() -> Sweep.run(in, Sweep.Request.of(SCENARIOS).withSamples(0, 1, false), null));
    assertThat(n.getMessage()).isEqualTo("samples 0: give a number from 1 to 10000000");
    BadRequest missing =
        bad(() -> Sweep.run(in, Sweep.Request.of(Path.of("nope.yaml")), Progress.NONE));
    assertThat(String.join("\n", missing.lines())).contains("nope.yaml: no such file");
  }
}
