package dev.parley.cli;

import dev.parley.app.Convert;
import dev.parley.app.ModelInput;
import dev.parley.io.AtomicFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(
    name = "convert",
    mixinStandardHelpOptions = true,
    description = {
      "Convert a model between Parley YAML, Parley JSON and GMCR+ .gmcr, chosen by the file",
      "extensions. The output is written atomically. GMCR+ files cannot hold sources, quotes,",
      "named states or the status quo; Parley says what it leaves out.",
      ""
    },
    footer = {
      "",
      "Examples:",
      "  parley convert old-study.gmcr study.yaml",
      "  parley convert examples/elmira.yaml elmira.gmcr",
      "  parley convert study.yaml study.json"
    })
final class ConvertCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(
      index = "0",
      paramLabel = "IN",
      description = "Model file to read (.yaml, .yml, .json, .gmcr)")
  Path in;

  @Parameters(
      index = "1",
      paramLabel = "OUT",
      description = "File to write (.yaml, .yml, .json, .gmcr)")
  Path out;

  @Override
  public Integer call() {
    Convert.Target.of(out.toString()); // an unknown format is refused before the model is read
    ModelInput input = ModelInput.load(in);
    input.warnings.forEach(w -> spec.commandLine().getErr().println(w));
    Convert.Result result = Convert.run(input, out.toString());
    result.notes().forEach(n -> spec.commandLine().getErr().println("note: " + n));
    try {
      AtomicFiles.write(out, result.text());
    } catch (IOException e) {
      throw new UserError(out + ": cannot write: " + e.getMessage());
    }
    spec.commandLine().getErr().println("Wrote " + out);
    return ExitCodes.OK;
  }
}
