package dev.parley.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;

/**
 * A command that reads a model: its spec and its first parameter, {@code MODEL} (a {@link
 * ModelFile}). The commands differ only in how they describe the parameter, hence one class per
 * description.
 */
abstract class ModelCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** {@code MODEL} described as "Model file". */
  abstract static class Plain extends ModelCommand {
    @CommandLine.Mixin ModelFile.Plain model;
  }

  /** {@code MODEL} described with the formats read (YAML, JSON, GMCR+). */
  abstract static class AnyFormat extends ModelCommand {
    @CommandLine.Mixin ModelFile.AnyFormat model;
  }

  /** {@code MODEL} described as a model with a card table ({@code drama:}). */
  abstract static class WithDrama extends ModelCommand {
    @CommandLine.Mixin ModelFile.WithDrama model;
  }
}
