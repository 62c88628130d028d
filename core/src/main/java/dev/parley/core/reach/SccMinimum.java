package dev.parley.core.reach;

import dev.parley.core.move.MoveGraph;
import java.util.Arrays;

/**
 * For every node of an implicitly given directed graph, the minimum of per-node values over all
 * nodes reachable from it (itself included), by one iterative pass of Tarjan's
 * strongly-connected-components algorithm: a component's minimum is the least value in it or in any
 * component below it in the condensation. Linear in nodes plus edge slots; no recursion, no
 * per-node objects.
 */
final class SccMinimum {
  /** A graph whose successors are read through branches and slots, like {@link MoveGraph}. */
  interface Graph {
    int nodes();

    int branches();

    /** Number of slots of branch {@code b} at {@code node} (0 when the branch is closed there). */
    int slots(int node, int b);

    /** Successor in slot {@code k} of branch {@code b}, or -1. */
    int target(int node, int b, int k);

    /** Which value entry a node carries. */
    int valueIndex(int node);
  }

  private SccMinimum() {}

  static int[][] compute(Graph graph, int[][] values) {
    int nodes = graph.nodes();
    int vn = values.length;
    int branches = graph.branches();
    int[][] agg = new int[vn][nodes];
    int[] index = new int[nodes]; // 0 = unvisited, else discovery order
    int[] low = new int[nodes];
    boolean[] onStack = new boolean[nodes];
    int[] scc = new int[Math.min(nodes, 1024)];
    int sp = 0;
    int[] frameNode = new int[Math.min(nodes, 1024)];
    int[] frameBranch = new int[frameNode.length];
    int[] frameSlot = new int[frameNode.length];
    int counter = 0;
    for (int root = 0; root < nodes; root++) {
      if (index[root] != 0) {
        continue;
      }
      index[root] = low[root] = ++counter;
      scc[sp++] = root;
      onStack[root] = true;
      int vi = graph.valueIndex(root);
      for (int v = 0; v < vn; v++) {
        agg[v][root] = values[v][vi];
      }
      frameNode[0] = root;
      frameBranch[0] = 0;
      frameSlot[0] = 0;
      int fp = 1;
      while (fp > 0) {
        int top = fp - 1;
        int node = frameNode[top];
        int b = frameBranch[top];
        int k = frameSlot[top];
        int next = -1;
        while (b < branches) {
          int n = graph.slots(node, b);
          while (k < n) {
            int t = graph.target(node, b, k++);
            if (t >= 0) {
              next = t;
              break;
            }
          }
          if (next >= 0) {
            break;
          }
          b++;
          k = 0;
        }
        frameBranch[top] = b;
        frameSlot[top] = k;
        if (next >= 0) {
          if (index[next] == 0) {
            index[next] = low[next] = ++counter;
            if (sp == scc.length) {
              scc = Arrays.copyOf(scc, grow(sp, nodes));
            }
            scc[sp++] = next;
            onStack[next] = true;
            int nv = graph.valueIndex(next);
            for (int v = 0; v < vn; v++) {
              agg[v][next] = values[v][nv];
            }
            if (fp == frameNode.length) {
              int len = grow(fp, nodes);
              frameNode = Arrays.copyOf(frameNode, len);
              frameBranch = Arrays.copyOf(frameBranch, len);
              frameSlot = Arrays.copyOf(frameSlot, len);
            }
            frameNode[fp] = next;
            frameBranch[fp] = 0;
            frameSlot[fp] = 0;
            fp++;
          } else {
            SccMinimum.seen(node, next, index, low, onStack, agg);
          }
          continue;
        }
        fp--;
        sp =
            SccMinimum.finish(
                node, fp > 0 ? frameNode[fp - 1] : -1, index, low, scc, sp, agg, onStack);
      }
    }
    return agg;
  }

  /**
   * Closes the strongly connected component rooted at {@code root}, the top of the Tarjan stack
   * {@code scc[..sp)}: every member gets the component's minimum, and leaves the stack.
   *
   * @return the new stack size
   */
  /**
   * Node {@code node} is done: its component is closed if it is the component's root, then its low
   * link and minima pass to {@code parent} (-1 at the root of the search). Returns the new stack
   * size.
   */
  static int finish(
      int node,
      int parent,
      int[] index,
      int[] low,
      int[] scc,
      int sp,
      int[][] agg,
      boolean[] onStack) {
    if (low[node] == index[node]) {
      sp = closeComponent(node, scc, sp, agg, onStack);
    }
    if (parent >= 0) {
      returnTo(parent, node, low, agg);
    }
    return sp;
  }

  static int closeComponent(int root, int[] scc, int sp, int[][] agg, boolean[] onStack) {
    int start = sp;
    do {
      start--;
    } while (scc[start] != root);
    for (int[] a : agg) {
      int min = Integer.MAX_VALUE;
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
    return start;
  }

  /**
   * An edge {@code node -> next} to a node already discovered: on the stack (same component, or one
   * still open) it lowers the low-link; otherwise its component is closed and its minimum final.
   */
  static void seen(int node, int next, int[] index, int[] low, boolean[] onStack, int[][] agg) {
    if (onStack[next]) {
      if (index[next] < low[node]) {
        low[node] = index[next];
      }
    } else {
      for (int[] a : agg) {
        if (a[next] < a[node]) {
          a[node] = a[next];
        }
      }
    }
  }

  /** After the search returns from {@code child} to {@code parent}: low-link and minima. */
  static void returnTo(int parent, int child, int[] low, int[][] agg) {
    if (low[child] < low[parent]) {
      low[parent] = low[child];
    }
    for (int[] a : agg) {
      if (a[child] < a[parent]) {
        a[parent] = a[child];
      }
    }
  }

  private static int grow(int len, int cap) {
    return (int) Math.min(cap, Math.max(16L, 2L * len));
  }
}
