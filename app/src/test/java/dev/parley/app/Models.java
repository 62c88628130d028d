package dev.parley.app;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The models the use-case tests read, as each front end hands them to a use case: from a file, as
 * the command line does, and from the model the workspace has read, as the REST API does ({@link
 * ModelInput#of}). App tests run with the app module as working directory.
 */
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

  /** As the REST API hands it over: the model read from the file, named as in the workspace. */
  static ModelInput server(String name) {
    ModelInput file = cli(name);
    return ModelInput.of(file.loaded(), name, file.sha256);
  }
}
