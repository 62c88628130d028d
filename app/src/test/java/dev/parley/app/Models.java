package dev.parley.app;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Example models as each front end reads them: from a file, as the command line does, and from the
 * model the workspace has read, as the REST API does ({@link ModelInput#of}). App tests run with
 * the app module as working directory.
 */
final class Models {
  private Models() {}

  /** An example (examples/, else testdata/) read from its file, as {@code parley} does. */
  static ModelInput cli(String name) {
    Path p = Path.of("..", "examples", name);
    return ModelInput.load(Files.exists(p) ? p : Path.of("..", "testdata", name));
  }

  /** The same model as the workbench hands it to a use case: by its workspace name. */
  static ModelInput server(String name) {
    ModelInput file = cli(name);
    return ModelInput.of(file.loaded(), name, file.sha256);
  }
}
