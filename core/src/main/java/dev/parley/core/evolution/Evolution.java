package dev.parley.core.evolution;

import dev.parley.core.graph.GraphModel;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.LinkedList;
import java.util.List;

/**
 * Status quo analysis (docs/semantics.md §3.1): how a conflict can move from one state by legal
 * sequences, in which no mover moves twice in a row, of moves or of improvements (each step
 * strictly better for its mover, measured from the state it leaves).
 *
 * <p>Answers: the states reachable by moves and by improvements; the states reachable in exactly t
 * steps; a shortest legal path to any state, with who moves at each step; the depth-limited
 * transition tree; the transition graph. Everything is a breadth-first search over (state, last
 * mover) pairs, at most m·k of them for m states and k movers: O(k · Σ moves) per search.
 *
 * <p>A state counts as reachable when some sequence of at least one step ends there; the start
 * itself is reachable only by a sequence that returns to it. The path to the start is empty.
 */
public final class Evolution {
  private final GraphModel model;
  private final Movers movers;
  private final int start;
  private final Search[] searches = new Search[2];

  private Evolution(GraphModel model, Movers movers, int start) {
    if (start < 0 || start >= model.stateCount()) {
      throw new IllegalArgumentException("no state " + start);
    }
    this.model = model;
    this.movers = movers;
    this.start = start;
  }

  /** Evolution from {@code start} with every decision maker moving on its own. */
  public static Evolution of(GraphModel model, int start) {
    return new Evolution(model, Movers.individuals(model), start);
  }

  /** Evolution from {@code start} with the given movers (e.g. blocks of decision makers). */
  public static Evolution of(Movers movers, int start) {
    return new Evolution(movers.model(), movers, start);
  }

  public GraphModel model() {
    return model;
  }

  public Movers movers() {
    return movers;
  }

  public int start() {
    return start;
  }

  /** The first steps: every move (or improvement) of every mover from the start. */
  public List<Step> firstSteps(boolean improvementsOnly) {
    List<Step> out = new ArrayList<>();
    for (int k = 0; k < movers.count(); k++) {
      for (int t : movers.moves(k, start)) {
        boolean imp = movers.improves(k, start, t);
        if (imp || !improvementsOnly) {
          out.add(new Step(k, start, t, imp));
        }
      }
    }
    return out;
  }

  /** The states some legal sequence of moves (or improvements) leads to. */
  public BitSet reachable(boolean improvementsOnly) {
    Search s = search(improvementsOnly);
    BitSet b = new BitSet(model.stateCount());
    for (int x = 0; x < s.best.length; x++) {
      if (s.best[x] >= 0) {
        b.set(x);
      }
    }
    return b;
  }

  /** Whether {@code state} is reachable (see {@link #reachable}). */
  public boolean reaches(int state, boolean improvementsOnly) {
    return search(improvementsOnly).best[state] >= 0;
  }

  /**
   * A shortest legal path from the start to {@code target}: empty when the target is the start,
   * null when no legal sequence reaches it.
   */
  public List<Step> path(int target, boolean improvementsOnly) {
    if (target == start) {
      return List.of();
    }
    Search s = search(improvementsOnly);
    if (s.best[target] < 0) {
      return null;
    }
    int k = movers.count();
    LinkedList<Step> out = new LinkedList<>();
    for (int node = s.best[target]; node >= 0; node = s.parent[node]) {
      int from = s.parent[node] < 0 ? start : s.parent[node] / k;
      int mover = node % k;
      out.addFirst(new Step(mover, from, node / k, movers.improves(mover, from, node / k)));
    }
    return List.copyOf(out);
  }

  /**
   * The states reachable in exactly t legal steps, for t = 1..maxSteps: element {@code t - 1}. (The
   * matrices M^(t) of docs/semantics.md §3.1.) Steps may revisit states.
   */
  public List<BitSet> exactly(int maxSteps, boolean improvementsOnly) {
    int k = movers.count();
    int m = model.stateCount();
    List<BitSet> out = new ArrayList<>();
    BitSet layer = new BitSet(m * k); // nodes state * k + last mover
    for (Step st : firstSteps(improvementsOnly)) {
      layer.set(st.to() * k + st.mover());
    }
    for (int t = 1; t <= maxSteps; t++) {
      BitSet states = new BitSet(m);
      for (int node = layer.nextSetBit(0); node >= 0; node = layer.nextSetBit(node + 1)) {
        states.set(node / k);
      }
      out.add(states);
      if (t == maxSteps) {
        break;
      }
      BitSet next = new BitSet(m * k);
      for (int node = layer.nextSetBit(0); node >= 0; node = layer.nextSetBit(node + 1)) {
        int x = node / k;
        int last = node % k;
        for (int j = 0; j < k; j++) {
          if (j == last) {
            continue;
          }
          for (int y : movers.moves(j, x)) {
            if (!improvementsOnly || movers.improves(j, x, y)) {
              next.set(y * k + j);
            }
          }
        }
      }
      layer = next;
    }
    return out;
  }

