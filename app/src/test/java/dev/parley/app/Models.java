package dev.parley.app;

import dev.parley.io.ModelReader;
import java.nio.file.Files;
import java.nio.file.Path;

/** The models the use-case tests read, as each front end would hand them to a use case. */
final class Models {
  private Models() {}

  /** The first flagship, kept as a fixture (three decision makers, prioritized statements). */
  static final String FLAGSHIP = "peace-talks-2026-v1.yaml";

  /** A file of {@code examples/}, else of {@code testdata/}. */
  static Path file(String name) {
    Path p = Path.of("..", "examples", name);
    return Files.exists(p) ? p : Path.of("..", "testdata", name);
  }

  /** As the command line loads it: from the file, through the memory guard. */
  static ModelInput cli(String name) {
    return ModelInput.load(file(name));
  }

  /** As the REST API hands it over: read from the text of a workspace file, named as there. */
  static ModelInput server(String name) {
    try {
      return ModelInput.of(ModelReader.read(file(name)), name, "0".repeat(64));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
