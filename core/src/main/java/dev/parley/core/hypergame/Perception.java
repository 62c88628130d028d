package dev.parley.core.hypergame;

import dev.parley.core.model.PreferenceSpec;
import dev.parley.core.model.Provenance;
import dev.parley.core.model.StatePattern;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What one decision maker (the holder) sees differently from the model, as the analyst wrote it
 * (docs/semantics.md §6): its beliefs about other decision makers' preferences, the options it does
 * not know exist, and the states it cannot see. Everything not given here is shared.
 *
 * @param holder the decision maker whose view this is (model index)
 * @param preferences for some other decision makers (model index), their preferences as the holder
 *     believes them; a believed ranking or payoff list covers all the model's states
 * @param unaware options (global index) the holder does not know exist: every state in which one of
 *     them is taken is hidden from the holder
 * @param hidden patterns of states the holder cannot see
 * @param indistinct groups of states the holder cannot tell apart, each a list of patterns (the
 *     states they match together form the group)
 * @param provenance where this view comes from (source, quote, note)
 */
public record Perception(
    int holder,
    Map<Integer, PreferenceSpec> preferences,
    List<Integer> unaware,
    List<StatePattern> hidden,
    List<List<StatePattern>> indistinct,
    Provenance provenance) {
  public Perception {
    if (preferences.containsKey(holder)) {
      throw new IllegalArgumentException(
          "a first-level perception keeps the holder's own preferences (docs/semantics.md §6)");
    }
    preferences = Collections.unmodifiableMap(new TreeMap<>(preferences));
    unaware = List.copyOf(unaware);
    hidden = List.copyOf(hidden);
    indistinct = indistinct.stream().map(List::copyOf).toList();
    provenance = provenance == null ? Provenance.NONE : provenance;
  }

  /** A perception without a source. */
  public Perception(
      int holder,
      Map<Integer, PreferenceSpec> preferences,
      List<Integer> unaware,
      List<StatePattern> hidden,
      List<List<StatePattern>> indistinct) {
    this(holder, preferences, unaware, hidden, indistinct, Provenance.NONE);
  }

  /** A perception without groups of states the holder cannot tell apart. */
  public Perception(
      int holder,
      Map<Integer, PreferenceSpec> preferences,
      List<Integer> unaware,
      List<StatePattern> hidden) {
    this(holder, preferences, unaware, hidden, List.of(), Provenance.NONE);
  }

  /** Whether this perception changes nothing at all as written (no belief, no blind spot). */
  public boolean isEmpty() {
    return preferences.isEmpty() && unaware.isEmpty() && hidden.isEmpty() && indistinct.isEmpty();
  }
}
