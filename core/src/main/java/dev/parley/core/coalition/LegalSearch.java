package dev.parley.core.coalition;

import dev.parley.core.move.LegalReach;
import dev.parley.core.move.MoveGraph;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * Breadth-first search over legal sequences (docs/semantics.md §1.3) from one state: the nodes are
 * (state, last mover) pairs, and no player moves twice in a row. Players are decision makers or,
 * for a fixed coalition structure, blocks. One instance serves many searches (it reuses its arrays)
 * and is not thread-safe.
 */
final class LegalSearch {
  /** A player's moves from a state. */
  @FunctionalInterface
  interface Moves {
    int[] from(int player, int state);
  }

  private final Moves adj;
  private final int players;
  private final int[] stamp; // node -> epoch when visited
  private final int[] parent; // node -> parent node, -1 for a first move
  private final int[] queue;
  private int epoch;
  private int visited;
  private int start;

  /** Over precomputed moves, {@code [player][state]}: fastest for many searches. */
  LegalSearch(int[][][] adjacency) {
    this(
        (p, x) -> adjacency[p][x],
        adjacency.length,
        adjacency.length == 0 ? 0 : adjacency[0].length);
  }

  /** Over a move graph, read through {@link MoveGraph#moves} as needed: no copy of the graph. */
  LegalSearch(MoveGraph g) {
    this(g::moves, g.dmCount(), g.stateCount());
  }

  private LegalSearch(Moves moves, int players, int m) {
    this.adj = moves;
    this.players = players;
    long nodes = (long) m * Math.max(1, players);
    if (nodes > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException("too many (state, mover) pairs: " + nodes);
    }
    this.stamp = new int[(int) nodes];
    this.parent = new int[(int) nodes];
    this.queue = new int[(int) nodes];
  }

  /** Every player's moves, {@code [player][state]}, read through {@link MoveGraph#moves}. */
  static int[][][] adjacency(MoveGraph g) {
    int[][][] a = new int[g.dmCount()][g.stateCount()][];
    for (int d = 0; d < a.length; d++) {
      for (int s = 0; s < a[d].length; s++) {
        a[d][s] = g.moves(d, s);
      }
    }
    return a;
  }

  /**
   * Searches the legal sequences from {@code from} by the players in {@code movers}, each step
   * allowed by {@code filter}, in breadth-first order, and stops at the first node (after at least
   * one move) whose state satisfies {@code goal}.
   *
   * @param goal null to explore everything reachable
   * @return the node found, or -1 (then every reachable node was visited)
   */
  int search(int from, int[] movers, LegalReach.MoveFilter filter, IntPredicate goal) {
    if (++epoch == Integer.MAX_VALUE) {
      java.util.Arrays.fill(stamp, 0);
      epoch = 1;
    }
    start = from;
    visited = 0;
    int head = 0;
    int found = expand(from, -1, -1, movers, filter, goal);
    if (found >= 0) {
      return found;
    }
    while (head < visited) {
      int node = queue[head++];
      found = expand(node / players, node % players, node, movers, filter, goal);
      if (found >= 0) {
        return found;
      }
    }
    return -1;
  }

  private int expand(
      int x, int last, int node, int[] movers, LegalReach.MoveFilter filter, IntPredicate goal) {
    for (int p : movers) {
      if (p == last) {
        continue; // nobody moves twice in a row
      }
      for (int y : adj.from(p, x)) {
        if (!filter.allows(p, x, y)) {
          continue;
        }
        int next = y * players + p;
        if (stamp[next] != epoch) {
          stamp[next] = epoch;
          parent[next] = node;
          queue[visited++] = next;
          if (goal != null && goal.test(y)) {
            return next;
          }
        }
      }
    }
    return -1;
  }

  /** The states reached by the last search (the states of every node it visited). */
  BitSet reached() {
    BitSet b = new BitSet();
    for (int k = 0; k < visited; k++) {
      b.set(queue[k] / players);
    }
    return b;
  }

  /**
   * For each state reached by the last (complete) search, the first node that reached it, in
   * breadth-first order (so its path is a shortest one); -1 elsewhere.
   */
  int[] firstNodes(int stateCount) {
    int[] first = new int[stateCount];
    java.util.Arrays.fill(first, -1);
    for (int k = 0; k < visited; k++) {
      int s = queue[k] / players;
      if (first[s] < 0) {
        first[s] = queue[k];
      }
    }
    return first;
  }

  /** The moves from the search's start to {@code node}: {player, from, to} each. */
  List<int[]> path(int node) {
    List<int[]> out = new ArrayList<>();
    for (int n = node; n >= 0; n = parent[n]) {
      int prev = parent[n] < 0 ? start : parent[n] / players;
      out.add(0, new int[] {n % players, prev, n / players});
    }
    return out;
  }
}