  /**
   * The transition tree to {@code depth} levels below the start (see {@link TransitionTree}),
   * breadth first, with at most {@code maxNodes} nodes.
   */
  public TransitionTree tree(int depth, boolean improvementsOnly, int maxNodes) {
    if (depth < 0 || maxNodes < 1) {
      throw new IllegalArgumentException("depth >= 0 and maxNodes >= 1");
    }
    List<TransitionTree.Node> nodes = new ArrayList<>();
    nodes.add(new TransitionTree.Node(-1, start, -1, false, 0, false));
    boolean truncated = false;
    for (int i = 0; i < nodes.size() && !truncated; i++) {
      TransitionTree.Node n = nodes.get(i);
      if (n.depth() == depth) {
        continue;
      }
      for (int j = 0; j < movers.count() && !truncated; j++) {
        if (j == n.mover()) {
          continue;
        }
        for (int y : movers.moves(j, n.state())) {
          boolean imp = movers.improves(j, n.state(), y);
          if (improvementsOnly && !imp) {
            continue;
          }
          if (nodes.size() == maxNodes) {
            truncated = true;
            break;
          }
          nodes.add(new TransitionTree.Node(i, y, j, imp, n.depth() + 1, onPath(nodes, i, y)));
        }
      }
    }
    return new TransitionTree(nodes, depth, improvementsOnly, truncated);
  }

  private static boolean onPath(List<TransitionTree.Node> nodes, int from, int state) {
    for (int k = from; k >= 0; k = nodes.get(k).parent()) {
      if (nodes.get(k).state() == state) {
        return true;
      }
    }
    return false;
  }

  /** The whole transition graph: every state, every mover's moves (or improvements). */
  public TransitionGraph graph(boolean improvementsOnly) {
    BitSet all = new BitSet();
    all.set(0, model.stateCount());
    return graph(improvementsOnly, all);
  }

  /** The transition graph restricted to {@code states}: the moves between them. */
  public TransitionGraph graph(boolean improvementsOnly, BitSet states) {
    List<Step> arcs = new ArrayList<>();
    for (int x = states.nextSetBit(0); x >= 0; x = states.nextSetBit(x + 1)) {
      for (int j = 0; j < movers.count(); j++) {
        for (int y : movers.moves(j, x)) {
          boolean imp = movers.improves(j, x, y);
          if (states.get(y) && (imp || !improvementsOnly)) {
            arcs.add(new Step(j, x, y, imp));
          }
        }
      }
    }
    return new TransitionGraph(start, states, arcs, improvementsOnly);
  }

  private Search search(boolean improvementsOnly) {
    int i = improvementsOnly ? 1 : 0;
    if (searches[i] == null) {
      searches[i] = new Search(improvementsOnly);
    }
    return searches[i];
  }

  /** Breadth-first search over (state, last mover) with parent pointers. */
  private final class Search {
    final int[] parent; // node -> parent node, -1 for a first step, -2 unseen
    final int[] best; // state -> first node reaching it, -1 none

    Search(boolean improvementsOnly) {
      int k = movers.count();
      int m = model.stateCount();
      parent = new int[m * k];
      Arrays.fill(parent, -2);
      best = new int[m];
      Arrays.fill(best, -1);
      ArrayDeque<Integer> queue = new ArrayDeque<>();
      expand(start, -1, -1, improvementsOnly, queue);
      while (!queue.isEmpty()) {
        int node = queue.poll();
        expand(node / k, node % k, node, improvementsOnly, queue);
      }
    }

    private void expand(
        int x, int last, int node, boolean improvementsOnly, ArrayDeque<Integer> q) {
      int k = movers.count();
      for (int j = 0; j < k; j++) {
        if (j == last) {
          continue;
        }
        for (int y : movers.moves(j, x)) {
          if (improvementsOnly && !movers.improves(j, x, y)) {
            continue;
          }
          int next = y * k + j;
          if (parent[next] == -2) {
            parent[next] = node;
            if (best[y] < 0) {
              best[y] = next;
            }
            q.add(next);
          }
        }
      }
    }
  }
}
