package dev.parley.cli;

import dev.parley.app.ModelInput;
import dev.parley.io.AtomicFiles;
import dev.parley.io.Format;
import dev.parley.io.ModelWriter;
import dev.parley.io.gmcr.GmcrWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
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
    String name = out.getFileName().toString().toLowerCase(Locale.ROOT);
    ModelInput input = ModelInput.load(in);
    input.warnings.forEach(w -> spec.commandLine().getErr().println(w));
    String text;
    if (name.endsWith(".gmcr")) {
      if (input.conflict.isGraphForm()) {
        throw new UserError(
            out
                + ": GMCR+ files are in option form, and "
                + in
                + " is in graph form (states and moves); write it as .yaml or .json");
      }
      if (input.conflict.hasMoveEdits() || !input.conflict.packages().isEmpty()) {
        throw new UserError(
            out
                + ": GMCR+ files have no place for forbidden or added moves or packages, and "
                + in
                + " has them; write it as .yaml or .json, or remove them first");
      }
      text = GmcrWriter.write(input.conflict);
      if (!input.conflict.sources().isEmpty()
          || input.conflict.statusQuo() != null
          || !input.conflict.namedStates().isEmpty()) {
        spec.commandLine()
            .getErr()
            .println(
                "note: GMCR+ files have no place for sources, quotes, named states or the status quo; they are left out.");
      }
      if (input.conflict.hasUnknownPreferences()) {
        spec.commandLine()
            .getErr()
            .println(
                "note: GMCR+ files have no place for unknown preferences ('unknown:' pairs); they are left out.");
      }
    } else if (name.endsWith(".yaml") || name.endsWith(".yml")) {
      text = ModelWriter.write(input.conflict, Format.YAML);
    } else if (name.endsWith(".json")) {
      text = ModelWriter.write(input.conflict, Format.JSON);
    } else {
      throw new UserError(
          out + ": unknown output format; end the name in .yaml, .yml, .json or .gmcr");
    }
    try {
      AtomicFiles.write(out, text);
    } catch (IOException e) {
      throw new UserError(out + ": cannot write: " + e.getMessage());
    }
    spec.commandLine().getErr().println("Wrote " + out);
    return ExitCodes.OK;
  }
}
