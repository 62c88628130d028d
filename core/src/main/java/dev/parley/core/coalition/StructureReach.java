package dev.parley.core.coalition;

import dev.parley.core.evolution.ReachTree;
import dev.parley.core.graph.GraphModel;
import dev.parley.core.reach.LegalSearch;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Evolution under a fixed coalition structure: the states reachable from one state by legal
 * sequences of the blocks' joint improvements (no block moves twice in a row; each move improves
 * every member of the block that makes it), with a shortest path to each, and those among them that
 * no legal sequence of individual unilateral improvements reaches (docs/semantics.md §3.1 with
 * blocks as players).
 *
 * <p>Elmira with [MoE+Uniroyal, LG], from the status quo 1: LG insists (1 → 7), then MoE and
 * Uniroyal together modify the order and accept it (7 → 10). Individually only 7 is reached.
 */
public final class StructureReach {
  private final CoalitionStructure structure;
  private final int from;
  private final BitSet reachable;
  private final BitSet individually;
  private final List<List<JointMove>> paths;

  private StructureReach(GraphModel model, CoalitionStructure structure, int from) {
    this.structure = structure;
    this.from = from;
    BlockGraph bg = new BlockGraph(model, structure);
    LegalSearch search = LegalSearch.over(bg.moves);
    int[] blocks = new int[bg.blockCount()];
    for (int b = 0; b < blocks.length; b++) {
      blocks[b] = b;
    }
    search.search(from, blocks, bg::improves, null);
    this.reachable = search.reached();
    this.paths = new ArrayList<>();
    for (int s = 0; s < model.stateCount(); s++) {
      int first = search.firstNode(s);
      paths.add(first < 0 ? null : List.copyOf(JointMove.of(search.path(first), structure::block)));
    }
    this.individually = ReachTree.of(model, from, true).reachable();
  }

  /** The evolution from {@code from} under {@code structure}. */
  public static StructureReach of(GraphModel model, CoalitionStructure structure, int from) {
    return new StructureReach(model, structure, from);
  }

  public CoalitionStructure structure() {
    return structure;
  }

  public int from() {
    return from;
  }

  /** States reachable by legal sequences of the blocks' joint improvements. */
  public BitSet reachable() {
    return (BitSet) reachable.clone();
  }

  /** States reachable by legal sequences of individual unilateral improvements. */
  public BitSet individually() {
    return (BitSet) individually.clone();
  }

  /** States the blocks reach that individual unilateral improvements do not. */
  public BitSet onlyByBlocks() {
    BitSet b = reachable();
    b.andNot(individually);
    return b;
  }

  /** A shortest legal sequence of block improvements to {@code state}, or null if unreachable. */
  public List<JointMove> path(int state) {
    return paths.get(state);
  }
}
