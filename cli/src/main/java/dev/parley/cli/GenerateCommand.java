package dev.parley.cli;

import dev.parley.core.synthetic.SyntheticModels;
import dev.parley.io.Format;
import dev.parley.io.ModelWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Generate a synthetic conflict for benchmarks and scaling tests: options",
      "spread evenly over the decision makers, about one in five irreversible,",
      "infeasibility patterns that remove a share of the 2^K option combinations,",
      "and 3-6 random prioritized statements per decision maker. The same",
      "arguments always give the same file, byte for byte.",
      ""
    },
    footer = {
      "",
      "Examples:",
      "  parley generate --dms 4 --options 14 --seed 1 --output synthetic-14.yaml",
      "  parley generate --options 20 --seed 7 --infeasible 0.3 -o big.yaml",
      "  parley generate --dms 3 --options 9 --infeasible 0 > nine.yaml",
      "",
      "Default infeasible share: 0.684 up to 14 options (4 DMs, 14 options: about",
      "5,200 feasible states), 0.045 from 20 options (about 10^6 states at 20,",
      "1.6*10^7 at 24), linear in between. The number of feasible states is",
      "printed (on standard error when the model goes to standard output)."
    })
final class GenerateCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @CommandLine.Mixin DmsOption dmsOption;

  @Option(
      names = "--options",
      paramLabel = "K",
      required = true,
      description = "Options, from one per decision maker to 28")
  int options;

  @Option(
      names = "--seed",
      paramLabel = "S",
      description = "Random seed (default: ${DEFAULT-VALUE})",
      defaultValue = "1")
  long seed;

  @Option(
      names = "--infeasible",
      paramLabel = "F",
      description =
          "Share of the 2^K option combinations to make infeasible, 0 to 0.9 (default: 0.684 up to"
              + " 14 options, 0.045 from 20)")
  Double infeasible;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description =
          "Write the model to FILE (.yaml, .yml or .json), atomically; default: YAML on standard"
              + " output")
  Path output;

  @Override
  public Integer call() {
    SyntheticModels.Spec s;
    try {
      s =
          infeasible == null
              ? SyntheticModels.Spec.of(dmsOption.dms, options, seed)
              : new SyntheticModels.Spec(dmsOption.dms, options, seed, infeasible);
    } catch (IllegalArgumentException e) {
      throw new UserError("parley generate: " + e.getMessage());
    }
    Format format = Format.YAML;
    if (output != null) {
      try {
        format = Format.of(output);
      } catch (IllegalArgumentException e) {
        throw new UserError("parley generate: " + e.getMessage());
      }
    }
    SyntheticModels.SyntheticModel g = SyntheticModels.generate(s);
    String text = ModelWriter.write(g.conflict(), format);
    String summary =
        String.format(
            Locale.ROOT,
            "%d decision makers, %d options: %,d feasible states of %,d (%.1f %% infeasible)",
            dmsOption.dms,
            options,
            g.feasibleStates(),
            s.candidateStates(),
            100.0 * (s.candidateStates() - g.feasibleStates()) / s.candidateStates());
    if (output == null) {
      spec.commandLine().getOut().print(text);
      spec.commandLine().getOut().flush();
      spec.commandLine().getErr().println(summary);
      return ExitCodes.OK;
    }
    try {
      dev.parley.io.AtomicFiles.write(output, text);
    } catch (IOException e) {
      throw new UserError(output + ": cannot write: " + e.getMessage());
    }
    spec.commandLine().getOut().println("Wrote " + output + ": " + summary);
    return ExitCodes.OK;
  }
}
