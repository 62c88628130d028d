package dev.parley.core.drama;

import dev.parley.core.model.Provenance;

/**
 * One party's disbelief in another's stated intention (the "?" of an options board,
 * docs/semantics.md §4.1).
 *
 * @param doubter the party that does not believe (model index)
 * @param doubted the party whose intention it does not believe
 * @param about which intention: the threat it makes, or its part of an agreement
 * @param provenance where the doubt comes from
 */
public record Doubt(int doubter, int doubted, About about, Provenance provenance) {
  /** Which stated intention is doubted. */
  public enum About {
    /** That the doubted party would carry out its part of the threatened future. */
    THREAT,
    /** That the doubted party would carry out its part of a future both propose. */
    AGREEMENT
  }

  public Doubt {
    if (doubter == doubted) {
      throw new IllegalArgumentException("a party's doubt about itself is not modelled");
    }
    provenance = provenance == null ? Provenance.NONE : provenance;
  }
}
