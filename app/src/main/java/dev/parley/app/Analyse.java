package dev.parley.app;

import dev.parley.core.attitude.RelationalConcept;
import dev.parley.core.coalition.CoalitionStructure;
import dev.parley.core.coalition.StructureEngine;
import dev.parley.core.coalition.StructureResult;
import dev.parley.core.graph.GraphModel;
import dev.parley.core.progress.Progress;
import dev.parley.core.stability.Concept;
import dev.parley.core.stability.StabilityEngine;
import dev.parley.core.stability.StabilityResult;
import dev.parley.report.AnalysisRun;
import dev.parley.report.BriefingRun;
import dev.parley.report.Foresight;
import dev.parley.report.Hints;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The analysis a briefing is written from ({@code parley analyze}, {@code parley report}, the
 * workbench's analyses and reports): stability of every state under the concepts asked, foresight
 * for two decision makers, a coalition structure, the status quo, and the mediator's findings.
 */
public final class Analyse {
  /** The robustness margins' default bound, in swaps. */
  public static final int DEFAULT_ROBUSTNESS = BriefingRun.ROBUSTNESS_BOUND;

  /** The largest bound a briefing searches margins up to. */
  public static final int MAX_ROBUSTNESS = 10;

  /** The longest limited-move horizon. */
  public static final int MAX_HORIZON = 1000;

  private Analyse() {}

  /**
   * The stability engine alone on {@code model} under {@code concepts}: what the use cases that
   * start from individual stability compute first, and what {@code parley bench} times.
   */
  public static StabilityResult stability(
      GraphModel model, Collection<Concept> concepts, Progress progress) {
    return new StabilityEngine(progress).analyze(model, EnumSet.copyOf(concepts));
  }

  /**
   * What to analyse.
   *
   * @param concepts the standard concepts, in order; none: those the model's form allows
   * @param horizons limited-move horizons (L1, L2, ...), two decision makers only
   * @param nonMyopic whether to add non-myopic stability (NM), two decision makers only
   * @param assign a concept per decision maker (id or name); empty: every one under each concept
   * @param statusQuo the state to take as the status quo (a reference); null: the model's
   * @param coalitions a coalition structure such as {@code [US,UA],RU}; null: none
   * @param robustness the bound of the robustness margins, 0 to {@link #MAX_ROBUSTNESS}
   * @param findings whether to add the mediator's findings (a table-only report needs none)
   * @param hints the front end's words where the findings point to more
   * @param relational the relational concepts (docs/semantics.md §3.4); none: those of the standard
   *     concepts shown when the model declares attitudes
   */
  public record Request(
      List<Concept> concepts,
      List<Integer> horizons,
      boolean nonMyopic,
      Map<String, Concept> assign,
      String statusQuo,
      String coalitions,
      int robustness,
      boolean findings,
      Hints hints,
      List<RelationalConcept> relational) {
    public Request {
      concepts = List.copyOf(concepts);
      relational = relational == null ? List.of() : List.copyOf(relational);
      horizons = List.copyOf(horizons);
      assign = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(assign));
    }

    /** The standard concepts the model's form allows, from its status quo, with findings. */
    public static Request standard() {
      return new Request(
          List.of(),
          List.of(),
          false,
          Map.of(),
          null,
          null,
          DEFAULT_ROBUSTNESS,
          true,
          Hints.NEUTRAL,
          List.of());
    }

    /**
     * The request for concept names as both front ends take them: the standard concepts, and for
     * two decision makers L1, L2, ... and NM; none means the standard concepts of the model's form.
     *
     * @throws BadRequest for an unknown name or a horizon out of range
     */
    public static Request parse(List<String> names) {
      List<Concept> cs = new ArrayList<>();
      List<Integer> hs = new ArrayList<>();
      boolean nm = false;
      List<RelationalConcept> rs = new ArrayList<>();
      for (String raw : names == null ? List.<String>of() : names) {
        String t = raw == null ? "" : raw.trim();
        if (t.matches("(?i)L[0-9]{1,9}")) {
          long h = Long.parseLong(t.substring(1));
          if (h < 1 || h > MAX_HORIZON) {
            throw new BadRequest(
                "concept", t + ": the horizon must be between 1 and " + MAX_HORIZON);
          }
          if (!hs.contains((int) h)) {
            hs.add((int) h);
          }
        } else if (t.equalsIgnoreCase("nm")) {
          nm = true;
        } else if (RelationalConcept.parse(t) != null) {
          if (!rs.contains(RelationalConcept.parse(t))) {
            rs.add(RelationalConcept.parse(t));
          }
        } else {
          Concept c = Concept.parse(t);
          if (c == null) {
            throw new BadRequest(
                Concepts.unknown(t)
                    + "; rnash, rgmr, rsmr or rseq under the attitudes; or L1, L2, ... and NM for"
                    + " two decision makers");
          }
          if (!cs.contains(c)) {
            cs.add(c);
          }
        }
      }
      if (cs.isEmpty() && (!hs.isEmpty() || nm)) {
        cs.add(Concept.NASH); // foresight alone: beside Nash stability
      }
      if (cs.isEmpty() && !rs.isEmpty()) {
        rs.forEach(r -> cs.add(r.standard())); // relational alone: beside the standard ones
      }
      return standard().withConcepts(cs, hs, nm).withRelational(rs);
    }

    public Request withConcepts(List<Concept> cs, List<Integer> hs, boolean nm) {
      return new Request(
          cs, hs, nm, assign, statusQuo, coalitions, robustness, findings, hints, relational);
    }

    public Request withAssign(Map<String, Concept> a) {
      return new Request(
          concepts,
          horizons,
          nonMyopic,
          a,
          statusQuo,
          coalitions,
          robustness,
          findings,
          hints,
          relational);
    }

    public Request withStatusQuo(String sq) {
      return new Request(
          concepts,
          horizons,
          nonMyopic,
          assign,
          sq,
          coalitions,
          robustness,
          findings,
          hints,
          relational);
    }

    public Request withCoalitions(String c) {
      return new Request(
          concepts,
          horizons,
          nonMyopic,
          assign,
          statusQuo,
          c,
          robustness,
          findings,
          hints,
          relational);
    }

    public Request withRobustness(int b) {
      return new Request(
          concepts,
          horizons,
          nonMyopic,
          assign,
          statusQuo,
          coalitions,
          b,
          findings,
          hints,
          relational);
    }

    public Request withHints(Hints h) {
      return new Request(
          concepts,
          horizons,
          nonMyopic,
          assign,
          statusQuo,
          coalitions,
          robustness,
          findings,
          h,
          relational);
    }

    public Request withRelational(List<RelationalConcept> r) {
      return new Request(
          concepts,
          horizons,
          nonMyopic,
          assign,
          statusQuo,
          coalitions,
          robustness,
          findings,
          hints,
          r);
    }

    public Request withFindings(boolean f) {
      return new Request(
          concepts,
          horizons,
          nonMyopic,
          assign,
          statusQuo,
          coalitions,
          robustness,
          f,
          hints,
          relational);
    }
  }

  /**
   * The standard concepts {@code asked} of a model, each once; none: those its form allows.
   *
   * @throws BadRequest for SIM or SEQ+SIM asked of a graph-form model
   */
  public static List<Concept> concepts(ModelInput in, Collection<Concept> asked) {
    List<Concept> cs = BriefingRun.concepts(in.model, List.copyOf(asked));
    requireOptionForm(in, cs);
    return cs;
  }

  /**
   * Refuses SIM and SEQ+SIM for a graph-form model, which has no options to combine.
   *
   * @throws BadRequest naming the model
   */
  public static void requireOptionForm(ModelInput in, Collection<Concept> cs) {
    GraphModel model = in.model;
    if (model.isGraphForm() && (cs.contains(Concept.SIM) || cs.contains(Concept.SEQSIM))) {
      throw new BadRequest(
          "SIM and SEQ+SIM combine the decision makers' option changes, and "
              + in.name()
              + " is in graph form (states and moves, no options); use nash, gmr, smr or seq");
    }
  }

  /**
   * Runs the analysis.
   *
   * @throws BadRequest for a request the model cannot answer (an unknown state or decision maker,
   *     foresight for more than two decision makers, a bad coalition structure)
   * @throws Progress.CancelledException when {@code progress} is cancelled
   */
  public static AnalysisRun run(ModelInput in, Request req, Progress progress) {
    if (req.robustness() < 0 || req.robustness() > MAX_ROBUSTNESS) {
      throw new BadRequest(
          "robustness", req.robustness() + ": give a number from 0 to " + MAX_ROBUSTNESS);
    }
    List<Concept> order = BriefingRun.concepts(in.model, req.concepts());
    Set<Concept> needed = EnumSet.copyOf(order);
    List<Concept> assignment = null;
    if (!req.assign().isEmpty()) {
      assignment = new ArrayList<>();
      Concept fallback = req.concepts().isEmpty() ? Concept.NASH : req.concepts().get(0);
      for (int d = 0; d < in.conflict.dmCount(); d++) {
        assignment.add(fallback);
      }
      for (Map.Entry<String, Concept> e : req.assign().entrySet()) {
        assignment.set(in.dm(e.getKey()), e.getValue());
      }
      needed.addAll(assignment);
    }
    requireOptionForm(in, needed);
    int sq = in.startState(req.statusQuo());
    Foresight foresight = null;
    if (!req.horizons().isEmpty() || req.nonMyopic()) {
      try {
        foresight = Foresight.compute(in.model, in.name(), req.horizons(), req.nonMyopic());
      } catch (Foresight.Refused e) {
        throw new BadRequest(e.getMessage());
      }
      progress.check();
    }
    StructureResult structure = null;
    if (req.coalitions() != null) {
      CoalitionStructure blocks;
      try {
        blocks = CoalitionStructure.parse(req.coalitions(), in.conflict.decisionMakers());
      } catch (IllegalArgumentException e) {
        throw new BadRequest("coalitions", e.getMessage());
      }
      structure = new StructureEngine().analyze(in.model, blocks, EnumSet.copyOf(order));
    }
    return BriefingRun.of(in.model, in.name(), in.sha256)
        .concepts(order)
        .assignment(assignment)
        .statusQuo(sq)
        .foresight(foresight)
        .coalitions(structure)
        .perceptions(in.perceptions())
        .drama(in.drama())
        .attitudes(in.attitudes(), req.relational())
        .probabilities(in.probabilities())
        .strength(in.strength())
        .robustness(req.robustness())
        .mediator(req.findings())
        .hints(req.hints())
        .progress(progress)
        .build();
  }
}
