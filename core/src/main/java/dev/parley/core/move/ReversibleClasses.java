package dev.parley.core.move;

import java.util.Arrays;

/**
 * Minima over R_H(s) ∪ {s} for unfiltered option-form moves, without a graph search.
 *
 * <p>Two facts make the strongly connected components of the coalition's move graph known in
 * advance. (1) The states of one member's group (see {@link GroupLayout}) that share a pattern
 * differ only in the member's reversible options, so the member's moves join them into one clique.
 * (2) A move that changes an irreversible option strictly increases φ(x) = (forward-only options
 * taken) − (backward-only options taken), which no move decreases. So the components are exactly
 * the classes of union-find over the cliques of (1), and the graph between classes is acyclic,
 * ordered by φ. The minimum for a class is the least value in it and in the classes its
 * irreversible moves reach, computed level by level from the highest φ down.
 *
 * <p>The classes a state x reaches in one irreversible move of member j are those of the pattern
 * runs of x's j-group whose pattern strictly contains x's: one representative state each, read off
 * the layout, instead of one lookup per subset of j's options.
 *
 * <p>Cost: O(m · |H| · α) for union-find, plus a pass over the states with, per member, a scan of
 * the pattern runs of its group; O(m) memory besides the layouts.
 */
final class ReversibleClasses {
  private ReversibleClasses() {}

  /**
   * @param layouts the layout of each coalition member, in coalition order
   */
  static int[][] closureMinimum(OptionMoveGraph g, GroupLayout[] layouts, int[][] values) {
    int m = g.stateCount();
    int[] parent = new int[m];
    for (int s = 0; s < m; s++) {
      parent[s] = s;
    }
    for (GroupLayout layout : layouts) {
      joinRuns(layout, parent);
    }
    int vn = values.length;
    int[][] agg = new int[vn][m];
    for (int v = 0; v < vn; v++) {
      Arrays.fill(agg[v], Integer.MAX_VALUE);
    }
    for (int s = 0; s < m; s++) {
      int r = find(parent, s);
      parent[s] = r;
      for (int v = 0; v < vn; v++) {
        if (values[v][s] < agg[v][r]) {
          agg[v][r] = values[v][s];
        }
      }
    }
    boolean anyIrreversible = false;
    for (GroupLayout layout : layouts) {
      anyIrreversible |= layout.hasIrreversible();
    }
    if (anyIrreversible) {
      propagate(g, layouts, parent, agg);
    }
    int[][] result = new int[vn][m];
    for (int v = 0; v < vn; v++) {
      int[] a = agg[v];
      int[] r = result[v];
      for (int s = 0; s < m; s++) {
        r[s] = a[parent[s]];
      }
    }
    return result;
  }

  /** Unions the states of each pattern run of each group. */
  private static void joinRuns(GroupLayout layout, int[] parent) {
    for (int gi = 0, groups = layout.groupCount(); gi < groups; gi++) {
      int first = -1;
      for (int t = layout.firstTier(gi), end = layout.endTier(gi); t < end; t++) {
        if (first < 0) {
          first = layout.member(layout.tierStart(t));
        }
        for (int q = layout.tierStart(t), e = layout.tierEnd(t); q < e; q++) {
          union(parent, first, layout.member(q));
        }
        if (!layout.tierHasNext(t)) {
          first = -1;
        }
      }
    }
  }

  /**
   * Adds to each class the minima of the classes its irreversible moves reach, from the highest φ
   * level down, so every class reached is final when it is read.
   */
  private static void propagate(OptionMoveGraph g, GroupLayout[] layouts, int[] root, int[][] agg) {
    int m = g.stateCount();
    long irreversibleBits = 0;
    for (GroupLayout layout : layouts) {
      irreversibleBits |= layout.irreversibleOptions();
    }
    long fwd = g.forward() & irreversibleBits;
    long back = g.backward() & irreversibleBits;
    int minPhi = -Long.bitCount(back);
    int levels = Long.bitCount(fwd) + Long.bitCount(back) + 1;
    int[] count = new int[levels + 1];
    byte[] phi = new byte[m];
    for (int s = 0; s < m; s++) {
      long c = g.space().code(s);
      phi[s] = (byte) (Long.bitCount(c & fwd) - Long.bitCount(c & back) - minPhi);
      count[phi[s] + 1]++;
    }
    for (int l = 0; l < levels; l++) {
      count[l + 1] += count[l];
    }
    int[] order = new int[m];
    int[] fill = Arrays.copyOf(count, levels);
    for (int s = 0; s < m; s++) {
      order[fill[phi[s]]++] = s;
    }
    int vn = agg.length;
    for (int l = levels - 1; l >= 0; l--) {
      for (int q = count[l]; q < count[l + 1]; q++) {
        int x = order[q];
        int rx = root[x];
        for (GroupLayout layout : layouts) {
          if (!layout.hasIrreversible()) {
            continue;
          }
          int pattern = layout.pattern(x);
          int gi = layout.groupOf(x);
          for (int t = layout.firstTier(gi), end = layout.endTier(gi); t < end; t++) {
            int p = layout.tierPattern(t);
            // the first tier of each run whose pattern strictly contains x's
            if (p == pattern
                || (p & pattern) != pattern
                || t > layout.firstTier(gi) && layout.tierHasNext(t - 1)) {
              continue;
            }
            int ry = root[layout.member(layout.tierStart(t))];
            for (int v = 0; v < vn; v++) {
              if (agg[v][ry] < agg[v][rx]) {
                agg[v][rx] = agg[v][ry];
              }
            }
          }
        }
      }
    }
  }

  private static int find(int[] parent, int x) {
    int r = x;
    while (parent[r] != r) {
      r = parent[r];
    }
    while (parent[x] != r) {
      int next = parent[x];
      parent[x] = r;
      x = next;
    }
    return r;
  }

  private static void union(int[] parent, int a, int b) {
    int ra = find(parent, a);
    int rb = find(parent, b);
    if (ra != rb) {
      if (ra < rb) {
        parent[rb] = ra;
      } else {
        parent[ra] = rb;
      }
    }
  }
}
