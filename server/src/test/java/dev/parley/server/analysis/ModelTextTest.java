package dev.parley.server.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.io.Format;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ModelTextTest {
  static Stream<Path> examples() throws Exception {
    Path dir = Path.of("").toAbsolutePath();
    while (!Files.isDirectory(dir.resolve("examples"))) {
      dir = dir.getParent();
    }
    return Files.list(dir.resolve("examples")).filter(p -> p.toString().endsWith(".yaml")).sorted();
  }

  /**
   * A model edited as a tree and written back reads as the same model (same states, same ranks).
   */
  @ParameterizedTest
  @MethodSource("examples")
  void everyExampleSurvivesTheTreeRoundTrip(Path example) throws Exception {
    String text = Files.readString(example);
    JsonNode tree = ModelText.tree(text, Format.YAML);
    for (Format f : Format.values()) {
      String written = ModelText.text(tree, f);
      assertThat(ModelText.tree(written, f)).as(f + "\n" + written).isEqualTo(tree);
      Validation before = Validation.of(text, "m.yaml", Format.YAML);
      Validation after = Validation.of(written, "m." + f.name().toLowerCase(), f);
      assertThat(after.problems()).as(written).isEmpty();
      assertThat(after.json().get("rankings")).isEqualTo(before.json().get("rankings"));
      assertThat(after.json().get("states")).isEqualTo(before.json().get("states"));
    }
  }

  @ParameterizedTest
  @MethodSource("examples")
  void problemsArePlacedAtAPathOfTheTree(Path example) throws Exception {
    String text = Files.readString(example).replaceFirst("(?m)^(\\s+)- id: ", "$1- idd: ");
    Validation v = Validation.of(text, "m.yaml", Format.YAML);
    assertThat(v.ok()).isFalse();
    assertThat(v.problems().get(0).path()).matches("/[a-zA-Z]+/0(/.*)?");
  }
}
