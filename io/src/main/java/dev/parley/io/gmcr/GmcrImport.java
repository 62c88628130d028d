package dev.parley.io.gmcr;

import dev.parley.core.hypergame.Perception;
import dev.parley.core.model.Conflict;
import java.util.List;

/**
 * The result of reading a GMCR+ {@code .gmcr} file.
 *
 * @param conflict the conflict, options in GMCR+ order (grouped by decision maker), so Parley's
 *     state numbers equal the GMCR+ state numbers
 * @param coalitions the partition of decision makers (indices into {@link
 *     Conflict#decisionMakers()}) read from {@code coalitions}; each decision maker alone when the
 *     file has none or an invalid one. Kept for coalition analysis.
 * @param warnings what was dropped or changed on import, one readable sentence each, naming the
 *     place in the file
 * @param perceptions the decision makers' {@code misperceptions}, as the states each cannot see
 *     (docs/semantics.md §6; docs/model-format.md says how the GMCR+ reading differs)
 */
public record GmcrImport(
    Conflict conflict,
    List<List<Integer>> coalitions,
    List<String> warnings,
    List<Perception> perceptions) {
  public GmcrImport {
    perceptions = List.copyOf(perceptions);
    coalitions = coalitions.stream().map(List::copyOf).toList();
    warnings = List.copyOf(warnings);
  }
}
