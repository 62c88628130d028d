package dev.parley.cli;

import dev.parley.app.ModelInput;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The {@code MODEL} parameter, the first of the commands that read a model, and how the model is
 * loaded: the load warnings go to the command's standard error. The commands differ only in the
 * description they give it, hence one class per description.
 */
abstract class ModelFile {
  @Spec(Spec.Target.MIXEE)
  CommandSpec spec;

  /** The file the parameter names. */
  abstract Path path();

  /** The model, its warnings not printed. */
  ModelInput read() {
    return ModelInput.load(path());
  }

  /**
   * The model to analyse, first checked to fit the heap with its analysis, its warnings printed to
   * standard error: what every command that analyses reads.
   */
  ModelInput load() {
    return load(true, List.of());
  }

  /**
   * The model to check or validate only, checked to fit the heap with its states (not an analysis),
   * its warnings printed to standard error.
   */
  ModelInput loadToCheck() {
    return load(false, List.of());
  }

  /**
   * The model, first checked to fit the heap with its analysis when {@code analyse} ({@link
   * ModelInput#load(Path, boolean)}), with the {@code --package} options added ({@link
   * ModelInput#withPackages}); then its warnings printed.
   */
  ModelInput load(boolean analyse, List<String> packages) {
    return warn(ModelInput.load(path(), analyse).withPackages(packages, "--package"));
  }

  /** Prints the warnings of {@code in} to the command's standard error and returns it. */
  ModelInput warn(ModelInput in) {
    in.warnings.forEach(w -> spec.commandLine().getErr().println(w));
    return in;
  }

  /** Described as "Model file". */
  static final class Plain extends ModelFile {
    @Parameters(index = "0", paramLabel = "MODEL", description = "Model file")
    Path model;

    @Override
    Path path() {
      return model;
    }
  }

  /** Described with the formats read: YAML, JSON or GMCR+. */
  static final class AnyFormat extends ModelFile {
    @Parameters(
        index = "0",
        paramLabel = "MODEL",
        description = "Model file: .yaml, .yml, .json or GMCR+ .gmcr")
    Path model;

    @Override
    Path path() {
      return model;
    }
  }

  /** Described as a model with a card table: YAML or JSON with {@code drama:}. */
  static final class WithDrama extends ModelFile {
    @Parameters(
        index = "0",
        paramLabel = "MODEL",
        description = "Model file: .yaml, .yml or .json with 'drama:'")
    Path model;

    @Override
    Path path() {
      return model;
    }
  }
}
