package dev.parley.core.evolution;

import dev.parley.core.graph.GraphModel;
import dev.parley.core.move.MoveGraph;
import dev.parley.core.stability.Move;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/**
 * Every state reachable from one state by legal sequences of moves (no decision maker moves twice
 * in a row), optionally only unilateral improvements, with a shortest path to each
 * (docs/semantics.md §3.1). A breadth-first search over (state, last mover) pairs.
 */
public final class ReachTree {
  private final GraphModel model;
  private final int from;
  private final boolean improvementsOnly;
  private final int[] parent; // node -> parent node, -1 for a first move, -2 unseen
  private final int[] bestNode; // state -> first node reaching it, -1 none

  private ReachTree(GraphModel model, int from, boolean improvementsOnly) {
    this.model = model;
    this.from = from;
    this.improvementsOnly = improvementsOnly;
    int n = model.dmCount();
    int m = model.stateCount();
    MoveGraph g = model.moves();
    parent = new int[m * n];
    Arrays.fill(parent, -2);
    bestNode = new int[m];
    Arrays.fill(bestNode, -1);
    ArrayDeque<Integer> queue = new ArrayDeque<>();
    expand(g, from, -1, -1, queue);
    while (!queue.isEmpty()) {
      int node = queue.poll();
      expand(g, node / n, node % n, node, queue);
    }
  }

  private void expand(MoveGraph g, int x, int last, int node, ArrayDeque<Integer> queue) {
    int n = model.dmCount();
    for (int j = 0; j < n; j++) {
      if (j == last) {
        continue;
      }
      for (int k = 0, slots = g.slots(j, x); k < slots; k++) {
        int y = g.target(j, x, k);
        if (y < 0) {
          continue;
        }
        if (improvementsOnly && !model.improves(j, x, y)) {
          continue;
        }
        int next = y * n + j;
        if (parent[next] == -2) {
          parent[next] = node;
          if (bestNode[y] < 0) {
            bestNode[y] = next;
          }
          queue.add(next);
        }
      }
    }
  }

  /** States reachable by unilateral moves (or improvements) from {@code from}. */
  public static ReachTree of(GraphModel model, int from, boolean improvementsOnly) {
    return new ReachTree(model, from, improvementsOnly);
  }

  public int from() {
    return from;
  }

  public boolean improvementsOnly() {
    return improvementsOnly;
  }

  /** Whether {@code state} is the end of some legal sequence of at least one move. */
  public boolean reaches(int state) {
    return bestNode[state] >= 0;
  }

  public BitSet reachable() {
    BitSet b = new BitSet(model.stateCount());
    for (int s = 0; s < bestNode.length; s++) {
      if (bestNode[s] >= 0) {
        b.set(s);
      }
    }
    return b;
  }

  /** A shortest legal path to {@code state}, or null when it is not reachable. */
  public List<Move> path(int state) {
    if (bestNode[state] < 0) {
      return null;
    }
    int n = model.dmCount();
    List<Move> moves = new ArrayList<>();
    for (int node = bestNode[state]; node >= 0; node = parent[node]) {
      int prev = parent[node] < 0 ? from : parent[node] / n;
      moves.add(0, new Move(node % n, prev, node / n));
    }
    return moves;
  }
}
