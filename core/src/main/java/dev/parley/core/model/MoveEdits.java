package dev.parley.core.model;

import java.util.List;

/**
 * One decision maker's moves beyond the option-form rule: moves it may not make ({@code
 * forbidMoves} in model files) and moves it may make in addition ({@code addMoves}). In a
 * graph-form model a decision maker has no option moves, and {@code add} lists all its moves (the
 * {@code moves} key of the file).
 */
public record MoveEdits(List<MoveSpec> forbid, List<MoveSpec> add) {
  /** No edits. */
  public static final MoveEdits NONE = new MoveEdits(List.of(), List.of());

  public MoveEdits {
    forbid = List.copyOf(forbid);
    add = List.copyOf(add);
  }

  /** The moves of a graph-form decision maker. */
  public static MoveEdits graph(List<MoveSpec> moves) {
    return new MoveEdits(List.of(), moves);
  }

  public boolean isEmpty() {
    return forbid.isEmpty() && add.isEmpty();
  }
}
