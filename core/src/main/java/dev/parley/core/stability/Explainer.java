package dev.parley.core.stability;

import dev.parley.core.graph.GraphModel;
import dev.parley.core.move.Move;
import dev.parley.core.move.MoveGraph;
import dev.parley.core.reach.LegalReach;
import dev.parley.core.reach.LegalSearch;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds {@link Explanation}s for one state at a time. Sequential sanctions are found by the
 * breadth-first search over (state, last mover) pairs ({@link LegalSearch}), so the reported
 * sanction is a shortest legal sequence of opponents' moves (of their improvements, for SEQ). Not
 * thread-safe (it caches moves and reuses its search): one per thread.
 */
public final class Explainer {
  private final GraphModel model;

  /** In a small model, {@code R_i(x)} by decision maker and state, filled on first use. */
  private final int[][][] movesCache;

  /** The opponents' improvements: moves that raise their mover's payoff. */
  private final LegalReach.MoveFilter improvements;

  /** The sanction search, made on first use. */
  private LegalSearch search;

  public Explainer(GraphModel model) {
    this.model = model;
    this.movesCache =
        (long) model.stateCount() * model.dmCount() <= SMALL_SEARCH
            ? new int[model.dmCount()][model.stateCount()][]
            : null;
    this.improvements = model.improvements();
  }

  /** {@code R_j(x)}, ascending (the array is shared: read only). */
  private int[] moves(int j, int x) {
    if (movesCache == null) {
      return model.moves().moves(j, x);
    }
    int[] r = movesCache[j][x];
    if (r == null) {
      r = model.moves().moves(j, x);
      movesCache[j][x] = r;
    }
    return r;
  }

  /** Every improvement of {@code dm} from {@code state}, each with a sanction or none. */
  public Explanation explain(Concept concept, int dm, int state) {
    return explain(concept, dm, state, Integer.MAX_VALUE);
  }

  /**
   * For a state the engine found stable for {@code dm} under {@code concept}, where every
   * improvement is deterred: the first {@code most} improvements with their sanctions, the others
   * only counted ({@link Explanation#unexplained}), which spares their searches.
   *
   * @throws IllegalArgumentException when an improvement searched has no sanction (the state is not
   *     stable)
   */
  public Explanation explainStable(Concept concept, int dm, int state, int most) {
    Explanation e = explain(concept, dm, state, most);
    if (!e.stable()) {
      throw new IllegalArgumentException(
          "state " + (state + 1) + " is not stable for decision maker " + (dm + 1));
    }
    return e;
  }

  private Explanation explain(Concept concept, int dm, int state, int most) {
    MoveGraph g = model.moves();
    int[] p = model.payoffs(dm);
    int ps = p[state];
    List<Explanation.Improvement> improvements = new ArrayList<>();
    boolean stable = true;
    SimultaneousSanctions sim =
        concept == Concept.SIM || concept == Concept.SEQSIM
            ? new SimultaneousSanctions(model, dm)
            : null;
    int unexplained = 0;
    for (int s1 : g.moves(dm, state)) {
      if (p[s1] <= ps) {
        continue;
      }
      if (improvements.size() >= most) {
        unexplained++;
        continue;
      }
      Explanation.Sanction sanction;
      switch (concept) {
        case NASH:
          sanction = null;
          break;
        case GMR:
          sanction = sequential(dm, s1, ps, false, false);
          break;
        case SMR:
          sanction = sequential(dm, s1, ps, false, true);
          break;
        case SEQ:
          sanction = sequential(dm, s1, ps, true, false);
          break;
        case SIM:
          sanction = simultaneous(sim, state, s1);
          break;
        case SEQSIM:
          sanction = sequential(dm, s1, ps, true, false);
          if (sanction == null) {
            sanction = simultaneous(sim, state, s1);
          }
          break;
        default:
          throw new IllegalArgumentException(concept.toString());
      }
      if (sanction == null) {
        stable = false;
      }
      improvements.add(new Explanation.Improvement(s1, sanction));
    }
    return new Explanation(concept, dm, state, stable, improvements, stable ? unexplained : 0);
  }

  private Explanation.Sanction simultaneous(SimultaneousSanctions sim, int s, int s1) {
    int[] combo = sim.findCombination(s, s1);
    if (combo == null) {
      return null;
    }
    List<Move> moves = new ArrayList<>();
    int[] opp = sim.opponents();
    for (int k = 0; k < opp.length; k++) {
      if (combo[k] >= 0) {
        moves.add(new Move(opp[k], s, combo[k]));
      }
    }
    return new Explanation.Sanction(true, moves, combo[opp.length], List.of());
  }

  /**
   * Shortest legal sequence of opponents' moves from {@code s1} to a state no better than the
   * threshold for the focal decision maker (and, for SMR, from which it cannot move above the
   * threshold).
   */
  private Explanation.Sanction sequential(
      int focal, int s1, int threshold, boolean improvementsOnly, boolean smr) {
    MoveGraph g = model.moves();
    int[] p = model.payoffs(focal);
    if (search == null) {
      // in a small model arrays by state; otherwise a hash table, since the search usually stops
      // after a few nodes, even in models with millions of states
      search =
          model.stateCount() <= SMALL_SEARCH
              ? new LegalSearch(model.stateCount(), this::moves)
              : LegalSearch.sparse(model.stateCount(), this::moves);
    }
    // ascending targets, so the sanction reported does not depend on how moves are stored
    int found =
        search.search(
            s1,
            model.opponents(focal),
            improvementsOnly ? improvements : LegalReach.MoveFilter.ALL,
            x -> p[x] <= threshold && (!smr || noEscape(g, focal, x, threshold)));
    if (found < 0) {
      return null;
    }
    List<Move> moves = search.path(found);
    int end = search.state(found);
    List<Integer> counter = new ArrayList<>();
    if (smr) {
      for (int y : g.moves(focal, end)) {
        counter.add(y);
      }
    }
    return new Explanation.Sanction(false, moves, end, counter);
  }

  /** Whether the focal decision maker has no move from x to a state above the threshold. */
  private boolean noEscape(MoveGraph g, int focal, int x, int threshold) {
    int[] p = model.payoffs(focal);
    if (movesCache != null) {
      for (int y : moves(focal, x)) {
        if (p[y] > threshold) {
          return false;
        }
      }
      return true;
    }
    for (int k = 0, slots = g.slots(focal, x); k < slots; k++) {
      int y = g.target(focal, x, k);
      if (y >= 0 && p[y] > threshold) {
        return false;
      }
    }
    return true;
  }

  /**
   * Models with at most this many (state, decision maker) pairs cache their moves, and with at most
   * this many states search in arrays; larger ones search in a hash table.
   */
  private static final int SMALL_SEARCH = 1 << 16;
}
