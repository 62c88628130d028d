package dev.parley.io;

import dev.parley.core.model.Conflict;
import dev.parley.core.model.NamedState;
import dev.parley.core.model.StatePattern;
import dev.parley.core.state.StateSpace;
import java.util.HashMap;
import java.util.Map;

/**
 * How model files write a state: the id of the named state that picks it, else its Y/N/- string.
 * Named states are matched against the feasible states once, so writing a long ranking costs one
 * look-up per entry.
 */
final class StateNames {
  private final int optionCount;
  private final StateSpace space;
  private final Map<Integer, String> nameOf = new HashMap<>();

  /** {@code space} may be null (no feasible state): then every reference is a Y/N/- string. */
  StateNames(Conflict conflict, StateSpace space) {
    this.optionCount = conflict.optionCount();
    this.space = space;
    if (space != null) {
      for (NamedState s : conflict.namedStates()) {
        int[] states = space.matching(s.pattern());
        if (states.length == 1) {
          nameOf.putIfAbsent(states[0], s.id());
        }
      }
    }
  }

  /**
   * The named state matching exactly the states {@code pattern} matches, else the Y/N/- string of
   * the pattern. (A named state picks one state, so only a pattern picking one state can be named.)
   */
  String reference(StatePattern pattern) {
    if (space != null) {
      int state = single(pattern);
      String name = state < 0 ? null : nameOf.get(state);
      if (name != null) {
        return name;
      }
    }
    return pattern.toYnd(optionCount);
  }

  private int single(StatePattern pattern) {
    long all = optionCount == 64 ? -1L : (1L << optionCount) - 1;
    if (pattern.mask() == all) {
      return space.indexOf(pattern.value());
    }
    int[] states = space.matching(pattern);
    return states.length == 1 ? states[0] : -1;
  }
}
