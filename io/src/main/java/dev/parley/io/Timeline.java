package dev.parley.io;

import dev.parley.core.model.Provenance;
import java.util.List;

/**
 * A model's phases ({@code timeline:} in a model file, docs/model-format.md): the model as written
 * is the first phase, called {@link #start()}; each later phase changes the one before it (some
 * decision makers' preferences, added infeasibility rules, options' reversibility, the status quo)
 * and is read into a whole model of its own. Dated rounds of talks are phases with a date.
 *
 * @param start the name of the first phase, the model as written
 * @param startDate when the first phase starts or what it is dated, as written; null if not given
 * @param phases the later phases, in order
 */
public record Timeline(String start, String startDate, List<Phase> phases) {
  public Timeline {
    phases = List.copyOf(phases);
  }

  /**
   * One later phase.
   *
   * @param id the phase's id
   * @param name its name, as a briefing says it ("after mid-2027")
   * @param date when it begins or what it is dated, as written; null if not given
   * @param provenance the source, quote and note it rests on
   * @param model the whole model in this phase
   * @param preferencesOf the ids of the decision makers whose preferences this phase replaces
   * @param rulesAdded how many infeasibility rules this phase adds
   * @param reversibility the options whose reversibility this phase changes, as {@code id=value}
   * @param statusQuoMoved whether this phase gives the status quo anew
   */
  public record Phase(
      String id,
      String name,
      String date,
      Provenance provenance,
      LoadedModel model,
      List<String> preferencesOf,
      int rulesAdded,
      List<String> reversibility,
      boolean statusQuoMoved) {
    public Phase {
      preferencesOf = List.copyOf(preferencesOf);
      reversibility = List.copyOf(reversibility);
    }
  }
}
