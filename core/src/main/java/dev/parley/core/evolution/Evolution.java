package dev.parley.core.evolution;

import dev.parley.core.graph.GraphModel;
import dev.parley.core.move.Move;
import dev.parley.core.reach.LegalReach;
import dev.parley.core.reach.LegalSearch;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Status quo analysis (docs/semantics.md §3.1): how a conflict can move from one state by legal
 * sequences, in which no mover moves twice in a row, of moves or of improvements (each step
 * strictly better for its mover, measured from the state it leaves).
 *
 * <p>Answers: the states reachable by moves and by improvements; the states reachable in exactly t
 * steps; a shortest legal path to any state, with who moves at each step; the depth-limited
 * transition tree; the transition graph. Reach and paths come from the breadth-first search over
 * (state, last mover) pairs ({@link LegalSearch}), at most two nodes per state: O(k · Σ moves) per
 * search for k movers. A move is an improvement when {@link Movers#improves(Move)} says so.
 *
 * <p>A state counts as reachable when some sequence of at least one step ends there; the start
 * itself is reachable only by a sequence that returns to it. The path to the start is empty.
 */
public final class Evolution {
  private final GraphModel model;
  private final Movers movers;
  private final int start;
  private final LegalSearch[] searches = new LegalSearch[2];

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
  public List<Move> firstSteps(boolean improvementsOnly) {
    List<Move> out = new ArrayList<>();
    for (int k = 0; k < movers.count(); k++) {
      for (int t : movers.moves(k, start)) {
        if (!improvementsOnly || movers.improves(k, start, t)) {
          out.add(new Move(k, start, t));
        }
      }
    }
    return out;
  }

  /** The states some legal sequence of moves (or improvements) leads to. */
  public BitSet reachable(boolean improvementsOnly) {
    return search(improvementsOnly).reached();
  }

  /** Whether {@code state} is reachable (see {@link #reachable}). */
  public boolean reaches(int state, boolean improvementsOnly) {
    return search(improvementsOnly).reaches(state);
  }

  /**
   * A shortest legal path from the start to {@code target}: empty when the target is the start,
   * null when no legal sequence reaches it.
   */
  public List<Move> path(int target, boolean improvementsOnly) {
    if (target == start) {
      return List.of();
    }
    LegalSearch s = search(improvementsOnly);
    int node = s.firstNode(target);
    return node < 0 ? null : List.copyOf(s.path(node));
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
    for (Move st : firstSteps(improvementsOnly)) {
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
    List<Move> arcs = new ArrayList<>();
    for (int x = states.nextSetBit(0); x >= 0; x = states.nextSetBit(x + 1)) {
      for (int j = 0; j < movers.count(); j++) {
        for (int y : movers.moves(j, x)) {
          if (states.get(y) && (!improvementsOnly || movers.improves(j, x, y))) {
            arcs.add(new Move(j, x, y));
          }
        }
      }
    }
    return new TransitionGraph(start, states, arcs, improvementsOnly);
  }

  /** The complete search from the start, by moves or by improvements, made on first use. */
  private LegalSearch search(boolean improvementsOnly) {
    int i = improvementsOnly ? 1 : 0;
    if (searches[i] == null) {
      LegalSearch s = new LegalSearch(model.stateCount(), movers::movesOf);
      int[] all = new int[movers.count()];
      for (int k = 0; k < all.length; k++) {
        all[k] = k;
      }
      LegalReach.MoveFilter filter =
          !improvementsOnly
              ? LegalReach.MoveFilter.ALL
              : movers.allIndividual() ? model.improvements() : movers::improves;
      s.search(start, all, filter, null);
      s.trim();
      searches[i] = s;
    }
    return searches[i];
  }
}
