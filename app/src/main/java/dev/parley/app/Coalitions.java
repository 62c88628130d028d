package dev.parley.app;

import dev.parley.core.coalition.CoalitionConcept;
import dev.parley.core.coalition.CoalitionEngine;
import dev.parley.core.coalition.CoalitionGains;
import dev.parley.core.coalition.CoalitionResult;
import dev.parley.core.coalition.CoalitionStructure;
import dev.parley.core.coalition.Deterrence;
import dev.parley.core.coalition.StructureEngine;
import dev.parley.core.coalition.StructureReach;
import dev.parley.core.coalition.StructureResult;
import dev.parley.core.evolution.ReachTree;
import dev.parley.core.model.ModelException;
import dev.parley.core.progress.Progress;
import dev.parley.core.stability.Concept;
import dev.parley.core.stability.StabilityResult;
import dev.parley.report.AnalysisRun;
import dev.parley.report.CoalitionReport;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Coalition analysis ({@code parley coalitions}, {@code POST /api/models/{name}/coalitions}): the
 * stability of every state for every coalition of decision makers (CNash, CGMR, CSMR, CSEQ), beside
 * the individual equilibria; and, when asked, one fixed coalition structure as {@code parley
 * analyze --coalitions} analyses it.
 */
public final class Coalitions {
  /** Every coalition is examined for models of at most this many decision makers. */
  public static final int MAX_DMS = CoalitionEngine.MAX_DMS;

  /**
   * Above this many states the all-coalitions analysis may take long where it searches each
   * coalition's improvements state by state (explicit moves, or "every member"; see {@link
   * #searchesStateByState} and docs/coalitions.md, "Cost").
   */
  public static final int SLOW_STATES = 10_000;

  /**
   * Whether the all-coalitions analysis of this plan searches state by state (time growing with the
   * square of the number of states): for models with explicit moves, or with "every member".
   */
  public static boolean searchesStateByState(Plan plan) {
    return !CoalitionEngine.byClosures(plan.in().model, plan.deterrence());
  }

  private Coalitions() {}

  /**
   * What to analyse.
   *
   * @param concepts the coalition concepts, in order; none: all four
   * @param deterrence whom a sanction must leave no better off to deter a coalition
   * @param statusQuo the state to take as the status quo (a reference); null: the model's
   * @param structure a fixed coalition structure such as {@code [US,UA],RU}; null: none
   */
  public record Request(
      List<CoalitionConcept> concepts, Deterrence deterrence, String statusQuo, String structure) {
    public Request {
      concepts = concepts == null ? List.of() : List.copyOf(concepts);
      deterrence = deterrence == null ? Deterrence.SOME_MEMBER : deterrence;
    }

    /** All four concepts, deterred when some member is no better off, from the status quo. */
    public static Request standard() {
      return new Request(List.of(), Deterrence.SOME_MEMBER, null, null);
    }

    /**
     * The request for concept names as both front ends take them: cnash, cgmr, csmr, cseq (nash,
     * gmr, smr, seq for the same); none means all four.
     *
     * @throws BadRequest for an unknown name
     */
    public static Request parse(List<String> names) {
      List<CoalitionConcept> out = new ArrayList<>();
      for (String raw : names == null ? List.<String>of() : names) {
        if (raw == null || raw.isBlank()) {
          continue;
        }
        CoalitionConcept c = CoalitionConcept.parse(raw);
        if (c == null) {
          throw new BadRequest(
              "unknown coalition concept '"
                  + raw.strip()
                  + "'; use one of "
                  + Arrays.stream(CoalitionConcept.values())
                      .map(CoalitionConcept::id)
                      .collect(Collectors.joining(", ")));
        }
        if (!out.contains(c)) {
          out.add(c);
        }
      }
      return standard().withConcepts(out);
    }

    public Request withConcepts(List<CoalitionConcept> cs) {
      return new Request(cs, deterrence, statusQuo, structure);
    }

    public Request withDeterrence(Deterrence d) {
      return new Request(concepts, d, statusQuo, structure);
    }

    /**
     * The deterrence a quantifier names: {@code some} (the default) or {@code all}; null keeps the
     * default.
     *
     * @throws BadRequest for any other
     */
    public Request withQuantifier(String quantifier) {
      if (quantifier == null) {
        return this;
      }
      Deterrence d = Deterrence.parse(quantifier);
      if (d == null) {
        throw new BadRequest(
            "quantifier",
            quantifier
                + ": use 'some' (a sanction deters when it leaves some member no better off, the"
                + " default) or 'all' (every member)");
      }
      return withDeterrence(d);
    }

    public Request withStatusQuo(String sq) {
      return new Request(concepts, deterrence, sq, structure);
    }

    public Request withStructure(String s) {
      return new Request(concepts, deterrence, statusQuo, s);
    }
  }

