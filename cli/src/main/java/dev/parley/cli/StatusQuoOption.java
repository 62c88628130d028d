package dev.parley.cli;

import dev.parley.app.ModelInput;
import picocli.CommandLine.Option;

/**
 * The {@code --status-quo STATE} option shared by the commands that mark a status quo in their
 * report (analyze, coalitions).
 */
final class StatusQuoOption {
  @Option(
      names = "--status-quo",
      paramLabel = "STATE",
      description = "Use this state as the status quo instead of the model's")
  String statusQuo;

  /** The state {@code --status-quo} names, else the model's status quo; -1 when there is none. */
  int state(ModelInput in) {
    return in.startState(statusQuo);
  }
}
