package dev.parley.core.hypergame;

import dev.parley.core.graph.GraphModel;
import dev.parley.core.stability.Concept;
import dev.parley.core.stability.StabilityResult;
import dev.parley.core.stability.StabilitySolver;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The first-level hypergame of a model (docs/semantics.md §6): per decision maker and state its
 * verdict in its own game and the true verdict; the hypergame equilibria and their classes (HT, H,
 * T); and, where a verdict is wrong, who is mistaken about what. State indices are the true ones.
 */
public final class HypergameResult {
  private final GraphModel truth;
  private final Set<Concept> concepts;
  private final StabilityResult trueResult;
  private final List<PerceivedGame> games;
  private final List<StabilityResult> perceived;
  private final StabilitySolver solver;
  private final Map<Misbelief, StabilityResult>[] corrections;

  @SuppressWarnings("unchecked")
  HypergameResult(
      GraphModel truth,
      Set<Concept> concepts,
      StabilityResult trueResult,
      List<PerceivedGame> games,
      List<StabilityResult> perceived,
      StabilitySolver solver) {
    this.truth = truth;
    this.concepts = Set.copyOf(concepts);
    this.trueResult = trueResult;
    this.games = List.copyOf(games);
    this.perceived = List.copyOf(perceived);
    this.solver = solver;
    this.corrections = new Map[games.size()];
    for (int d = 0; d < corrections.length; d++) {
      corrections[d] = new HashMap<>();
    }
  }

  public GraphModel truth() {
    return truth;
  }

  public Set<Concept> concepts() {
    return concepts;
  }

  /** The ordinary analysis of the true game. */
  public StabilityResult trueResult() {
    return trueResult;
  }

  /** Decision maker {@code dm}'s perceived game. */
  public PerceivedGame game(int dm) {
    return games.get(dm);
  }

  /** The analysis of {@code dm}'s perceived game (every decision maker's stability in it). */
  public StabilityResult perceivedResult(int dm) {
    return perceived.get(dm);
  }

  /** Whether any decision maker's game differs from the true game. */
  public boolean hasMisperceptions() {
    return games.stream().anyMatch(g -> !g.misbeliefs().isEmpty());
  }

  public boolean sees(int dm, int state) {
    return games.get(dm).sees(state);
  }

  /**
   * {@code dm}'s verdict on its own stability at {@code state}, in its own game; false where it
   * cannot see the state (it gives no verdict there, see {@link #sees}).
   */
  public boolean perceivedStable(Concept c, int dm, int state) {
    return sees(dm, state) && games.get(dm).judgesStable(perceived.get(dm), c, dm, state);
  }

  /** Whether {@code state} is stable for {@code dm} in the true game. */
  public boolean trueStable(Concept c, int dm, int state) {
    return trueResult.isStable(c, dm, state);
  }

  /** Whether {@code dm}'s verdict on its own stability at {@code state} is wrong (or missing). */
  public boolean differs(Concept c, int dm, int state) {
    return !sees(dm, state) || perceivedStable(c, dm, state) != trueStable(c, dm, state);
  }

  /** The states {@code dm} can see and believes stable for every decision maker in its game. */
  public BitSet believedEquilibria(Concept c, int dm) {
    PerceivedGame g = games.get(dm);
    BitSet eq = new BitSet();
    for (int s = 0; s < truth.stateCount(); s++) {
      boolean all = g.sees(s);
      for (int i = 0; i < games.size() && all; i++) {
        all = g.judgesStable(perceived.get(dm), c, i, s);
      }
      eq.set(s, all);
    }
    return eq;
  }

  /** The true equilibria. */
  public BitSet trueEquilibria(Concept c) {
    return trueResult.equilibria(c);
  }

  /** States every decision maker sees and finds stable for itself in its own game. */
  public BitSet hypergameEquilibria(Concept c) {
    BitSet eq = new BitSet();
    eq.set(0, truth.stateCount());
    for (int s = eq.nextSetBit(0); s >= 0; s = eq.nextSetBit(s + 1)) {
      for (int d = 0; d < games.size(); d++) {
        if (!perceivedStable(c, d, s)) {
          eq.clear(s);
          break;
        }
      }
    }
    return eq;
  }

  /** The class of {@code state}, or null when it is neither kind of equilibrium. */
  public HypergameClass classOf(Concept c, int state) {
    boolean h = hypergameEquilibria(c).get(state);
    boolean t = trueEquilibria(c).get(state);
    return h && t ? HypergameClass.HT : h ? HypergameClass.H : t ? HypergameClass.T : null;
  }

  /**
   * The decision makers whose own verdict at {@code state} is wrong, each with the misbeliefs that
   * alone make it wrong. At a state of class H these are the ones who keep it stable by mistake.
   */
  public List<Mistake> mistakes(Concept c, int state) {
    List<Mistake> out = new ArrayList<>();
    for (int d = 0; d < games.size(); d++) {
      if (!differs(c, d, state)) {
        continue;
      }
      PerceivedGame g = games.get(d);
      List<Misbelief> decisive = new ArrayList<>();
      boolean truly = trueStable(c, d, state);
      for (Misbelief mb : g.misbeliefs()) {
        PerceivedGame fixed = g.corrected(mb);
        if (fixed.sees(state)
            && fixed.judgesStable(correction(d, mb, fixed), c, d, state) == truly) {
          decisive.add(mb);
        }
      }
      out.add(
          new Mistake(d, perceivedStable(c, d, state), g.sees(state), decisive, g.misbeliefs()));
    }
    return out;
  }

  private StabilityResult correction(int d, Misbelief mb, PerceivedGame fixed) {
    synchronized (corrections[d]) {
      return corrections[d].computeIfAbsent(
          mb,
          k ->
              !fixed.modelDiffers()
                  ? trueResult
                  : mb instanceof Misbelief.Confusion
                      ? perceived.get(d)
                      : solver.analyze(fixed.model(), concepts));
    }
  }
}
