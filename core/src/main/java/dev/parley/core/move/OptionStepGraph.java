package dev.parley.core.move;

import dev.parley.core.model.GraphModel;
import dev.parley.core.model.Reversibility;
import dev.parley.core.state.StateSpace;

/**
 * The union of a coalition's option-form moves (optionally only their improvements) as a plain
 * state graph for {@link SccMinimum}, with the move rule written out in one small final class so
 * the just-in-time compiler inlines it into the search loop.
 */
final class OptionStepGraph implements SccMinimum.Graph {
  private final StateSpace space;
  private final long[][] flips;
  private final int[][] payoffs;
  private final long forward;
  private final long backward;
  private final boolean improvementsOnly;

  OptionStepGraph(GraphModel model, OptionMoveGraph g, int[] coalition, boolean improvementsOnly) {
    this.space = g.space();
    this.flips = new long[coalition.length][];
    this.payoffs = new int[coalition.length][];
    for (int b = 0; b < coalition.length; b++) {
      flips[b] = g.flips(coalition[b]);
      payoffs[b] = model.payoffs(coalition[b]);
    }
    this.forward = g.forward();
    this.backward = g.backward();
    this.improvementsOnly = improvementsOnly;
  }

  @Override
  public int nodes() {
    return space.size();
  }

  @Override
  public int branches() {
    return flips.length;
  }

  @Override
  public int slots(int node, int b) {
    return flips[b].length;
  }

  @Override
  public int target(int node, int b, int k) {
    long code = space.code(node);
    long f = flips[b][k];
    if (!Reversibility.allowsFlip(f, code, forward, backward)) {
      return -1;
    }
    int y = space.indexOf(code ^ f);
    if (y < 0 || improvementsOnly && payoffs[b][y] <= payoffs[b][node]) {
      return -1;
    }
    return y;
  }

  @Override
  public int valueIndex(int node) {
    return node;
  }
}
