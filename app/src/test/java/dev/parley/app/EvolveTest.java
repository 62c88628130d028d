package dev.parley.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.core.progress.Progress;
import dev.parley.core.stability.Concept;
import dev.parley.report.EvolutionReport;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link Evolve}: what {@code parley evolve} and {@code POST …/evolution} both run. */
class EvolveTest {
  @Test
  void theDefaultsStartAtTheStatusQuoAndAimAtTheEquilibria() {
    Evolve.Result r =
        Evolve.run(Models.cli("elmira.yaml"), Evolve.Request.standard(), Progress.NONE);
    assertThat(r.plan().from()).isZero();
    assertThat(r.statusQuo()).isZero();
    assertThat(r.plan().to()).isEqualTo(-1);
    assertThat(r.plan().depth()).isEqualTo(Evolve.DEFAULT_DEPTH);
    assertThat(r.run().concepts()).isEqualTo(Evolve.DEFAULT_CONCEPTS);
    assertThat(r.run().treeWanted()).isFalse();
    // the one improvement from the status quo: the Local Government's, to state 7
    assertThat(r.evolution().reachable(true).stream().boxed().toList()).containsExactly(6);
    assertThat(r.run().modelFile()).isEqualTo(Models.cli("elmira.yaml").name());
  }

  @Test
  void theCommandLineAndTheWorkbenchGetTheSameAnswerForTheSameRequest() {
    // parley evolve elmira.yaml --from 7 --coalitions MoE+Uniroyal --improvements-only --depth 2
    Evolve.Request cli =
        new Evolve.Request("7", null, List.of(), 2, false, true, List.of("MoE+Uniroyal"));
    // POST …/evolution {"from": "insistWhileDelaying", "coalitions": "[MoE,Uniroyal],LG", ...}
    Evolve.Request server =
        Evolve.Request.standard()
            .withFrom("insistWhileDelaying")
            .withCoalitions(List.of("[MoE,Uniroyal],LG"))
            .withImprovementsOnly(true)
            .withDepth(2);
    Evolve.Result a = Evolve.run(Models.cli("elmira.yaml"), cli, Progress.NONE);
    Evolve.Result b = Evolve.run(Models.server("elmira.yaml"), server, Progress.NONE);
    assertThat(a.plan().movers().count()).isEqualTo(2);
    assertThat(new EvolutionReport(b.run()).json().replace("\"elmira.yaml\"", "FILE"))
        .isEqualTo(
            new EvolutionReport(a.run())
                .json()
                .replace("\"" + Models.cli("elmira.yaml").name() + "\"", "FILE"));
    assertThat(a.evolution().reachable(true).stream().boxed().toList()).containsExactly(9);
  }

  @Test
  void anImposedPackageMakesTheDealReachable() {
    ModelInput in = Models.cli("peace-talks-2026-v1.yaml");
    Evolve.Request toDeal = Evolve.Request.standard().withTo("deal");
    Evolve.Result without = Evolve.run(in, toDeal, Progress.NONE);
    assertThat(without.evolution().path(without.plan().to(), true)).isNull();
    Evolve.Result with =
        Evolve.run(
            in.withPackages(List.of("imposed:sign,withdraw"), "--package"), toDeal, Progress.NONE);
    assertThat(with.evolution().path(with.plan().to(), true)).hasSize(2);
  }

  @Test
  void conceptsAreTakenOnceInTheOrderAsked() {
    Evolve.Plan p =
        Evolve.plan(
            Models.cli("elmira.yaml"),
            Evolve.Request.standard()
                .withConcepts(List.of(Concept.SEQ, Concept.NASH, Concept.SEQ)));
    assertThat(p.concepts()).containsExactly(Concept.SEQ, Concept.NASH);
  }

  @Test
  void badRequestsNameTheirField() {
    ModelInput elmira = Models.cli("elmira.yaml");
    Evolve.Request std = Evolve.Request.standard();
    assertField(elmira, std.withDepth(0), "depth", "0: give a whole number from 1 to 40");
    assertField(elmira, std.withDepth(Evolve.MAX_DEPTH + 1), "depth", "41: ");
    assertField(elmira, std.withTo("nowhere"), "to", "'nowhere'");
    assertField(elmira, std.withFrom("13"), "from", "'13'");
    assertField(
        elmira,
        std.withCoalitions(List.of("MoE+Nobody")),
        "coalitions",
        "MoE+Nobody: unknown decision maker 'Nobody'");
    assertField(
        elmira, std.withCoalitions(List.of("MoE+LG", "LG+Uniroyal")), "coalitions", "two blocks");
    assertField(elmira, std.withCoalitions(List.of("[MoE,Shell],LG")), "coalitions", "'Shell'");
    assertField(
        Models.server("chicken.yaml"),
        std,
        "from",
        "is required: chicken.yaml names no status quo");
    assertThatThrownBy(
            () ->
                Evolve.plan(
                    Models.cli("elmira-graph.yaml"), std.withConcepts(List.of(Concept.SIM))))
        .isInstanceOfSatisfying(
            BadRequest.class, e -> assertThat(e.getMessage()).contains("graph form"));
    assertThat(Evolve.badDepth("\"3\"").field()).isEqualTo("depth");
  }

  private static void assertField(ModelInput in, Evolve.Request req, String field, String text) {
    assertThatThrownBy(() -> Evolve.run(in, req, Progress.NONE))
        .isInstanceOfSatisfying(
            BadRequest.class,
            e -> {
              assertThat(e.field()).isEqualTo(field);
              assertThat(String.join("\n", e.lines())).contains(text);
            });
  }
}
