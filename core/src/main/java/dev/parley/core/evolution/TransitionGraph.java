package dev.parley.core.evolution;

import dev.parley.core.move.Move;
import java.util.BitSet;
import java.util.List;

/**
 * The transition graph of a status quo analysis: states as nodes, one arc per mover and move,
 * coloured by mover (the edge-coloured multigraph of docs/semantics.md §3.1; {@link
 * Movers#improves(Move)} tells the improvements). A legal path never uses two arcs of the same
 * mover in a row.
 *
 * @param start the starting state (the status quo)
 * @param states the states shown
 * @param arcs every move among {@code states} (only improvements, with {@code improvementsOnly}),
 *     ordered by source state, mover and target
 */
public record TransitionGraph(int start, BitSet states, List<Move> arcs, boolean improvementsOnly) {
  public TransitionGraph {
    states = (BitSet) states.clone();
    arcs = List.copyOf(arcs);
  }

  @Override
  public BitSet states() {
    return (BitSet) states.clone();
  }
}
