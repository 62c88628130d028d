package dev.parley.core.hypergame;

import java.util.BitSet;

/**
 * One way a decision maker's perceived game differs from the true game (docs/semantics.md §6).
 * Hidden states are one misbelief together: the holder's blind spot.
 */
public sealed interface Misbelief permits Misbelief.Preference, Misbelief.BlindSpot {

  /** The holder believes decision maker {@code about} ranks some pair of visible states wrongly. */
  record Preference(int about) implements Misbelief {}

  /** The holder cannot see these states (true state indices). */
  record BlindSpot(BitSet states) implements Misbelief {
    public BlindSpot {
      states = (BitSet) states.clone();
    }

    @Override
    public BitSet states() {
      return (BitSet) states.clone();
    }
  }
}
