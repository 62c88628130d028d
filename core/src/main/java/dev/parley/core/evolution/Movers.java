package dev.parley.core.evolution;

import dev.parley.core.graph.GraphModel;
import dev.parley.core.model.Conflict;
import dev.parley.core.model.Reversibility;
import dev.parley.core.move.Move;
import dev.parley.core.state.StateSpace;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Who moves in a status quo analysis: each decision maker on its own, or fixed blocks of decision
 * makers that act as one mover (GMCR+'s "Coalitions: [1,2],3"; docs/semantics.md §1.7(a)).
 *
 * <p>A block's moves are its members' own moves (including common and package moves) and, in option
 * form, every joint change of two or more members' options in one step that respects each option's
 * reversibility and leads to a feasible state. A block's move is an improvement only if every
 * member strictly prefers the state it leads to. In graph form there are no options to change
 * jointly, so a block moves by its members' moves only.
 *
 * <p>Movers are numbered in the order of their smallest member; decision makers named in no block
 * move alone.
 */
public final class Movers {
  private final GraphModel model;
  private final List<List<Integer>> members;
  private final int[] moverOf;
  private final int[][][] blockMoves; // per mover: null for one decision maker, else per state

  private Movers(GraphModel model, List<List<Integer>> members) {
    this.model = model;
    this.members = List.copyOf(members);
    this.moverOf = new int[model.dmCount()];
    for (int k = 0; k < members.size(); k++) {
      for (int d : members.get(k)) {
        moverOf[d] = k;
      }
    }
    this.blockMoves = new int[members.size()][][];
    for (int k = 0; k < members.size(); k++) {
      if (members.get(k).size() > 1) {
        blockMoves[k] = blockMoves(members.get(k));
      }
    }
  }

  /** Every decision maker moves on its own: mover {@code d} is decision maker {@code d}. */
  public static Movers individuals(GraphModel model) {
    List<List<Integer>> m = new ArrayList<>();
    for (int d = 0; d < model.dmCount(); d++) {
      m.add(List.of(d));
    }
    return new Movers(model, m);
  }

  /**
   * The given blocks move as one each; every other decision maker moves alone.
   *
   * @param blocks lists of decision-maker indices, pairwise disjoint and non-empty
   * @throws IllegalArgumentException when an index is out of range, a block is empty, or a decision
   *     maker is in two blocks
   */
  public static Movers blocks(GraphModel model, List<List<Integer>> blocks) {
    int n = model.dmCount();
    boolean[] used = new boolean[n];
    List<List<Integer>> m = new ArrayList<>();
    for (List<Integer> block : blocks) {
      if (block.isEmpty()) {
        throw new IllegalArgumentException("an empty block");
      }
      List<Integer> sorted = new ArrayList<>(block);
      sorted.sort(null);
      for (int d : sorted) {
        if (d < 0 || d >= n) {
          throw new IllegalArgumentException("no decision maker " + d);
        }
        if (used[d]) {
          throw new IllegalArgumentException(
              "decision maker '"
                  + model.conflict().decisionMakers().get(d).id()
                  + "' is in two"
                  + " blocks");
        }
        used[d] = true;
      }
      m.add(List.copyOf(sorted));
    }
    for (int d = 0; d < n; d++) {
      if (!used[d]) {
        m.add(List.of(d));
      }
    }
    m.sort(Comparator.comparingInt(b -> b.get(0)));
    return new Movers(model, m);
  }

  public GraphModel model() {
    return model;
  }

  /** The number of movers. */
  public int count() {
    return members.size();
  }

  /** The decision makers of mover {@code k}, ascending. */
  public List<Integer> members(int k) {
    return members.get(k);
  }

  /** Whether mover {@code k} is a block of two or more decision makers. */
  public boolean isBlock(int k) {
    return members.get(k).size() > 1;
  }

  /** Whether every mover is a single decision maker. */
  public boolean allIndividual() {
    return members.size() == model.dmCount();
  }

  /** The mover decision maker {@code dm} belongs to. */
  public int moverOf(int dm) {
    return moverOf[dm];
  }

  /** The states mover {@code k} can reach from {@code state} in one move, ascending (a copy). */
  public int[] moves(int k, int state) {
    int[][] b = blockMoves[k];
    return b == null ? model.moves().moves(members.get(k).get(0), state) : b[state].clone();
  }

  /** {@link #moves}, not copied: for searches, which only read it. */
  int[] movesOf(int k, int state) {
    int[][] b = blockMoves[k];
    return b == null ? model.moves().moves(members.get(k).get(0), state) : b[state];
  }

  /** Whether mover {@code k} can move from {@code from} to {@code to} in one step. */
  public boolean hasMove(int k, int from, int to) {
    int[][] b = blockMoves[k];
    return b == null
        ? model.moves().hasMove(members.get(k).get(0), from, to)
        : Arrays.binarySearch(b[from], to) >= 0;
  }

  /** Whether the move is an improvement for mover {@code k}: every member strictly prefers it. */
  public boolean improves(int k, int from, int to) {
    for (int d : members.get(k)) {
      if (!model.improves(d, from, to)) {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code move} (its mover an index of these movers) is an improvement for its mover. */
  public boolean improves(Move move) {
    return improves(move.mover(), move.from(), move.to());
  }

  private int[][] blockMoves(List<Integer> block) {
    int m = model.stateCount();
    StateSpace space = model.space();
    Conflict c = model.conflict();
    long union = 0;
    long[] masks = new long[block.size()];
    for (int i = 0; i < block.size(); i++) {
      masks[i] = model.optionMask(block.get(i));
      union |= masks[i];
    }
    long forward = c.reversibilityMask(Reversibility.FORWARD);
    long backward = c.reversibilityMask(Reversibility.BACKWARD);
    boolean enumerate = Long.bitCount(union) < 31 && (1L << Long.bitCount(union)) <= m;
    int[][] out = new int[m][];
    int[] row = new int[16];
    for (int s = 0; s < m; s++) {
      int len = 0;
      for (int d : block) {
        for (int t : model.moves().moves(d, s)) {
          row = add(row, len++, t);
        }
      }
      if (!model.isGraphForm()) {
        long code = space.code(s);
        if (enumerate) {
          for (long flip = union; flip != 0; flip = (flip - 1) & union) {
            int t = jointTarget(space, code, flip, masks, forward, backward);
            if (t >= 0) {
              row = add(row, len++, t);
            }
          }
        } else {
          for (int t = 0; t < m; t++) {
            long flip = code ^ space.code(t);
            if ((flip & ~union) == 0
                && jointTarget(space, code, flip, masks, forward, backward) >= 0) {
              row = add(row, len++, t);
            }
          }
        }
      }
      Arrays.sort(row, 0, len);
      int u = 0;
      for (int i = 0; i < len; i++) {
        if (u == 0 || row[u - 1] != row[i]) {
          row[u++] = row[i];
        }
      }
      out[s] = Arrays.copyOf(row, u);
    }
    return out;
  }

  private static int[] add(int[] row, int at, int value) {
    int[] r = at == row.length ? Arrays.copyOf(row, 2 * row.length) : row;
    r[at] = value;
    return r;
  }

  /** The target of a joint change of two or more members' options, or -1. */
  private static int jointTarget(
      StateSpace space, long code, long flip, long[] masks, long forward, long backward) {
    int touched = 0;
    for (long mask : masks) {
      if ((flip & mask) != 0) {
        touched++;
      }
    }
    if (touched < 2 || !Reversibility.allowsFlip(flip, code, forward, backward)) {
      return -1;
    }
    return space.indexOf(code ^ flip);
  }
}
