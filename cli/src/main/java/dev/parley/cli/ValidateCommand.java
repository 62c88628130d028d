package dev.parley.cli;

import dev.parley.app.ModelInput;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = {
      "Check a model file and report every problem at once, each with its file, line and",
      "column, what is wrong and how to fix it. Exit code 0 when the model is sound, 2 when not.",
      "A sound model is also checked for likely modelling mistakes; those hints are printed as",
      "warnings (see 'parley check') and do not change the exit code.",
      ""
    },
    footer = {
      "",
      "Examples:",
      "  parley validate examples/peace-talks-2026.yaml",
      "  parley validate study.gmcr"
    })
final class ValidateCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "MODEL", description = "Model file")
  Path model;

  @Override
  public Integer call() {
    ModelInput in = ModelInput.load(model);
    in.warnings.forEach(w -> spec.commandLine().getErr().println(w));
    CheckCommand.warnings(model, CheckCommand.findings(in))
        .forEach(w -> spec.commandLine().getErr().println(w));
    spec.commandLine()
        .getOut()
        .println(
            model
                + ": OK — "
                + in.conflict.dmCount()
                + " decision makers, "
                + (in.model.isGraphForm()
                    ? "graph form, " + in.model.stateCount() + " states"
                    : in.conflict.optionCount()
                        + " options, "
                        + in.model.stateCount()
                        + " feasible states")
                + (in.conflict.statusQuo() == null ? ", no status quo" : "")
                + ".");
    return ExitCodes.OK;
  }
}
