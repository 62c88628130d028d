package dev.parley.core.hypergame;

import java.util.List;

/**
 * At one state and concept, a decision maker whose verdict in its own game differs from the true
 * verdict (docs/semantics.md §6).
 *
 * @param holder the mistaken decision maker
 * @param believesStable its verdict in its own game ({@code false} also when it cannot see the
 *     state)
 * @param seesState whether the holder can see the state at all
 * @param decisive the misbeliefs each of which, corrected alone, gives the true verdict (may be
 *     empty when only several corrections together do)
 * @param all every misbelief of the holder (its perceived game differs from the truth in these)
 */
public record Mistake(
    int holder,
    boolean believesStable,
    boolean seesState,
    List<Misbelief> decisive,
    List<Misbelief> all) {
  public Mistake {
    decisive = List.copyOf(decisive);
    all = List.copyOf(all);
  }
}
