package dev.parley.core.reach;

import dev.parley.core.move.OptionMoveGraph;
import dev.parley.core.progress.Progress;
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
  static int[][] closureMinimum(
      OptionMoveGraph g, GroupLayout[] layouts, int[][] values, Progress progress) {
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
    if (anyIrreversible(layouts)) {
      propagate(
          g,
          layouts,
          parent,
          progress,
          (rx, ry) -> {
            for (int v = 0; v < vn; v++) {
              if (agg[v][ry] < agg[v][rx]) {
                agg[v][rx] = agg[v][ry];
              }
            }
          });
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

  /** One edge between classes: class {@code rx} reaches class {@code ry} by one move. */
  interface ClassEdge {
    void reach(int rx, int ry);
  }

  /**
   * The classes of R_H(s) ∪ {s} (the root of each state's class; roots are the smallest state of
   * their class) and the edges between them, each edge given after every edge out of its target.
   */
  static ClosureClasses classes(OptionMoveGraph g, GroupLayout[] layouts, Progress progress) {
    int m = g.stateCount();
    int[] parent = new int[m];
    for (int s = 0; s < m; s++) {
      parent[s] = s;
    }
    for (GroupLayout layout : layouts) {
      joinRuns(layout, parent);
    }
    for (int s = 0; s < m; s++) {
      parent[s] = find(parent, s);
    }
    int[][] edges = {new int[16]};
    int[] count = {0};
    if (anyIrreversible(layouts)) {
      propagate(
          g,
          layouts,
          parent,
          progress,
          (rx, ry) -> {
            if (rx == ry) {
              return;
            }
            if (2 * count[0] + 2 > edges[0].length) {
              edges[0] = Arrays.copyOf(edges[0], 2 * edges[0].length);
            }
            edges[0][2 * count[0]] = rx;
            edges[0][2 * count[0] + 1] = ry;
            count[0]++;
          });
    }
    return new ClosureClasses(parent, Arrays.copyOf(edges[0], 2 * count[0]));
  }

  /**
   * Adds to each class the minima of the classes its irreversible moves reach, from the highest φ
   * level down, so every class reached is final when it is read. The states of a pattern run share
   * their class and their φ, so the pass goes run by run: each run reads one representative of
   * every run of its group whose pattern strictly contains its own.
   */
  private static void propagate(
      OptionMoveGraph g, GroupLayout[] layouts, int[] root, Progress progress, ClassEdge edge) {
    long irreversibleBits = 0;
    for (GroupLayout layout : layouts) {
      irreversibleBits |= layout.irreversibleOptions();
    }
    long fwd = g.forward() & irreversibleBits;
    long back = g.backward() & irreversibleBits;
    int minPhi = -Long.bitCount(back);
    int levels = Long.bitCount(fwd) + Long.bitCount(back) + 1;
    // the runs (member, first tier) of the members with irreversible options, by φ level
    int[] count = new int[levels + 1];
    int runs = 0;
    for (GroupLayout layout : layouts) {
      if (!layout.hasIrreversible()) {
        continue;
      }
      for (int t = 0, tiers = layout.tierCount(); t < tiers; t++) {
        if (runStart(layout, t)) {
          count[phi(g, layout, t, fwd, back, minPhi) + 1]++;
          runs++;
        }
      }
    }
    for (int l = 0; l < levels; l++) {
      count[l + 1] += count[l];
    }
    int[] runMember = new int[runs];
    int[] runTier = new int[runs];
    int[] fill = Arrays.copyOf(count, levels);
    for (int b = 0; b < layouts.length; b++) {
      GroupLayout layout = layouts[b];
      if (!layout.hasIrreversible()) {
        continue;
      }
      for (int t = 0, tiers = layout.tierCount(); t < tiers; t++) {
        if (runStart(layout, t)) {
          int q = fill[phi(g, layout, t, fwd, back, minPhi)]++;
          runMember[q] = b;
          runTier[q] = t;
        }
      }
    }
    for (int l = levels - 1; l >= 0; l--) {
      progress.check();
      for (int q = count[l]; q < count[l + 1]; q++) {
        GroupLayout layout = layouts[runMember[q]];
        int t = runTier[q];
        int pattern = layout.tierPattern(t);
        int rx = root[layout.member(layout.tierStart(t))];
        int gi = layout.tierGroup(t);
        for (int u = layout.firstTier(gi), end = layout.endTier(gi); u < end; u++) {
          int p = layout.tierPattern(u);
          if (p == pattern || (p & pattern) != pattern || !runStart(layout, u)) {
            continue;
          }
          edge.reach(rx, root[layout.member(layout.tierStart(u))]);
        }
      }
    }
  }

  /** Whether tier {@code t} starts a pattern run. */
  private static boolean runStart(GroupLayout layout, int t) {
    return t == layout.firstTier(layout.tierGroup(t)) || !layout.tierHasNext(t - 1);
  }

  /** The φ level of the states of tier {@code t} (all the states of a run share it). */
  private static int phi(
      OptionMoveGraph g, GroupLayout layout, int t, long fwd, long back, int minPhi) {
    long c = g.space().code(layout.member(layout.tierStart(t)));
    return Long.bitCount(c & fwd) - Long.bitCount(c & back) - minPhi;
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

  /** Whether some decision maker has an irreversible move, so classes need the propagation. */
  private static boolean anyIrreversible(GroupLayout[] layouts) {
    for (GroupLayout layout : layouts) {
      if (layout.hasIrreversible()) {
        return true;
      }
    }
    return false;
  }
}
