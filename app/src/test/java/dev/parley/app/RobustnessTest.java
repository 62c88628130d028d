package dev.parley.app;

import static dev.parley.app.VariationsTest.bad;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.inverse.PreferenceSpace;
import dev.parley.core.progress.Progress;
import dev.parley.core.stability.Concept;
import dev.parley.report.RobustnessReport;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RobustnessTest {
  @Test
  void theSameQuestionGetsTheCoresMarginsFromEitherFrontEnd() {
    // parley robustness chicken.yaml --concept nash,seq --bound 3
    Robustness.Request fromCli =
        Robustness.Request.standard().withConcepts(List.of(Concept.NASH, Concept.SEQ)).withBound(3);
    // POST …/robustness {"concepts": ["nash", "seq"], "bound": 3}
    Robustness.Request fromApi =
        new Robustness.Request(List.of(Concept.NASH, Concept.SEQ), List.of(), null, 3);
    assertThat(fromApi).isEqualTo(fromCli);
    List<String> phases = new ArrayList<>();
    RobustnessReport cli =
        Robustness.run(
            Models.cli("chicken.yaml"), fromCli, (phase, done, total) -> phases.add(phase));
    RobustnessReport api = Robustness.run(Models.server("chicken.yaml"), fromApi, Progress.NONE);
    assertThat(api.tree()).isEqualTo(cli.tree());
    assertThat(phases).containsExactly("robustness: Nash", "robustness: SEQ");
    ModelInput in = Models.cli("chicken.yaml");
    var core =
        dev.parley.core.inverse.Robustness.margins(
            PreferenceSpace.wholeRankings(in.model),
            List.of(Concept.NASH, Concept.SEQ),
            3,
            Robustness.BUDGET);
    for (int c = 0; c < 2; c++) {
      for (int s = 0; s < in.model.stateCount(); s++) {
        assertThat(RobustnessReport.cell(cli.margins()[c][s]))
            .isEqualTo(RobustnessReport.cell(core[c][s]));
        assertThat(cli.margins()[c][s].equilibrium()).isEqualTo(core[c][s].equilibrium());
      }
    }
  }

  @Test
  void theDefaultConceptsAreThoseTheModelsFormAllows() {
    ModelInput graph = Models.cli("elmira-graph.yaml");
    RobustnessReport r = Robustness.run(graph, Robustness.Request.standard(), Progress.NONE);
    assertThat(r.concepts()).doesNotContain(Concept.SIM, Concept.SEQSIM).contains(Concept.SEQ);
    assertThat(r.bound()).isEqualTo(Robustness.DEFAULT_BOUND);
    BadRequest sim =
        bad(
            () ->
                Robustness.check(
                    graph, Robustness.Request.standard().withConcepts(List.of(Concept.SIM))));
    assertThat(sim.lines().get(0)).contains("graph form").contains("use nash, gmr, smr or seq");
  }

  @Test
  void badRequestsNameTheirField() {
    ModelInput in = Models.server(Models.FLAGSHIP);
    Robustness.Request ok = Robustness.Request.standard();
    assertThat(bad(() -> Robustness.check(in, ok.withBound(31))).getMessage())
        .isEqualTo("bound 31: give a number from 0 to 30");
    assertThat(bad(() -> Robustness.check(in, ok.withMetric("votes"))).field()).isEqualTo("metric");
    assertThat(bad(() -> Robustness.check(in, ok.withVary(List.of("XX")))).field())
        .isEqualTo("vary[0]");
    Robustness.check(in, ok.withVary(List.of("RU")).withMetric("statements"));
  }
}
