package dev.parley.core.drama;

import java.util.List;

/**
 * A dilemma that a party faces (docs/semantics.md §5.2).
 *
 * @param kind which of the six
 * @param faced the party that faces it, X (model index)
 * @param toward the other party, Y; -1 for positioning, which concerns X's position alone
 * @param everyReading whether it arises under every reading of the positions involved (false: only
 *     under some, and {@code because} shows which)
 * @param because the comparisons that create it, each strict
 * @param doubt the doubt that creates it (threat, trust), or null
 * @param gmcr what the stability analysis says beside it; empty when there is nothing to judge or
 *     no analysis was asked
 */
public record Dilemma(
    DilemmaKind kind,
    int faced,
    int toward,
    boolean everyReading,
    List<Comparison> because,
    Doubt doubt,
    List<GmcrView> gmcr) {
  public Dilemma {
    because = List.copyOf(because);
    gmcr = List.copyOf(gmcr);
  }
}
