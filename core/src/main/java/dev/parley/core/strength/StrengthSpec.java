package dev.parley.core.strength;

import java.util.ArrayList;
import java.util.List;

/**
 * Strength of preference as a model file writes it (docs/semantics.md §5.4): per decision maker, in
 * model order, its declared great preferences and, for payoff preferences, a payoff gap at or above
 * which a preference is great. Immutable.
 */
public record StrengthSpec(List<Party> parties) {
  /**
   * One decision maker's declarations.
   *
   * @param greatly the pairs declared greatly preferred, in file order
   * @param greatGap the payoff gap from which a preference is great, or null for none
   */
  public record Party(List<GreatPreference> greatly, Double greatGap) {
    public static final Party NONE = new Party(List.of(), null);

    public Party {
      greatly = List.copyOf(greatly);
      if (greatGap != null && !(greatGap > 0 && Double.isFinite(greatGap))) {
        throw new IllegalArgumentException("a great gap must be a positive number: " + greatGap);
      }
    }

    public boolean isEmpty() {
      return greatly.isEmpty() && greatGap == null;
    }
  }

  public StrengthSpec {
    parties = List.copyOf(parties);
  }

  /** Nothing declared for any of {@code dmCount} decision makers. */
  public static StrengthSpec none(int dmCount) {
    List<Party> p = new ArrayList<>();
    for (int d = 0; d < dmCount; d++) {
      p.add(Party.NONE);
    }
    return new StrengthSpec(p);
  }

  /** The declarations of decision maker {@code dm}. */
  public Party party(int dm) {
    return dm < parties.size() ? parties.get(dm) : Party.NONE;
  }

  /** Whether no decision maker declares anything. */
  public boolean isEmpty() {
    return parties.stream().allMatch(Party::isEmpty);
  }
}
