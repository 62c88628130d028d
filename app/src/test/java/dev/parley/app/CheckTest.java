package dev.parley.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.app.check.Finding;
import dev.parley.app.check.ModelCheck;
import dev.parley.io.Format;
import dev.parley.io.ModelReader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckTest {
  @Test
  void theSummarySaysTheSizeOfTheModel() {
    Check.Summary elmira = Check.run(Models.cli("elmira.yaml")).summary();
    assertThat(elmira.decisionMakers()).isEqualTo(3);
    assertThat(elmira.states()).isEqualTo(12);
    assertThat(elmira.graphForm()).isFalse();
    assertThat(elmira.statusQuo()).isTrue();
    assertThat(elmira.options()).isPositive();
    Check.Summary graph = Check.run(Models.cli("elmira-graph.yaml")).summary();
    assertThat(graph.graphForm()).isTrue();
    assertThat(graph.options()).isZero();
    assertThat(graph.states()).isEqualTo(12);
    assertThat(Check.run(Models.cli("chicken.yaml")).summary().statusQuo()).isFalse();
  }

  private static final String NEVER_BITES =
      """
      decisionMakers:
        - id: A
          name: Alpha
          options: [{id: x, name: cross the river}]
          preferences: {statements: [y, x]}
        - id: B
          name: Beta
          options: [{id: y, name: yield the bridge}]
          preferences: {statements: [y]}
      """;

  @Test
  void theFindingsAreTheModelCheckersWithTheirLines(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("m.yaml"), NEVER_BITES);
    Check.Result r = Check.run(ModelInput.load(file));
    assertThat(r.findings())
        .anyMatch(f -> f.kind() == Finding.Kind.NEVER_BITES)
        .allMatch(f -> f.line() > 0);
    // the workbench's text of the same model: the same findings
    var loaded = ModelReader.read(NEVER_BITES, "m.yaml", Format.YAML);
    assertThat(Check.run(ModelInput.of(loaded, "m.yaml", null)).findings())
        .extracting(Finding::text)
        .containsExactlyElementsOf(ModelCheck.check(loaded).stream().map(Finding::text).toList());
  }
}
