package dev.parley.core.move;

import java.util.Arrays;

/**
 * Aggregates over coalition reachability by legal sequences (spec 1.3) for every source state at
 * once.
 *
 * <p>A legal sequence never lets the same decision maker move twice in a row. Its states are the
 * nodes (state, last mover) of a product graph in which (x, a) leads to (y, b) when b is in the
 * coalition, b differs from a, and y is in R_b(x). {@code R_H(s)} is the projection of the nodes
 * reachable from the first moves out of s. The minimum of a per-state value over everything
 * reachable from each node is computed in one pass of Tarjan's strongly-connected-components
 * algorithm (iterative, no recursion): a component's minimum is the least value in it or below it
 * in the condensation. The cost is linear in the product graph: O(|H| · Σ_{j∈H} |A_j|) time and
 * O(|H| · m) memory, instead of one search per source.
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
   * #NONE} when R_H(s) is empty.
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
    int vn = values.length;
    long nodesLong = (long) m * h;
    if (nodesLong > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException("too many (state, mover) pairs: " + nodesLong);
    }
    int nodes = (int) nodesLong;
    int[][] agg = new int[vn][nodes];
    int[] index = new int[nodes]; // 0 = unvisited, else discovery order
    int[] low = new int[nodes];
    boolean[] onStack = new boolean[nodes];
    int[] scc = new int[Math.min(nodes, 1024)];
    int sp = 0;
    int[] frameNode = new int[Math.min(nodes, 1024)];
    int[] frameK = new int[frameNode.length];
    int[] framePos = new int[frameNode.length];
    int counter = 0;

    for (int root = 0; root < nodes; root++) {
      if (index[root] != 0) {
        continue;
      }
      int fp = 0;
      // push root
      index[root] = low[root] = ++counter;
      scc[sp++] = root;
      onStack[root] = true;
      for (int v = 0; v < vn; v++) {
        agg[v][root] = values[v][root / h];
      }
      frameNode[0] = root;
      frameK[0] = 0;
      framePos[0] = -1;
      fp = 1;
      while (fp > 0) {
        int top = fp - 1;
        int node = frameNode[top];
        int x = node / h;
        int last = node % h;
        // advance to the next successor of node
        int k = frameK[top];
        int pos = framePos[top];
        int next = -1;
        while (k < h) {
          if (k == last) {
            k++;
            pos = -1;
            continue;
          }
          int mover = coalition[k];
          int[] tg = g.targets(mover);
          if (pos < 0) {
            pos = g.start(mover, x);
          } else {
            pos++;
          }
          int end = g.end(mover, x);
          while (pos < end && !filter.allows(mover, x, tg[pos])) {
            pos++;
          }
          if (pos < end) {
            next = tg[pos] * h + k;
            break;
          }
          k++;
          pos = -1;
        }
        frameK[top] = k;
        framePos[top] = pos;
        if (next >= 0) {
          if (index[next] == 0) {
            index[next] = low[next] = ++counter;
            if (sp == scc.length) {
              scc = Arrays.copyOf(scc, grow(scc.length, nodes));
            }
            scc[sp++] = next;
            onStack[next] = true;
            for (int v = 0; v < vn; v++) {
              agg[v][next] = values[v][next / h];
            }
            if (fp == frameNode.length) {
              int len = grow(fp, nodes);
              frameNode = Arrays.copyOf(frameNode, len);
              frameK = Arrays.copyOf(frameK, len);
              framePos = Arrays.copyOf(framePos, len);
            }
            frameNode[fp] = next;
            frameK[fp] = 0;
            framePos[fp] = -1;
            fp++;
          } else if (onStack[next]) {
            low[node] = Math.min(low[node], index[next]);
          } else {
            for (int v = 0; v < vn; v++) {
              agg[v][node] = Math.min(agg[v][node], agg[v][next]);
            }
          }
          continue;
        }
        // node is finished
        fp--;
        if (low[node] == index[node]) {
          int start = sp;
          do {
            start--;
          } while (scc[start] != node);
          for (int v = 0; v < vn; v++) {
            int min = NONE;
            int[] a = agg[v];
            for (int q = start; q < sp; q++) {
              min = Math.min(min, a[scc[q]]);
            }
            for (int q = start; q < sp; q++) {
              a[scc[q]] = min;
            }
          }
          for (int q = start; q < sp; q++) {
            onStack[scc[q]] = false;
          }
          sp = start;
        }
        if (fp > 0) {
          int parent = frameNode[fp - 1];
          low[parent] = Math.min(low[parent], low[node]);
          for (int v = 0; v < vn; v++) {
            agg[v][parent] = Math.min(agg[v][parent], agg[v][node]);
          }
        }
      }
    }

    // a source's reach starts with any member's first move
    int[][] result = new int[vn][m];
    for (int v = 0; v < vn; v++) {
      Arrays.fill(result[v], NONE);
    }
    for (int s = 0; s < m; s++) {
      for (int k = 0; k < h; k++) {
        int mover = coalition[k];
        int[] tg = g.targets(mover);
        for (int p = g.start(mover, s), end = g.end(mover, s); p < end; p++) {
          int y = tg[p];
          if (!filter.allows(mover, s, y)) {
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

  private static int grow(int len, int cap) {
    return (int) Math.min(cap, Math.max(16L, 2L * len));
  }
}
