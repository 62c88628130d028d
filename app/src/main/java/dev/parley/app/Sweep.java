package dev.parley.app;

import dev.parley.core.progress.Progress;
import dev.parley.core.stability.Concept;
import dev.parley.core.uncertainty.Scenario;
import dev.parley.io.Format;
import dev.parley.io.LoadedModel;
import dev.parley.io.ModelFiles;
import dev.parley.io.ModelLoadException;
import dev.parley.io.ScenarioReader;
import dev.parley.report.SweepReport;
import java.nio.file.Path;
import java.util.List;

/**
 * Uncertain preferences ({@code parley sweep}): over the weighted alternative preferences of a
 * scenarios file, the share of scenarios in which each state is an equilibrium under each concept;
 * exact for small scenario sets, else sampled with a fixed seed.
 */
public final class Sweep {
  /** The concepts when none are asked. */
  public static final List<Concept> DEFAULT_CONCEPTS =
      List.of(Concept.NASH, Concept.GMR, Concept.SMR, Concept.SEQ);

  /** Profiles drawn by default when the scenarios are too many to enumerate. */
  public static final int DEFAULT_SAMPLES =
      dev.parley.core.uncertainty.Sweep.Options.DEFAULT_SAMPLES;

  /** The most profiles drawn. */
  public static final int MAX_SAMPLES = 10_000_000;

  /** The random seed by default. */
  public static final long DEFAULT_SEED = 1;

  /** Scenario sets of at most this many profiles are enumerated, not sampled. */
  public static final long ENUMERATE_LIMIT =
      dev.parley.core.uncertainty.Sweep.Options.DEFAULT_ENUMERATE_LIMIT;

  private Sweep() {}

  /**
   * What to ask.
   *
   * @param scenarios the scenarios file (YAML or JSON)
   * @param concepts the concepts, in order; none: {@link #DEFAULT_CONCEPTS}
   * @param samples profiles drawn when sampling, 1 to {@link #MAX_SAMPLES}
   * @param seed the random seed
   * @param sample whether to sample even scenarios that could be enumerated
   */
  public record Request(
      Path scenarios, List<Concept> concepts, int samples, long seed, boolean sample) {
    public Request {
      concepts = List.copyOf(concepts);
    }

    /** The defaults, for a scenarios file. */
    public static Request of(Path scenarios) {
      return new Request(scenarios, List.of(), DEFAULT_SAMPLES, DEFAULT_SEED, false);
    }

    public Request withConcepts(List<Concept> cs) {
      return new Request(scenarios, cs, samples, seed, sample);
    }

    public Request withSamples(int n, long s, boolean always) {
      return new Request(scenarios, concepts, n, s, always);
    }

    /** The concepts asked, each once; {@link #DEFAULT_CONCEPTS} when none are. */
    public List<Concept> chosen() {
      return concepts.isEmpty() ? DEFAULT_CONCEPTS : concepts.stream().distinct().toList();
    }
  }

  /**
   * Reads the scenarios and sweeps them.
   *
   * @throws BadRequest for a number out of range, a GMCR+ model (no preference statements to read
   *     scenarios against), a scenarios file that is missing or wrong
   */
  public static SweepReport run(ModelInput in, Request req, Progress progress) {
    Variations.requireRange("samples", req.samples(), 1, MAX_SAMPLES);
    LoadedModel lm = in.loaded();
    if (lm == null) {
      throw new BadRequest(
          in.name() + ": convert the .gmcr file first (parley convert), then sweep the YAML model");
    }
    Path file = req.scenarios();
    List<Scenario> list;
    try {
      String text = ModelFiles.readText(file);
      list = ScenarioReader.read(text, file.toString(), Format.of(file, text), lm);
    } catch (ModelLoadException e) {
      throw ModelInput.userError(e, file);
    } catch (IllegalArgumentException e) {
      throw new BadRequest(file + ": " + e.getMessage());
    }
    progress.check();
    dev.parley.core.uncertainty.Sweep.Result result;
    try {
      result =
          dev.parley.core.uncertainty.Sweep.run(
              in.model,
              list,
              new dev.parley.core.uncertainty.Sweep.Options(
                  req.chosen(), req.samples(), req.seed(), req.sample() ? 0 : ENUMERATE_LIMIT));
    } catch (IllegalArgumentException e) {
      throw new BadRequest(file + ": " + e.getMessage());
    }
    progress.check();
    return new SweepReport(in.model, result, in.name(), file.toString());
  }
}
