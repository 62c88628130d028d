package dev.parley.core.model;

import java.util.List;

/**
 * Moves as a model file lists them: from one state to each of several states. Each pattern must
 * pick exactly one state (checked when the moves are built, see {@code ModelMoves}).
 *
 * @param from the state the moves start from
 * @param to the states they lead to, at least one
 */
public record MoveSpec(StatePattern from, List<StatePattern> to, Provenance provenance) {
  public MoveSpec {
    to = List.copyOf(to);
    if (provenance == null) {
      provenance = Provenance.NONE;
    }
  }
}
