package dev.parley.core.stability;

import dev.parley.core.graph.GraphModel;
import dev.parley.core.move.MoveGraph;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds {@link Explanation}s for one state at a time. Sequential sanctions are found by a
 * breadth-first search over (state, last mover) pairs, so the reported sanction is a shortest legal
 * sequence of opponents' moves (of their improvements, for SEQ). Not thread-safe (it caches moves):
 * one per thread.
 */
public final class Explainer {
  private final GraphModel model;

  /** In a small model, {@code R_i(x)} by decision maker and state, filled on first use. */
  private final int[][][] movesCache;

  public Explainer(GraphModel model) {
    this.model = model;
    this.movesCache =
        (long) model.stateCount() * model.dmCount() <= SMALL_SEARCH
            ? new int[model.dmCount()][model.stateCount()][]
            : null;
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
    int n = model.dmCount();
    int[] p = model.payoffs(focal);
    // node = state * n + last mover; parent pointers for path reconstruction. In a small model an
    // array; otherwise a map, since the search usually stops after a few nodes, even in models with
    // millions of states.
    long nodes = (long) model.stateCount() * n;
    Parents parent = nodes <= SMALL_SEARCH ? new ArrayParents((int) nodes) : new MapParents();
    ArrayDeque<Long> queue = new ArrayDeque<>();
    long found = -1;
    // the search starts at s1 where the focal DM just moved
    long root = (long) s1 * n + focal;
    parent.putIfAbsent(root, -1L);
    queue.add(root);
    // In a small model, at most two nodes per state: once x is queued after two different last
    // movers, a third node for x would only offer moves those two already offered (each member
    // differs from one of them), and they leave the queue first, so the search finds the same
    // sequence. The second node only adds the moves of the first one's last mover.
    int[] firstLast = null;
    boolean[] full = null;
    if (parent instanceof ArrayParents) {
      firstLast = new int[model.stateCount()];
      java.util.Arrays.fill(firstLast, -1);
      full = new boolean[model.stateCount()];
      firstLast[s1] = focal;
      full[s1] = true; // the root lets every opponent move
    }
    while (!queue.isEmpty()) {
      long node = queue.poll();
      int x = (int) (node / n);
      int last = (int) (node % n);
      if (node != root && p[x] <= threshold && (!smr || noEscape(g, focal, x, threshold))) {
        found = node;
        break;
      }
      int only = firstLast != null && node != root && firstLast[x] != last ? firstLast[x] : -1;
      for (int j = 0; j < n; j++) {
        if (j == focal || j == last || (only >= 0 && j != only)) {
          continue;
        }
        // ascending targets, so the sanction reported does not depend on how moves are stored
        for (int y : moves(j, x)) {
          if (improvementsOnly && !model.improves(j, x, y)) {
            continue;
          }
          if (firstLast != null) {
            if (firstLast[y] < 0) {
              firstLast[y] = j;
            } else if (firstLast[y] == j || full[y]) {
              continue;
            } else {
              full[y] = true;
            }
          }
          long next = (long) y * n + j;
          if (parent.putIfAbsent(next, node)) {
            queue.add(next);
          }
        }
      }
    }
    if (found < 0) {
      return null;
    }
    List<Move> moves = new ArrayList<>();
    for (long node = found; parent.get(node) >= 0; node = parent.get(node)) {
      long prev = parent.get(node);
      moves.add(0, new Move((int) (node % n), (int) (prev / n), (int) (node / n)));
    }
    int end = (int) (found / n);
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
    for (int k = 0, slots = g.slots(focal, x); k < slots; k++) {
      int y = g.target(focal, x, k);
      if (y >= 0 && p[y] > threshold) {
        return false;
      }
    }
    return true;
  }

  /** Searches over at most this many (state, last mover) nodes keep their parents in an array. */
  private static final long SMALL_SEARCH = 1 << 16;

  /** The parent of each node a sequential search has seen. */
  private interface Parents {
    /** Records {@code parent} for {@code node} unless seen; whether it was new. */
    boolean putIfAbsent(long node, long parent);

    long get(long node);
  }

  private static final class ArrayParents implements Parents {
    private final long[] parent;

    ArrayParents(int nodes) {
      parent = new long[nodes];
      java.util.Arrays.fill(parent, -2L);
    }

    @Override
    public boolean putIfAbsent(long node, long p) {
      if (parent[(int) node] != -2L) {
        return false;
      }
      parent[(int) node] = p;
      return true;
    }

    @Override
    public long get(long node) {
      return parent[(int) node];
    }
  }

  private static final class MapParents implements Parents {
    private final Map<Long, Long> parent = new HashMap<>();

    @Override
    public boolean putIfAbsent(long node, long p) {
      return parent.putIfAbsent(node, p) == null;
    }

    @Override
    public long get(long node) {
      return parent.get(node);
    }
  }
}
