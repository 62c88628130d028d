package dev.parley.core.hypergame;

import dev.parley.core.graph.GraphModel;
import dev.parley.core.model.ModelException;
import dev.parley.core.progress.Progress;
import dev.parley.core.stability.Concept;
import dev.parley.core.stability.StabilityEngine;
import dev.parley.core.stability.StabilityResult;
import dev.parley.core.stability.StabilitySolver;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * First-level hypergame analysis (docs/semantics.md §6): every decision maker's perceived game is
 * built ({@link PerceivedGame}) and analysed with the ordinary stability engine, and the true game
 * once more; {@link HypergameResult} compares them.
 */
public final class Hypergame {
  private Hypergame() {}

  /** Analyses with the fast {@link StabilityEngine}. */
  public static HypergameResult analyze(
      GraphModel truth, List<Perception> perceptions, Set<Concept> concepts, Progress progress) {
    return analyze(truth, games(truth, perceptions), concepts, new StabilityEngine(progress));
  }

  /**
   * The perceived game of every decision maker, in model order; one without a perception is the
   * true game.
   *
   * @throws ModelException when a perception names a decision maker twice or a belief cannot be
   *     resolved
   */
  public static List<PerceivedGame> games(GraphModel truth, List<Perception> perceptions) {
    int n = truth.dmCount();
    PerceivedGame[] games = new PerceivedGame[n];
    List<ModelException.Problem> problems = new ArrayList<>();
    for (Perception p : perceptions) {
      if (p.holder() < 0 || p.holder() >= n) {
        throw new IllegalArgumentException("no decision maker " + p.holder());
      }
      if (games[p.holder()] != null) {
        problems.add(
            new ModelException.Problem(
                "decisionMakers[" + p.holder() + "].perceives",
                "two perceptions for one decision maker",
                "give each decision maker one 'perceives:'"));
        continue;
      }
      try {
        games[p.holder()] = PerceivedGame.of(truth, p);
      } catch (ModelException e) {
        problems.addAll(e.problems());
      }
    }
    if (!problems.isEmpty()) {
      throw new ModelException(problems);
    }
    List<PerceivedGame> out = new ArrayList<>();
    for (int d = 0; d < n; d++) {
      out.add(
          games[d] != null ? games[d] : PerceivedGame.of(truth, d, null, new java.util.BitSet()));
    }
    return out;
  }

  /**
   * Analyses given perceived games (one per decision maker, in model order) with {@code solver};
   * the tests pass the literal reference solver here.
   */
  public static HypergameResult analyze(
      GraphModel truth, List<PerceivedGame> games, Set<Concept> concepts, StabilitySolver solver) {
    if (games.size() != truth.dmCount()) {
      throw new IllegalArgumentException("one perceived game per decision maker");
    }
    StabilityResult trueResult = solver.analyze(truth, concepts);
    List<StabilityResult> perceived = new ArrayList<>();
    for (PerceivedGame g : games) {
      perceived.add(g.modelDiffers() ? solver.analyze(g.model(), concepts) : trueResult);
    }
    return new HypergameResult(truth, concepts, trueResult, games, perceived, solver);
  }
}