  /**
   * A request resolved against its model: the concepts, the deterrence, the status quo (-1: none)
   * and the structure (null: none) with its text as given.
   */
  public record Plan(
      ModelInput in,
      List<CoalitionConcept> concepts,
      Deterrence deterrence,
      int statusQuo,
      CoalitionStructure structure,
      String structureText) {
    public Plan {
      concepts = List.copyOf(concepts);
    }

    /** The individual concepts beside the coalition ones, in the standard order. */
    public List<Concept> individualConcepts() {
      EnumSet<Concept> set = EnumSet.noneOf(Concept.class);
      concepts.forEach(c -> set.add(c.individual()));
      return List.copyOf(set);
    }
  }

  /**
   * What the renderers need: the individual stability, the report of every coalition (null when the
   * model has more than {@link #MAX_DMS} decision makers: {@link #skipped} says so), and the run of
   * the fixed structure (null when none was asked; its {@code coalitions()} is the structure's
   * result).
   */
  public record Result(
      Plan plan,
      StabilityResult individual,
      CoalitionReport report,
      AnalysisRun structure,
      String skipped) {
    /** What coalitions gain along the conflict's evolution from the status quo. */
    public List<CoalitionGains.Gain> gainsFromStatusQuo() {
      return CoalitionGains.alongEvolution(plan.in().model, plan.statusQuo());
    }

    /** The states the status quo reaches by improvements (each strictly better for its mover). */
    public BitSet reachableFromStatusQuo() {
      return ReachTree.of(plan.in().model, plan.statusQuo(), true).reachable();
    }

    /** Where the status quo can go with the blocks of the structure moving as one. */
    public StructureReach structureReach() {
      return StructureReach.of(plan.in().model, plan.structure(), plan.statusQuo());
    }
  }

  /**
   * Checks a request and resolves it against the model.
   *
   * @throws BadRequest for an unknown state, a bad structure, or a model of more than {@link
   *     #MAX_DMS} decision makers without a structure
   */
  public static Plan plan(ModelInput in, Request req) {
    List<CoalitionConcept> cs =
        req.concepts().isEmpty() ? List.of(CoalitionConcept.values()) : req.concepts();
    int sq = States.orStatusQuo(in, req.statusQuo(), "statusQuo");
    CoalitionStructure structure = null;
    String text = null;
    if (req.structure() != null && !req.structure().isBlank()) {
      text = req.structure().strip();
      try {
        structure = CoalitionStructure.parse(text, in.conflict.decisionMakers());
      } catch (IllegalArgumentException | ModelException e) {
        throw new BadRequest("structure", e.getMessage());
      }
    }
    if (structure == null) {
      try {
        CoalitionEngine.checkSize(in.model);
      } catch (IllegalArgumentException e) {
        throw new BadRequest(in.name() + ": " + e.getMessage());
      }
    }
    return new Plan(in, cs, req.deterrence(), sq, structure, text);
  }

  /**
   * Runs the analysis.
   *
   * @throws BadRequest for a bad request ({@link #plan})
   * @throws Progress.CancelledException when {@code progress} is cancelled
   */
  public static Result run(ModelInput in, Request req, Progress progress) {
    return run(plan(in, req), progress);
  }

  /**
   * Runs a checked request: individual stability, every coalition's (for at most {@link #MAX_DMS}
   * decision makers), then the fixed structure if any.
   */
  public static Result run(Plan plan, Progress progress) {
    ModelInput in = plan.in();
    List<Concept> individualConcepts = plan.individualConcepts();
    StabilityResult individual = Analyse.stability(in.model, individualConcepts, progress);
    CoalitionReport report = null;
    String skipped = null;
    if (in.model.dmCount() <= MAX_DMS) {
      progress.report("coalitions", 0, 1);
      CoalitionResult result =
          new CoalitionEngine()
              .analyze(in.model, EnumSet.copyOf(plan.concepts()), plan.deterrence());
      progress.check();
      report =
          new CoalitionReport(
              in.model,
              result,
              plan.concepts(),
              individual,
              plan.statusQuo(),
              in.name(),
              in.sha256);
    } else {
      skipped =
          in.model.dmCount()
              + " decision makers: every coalition is examined for at most "
              + MAX_DMS
              + "; the fixed structure is analysed below";
    }
    AnalysisRun structure = null;
    if (plan.structure() != null) {
      progress.report("coalition structure", 0, 1);
      StructureResult sr =
          new StructureEngine()
              .analyze(in.model, plan.structure(), EnumSet.copyOf(individualConcepts));
      structure =
          AnalysisRun.stability(
                  in.model, individual, individualConcepts, plan.statusQuo(), in.name(), in.sha256)
              .withCoalitions(sr);
    }
    return new Result(plan, individual, report, structure, skipped);
  }
}
