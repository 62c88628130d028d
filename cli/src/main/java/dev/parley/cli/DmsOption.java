package dev.parley.cli;

import picocli.CommandLine.Option;

/**
 * The {@code --dms N} option of the commands that generate synthetic models (generate, bench): how
 * many decision makers.
 */
final class DmsOption {
  @Option(
      names = "--dms",
      paramLabel = "N",
      description = "Decision makers, 2 to 6 (default: ${DEFAULT-VALUE})",
      defaultValue = "4")
  int dms;
}
