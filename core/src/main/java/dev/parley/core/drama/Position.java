package dev.parley.core.drama;

import dev.parley.core.model.Provenance;
import dev.parley.core.model.StatePattern;

/**
 * The future a party proposes (docs/semantics.md §4.1): a value for some options, its own and the
 * others'; an option the pattern leaves open is one the party does not care about, read as the
 * completions it likes best (§5.2).
 *
 * @param holder the party (model index)
 * @param future the options it fixes
 * @param provenance where the position comes from
 */
public record Position(int holder, StatePattern future, Provenance provenance) {
  public Position {
    provenance = provenance == null ? Provenance.NONE : provenance;
  }
}
