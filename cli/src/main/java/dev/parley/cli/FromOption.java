package dev.parley.cli;

import dev.parley.app.ModelInput;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The {@code --from STATE} option shared by the commands that start from a state (deadlocks,
 * evolve), and how that state is found.
 */
final class FromOption {
  @Option(
      names = "--from",
      paramLabel = "STATE",
      description = "Start here instead of the model's status quo")
  String from;

  /** The state {@code --from} names, else the model's status quo; refuses a model with neither. */
  int start(ModelInput in, Path model) {
    int start = in.startState(from);
    if (start < 0) {
      throw new UserError(
          model + " names no status quo: give the starting state with --from STATE");
    }
    return start;
  }
}
