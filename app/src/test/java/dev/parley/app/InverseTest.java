package dev.parley.app;

import static dev.parley.app.VariationsTest.bad;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.core.inverse.InverseCount;
import dev.parley.core.inverse.PreferenceSpace;
import dev.parley.core.progress.Progress;
import dev.parley.core.stability.Concept;
import dev.parley.report.InverseReport;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class InverseTest {
  @Test
  void theSameQuestionGetsTheSameAnswerFromEitherFrontEnd() {
    // parley inverse FLAGSHIP --target deal --concept seq,nash --vary RU --list 2
    Inverse.Request fromCli =
        Inverse.Request.of("deal")
            .withConcepts(List.of(Concept.SEQ, Concept.NASH))
            .withVary(List.of("RU"))
            .withList(2);
    // POST …/inverse {"target": "deal", "concepts": ["seq", "nash"], "vary": ["RU"], "list": 2}
    Inverse.Request fromApi =
        new Inverse.Request(
            "deal",
            List.of(Concept.SEQ, Concept.NASH),
            List.of("RU"),
            null,
            2,
            Inverse.DEFAULT_BOUND);
    assertThat(fromApi).isEqualTo(fromCli);
    InverseReport cli = Inverse.run(Models.cli(Models.FLAGSHIP), fromCli, Progress.NONE);
    InverseReport api = Inverse.run(Models.server(Models.FLAGSHIP), fromApi, Progress.NONE);
    assertThat(api.tree()).isEqualTo(cli.tree());
    // the counts are the core's, over Russia's whole ranking
    ModelInput in = Models.cli(Models.FLAGSHIP);
    PreferenceSpace space = PreferenceSpace.fixed(in.model).withRanking(in.dm("RU"), 0, 7);
    List<InverseCount.Result> core =
        InverseCount.count(
            space, 7, List.of(Concept.SEQ, Concept.NASH), InverseCount.Limits.DEFAULT);
    assertThat(cli.target()).isEqualTo(7);
    assertThat(cli.results()).hasSize(2);
    for (int k = 0; k < 2; k++) {
      assertThat(cli.results().get(k).count().count()).isEqualTo(core.get(k).count());
      assertThat(cli.results().get(k).listing().profiles()).hasSize(2);
    }
  }

  @Test
  void theDefaultsAreTheFourStandardConceptsAndEveryWholeRanking() {
    ModelInput in = Models.cli("chicken.yaml");
    List<String> phases = new ArrayList<>();
    InverseReport r =
        Inverse.run(in, Inverse.Request.of("2"), (phase, done, total) -> phases.add(phase));
    assertThat(r.results().stream().map(InverseReport.PerConcept::concept))
        .containsExactlyElementsOf(Inverse.DEFAULT_CONCEPTS);
    assertThat(phases)
        .containsExactly(
            "inverse analysis: Nash",
            "inverse analysis: GMR",
            "inverse analysis: SMR",
            "inverse analysis: SEQ");
    assertThat(r.countSpace().varied()).isEmpty();
    assertThat(r.changeSpace().varied()).hasSize(2);
    assertThat(r.bound()).isEqualTo(Inverse.DEFAULT_BOUND);
  }

  @Test
  void badRequestsNameTheirField() {
    ModelInput in = Models.server("chicken.yaml");
    Inverse.Request ok = Inverse.Request.of("2");
    Inverse.check(in, ok);
    assertThat(bad(() -> Inverse.check(in, ok.withBound(Inverse.MAX_BOUND + 1))).field())
        .isEqualTo("bound");
    assertThat(bad(() -> Inverse.check(in, ok.withList(-1))).getMessage())
        .isEqualTo("list -1: give a number from 0 to " + Inverse.MAX_LIST);
    assertThat(bad(() -> Inverse.check(in, Inverse.Request.of(null))).field()).isEqualTo("target");
    assertThat(bad(() -> Inverse.run(in, Inverse.Request.of("9"), Progress.NONE)).getMessage())
        .startsWith("target '9': ");
    assertThat(bad(() -> Inverse.check(in, ok.withMetric("swaps"))).field()).isEqualTo("metric");
    assertThat(bad(() -> Inverse.check(in, ok.withVary(List.of("P3")))).field())
        .isEqualTo("vary[0]");
  }

  @Test
  void aCancelledRunStops() {
    Progress cancelled =
        new Progress() {
          @Override
          public void report(String phase, long done, long total) {}

          @Override
          public boolean cancelled() {
            return true;
          }
        };
    assertThatThrownBy(
            () -> Inverse.run(Models.cli("chicken.yaml"), Inverse.Request.of("2"), cancelled))
        .isInstanceOf(Progress.CancelledException.class);
  }
}
