package dev.parley.core.hypergame;

import java.util.BitSet;
import java.util.List;

/**
 * One way a decision maker's perceived game differs from the true game (docs/semantics.md §6).
 * Hidden states are one misbelief together: the holder's blind spot.
 */
public sealed interface Misbelief
    permits Misbelief.Preference, Misbelief.BlindSpot, Misbelief.Confusion {

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

  /**
   * The holder cannot tell the states of each group apart, so it judges them alike: stable only
   * where every state of the group is (true state indices, each group of two or more visible
   * states).
   */
  record Confusion(List<BitSet> groups) implements Misbelief {
    public Confusion {
      groups = groups.stream().map(g -> (BitSet) g.clone()).toList();
    }

    @Override
    public List<BitSet> groups() {
      return groups.stream().map(g -> (BitSet) g.clone()).toList();
    }
  }
}
