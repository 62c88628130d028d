package dev.parley.core.reach;

import dev.parley.core.progress.Progress;
import java.util.Arrays;

/**
 * Minima over R+_H(s) ∪ {s} — reach by the coalition members' unilateral improvements — for an
 * option-form conflict, by one pass of Tarjan's strongly-connected-components algorithm over a
 * graph with far fewer edges than the improvements themselves.
 *
 * <p>In member j's {@link GroupLayout}, j's improvements from x are the states of the tiers above
 * x's payoff in every pattern run that contains x's pattern. Each tier becomes a node that leads to
 * its states and to the next tier of its run; x leads, per run, only to the first tier above its
 * payoff. A path x → tier → … → tier → y exists exactly when x → y is an improvement of j (the
 * tiers of a run rise in j's payoff), so reachability between states, and the minimum of any
 * per-state value over it, are those of the improvement graph. The graph has at most {@code m + Σ_j
 * T_j} nodes and {@code O(m · |H| + Σ_j T_j)} edges (T_j tiers of member j), instead of up to
 * {@code m · Σ_j 2^{k_j}} improvements.
 *
 * <p>Consecutive improvements of one member compose into one of its improvements in option form, so
 * legal sequences (no member twice in a row) reach the same states as arbitrary walks.
 */
final class ImprovementChains {
  private static final int CHECK_EVERY = 1 << 20;

  private ImprovementChains() {}

  /**
   * @param layouts each member's layout, ordered by its payoffs
   * @param values per-state values to minimise
   * @return {@code result[v][s]}: the minimum of {@code values[v]} over s and the states the
   *     members' improvements reach from s
   */
  static int[][] closureMinimum(GroupLayout[] layouts, int[][] values, Progress progress) {
    int h = layouts.length;
    int m = layouts.length == 0 ? values[0].length : layouts[0].stateCount();
    long[] base = new long[h + 1];
    base[0] = m;
    for (int b = 0; b < h; b++) {
      base[b + 1] = base[b] + layouts[b].tierCount();
    }
    if (base[h] > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException("too many nodes for one search: " + base[h]);
    }
    int nodes = (int) base[h];
    int[] tierBase = new int[h];
    for (int b = 0; b < h; b++) {
      tierBase[b] = (int) base[b];
    }
    // each state's tier in every member's layout, side by side: one cache line per state
    int[] tierOf = new int[Math.multiplyExact(m, Math.max(1, h))];
    for (int b = 0; b < h; b++) {
      GroupLayout layout = layouts[b];
      for (int x = 0, q = b; x < m; x++, q += h) {
        tierOf[q] = layout.tierOf(x);
      }
    }
    int vn = values.length;
    int[][] agg = new int[vn][nodes];
    int[] index = new int[nodes]; // 0 = unvisited, else discovery order
    int[] low = new int[nodes];
    boolean[] onStack = new boolean[nodes];
    int[] scc = new int[1024];
    int sp = 0;
    int cap = 1024;
    int[] fNode = new int[cap];
    int[] fBranch = new int[cap];
    int[] fCursor = new int[cap];
    int[] fEnd = new int[cap];
    int counter = 0;
    int sinceCheck = 0;
    for (int root = 0; root < m; root++) {
      if (index[root] != 0) {
        continue;
      }
      int fp = 0;
      int pushNode = root;
      int pushBranch = -1;
      while (true) {
        if (pushNode >= 0) {
          // visit a new node
          int node = pushNode;
          index[node] = low[node] = ++counter;
          if (sp == scc.length) {
            scc = Arrays.copyOf(scc, grow(sp, nodes));
          }
          scc[sp++] = node;
          onStack[node] = true;
          if (node < m) {
            for (int v = 0; v < vn; v++) {
              agg[v][node] = values[v][node];
            }
          } else {
            for (int v = 0; v < vn; v++) {
              agg[v][node] = Integer.MAX_VALUE;
            }
          }
          if (fp == cap) {
            cap = grow(fp, nodes);
            fNode = Arrays.copyOf(fNode, cap);
            fBranch = Arrays.copyOf(fBranch, cap);
            fCursor = Arrays.copyOf(fCursor, cap);
            fEnd = Arrays.copyOf(fEnd, cap);
          }
          fNode[fp] = node;
          if (node < m) {
            fBranch[fp] = -1;
            fCursor[fp] = 0;
            fEnd[fp] = 0;
          } else {
            int t = node - tierBase[pushBranch];
            GroupLayout layout = layouts[pushBranch];
            fBranch[fp] = pushBranch;
            fCursor[fp] = layout.tierStart(t);
            fEnd[fp] = layout.tierEnd(t);
          }
          fp++;
          pushNode = -1;
          if (++sinceCheck == CHECK_EVERY) {
            sinceCheck = 0;
            progress.check();
          }
        }
        if (fp == 0) {
          break;
        }
        int top = fp - 1;
        int node = fNode[top];
        int next = -1;
        int nextBranch = -1;
        if (node < m) {
          int b = fBranch[top];
          int k = fCursor[top];
          int end = fEnd[top];
          while (k >= end && ++b < h) {
            GroupLayout layout = layouts[b];
            int t = tierOf[node * h + b];
            k = layout.succStart(t);
            end = layout.succEnd(t);
          }
          if (b < h) {
            next = tierBase[b] + layouts[b].succ(k++);
            nextBranch = b;
          }
          fBranch[top] = b;
          fCursor[top] = k;
          fEnd[top] = end;
        } else {
          int b = fBranch[top];
          int k = fCursor[top];
          int end = fEnd[top];
          GroupLayout layout = layouts[b];
          if (k < end) {
            next = layout.member(k);
            fCursor[top] = k + 1;
          } else if (k == end) {
            fCursor[top] = k + 1;
            if (layout.tierHasNext(node - tierBase[b])) {
              next = node + 1;
              nextBranch = b;
            }
          }
        }
        if (next >= 0) {
          if (index[next] == 0) {
            pushNode = next;
            pushBranch = nextBranch;
          } else {
            SccMinimum.seen(node, next, index, low, onStack, agg);
          }
          continue;
        }
        // all successors done
        fp--;
        sp =
            SccMinimum.finish(node, fp > 0 ? fNode[fp - 1] : -1, index, low, scc, sp, agg, onStack);
      }
    }
    int[][] result = new int[vn][];
    for (int v = 0; v < vn; v++) {
      result[v] = Arrays.copyOf(agg[v], m);
    }
    return result;
  }

  private static int grow(int len, int cap) {
    return (int) Math.min(cap, Math.max(16L, 2L * len));
  }
}
