package dev.parley.core.evolution;

import dev.parley.core.move.Move;
import java.util.ArrayList;
import java.util.LinkedList;
import java.util.List;

/**
 * The depth-limited transition tree of a status quo analysis (GMCR+'s tree view): the root is the
 * starting state; the children of a node are the states each mover other than the node's own mover
 * can reach in one move (no mover moves twice in a row), so every root-to-node path is a legal
 * sequence. Nodes are numbered breadth first; node 0 is the root; the children of a node are
 * consecutive.
 */
public final class TransitionTree {
  /**
   * One node: {@code state} reached from the parent node by {@code mover} ({@code -1} and {@code
   * parent -1} for the root). {@code revisit} when the state already occurs on the way from the
   * root (the sequence returns to a state).
   */
  public record Node(
      int parent, int state, int mover, boolean improvement, int depth, boolean revisit) {}

  private final List<Node> nodes;
  private final int depth;
  private final boolean improvementsOnly;
  private final boolean truncated;
  private final int[] firstChild;
  private final int[] childCount;

  /**
   * @param nodes breadth first, the children of each node consecutive
   * @param depth the depth asked for (the root has depth 0)
   * @param improvementsOnly whether only improvements were expanded
   * @param truncated whether a node budget cut the tree before {@code depth}
   */
  public TransitionTree(List<Node> nodes, int depth, boolean improvementsOnly, boolean truncated) {
    this.nodes = List.copyOf(nodes);
    this.depth = depth;
    this.improvementsOnly = improvementsOnly;
    this.truncated = truncated;
    this.firstChild = new int[nodes.size()];
    this.childCount = new int[nodes.size()];
    for (int i = nodes.size() - 1; i > 0; i--) {
      int p = nodes.get(i).parent();
      firstChild[p] = i;
      childCount[p]++;
    }
  }

  /** Every node, breadth first. */
  public List<Node> nodes() {
    return nodes;
  }

  public int size() {
    return nodes.size();
  }

  public int depth() {
    return depth;
  }

  public boolean improvementsOnly() {
    return improvementsOnly;
  }

  /** Whether the node budget cut the tree before its depth. */
  public boolean truncated() {
    return truncated;
  }

  public Node root() {
    return nodes.get(0);
  }

  /** The indices of the children of node {@code i}, in order. */
  public List<Integer> children(int i) {
    List<Integer> out = new ArrayList<>(childCount[i]);
    for (int k = 0; k < childCount[i]; k++) {
      out.add(firstChild[i] + k);
    }
    return out;
  }

  /** The moves from the root to node {@code i}. */
  public List<Move> stepsTo(int i) {
    LinkedList<Move> out = new LinkedList<>();
    for (int k = i; nodes.get(k).parent() >= 0; k = nodes.get(k).parent()) {
      Node n = nodes.get(k);
      out.addFirst(new Move(n.mover(), nodes.get(n.parent()).state(), n.state()));
    }
    return List.copyOf(out);
  }
}
