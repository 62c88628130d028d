package dev.parley.core.stability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.core.graph.GraphModel;
import dev.parley.core.progress.Progress;
import dev.parley.core.synthetic.SyntheticModels;
import dev.parley.core.synthetic.SyntheticModels.Spec;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The engine reports its passes as it goes and stops when asked. */
class EngineProgressTest {
  private static GraphModel model() {
    return GraphModel.of(SyntheticModels.generate(Spec.of(4, 12, 3)).conflict());
  }

  @Test
  void reportsEveryPassOfEveryDecisionMakerUpToTheTotal() {
    List<long[]> reports = new ArrayList<>();
    List<String> phases = new ArrayList<>();
    Progress recorder =
        (phase, done, total) -> {
          synchronized (reports) {
            reports.add(new long[] {done, total});
            phases.add(phase);
          }
        };
    GraphModel model = model();
    new StabilityEngine(recorder).analyze(model, EnumSet.allOf(Concept.class));
    // the layouts, then per decision maker: GMR/SMR, SEQ and the decision per state
    long total = 1 + 4 * 3;
    assertThat(reports).allSatisfy(r -> assertThat(r[1]).isEqualTo(total));
    assertThat(reports.stream().mapToLong(r -> r[0]).sorted().toArray())
        .containsExactly(java.util.stream.LongStream.rangeClosed(0, total).toArray());
    assertThat(phases).anyMatch(p -> p.contains("SEQ sanctions against D3"));
    assertThat(phases).anyMatch(p -> p.contains("GMR/SMR sanctions against D1"));

    // fewer concepts, fewer passes
    reports.clear();
    new StabilityEngine(recorder).analyze(model, EnumSet.of(Concept.NASH));
    assertThat(reports.get(reports.size() - 1)).containsExactly(1 + 4, 1 + 4);
  }

  @Test
  void stopsWithCancelledExceptionOnceCancelled() {
    AtomicInteger reports = new AtomicInteger();
    Progress cancelAfterLayouts =
        new Progress() {
          @Override
          public void report(String phase, long done, long total) {
            reports.incrementAndGet();
          }

          @Override
          public boolean cancelled() {
            return reports.get() >= 2; // after the layouts
          }
        };
    assertThatThrownBy(
            () ->
                new StabilityEngine(cancelAfterLayouts)
                    .analyze(model(), EnumSet.allOf(Concept.class)))
        .isInstanceOf(Progress.CancelledException.class);
    assertThat(reports.get()).isLessThan(1 + 4 * 3);
  }
}
