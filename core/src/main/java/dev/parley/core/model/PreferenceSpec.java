package dev.parley.core.model;

import dev.parley.core.statement.Formula;
import java.util.List;

/**
 * One decision maker's preferences as the analyst wrote them, in one of three interchangeable
 * forms. {@link dev.parley.core.preference.PreferenceResolver} turns each into payoffs over the
 * feasible states.
 */
public sealed interface PreferenceSpec
    permits PreferenceSpec.Prioritization, PreferenceSpec.DirectRanking, PreferenceSpec.Payoffs {

  /** A prioritized statement: a condition the decision maker wants to hold. */
  record Statement(Formula formula, String text, Provenance provenance) {
    public Statement {
      if (provenance == null) {
        provenance = Provenance.NONE;
      }
    }
  }

  /**
   * Option prioritization, most important first, scored by binary weighting (docs/semantics.md
   * §2.2): the order is lexicographic in the statements' truth values.
   */
  record Prioritization(List<Statement> statements) implements PreferenceSpec {
    public Prioritization {
      statements = List.copyOf(statements);
    }
  }

  /**
   * A ranking, most preferred first. Each tier is a group of equally preferred states; a pattern
   * matching several states contributes all of them to its tier.
   */
  record DirectRanking(List<List<StatePattern>> tiers) implements PreferenceSpec {
    public DirectRanking {
      tiers = tiers.stream().map(List::copyOf).toList();
    }
  }

  /** A value per state (higher is better; equal values are ties). */
  record Payoffs(List<Entry> entries) implements PreferenceSpec {
    public Payoffs {
      entries = List.copyOf(entries);
    }

    /** Every state matching {@code pattern} gets {@code value}. */
    public record Entry(StatePattern pattern, double value) {}
  }
}
