package dev.parley.report;

import dev.parley.core.attitude.DeclaredAttitudes;
import dev.parley.core.attitude.RelationalConcept;
import dev.parley.core.coalition.StructureResult;
import dev.parley.core.drama.CardTable;
import dev.parley.core.drama.Dilemmas;
import dev.parley.core.drama.DramaResult;
import dev.parley.core.graph.GraphModel;
import dev.parley.core.hypergame.Hypergame;
import dev.parley.core.hypergame.HypergameResult;
import dev.parley.core.hypergame.Perception;
import dev.parley.core.probability.Probabilities;
import dev.parley.core.probability.ProbabilityEngine;
import dev.parley.core.probability.ProbabilityResult;
import dev.parley.core.probability.ProbabilitySpec;
import dev.parley.core.probability.Thresholds;
import dev.parley.core.progress.Progress;
import dev.parley.core.stability.Concept;
import dev.parley.core.stability.StabilityEngine;
import dev.parley.core.stability.StabilityResult;
import dev.parley.core.strength.Strength;
import dev.parley.core.strength.StrengthEngine;
import dev.parley.core.strength.StrengthResult;
import dev.parley.core.strength.StrengthSpec;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Builds the {@link AnalysisRun} a briefing is written from, in one place for {@code parley
 * analyze}, {@code parley report} and the workbench's reports, so that the text, Markdown, HTML and
 * PDF briefings carry the same content: the stability of every state under the concepts asked (by
 * default those the model's form allows, {@link #defaultConcepts}), the status quo, and the
 * mediator's findings ({@link MediatorFindings}, robustness margins searched up to {@link
 * #ROBUSTNESS_BOUND} swaps).
 *
 * <pre>{@code
 * AnalysisRun run = BriefingRun.of(model, "examples/elmira.yaml", sha256).build();
 * }</pre>
 */
public final class BriefingRun {
  /** The swaps a briefing's robustness margins are searched up to. */
  public static final int ROBUSTNESS_BOUND = 3;

  private final GraphModel model;
  private final String modelFile;
  private final String modelHash;
  private List<Concept> concepts;
  private List<Concept> assignment;
  private int statusQuo;
  private Foresight foresight;
  private StructureResult coalitions;
  private int robustness = ROBUSTNESS_BOUND;
  private boolean mediator = true;
  private Hints hints = Hints.NEUTRAL;
  private Progress progress = Progress.NONE;
  private List<Perception> perceptions = List.of();
  private CardTable drama;
  private DeclaredAttitudes attitudes;
  private List<RelationalConcept> relational = List.of();
  private ProbabilitySpec probabilities;
  private StrengthSpec strength;

  private BriefingRun(GraphModel model, String modelFile, String modelHash) {
    this.model = model;
    this.modelFile = modelFile;
    this.modelHash = modelHash;
    this.concepts = defaultConcepts(model);
    this.statusQuo = statusQuo(model);
  }

  /**
   * The briefing of {@code model}, read from {@code modelFile} (its SHA-256 {@code modelHash}),
   * under the default concepts, from the model's own status quo.
   */
  public static BriefingRun of(GraphModel model, String modelFile, String modelHash) {
    return new BriefingRun(model, modelFile, modelHash);
  }

  /**
   * The standard concepts a model is analysed under when none are asked for: all six, or for a
   * graph-form model (states and moves, no options) Nash, GMR, SMR and SEQ, since SIM and SEQ+SIM
   * combine option changes.
   */
  public static List<Concept> defaultConcepts(GraphModel model) {
    return model.isGraphForm()
        ? List.of(Concept.NASH, Concept.GMR, Concept.SMR, Concept.SEQ)
        : List.of(Concept.values());
  }

  /** The concepts asked, each once and in order; {@link #defaultConcepts} when none are. */
  public static List<Concept> concepts(GraphModel model, List<Concept> asked) {
    if (asked == null || asked.isEmpty()) {
      return defaultConcepts(model);
    }
    List<Concept> out = new ArrayList<>();
    asked.forEach(
        c -> {
          if (!out.contains(c)) {
            out.add(c);
          }
        });
    return out;
  }

  /** The state the model names as its status quo, or -1 when it names none (or several). */
  public static int statusQuo(GraphModel model) {
    if (model.conflict().statusQuo() == null) {
      return -1;
    }
    int[] match = model.space().matching(model.conflict().statusQuo());
    return match.length == 1 ? match[0] : -1;
  }

  /** Analyses these concepts (in display order); none: {@link #defaultConcepts}. */
  public BriefingRun concepts(List<Concept> asked) {
    this.concepts = concepts(model, asked);
    return this;
  }

  /** Each decision maker's own concept (null: none); these are analysed too. */
  public BriefingRun assignment(List<Concept> assignment) {
    this.assignment = assignment;
    return this;
  }

  /** The status quo to brief from (-1: none) instead of the model's own. */
  public BriefingRun statusQuo(int state) {
    this.statusQuo = state;
    return this;
  }

  /** Limited-move and non-myopic verdicts to show (null: none). */
  public BriefingRun foresight(Foresight foresight) {
    this.foresight = foresight;
    return this;
  }

  /**
   * What the decision makers perceive (docs/semantics.md §6), analysed under the run's concepts
   * when {@link #build} runs; empty or null: none.
   */
  public BriefingRun perceptions(List<Perception> perceptions) {
    this.perceptions = perceptions == null ? List.of() : List.copyOf(perceptions);
    return this;
  }

  /**
   * The card table (docs/semantics.md §5.2), whose dilemmas {@link #build} finds beside SEQ (or the
   * first concept, when SEQ is not asked); null: none.
   */
  public BriefingRun drama(CardTable drama) {
    this.drama = drama;
    return this;
  }

  /**
   * The attitudes the model declares (null: none) and the relational concepts asked (empty: those
   * of {@link RelationalRun#concepts}), analysed when {@link #build} runs (docs/semantics.md §3.4).
   */
  public BriefingRun attitudes(DeclaredAttitudes declared, List<RelationalConcept> asked) {
    this.attitudes = declared;
    this.relational = asked == null ? List.of() : List.copyOf(asked);
    return this;
  }

  /**
   * The probabilistic preferences (docs/semantics.md §5.5), whose margins {@link #build} adds for
   * the concepts that have a probabilistic version; null: none.
   */
  public BriefingRun probabilities(ProbabilitySpec probabilities) {
    this.probabilities = probabilities;
    return this;
  }

  /**
   * The strength of preference (docs/semantics.md §5.4), whose strong and weak stability {@link
   * #build} computes for the run's concepts that have them; null: none.
   */
  public BriefingRun strength(StrengthSpec strength) {
    this.strength = strength;
    return this;
  }

  /** The analysis under a fixed coalition structure to show (null: none). */
  public BriefingRun coalitions(StructureResult coalitions) {
    this.coalitions = coalitions;
    return this;
  }

  /** Searches robustness margins up to {@code bound} swaps; 0 turns them off. */
  /** Words for the front end's controls, where the findings point to more. */
  public BriefingRun hints(Hints h) {
    this.hints = h;
    return this;
  }

  public BriefingRun robustness(int bound) {
    this.robustness = bound;
    return this;
  }

  /**
   * Whether to compute the mediator's findings (default yes); a report that does not show them (the
   * CSV table) may leave them out.
   */
  public BriefingRun mediator(boolean compute) {
    this.mediator = compute;
    return this;
  }

  /** Reports the stability analysis to, and lets it be cancelled through, {@code progress}. */
  public BriefingRun progress(Progress progress) {
    this.progress = progress;
    return this;
  }

  /** The concepts the run will show, in order. */
  public List<Concept> concepts() {
    return concepts;
  }

  /**
   * Analyses the model and gathers the run.
   *
   * @throws dev.parley.core.model.ModelException when SIM or SEQ+SIM is asked of a graph-form model
   * @throws Progress.CancelledException when {@code progress} is cancelled
   */
  public AnalysisRun build() {
    Set<Concept> needed = EnumSet.copyOf(concepts);
    if (assignment != null) {
      needed.addAll(assignment);
    }
    List<RelationalConcept> rcs = RelationalRun.concepts(relational, concepts, attitudes);
    needed.addAll(RelationalRun.standards(rcs));
    StabilityResult result = new StabilityEngine(progress).analyze(model, needed);
    progress.check();
    HypergameResult hypergame =
        perceptions.isEmpty()
            ? null
            : Hypergame.analyze(model, perceptions, EnumSet.copyOf(concepts), progress);
    Concept beside = concepts.contains(Concept.SEQ) ? Concept.SEQ : concepts.get(0);
    DramaResult dilemmas = drama == null ? null : Dilemmas.analyze(model, drama, result, beside);
    MarginsReport margins = margins();
    Set<Concept> strong = EnumSet.copyOf(concepts);
    strong.retainAll(StrengthEngine.CONCEPTS);
    StrengthResult strengths =
        strength == null || strong.isEmpty()
            ? null
            : new StrengthEngine(progress).analyze(model, Strength.of(model, strength), strong);
    MediatorFindings findings =
        mediator
            ? MediatorFindings.compute(model, result, concepts, statusQuo, robustness, hints)
            : null;
    RelationalRun rel = rcs.isEmpty() ? null : RelationalRun.compute(model, attitudes, rcs);
    progress.check();
    return new AnalysisRun(
        model,
        result,
        concepts,
        assignment,
        statusQuo,
        modelFile,
        modelHash,
        foresight,
        coalitions,
        findings,
        hypergame,
        dilemmas,
        rel,
        margins,
        strengths);
  }

  private MarginsReport margins() {
    Set<Concept> asked = EnumSet.noneOf(Concept.class);
    concepts.stream().filter(ProbabilityEngine.CONCEPTS::contains).forEach(asked::add);
    if (probabilities == null || asked.isEmpty()) {
      return null;
    }
    Probabilities p = Probabilities.of(model, probabilities);
    ProbabilityResult r =
        new ProbabilityEngine().analyze(model, p, Thresholds.of(probabilities), asked);
    return new MarginsReport(model, probabilities, p, r, modelFile);
  }
}
