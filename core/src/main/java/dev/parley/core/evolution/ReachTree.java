package dev.parley.core.evolution;

import dev.parley.core.graph.GraphModel;
import dev.parley.core.move.Move;
import dev.parley.core.reach.LegalReach;
import dev.parley.core.reach.LegalSearch;
import java.util.BitSet;
import java.util.List;

/**
 * Every state reachable from one state by legal sequences of moves (no decision maker moves twice
 * in a row), optionally only unilateral improvements, with a shortest path to each
 * (docs/semantics.md §3.1). The breadth-first search over (state, last mover) pairs ({@link
 * LegalSearch}), trying each decision maker's moves in the order of its move graph's slots.
 */
public final class ReachTree {
  private final int from;
  private final boolean improvementsOnly;
  private final LegalSearch search;

  private ReachTree(GraphModel model, int from, boolean improvementsOnly) {
    this.from = from;
    this.improvementsOnly = improvementsOnly;
    this.search = new LegalSearch(model.stateCount(), LegalSearch.inSlotOrder(model.moves()));
    int[] all = new int[model.dmCount()];
    for (int d = 0; d < all.length; d++) {
      all[d] = d;
    }
    search.search(
        from, all, improvementsOnly ? model.improvements() : LegalReach.MoveFilter.ALL, null);
    search.trim();
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
    return search.reaches(state);
  }

  public BitSet reachable() {
    return search.reached();
  }

  /** A shortest legal path to {@code state}, or null when it is not reachable. */
  public List<Move> path(int state) {
    int node = search.firstNode(state);
    return node < 0 ? null : search.path(node);
  }
}
