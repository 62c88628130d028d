package dev.parley.app;

import dev.parley.core.model.Provenance;
import dev.parley.core.progress.Progress;
import dev.parley.core.stability.Concept;
import dev.parley.core.stability.StabilityResult;
import dev.parley.io.LoadedModel;
import dev.parley.io.Timeline;
import dev.parley.report.AnalysisRun;
import dev.parley.report.TimelineRun;
import java.util.ArrayList;
import java.util.List;

/**
 * A model's phases analysed one after another ({@code parley timeline}, {@code POST
 * /api/models/{name}/timeline}; docs/semantics.md §7): each phase's stability analysis from its own
 * status quo, under the same concepts, for the report to compare.
 */
public final class Timelines {
  private Timelines() {}

  /**
   * Runs the analysis of every phase.
   *
   * @param concepts the concepts; none: all six, or nash, gmr, smr and seq for a graph-form model
   * @throws BadRequest when the model has no timeline, or for SIM or SEQ+SIM in graph form
   * @throws Progress.CancelledException when {@code progress} is cancelled
   */
  public static TimelineRun run(ModelInput in, List<Concept> concepts, Progress progress) {
    LoadedModel loaded = in.loaded();
    Timeline t = loaded == null ? null : loaded.timeline();
    if (t == null) {
      throw new BadRequest(
          in.name()
              + " has no phases: add 'timeline:' with the later phases and what each changes"
              + " (docs/model-format.md, \"Phases and rounds\")");
    }
    List<Concept> cs = Analyse.concepts(in, concepts);
    Analyse.requireOptionForm(in, cs);
    List<TimelineRun.Step> steps = new ArrayList<>();
    steps.add(
        new TimelineRun.Step(
            "start",
            t.start(),
            t.startDate(),
            Provenance.NONE,
            run(in, loaded, cs, progress),
            List.of(),
            0,
            List.of(),
            false));
    for (Timeline.Phase p : t.phases()) {
      steps.add(
          new TimelineRun.Step(
              p.id(),
              p.name(),
              p.date(),
              p.provenance(),
              run(in, p.model(), cs, progress),
              p.preferencesOf(),
              p.rulesAdded(),
              p.reversibility(),
              p.statusQuoMoved()));
    }
    return new TimelineRun(in.name(), steps);
  }

  private static AnalysisRun run(
      ModelInput in, LoadedModel m, List<Concept> cs, Progress progress) {
    // the phases share the model's options, so the memory guard that let the model in covers them
    StabilityResult result = Analyse.stability(m.graphModel(), cs, progress);
    int sq =
        m.conflict().statusQuo() == null ? -1 : m.space().matching(m.conflict().statusQuo())[0];
    return AnalysisRun.stability(m.graphModel(), result, cs, sq, in.name(), in.sha256);
  }
}
