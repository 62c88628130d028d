package dev.parley.core.coalition;

import dev.parley.core.graph.GraphModel;
import dev.parley.core.move.MoveGraph;
import dev.parley.core.move.OptionMoves;

/**
 * The blocks of a fixed coalition structure as players (docs/semantics.md §1.7(a)): a block's move
 * is any joint change, in one step, of its members' options (each changed option respecting its
 * reversibility, both ends feasible), and it improves iff every member strictly prefers the new
 * state. Built from the option form; when every block is a single decision maker the moves are the
 * model's own.
 */
final class BlockGraph {
  final GraphModel model;
  final CoalitionStructure structure;
  final MoveGraph moves;
  final int[][][] memberPayoffs; // [block][k] -> payoffs of the block's k-th member

  BlockGraph(GraphModel model, CoalitionStructure structure) {
    if (structure.dmCount() != model.dmCount()) {
      throw new IllegalArgumentException(
          "the coalition structure partitions "
              + structure.dmCount()
              + " decision makers, the model has "
              + model.dmCount());
    }
    this.model = model;
    this.structure = structure;
    int b = structure.blockCount();
    if (structure.isSingletons()) {
      this.moves = model.moves();
    } else {
      long[] masks = new long[b];
      for (int k = 0; k < b; k++) {
        for (int d : structure.block(k).members()) {
          masks[k] |= model.optionMask(d);
        }
      }
      this.moves = OptionMoves.build(model.conflict(), model.space(), masks);
    }
    this.memberPayoffs = new int[b][][];
    for (int k = 0; k < b; k++) {
      int[] members = structure.block(k).members();
      memberPayoffs[k] = new int[members.length][];
      for (int i = 0; i < members.length; i++) {
        memberPayoffs[k][i] = model.payoffs(members[i]);
      }
    }
  }

  int blockCount() {
    return memberPayoffs.length;
  }

  /** R_b(s): the joint moves of block {@code b} from {@code s} (a copy). */
  int[] moves(int b, int s) {
    return moves.moves(b, s);
  }

  int stateCount() {
    return model.stateCount();
  }

  /**
   * Whether {@code to} is an improvement of block {@code b} from {@code from}: all members gain.
   */
  boolean improves(int b, int from, int to) {
    for (int[] p : memberPayoffs[b]) {
      if (p[to] <= p[from]) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether {@code x} deters block {@code b} from leaving {@code s}: some member is no better off.
   */
  boolean deters(int b, int s, int x) {
    for (int[] p : memberPayoffs[b]) {
      if (p[x] <= p[s]) {
        return true;
      }
    }
    return false;
  }

  /** The blocks other than {@code b}. */
  int[] others(int b) {
    int[] o = new int[blockCount() - 1];
    for (int k = 0, i = 0; k < blockCount(); k++) {
      if (k != b) {
        o[i++] = k;
      }
    }
    return o;
  }
}
