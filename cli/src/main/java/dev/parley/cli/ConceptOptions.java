package dev.parley.cli;

import dev.parley.core.stability.Concept;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * The {@code --concept C,...} option where it means the same in several commands: a repeatable,
 * comma-separated list of standard concepts. The commands differ only in the default they name,
 * hence one class per default.
 */
final class ConceptOptions {
  private ConceptOptions() {}

  /** Defaulting to nash, gmr, smr and seq (explain, inverse). */
  static final class DefaultFour {
    @Option(
        names = {"-c", "--concept"},
        split = ",",
        paramLabel = "C",
        converter = ConceptConverter.class,
        description = "Concepts (repeatable or comma-separated). Default: nash, gmr, smr, seq.")
    List<Concept> concepts = new ArrayList<>();

    /** The concepts given, in the order given; nash, gmr, smr and seq when none are. */
    List<Concept> chosen() {
      return concepts.isEmpty()
          ? List.of(Concept.NASH, Concept.GMR, Concept.SMR, Concept.SEQ)
          : concepts;
    }
  }

  /** Defaulting to all six (report, robustness). */
  static final class DefaultAll {
    @Option(
        names = {"-c", "--concept"},
        split = ",",
        paramLabel = "C",
        converter = ConceptConverter.class,
        description = "Concepts (repeatable or comma-separated). Default: all six.")
    List<Concept> concepts = new ArrayList<>();

    /** The concepts given, in the order given; all six when none are. */
    List<Concept> chosen() {
      return concepts.isEmpty() ? List.of(Concept.values()) : concepts;
    }
  }
}
