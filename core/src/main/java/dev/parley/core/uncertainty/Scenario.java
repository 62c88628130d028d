package dev.parley.core.uncertainty;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One alternative view of the preferences, with a weight (relative probability). Decision makers
 * not named keep the model's preferences.
 */
public record Scenario(String name, double weight, Map<Integer, Alternative> preferences) {
  public Scenario {
    if (!(weight > 0) || Double.isInfinite(weight)) {
      throw new IllegalArgumentException("a scenario's weight must be a positive number");
    }
    preferences = java.util.Collections.unmodifiableMap(new TreeMap<>(preferences));
  }

  /** One decision maker's preferences in a scenario: given, or any ranking within constraints. */
  public sealed interface Alternative permits Alternative.Given, Alternative.AnyRanking {
    /** Preferences given outright, as payoffs (higher is better). */
    record Given(int[] payoffs) implements Alternative {
      public Given {
        payoffs = payoffs.clone();
      }
    }

    /**
     * Every order of the decision maker's current tiers at positions {@code from..to} (0-based,
     * inclusive; ties kept together) that respects the constraints is equally likely. A constraint
     * {@code {a, b}} says state a is strictly preferred to state b.
     */
    record AnyRanking(int from, int to, List<int[]> constraints) implements Alternative {
      public AnyRanking {
        constraints = constraints.stream().map(int[]::clone).toList();
      }
    }
  }
}
