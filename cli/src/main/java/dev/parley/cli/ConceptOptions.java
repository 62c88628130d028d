package dev.parley.cli;

import dev.parley.core.graph.GraphModel;
import dev.parley.core.stability.Concept;
import dev.parley.report.BriefingRun;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * The {@code --concept C,...} option where it means the same in several commands: a repeatable,
 * comma-separated list of standard concepts. The commands differ only in the default they name,
 * hence one class per default.
 */
final class ConceptOptions {
  private ConceptOptions() {}

  /**
   * Refuses SIM and SEQ+SIM for a graph-form model: they combine option changes, which such a model
   * (states and moves) does not have.
   */
  static void requireOptionForm(
      String command, Path file, GraphModel model, Collection<Concept> cs) {
    if (model.isGraphForm() && (cs.contains(Concept.SIM) || cs.contains(Concept.SEQSIM))) {
      throw new UserError(
          "parley "
              + command
              + ": SIM and SEQ+SIM combine the decision makers' option changes, and "
              + file
              + " is in graph form (states and moves, no options); use nash, gmr, smr or seq");
    }
  }

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

  /**
   * Defaulting to what the model's form allows: all six, for a graph-form model nash, gmr, smr and
   * seq (robustness, perceptions).
   */
  static final class DefaultAll {
    @Option(
        names = {"-c", "--concept"},
        split = ",",
        paramLabel = "C",
        converter = ConceptConverter.class,
        description =
            "Concepts (repeatable or comma-separated). Default: all six (graph-form models: nash,"
                + " gmr, smr, seq).")
    List<Concept> concepts = new ArrayList<>();

    /** The concepts given, each once in the order given; {@link BriefingRun#defaultConcepts}. */
    List<Concept> chosen(GraphModel model) {
      return BriefingRun.concepts(model, concepts);
    }
  }
}
