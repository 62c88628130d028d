package dev.parley.core.reach;

import dev.parley.core.move.Move;
import dev.parley.core.move.MoveGraph;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collections;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * The breadth-first search over legal sequences (docs/semantics.md §1.3) from one state: its nodes
 * are (state, last mover) pairs, and no mover moves twice in a row. Every search over legal
 * sequences in core is this one: sanctions ({@code Explainer}, {@code CoalitionExplainer}),
 * coalition and block reachability ({@code CoalitionEngine}, {@code StructureEngine}, {@code
 * StructureReach}, {@code CoalitionGains}), status quo analysis ({@code Evolution}, {@code
 * ReachTree}), the mediator's checks ({@code TargetCheck}) and unknown preferences ({@code
 * UnknownStability}).
 *
 * <p>A search takes the movers (decision makers, or blocks of them: any indices the {@link Moves}
 * understand), a {@link LegalReach.MoveFilter} (all moves, improvements, or anything that depends
 * on the mover and both states only) and an optional stop predicate on states. Nodes are made in
 * breadth-first order: movers in the order given, each mover's targets in the order {@link Moves}
 * lists them. So the first node that reaches a state ends a shortest legal sequence to it, the
 * lexicographically smallest among the shortest in that order, and {@link #path} reads it back.
 *
 * <p><b>At most two nodes per state.</b> Once a state x has nodes after two different last movers a
 * and b, a third node (x, c) would offer only moves that (x, a) or (x, b) already offered (every
 * mover differs from a or from b), and those leave the queue first; so the search never makes it,
 * and the second node offers only the moves of a, the one mover the first could not use. Nodes that
 * come back to the start make nothing new either (the start lets every mover move), so they are
 * made but not expanded. Neither changes what a search finds: the nodes it makes are exactly the
 * first two nodes per state of the unpruned search, in the same order and with the same parents, so
 * the states reached, the first node reaching each state, every path and the node a stop predicate
 * selects are the same. Memory is O(m) whatever the number of movers.
 *
 * <p>One instance serves many searches (the next search forgets the last one) and is not
 * thread-safe. It keeps its nodes in arrays indexed by state ({@link #LegalSearch(int, Moves)}),
 * or, for a search that usually stops after a few nodes in a model with millions of states, in a
 * hash table ({@link #sparse}).
 */
public final class LegalSearch {
  /** A mover's moves from a state, in the order the search tries them; read, never written. */
  @FunctionalInterface
  public interface Moves {
    int[] from(int mover, int state);
  }

  /** Improvements by payoffs {@code payoffs[mover][state]}: recognised and tested in line. */
  private record Gains(int[][] payoffs) implements LegalReach.MoveFilter {
    @Override
    public boolean allows(int mover, int from, int to) {
      return payoffs[mover][to] > payoffs[mover][from];
    }
  }

  private final Moves moves;
  private final int stateCount;
  private final boolean sparse;

  // per local index (dense: the state; sparse: numbered by the table): 2 * epoch when it has one
  // node (2 * local), 2 * epoch + 1 when it has two (and 2 * local + 1), less when none
  private int[] mark;
  // sparse: open addressing, state -> local index, valid where keyEpoch == epoch
  private int[] keys;
  private int[] keyEpoch;
  private int[] values;
  private int[] stateOf; // local index -> state
  private int locals;
  // per node (2 * local + 0 or 1)
  private int[] mover;
  private int[] parent; // the node it was made from, -1 for a first move
  private int[] queue; // the nodes in the order made
  private int made;
  private int start = -1;
  private int epoch;

  /** Nodes in arrays indexed by state: for searches that visit much of the model. */
  public LegalSearch(int stateCount, Moves moves) {
    this(stateCount, moves, false);
  }

  private LegalSearch(int stateCount, Moves moves, boolean sparse) {
    if (stateCount > (Integer.MAX_VALUE - 8) / 2) {
      throw new IllegalArgumentException("too many states for a legal search: " + stateCount);
    }
    this.moves = moves;
    this.stateCount = stateCount;
    this.sparse = sparse;
    int size = sparse ? 16 : stateCount;
    mark = new int[size];
    mover = new int[2 * size];
    parent = new int[2 * size];
    queue = new int[2 * size];
    if (sparse) {
      keys = new int[64];
      keyEpoch = new int[64];
      values = new int[64];
      stateOf = new int[size];
    }
  }

  /** Nodes in a hash table: for searches that usually stop after a few nodes in a large model. */
  public static LegalSearch sparse(int stateCount, Moves moves) {
    return new LegalSearch(stateCount, moves, true);
  }

  /** Over a move graph's moves, ascending ({@link MoveGraph#moves}, read as needed). */
  public static LegalSearch over(MoveGraph g) {
    return new LegalSearch(g.stateCount(), g::moves);
  }

  /** Over precomputed moves {@code adjacency[mover][state]}. */
  public static LegalSearch over(int[][][] adjacency) {
    return new LegalSearch(
        adjacency.length == 0 ? 0 : adjacency[0].length, (p, x) -> adjacency[p][x]);
  }

  /** Every decision maker's moves, {@code [dm][state]}, read through {@link MoveGraph#moves}. */
  public static int[][][] adjacency(MoveGraph g) {
    int[][][] a = new int[g.dmCount()][g.stateCount()][];
    for (int d = 0; d < a.length; d++) {
      for (int s = 0; s < a[d].length; s++) {
        a[d][s] = g.moves(d, s);
      }
    }
    return a;
  }

  /** A move graph's moves in slot order (not sorted), as {@link MoveGraph#target} lists them. */
  public static Moves inSlotOrder(MoveGraph g) {
    return (dm, x) -> {
      int slots = g.slots(dm, x);
      int[] out = new int[slots];
      int c = 0;
      for (int k = 0; k < slots; k++) {
        int t = g.target(dm, x, k);
        if (t >= 0) {
          out[c++] = t;
        }
      }
      return c == slots ? out : Arrays.copyOf(out, c);
    };
  }

  /** The moves that improve their mover's payoff, {@code payoffs[mover][to] > [mover][from]}. */
  public static LegalReach.MoveFilter improvements(int[][] payoffs) {
    return new Gains(payoffs);
  }

  /**
   * Searches the legal sequences from {@code from} by {@code movers} (any of which may move first),
   * each step allowed by {@code filter}, breadth first, until a node (after at least one move)
   * whose state satisfies {@code stop}.
   *
   * @param stop null to make every node: then {@link #reached} is the set R_H(from) of §1.3
   * @return the node that satisfied {@code stop}, or -1 when none did (then the search is complete)
   */
  public int search(int from, int[] movers, LegalReach.MoveFilter filter, IntPredicate stop) {
    if (++epoch == Integer.MAX_VALUE / 2) {
      Arrays.fill(mark, 0);
      if (keyEpoch != null) {
        Arrays.fill(keyEpoch, 0);
      }
      epoch = 1;
    }
    if (queue == null) {
      queue = new int[2 * stateCount];
    }
    start = from;
    made = 0;
    locals = 0;
    int[][] gains = filter instanceof Gains g ? g.payoffs() : null;
    LegalReach.MoveFilter test =
        filter == LegalReach.MoveFilter.ALL || gains != null ? null : filter;
    for (int p : movers) {
      int found = offer(from, p, -1, gains, test, stop);
      if (found >= 0) {
        return found;
      }
    }
    for (int head = 0; head < made; head++) {
      int node = queue[head];
      int x = state(node);
      if (x == from) {
        continue; // back at the start, which let every mover move
      }
      int last = mover[node];
      if ((node & 1) == 1) {
        // the second node of x: only the first node's last mover is new
        int found = offer(x, mover[node - 1], node, gains, test, stop);
        if (found >= 0) {
          return found;
        }
        continue;
      }
      for (int p : movers) {
        if (p == last) {
          continue; // nobody moves twice in a row
        }
        int found = offer(x, p, node, gains, test, stop);
        if (found >= 0) {
          return found;
        }
      }
    }
    return -1;
  }

  /** Makes the nodes of p's moves from x (node {@code from}); the node satisfying stop, or -1. */
  private int offer(
      int x, int p, int from, int[][] gains, LegalReach.MoveFilter test, IntPredicate stop) {
    int[] targets = moves.from(p, x);
    int[] pay = gains == null ? null : gains[p];
    int one = 2 * epoch;
    for (int y : targets) {
      if (pay != null ? pay[y] <= pay[x] : test != null && !test.allows(p, x, y)) {
        continue;
      }
      int node;
      if (sparse) {
        node = sparseNode(y, p, one);
        if (node < 0) {
          continue;
        }
      } else {
        int mk = mark[y];
        if (mk < one) {
          mark[y] = one;
          node = 2 * y;
        } else if (mk == one && mover[2 * y] != p) {
          mark[y] = one + 1;
          node = 2 * y + 1;
        } else {
          continue; // (y, p) is made, or y has two nodes already
        }
      }
      mover[node] = p;
      parent[node] = from;
      queue[made++] = node;
      if (stop != null && stop.test(y)) {
        return node;
      }
    }
    return -1;
  }

  /** The new node for (y, p) in a sparse search, or -1 when there is none to make. */
  private int sparseNode(int y, int p, int one) {
    int h = slot(y);
    if (keyEpoch[h] == epoch) {
      int k = values[h];
      if (mark[k] != one || mover[2 * k] == p) {
        return -1;
      }
      mark[k] = one + 1;
      return 2 * k + 1;
    }
    if (2 * (locals + 1) > keys.length) {
      grow();
      h = slot(y);
    }
    if (locals == stateOf.length) {
      int size = 2 * locals;
      stateOf = Arrays.copyOf(stateOf, size);
      mark = Arrays.copyOf(mark, size);
      mover = Arrays.copyOf(mover, 2 * size);
      parent = Arrays.copyOf(parent, 2 * size);
      queue = Arrays.copyOf(queue, 2 * size);
    }
    int k = locals++;
    keys[h] = y;
    keyEpoch[h] = epoch;
    values[h] = k;
    stateOf[k] = y;
    mark[k] = one;
    return 2 * k;
  }

  /** The table slot of state y: where it is, or the free slot where it would go. */
  private int slot(int y) {
    int mask = keys.length - 1;
    int h = y * 0x9E3779B9;
    h = (h ^ h >>> 16) & mask;
    while (keyEpoch[h] == epoch && keys[h] != y) {
      h = (h + 1) & mask;
    }
    return h;
  }

  private void grow() {
    keys = new int[2 * keys.length];
    keyEpoch = new int[keys.length];
    values = new int[keys.length];
    for (int k = 0; k < locals; k++) {
      int h = slot(stateOf[k]);
      keys[h] = stateOf[k];
      keyEpoch[h] = epoch;
      values[h] = k;
    }
  }

  /** The local index of state x in the last search, or -1 where it was not reached. */
  private int local(int x) {
    if (start < 0) {
      return -1;
    }
    if (!sparse) {
      return mark[x] >= 2 * epoch ? x : -1;
    }
    int h = slot(x);
    return keyEpoch[h] == epoch ? values[h] : -1;
  }

  /** The state of {@code node}. */
  public int state(int node) {
    return sparse ? stateOf[node >> 1] : node >> 1;
  }

  /** The last mover of {@code node}. */
  public int mover(int node) {
    return mover[node];
  }

  /** The number of states. */
  public int stateCount() {
    return stateCount;
  }

  /** Whether the last search reached {@code state} (by at least one move). */
  public boolean reaches(int state) {
    return local(state) >= 0;
  }

  /**
   * The first node of the last search that reached {@code state}, or -1: its {@link #path} is a
   * shortest legal sequence to the state.
   */
  public int firstNode(int state) {
    int k = local(state);
    return k < 0 ? -1 : 2 * k;
  }

  /** The states the last search reached. */
  public BitSet reached() {
    BitSet b = new BitSet(stateCount);
    if (queue == null) {
      for (int x = 0; x < stateCount; x++) {
        if (mark[x] >= 2 * epoch) {
          b.set(x);
        }
      }
      return b;
    }
    for (int k = 0; k < made; k++) {
      if ((queue[k] & 1) == 0) {
        b.set(state(queue[k]));
      }
    }
    return b;
  }

  /** The states the last search reached, ascending. */
  public int[] reachedStates() {
    if (queue == null) {
      return reached().stream().toArray();
    }
    int count = 0;
    for (int k = 0; k < made; k++) {
      count += 1 - (queue[k] & 1);
    }
    int[] out = new int[count];
    if (!sparse && count > stateCount >> 4) {
      for (int x = 0, c = 0; c < count; x++) {
        if (mark[x] >= 2 * epoch) {
          out[c++] = x;
        }
      }
      return out;
    }
    for (int k = 0, c = 0; k < made; k++) {
      if ((queue[k] & 1) == 0) {
        out[c++] = state(queue[k]);
      }
    }
    Arrays.sort(out);
    return out;
  }

  /** The moves from the last search's start to {@code node}, first move first. */
  public List<Move> path(int node) {
    List<Move> out = new ArrayList<>();
    for (int n = node; n >= 0; n = parent[n]) {
      int prev = parent[n] < 0 ? start : state(parent[n]);
      out.add(new Move(mover[n], prev, state(n)));
    }
    Collections.reverse(out);
    return out;
  }

  /**
   * Frees what only a running search needs (the queue, 8 bytes per state), keeping what the last
   * search found, for a search kept to be read ({@code ReachTree}, {@code Evolution}); the next
   * search allocates it again. Only arrays by state are trimmed.
   */
  public void trim() {
    if (!sparse) {
      queue = null;
    }
  }

  /** The number of nodes the last search made. */
  public int nodes() {
    return made;
  }
}
