package dev.parley.cli;

import dev.parley.app.Check;
import dev.parley.app.ModelInput;
import picocli.CommandLine.Command;

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
final class ValidateCommand extends ModelCommand.Plain {
  @Override
  public Integer call() {
    ModelInput in = model.loadToCheck();
    Check.Result check = Check.run(in);
    CheckCommand.warnings(model.path(), check.findings())
        .forEach(w -> spec.commandLine().getErr().println(w));
    Check.Summary size = check.summary();
    spec.commandLine()
        .getOut()
        .println(
            model.path()
                + ": OK — "
                + size.decisionMakers()
                + " decision makers, "
                + (size.graphForm()
                    ? "graph form, " + size.states() + " states"
                    : size.options() + " options, " + size.states() + " feasible states")
                + (size.statusQuo() ? "" : ", no status quo")
                + ".");
    return ExitCodes.OK;
  }
}
