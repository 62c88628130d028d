package dev.parley.cli;

import dev.parley.report.Hint;
import dev.parley.report.Hints;

/** The command line's words where a report points to more: its commands and flags. */
final class CliHints {
  private CliHints() {}

  static final Hints HINTS =
      Hints.NEUTRAL
          .with(Hint.ALL_EQUILIBRIA, "and all with --full-tables")
          .with(Hint.EVERY_STATE, "'parley analyze --full-tables' lists every state")
          .with(Hint.JOINT_MOVES, "'parley evolve --coalitions'")
          .with(Hint.WHOLE_TREE, "write it with --format dot, graphml or json")
          .with(Hint.VARY_RANKINGS, "use --vary DM or --vary DM=FROM..TO to count rankings")
          .with(Hint.LIST_MORE, "--list N shows more")
          .with(Hint.EVERY_SANCTION, "see --format json")
          .with(Hint.NARROW_ROBUSTNESS, "run 'parley robustness' with --vary to narrow the search")
          .with(Hint.ROBUSTNESS_COMPUTES, "'parley robustness' computes them")
          .with(Hint.ROBUSTNESS_SHOWS, "'parley robustness' shows the changes")
          .with(Hint.INVERSE_GIVES, "'parley inverse' gives every concept, counts and listings");
}
