package dev.parley.core.reach;

import dev.parley.core.move.MoveGraph;
import dev.parley.core.move.MovesAndPayoffs;
import dev.parley.core.move.OptionMoveGraph;
import dev.parley.core.progress.Progress;
import java.util.Arrays;

/**
 * Aggregates over coalition reachability by legal sequences (docs/semantics.md §1.3) for every
 * source state at once.
 *
 * <p>A legal sequence never lets the same decision maker move twice in a row. Its states are the
 * nodes (state, last mover) of a product graph in which (x, a) leads to (y, b) when b is in the
 * coalition, b differs from a, and y is in R_b(x). {@link #minOverReach} gives, for every source s,
 * the minimum of a per-state value over R_H(s) exactly, by one pass of Tarjan's algorithm over that
 * product graph ({@link SccMinimum}): O(|H| · Σ_{j∈H} |A_j|) time, O(|H| · m) memory.
 *
 * <p>{@link #minOverClosure} gives the minimum over R_H(s) ∪ {s}, which is all that stability needs
 * (a sanction never ends at the improvement it answers, because that state is better for the
 * improver). In option form, where consecutive moves of one decision maker compose into one move,
 * R_H(s) ∪ {s} is plain reachability in the union of the members' move graphs, so the product graph
 * is not needed, and the members' {@link GroupLayout}s give that reachability without enumerating
 * moves: union-find over pattern runs and a pass over the irreversible levels for all moves ({@link
 * ReversibleClasses}), one Tarjan pass over states and tiers for improvements ({@link
 * ImprovementChains}); both close to linear in the number of states.
 */
public final class LegalReach {
  /** The value reported for a source from which the coalition cannot move. */
  public static final int NONE = Integer.MAX_VALUE;

  private LegalReach() {}

  /** Which moves may be used. */
  @FunctionalInterface
  public interface MoveFilter {
    /** Whether decision maker {@code dm} may take the move {@code from -> to}. */
    boolean allows(int dm, int from, int to);

    MoveFilter ALL = (dm, from, to) -> true;
  }

  /**
   * For every state s and every value array v, {@code min over x in R_H(s) of v[x]}, or {@link
   * #NONE} when R_H(s) is empty. Exact for any move graph.
   *
   * @param coalition decision-maker indices of H, distinct
   * @param filter the moves each member may use (all, or only its unilateral improvements)
   * @param values per-state values to minimise
   * @return {@code result[k][s]} for {@code values[k]}
   */
  public static int[][] minOverReach(
      MoveGraph g, int[] coalition, MoveFilter filter, int[]... values) {
    int m = g.stateCount();
    int h = coalition.length;
    long nodesLong = (long) m * h;
    if (nodesLong > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException("too many (state, mover) pairs: " + nodesLong);
    }
    int nodes = (int) nodesLong;
    SccMinimum.Graph product =
        new SccMinimum.Graph() {
          @Override
          public int nodes() {
            return nodes;
          }

          @Override
          public int branches() {
            return h;
          }

          @Override
          public int slots(int node, int b) {
            return b == node % h ? 0 : g.slots(coalition[b], node / h);
          }

          @Override
          public int target(int node, int b, int k) {
            int x = node / h;
            int mover = coalition[b];
            int y = g.target(mover, x, k);
            return y < 0 || !filter.allows(mover, x, y) ? -1 : y * h + b;
          }

          @Override
          public int valueIndex(int node) {
            return node / h;
          }
        };
    int[][] agg = SccMinimum.compute(product, values);
    int vn = values.length;
    int[][] result = new int[vn][m];
    for (int v = 0; v < vn; v++) {
      Arrays.fill(result[v], NONE);
    }
    // a source's reach starts with any member's first move
    for (int s = 0; s < m; s++) {
      for (int k = 0; k < h; k++) {
        int mover = coalition[k];
        int n = g.slots(mover, s);
        for (int q = 0; q < n; q++) {
          int y = g.target(mover, s, q);
          if (y < 0 || !filter.allows(mover, s, y)) {
            continue;
          }
          int node = y * h + k;
          for (int v = 0; v < vn; v++) {
            if (agg[v][node] < result[v][s]) {
              result[v][s] = agg[v][node];
            }
          }
        }
      }
    }
    return result;
  }

  /**
   * {@link #minOverClosure(MovesAndPayoffs, int[], boolean, int[]...)} for an option-form model
   * with the decision makers' layouts already built ({@link GroupLayout#ofDecisionMakers}; ordered
   * by their payoffs when {@code improvementsOnly}), so that several coalitions share them.
   *
   * @param layouts the layout of each decision maker, indexed by decision maker (only the
   *     coalition's members are read)
   */
  public static int[][] minOverClosure(
      MovesAndPayoffs model,
      GroupLayout[] layouts,
      int[] coalition,
      boolean improvementsOnly,
      Progress progress,
      int[]... values) {
    OptionMoveGraph og = (OptionMoveGraph) model.moves();
    GroupLayout[] members = new GroupLayout[coalition.length];
    for (int b = 0; b < coalition.length; b++) {
      members[b] = layouts[coalition[b]];
    }
    return improvementsOnly
        ? ImprovementChains.closureMinimum(members, values, progress)
        : ReversibleClasses.closureMinimum(og, members, values, progress);
  }

  /**
   * For every state s and every value array v, {@code min over x in R_H(s) ∪ {s} of v[x]}, with R_H
   * by legal sequences of all moves, or, with {@code improvementsOnly}, of the members' own
   * unilateral improvements (R_H^+).
   */
  public static int[][] minOverClosure(
      MovesAndPayoffs model, int[] coalition, boolean improvementsOnly, int[]... values) {
    MoveGraph g = model.moves();
    if (!g.composable()) {
      MoveFilter filter =
          improvementsOnly ? (dm, from, to) -> model.improves(dm, from, to) : MoveFilter.ALL;
      int[][] r = minOverReach(g, coalition, filter, values);
      for (int v = 0; v < values.length; v++) {
        for (int s = 0; s < r[v].length; s++) {
          r[v][s] = Math.min(r[v][s], values[v][s]);
        }
      }
      return r;
    }
    // composable moves are option-form moves (MoveGraph#composable)
    GroupLayout[] layouts = new GroupLayout[model.dmCount()];
    for (int d : coalition) {
      layouts[d] =
          GroupLayout.of(g, model.optionMask(d), improvementsOnly ? model.payoffs(d) : null);
    }
    return minOverClosure(model, layouts, coalition, improvementsOnly, Progress.NONE, values);
  }
}
