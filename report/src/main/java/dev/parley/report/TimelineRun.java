package dev.parley.report;

import dev.parley.core.model.Provenance;
import java.util.List;

/**
 * A timeline analysed ({@code parley timeline}, docs/semantics.md §7): each phase's whole analysis
 * in order, the model as written first, with what each later phase changes.
 *
 * @param modelFile the model file, as reports name it
 * @param steps the phases, the model as written first
 */
public record TimelineRun(String modelFile, List<Step> steps) {
  public TimelineRun {
    steps = List.copyOf(steps);
  }

  /**
   * One phase analysed.
   *
   * @param id the phase's id ({@code start} for the model as written)
   * @param name its name
   * @param date when it begins or what it is dated, as written; null if not given
   * @param provenance the source, quote and note it rests on ({@link Provenance#NONE} for the
   *     first)
   * @param run its stability analysis, from its status quo
   * @param preferencesOf the decision makers (ids) whose preferences the phase replaces
   * @param rulesAdded how many infeasibility rules it adds
   * @param reversibility the options whose reversibility it changes, as {@code id=value}
   * @param statusQuoMoved whether it gives the status quo anew
   */
  public record Step(
      String id,
      String name,
      String date,
      Provenance provenance,
      AnalysisRun run,
      List<String> preferencesOf,
      int rulesAdded,
      List<String> reversibility,
      boolean statusQuoMoved) {
    public Step {
      preferencesOf = List.copyOf(preferencesOf);
      reversibility = List.copyOf(reversibility);
    }
  }
}
