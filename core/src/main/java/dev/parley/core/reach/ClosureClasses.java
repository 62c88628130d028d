package dev.parley.core.reach;

import dev.parley.core.move.MovesAndPayoffs;
import dev.parley.core.move.OptionMoveGraph;
import dev.parley.core.progress.Progress;

/**
 * R_H(s) ∪ {s} for every state s of an option-form model at once, as the strongly connected classes
 * of the coalition's move graph and the acyclic graph between them (docs/semantics.md §1.3; see
 * {@link ReversibleClasses} for why the classes are known without a graph search). The closure of s
 * is the class of s and every class its edges reach. An aggregate over closures (a minimum, a set
 * of best payoff vectors) is therefore one value per class, combined along {@link #edges} in their
 * order: each edge comes after every edge out of its target, so the target's value is final when it
 * is read.
 *
 * <p>Memory: one int per state and two per edge.
 */
public final class ClosureClasses {
  private final int[] root;
  private final int[] edges;

  ClosureClasses(int[] root, int[] edges) {
    this.root = root;
    this.edges = edges;
  }

  /**
   * The classes of coalition {@code coalition}'s moves in an option-form model.
   *
   * @param layouts the layout of each decision maker ({@link GroupLayout#ofDecisionMakers}, with or
   *     without values), indexed by decision maker; only the members' are read
   */
  public static ClosureClasses of(
      MovesAndPayoffs model, GroupLayout[] layouts, int[] coalition, Progress progress) {
    GroupLayout[] members = new GroupLayout[coalition.length];
    for (int b = 0; b < coalition.length; b++) {
      members[b] = layouts[coalition[b]];
    }
    return ReversibleClasses.classes((OptionMoveGraph) model.moves(), members, progress);
  }

  /** The class of state {@code s}, named by its smallest state. */
  public int root(int s) {
    return root[s];
  }

  public int stateCount() {
    return root.length;
  }

  /** The number of edges between classes. */
  public int edgeCount() {
    return edges.length / 2;
  }

  /** The class edge {@code e} leaves (a root). */
  public int edgeFrom(int e) {
    return edges[2 * e];
  }

  /** The class edge {@code e} enters (a root). */
  public int edgeTo(int e) {
    return edges[2 * e + 1];
  }
}
