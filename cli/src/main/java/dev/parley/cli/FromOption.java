package dev.parley.cli;

import picocli.CommandLine.Option;

/**
 * The {@code --from STATE} option shared by the commands that start from a state (deadlocks,
 * evolve); the use case resolves it ({@code from} in its request).
 */
final class FromOption {
  @Option(
      names = "--from",
      paramLabel = "STATE",
      description = "Start here instead of the model's status quo")
  String from;
}
