package dev.parley.app;

import dev.parley.core.coalition.CoalitionStructure;
import dev.parley.core.evolution.Evolution;
import dev.parley.core.evolution.Movers;
import dev.parley.core.model.ModelException;
import dev.parley.core.progress.Progress;
import dev.parley.core.stability.Concept;
import dev.parley.core.stability.StabilityResult;
import dev.parley.report.EvolutionRun;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Status quo analysis ({@code parley evolve}, {@code POST /api/models/{name}/evolution}): where the
 * conflict can go from a state, by legal sequences of moves and of improvements, with the shortest
 * paths to the equilibria or to a chosen state, for individual movers or blocks that move as one.
 * Commitment packages are added to the model before ({@link ModelInput#withPackages}).
 */
public final class Evolve {
  /** The depth of the "reachable in exactly t steps" table (and tree) when none is asked. */
  public static final int DEFAULT_DEPTH = 3;

  /** The deepest table or tree. */
  public static final int MAX_DEPTH = 40;

  /** Whose equilibria are the targets when no concept is asked. */
  public static final List<Concept> DEFAULT_CONCEPTS =
      List.of(Concept.NASH, Concept.GMR, Concept.SMR, Concept.SEQ);

  private Evolve() {}

  /**
   * What to analyse.
   *
   * @param from the state to start from (a reference); null: the model's status quo
   * @param to the one target (a reference); null: the equilibria under {@code concepts}
   * @param concepts whose equilibria are the targets; none: {@link #DEFAULT_CONCEPTS}
   * @param depth the depth of the exactly-t table and of the tree, 1 to {@link #MAX_DEPTH}; null:
   *     {@link #DEFAULT_DEPTH}
   * @param tree whether the transition tree is wanted (drawn to {@code depth})
   * @param improvementsOnly whether only improvements are followed
   * @param coalitions blocks that move as one: {@code [US,UA],RU}, or {@code US+UA} (each value one
   *     or more blocks, comma-separated; a decision maker left out moves alone); none: individuals
   */
  public record Request(
      String from,
      String to,
      List<Concept> concepts,
      Integer depth,
      boolean tree,
      boolean improvementsOnly,
      List<String> coalitions) {
    public Request {
      concepts = concepts == null ? List.of() : List.copyOf(concepts);
      coalitions = coalitions == null ? List.of() : List.copyOf(coalitions);
    }

    /** From the status quo to the equilibria of the default concepts, individuals moving. */
    public static Request standard() {
      return new Request(null, null, List.of(), null, false, false, List.of());
    }

    public Request withFrom(String f) {
      return new Request(f, to, concepts, depth, tree, improvementsOnly, coalitions);
    }

    public Request withTo(String t) {
      return new Request(from, t, concepts, depth, tree, improvementsOnly, coalitions);
    }

    public Request withConcepts(List<Concept> cs) {
      return new Request(from, to, cs, depth, tree, improvementsOnly, coalitions);
    }

    public Request withDepth(Integer d) {
      return new Request(from, to, concepts, d, tree, improvementsOnly, coalitions);
    }

    public Request withTree(boolean t) {
      return new Request(from, to, concepts, depth, t, improvementsOnly, coalitions);
    }

    public Request withImprovementsOnly(boolean i) {
      return new Request(from, to, concepts, depth, tree, i, coalitions);
    }

    public Request withCoalitions(List<String> c) {
      return new Request(from, to, concepts, depth, tree, improvementsOnly, c);
    }
  }

  /**
   * A request resolved against its model, every field checked: the start, the target (-1: the
   * equilibria), the concepts, the depth and the movers.
   */
  public record Plan(
      ModelInput in,
      int from,
      int to,
      List<Concept> concepts,
      int depth,
      boolean tree,
      boolean improvementsOnly,
      Movers movers) {
    public Plan {
      concepts = List.copyOf(concepts);
    }
  }

  /**
   * What the renderers need: the run the report and the exports are written from, and the model's
   * own status quo (-1: none), which may differ from the start.
   */
  public record Result(Plan plan, EvolutionRun run, int statusQuo) {
    public Evolution evolution() {
      return run.evolution();
    }
  }

  /**
   * Checks a request and resolves it against the model; cheap, so that a front end can refuse a bad
   * request before it starts the work.
   *
   * @throws BadRequest naming the field: a depth out of range, an unknown state, a model with no
   *     status quo and no start, SIM or SEQ+SIM for a graph-form model, bad blocks
   */
  public static Plan plan(ModelInput in, Request req) {
    if (req.depth() != null && (req.depth() < 1 || req.depth() > MAX_DEPTH)) {
      throw badDepth(String.valueOf(req.depth()));
    }
    int depth = req.depth() == null ? DEFAULT_DEPTH : req.depth();
    int from = States.start(in, req.from(), "from");
    int to = States.given(req.to()) ? States.state(in, req.to(), "to") : -1;
    List<Concept> cs =
        req.concepts().isEmpty() ? DEFAULT_CONCEPTS : req.concepts().stream().distinct().toList();
    Analyse.requireOptionForm(in, cs);
    List<List<Integer>> blocks = blocks(in, req.coalitions());
    Movers movers =
        blocks.isEmpty() ? Movers.individuals(in.model) : Movers.blocks(in.model, blocks);
    return new Plan(in, from, to, cs, depth, req.tree(), req.improvementsOnly(), movers);
  }

  /** The problem with a depth given as {@code given} (the REST API's JSON text of a non-number). */
  public static BadRequest badDepth(String given) {
    return new BadRequest(
        "depth",
        given
            + ": give a whole number from 1 to "
            + MAX_DEPTH
            + " (default "
            + DEFAULT_DEPTH
            + ")");
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

  /** Runs a checked request: stability under the target concepts, then the evolution. */
  public static Result run(Plan plan, Progress progress) {
    ModelInput in = plan.in();
    StabilityResult result = Analyse.stability(in.model, plan.concepts(), progress);
    progress.report("evolution", 0, 1);
    EvolutionRun run =
        new EvolutionRun(
            Evolution.of(plan.movers(), plan.from()),
            result,
            plan.concepts(),
            plan.to(),
            plan.depth(),
            plan.tree(),
            plan.improvementsOnly(),
            in.name(),
            in.sha256);
    return new Result(plan, run, in.startState(null));
  }

  /**
   * Blocks of decision makers from the request's {@code coalitions}: the notation of a coalition
   * structure ({@code [US,UA],RU}), or blocks whose members are joined by '+' ({@code US+UA,RU+X}),
   * a decision maker left out moving alone; none: no blocks.
   */
  static List<List<Integer>> blocks(ModelInput in, List<String> given) {
    List<String> parts = given.stream().filter(s -> s != null && !s.isBlank()).toList();
    List<List<Integer>> out = new ArrayList<>();
    if (parts.isEmpty()) {
      return out;
    }
    String text = String.join(",", parts);
    if (text.contains("[")) {
      try {
        for (var block : CoalitionStructure.parse(text, in.conflict.decisionMakers()).blocks()) {
          out.add(block.memberList());
        }
        return out;
      } catch (IllegalArgumentException | ModelException e) {
        throw new BadRequest("coalitions", e.getMessage());
      }
    }
    Set<Integer> used = new HashSet<>();
    for (String spec : text.split(",")) {
      List<Integer> block = new ArrayList<>();
      for (String id : spec.split("\\+")) {
        int d;
        try {
          d = in.dm(id.strip());
        } catch (BadRequest e) {
          throw new BadRequest("coalitions", spec.strip() + ": " + String.join("; ", e.lines()));
        }
        if (!used.add(d)) {
          throw new BadRequest(
              "coalitions",
              text
                  + ": '"
                  + in.conflict.decisionMakers().get(d).id()
                  + "' is in two blocks; each decision maker moves in one block at most");
        }
        block.add(d);
      }
      out.add(block);
    }
    return out;
  }
}
