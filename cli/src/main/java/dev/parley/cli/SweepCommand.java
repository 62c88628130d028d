package dev.parley.cli;

import dev.parley.app.ModelInput;
import dev.parley.app.Sweep;
import dev.parley.core.progress.Progress;
import dev.parley.core.stability.Concept;
import dev.parley.report.SweepReport;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "sweep",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Uncertain preferences: over the alternative preferences of a scenarios file (weighted;",
      "each either given outright or 'any ranking consistent with these constraints'), the",
      "share of scenarios in which each state is an equilibrium under each concept.",
      "Small scenario sets are enumerated (exact shares); larger ones are sampled with a fixed",
      "seed on all cores, with 95%% Wilson intervals, the same whatever the number of threads.",
      ""
    },
    footer = {
      "",
      "Examples:",
      "  parley sweep examples/peace-talks-2026.yaml --scenarios examples/scenarios/peace-talks-2026.yaml",
      "  parley sweep examples/peace-talks-2026.yaml --scenarios s.yaml --samples 20000 --seed 7",
      "",
      "The scenarios file format is in docs/mediator.md."
    })
final class SweepCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "MODEL", description = "Model file (YAML or JSON)")
  Path model;

  @Option(
      names = "--scenarios",
      required = true,
      paramLabel = "FILE",
      description = "Scenarios file (YAML or JSON)")
  Path scenarios;

  @Option(
      names = {"-c", "--concept"},
      split = ",",
      paramLabel = "C",
      converter = ConceptConverter.class,
      description = "Concepts (default: nash, gmr, smr, seq)")
  List<Concept> concepts = new ArrayList<>();

  @Option(
      names = "--samples",
      paramLabel = "N",
      description = "Profiles drawn when the scenarios are too many to enumerate (default 2000)")
  int samples = Sweep.DEFAULT_SAMPLES;

  @Option(names = "--seed", paramLabel = "S", description = "Random seed (default 1)")
  long seed = Sweep.DEFAULT_SEED;

  @Option(
      names = "--sample",
      description = "Sample even when the scenarios could be enumerated exactly")
  boolean forceSample;

  @CommandLine.Mixin ReportOutput out;

  @Override
  public Integer call() {
    out.requireReportFormat("sweep");
    Sweep.Request req =
        Sweep.Request.of(scenarios).withConcepts(concepts).withSamples(samples, seed, forceSample);
    ModelInput in = ModelInput.load(model, true); // the memory guard counts the analysis too
    SweepReport r = Sweep.run(in, req, Progress.NONE);
    out.write(r::json, r::render);
    return ExitCodes.OK;
  }
}
