package dev.parley.server.analysis;

import dev.parley.app.ModelInput;
import dev.parley.io.LoadedModel;

/**
 * The states an evolution request names, resolved as the application layer resolves every state a
 * request names ({@link dev.parley.app.Variations#state}): a 400 that says which field and why.
 */
final class Variations {
  private Variations() {}

  /** The state {@code ref} names, for the request field {@code field}. */
  static int state(LoadedModel loaded, String ref, String field) {
    return dev.parley.app.Variations.state(
        ModelInput.of(loaded, loaded.fileName(), null), ref, field);
  }
}
