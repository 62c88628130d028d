package dev.parley.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.core.evolution.Deadlock;
import dev.parley.core.progress.Progress;
import dev.parley.core.stability.Concept;
import dev.parley.report.ResultJson;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link Deadlocks}: what {@code parley deadlocks} and {@code POST …/deadlocks} both run. */
class DeadlocksTest {
  @Test
  void theFlagshipDeadlockFromTheStatusQuo() {
    Deadlocks.Result r =
        Deadlocks.run(
            Models.cli("peace-talks-2026-v1.yaml"), Deadlocks.Request.standard(), Progress.NONE);
    assertThat(r.run().statusQuo()).isEqualTo(8); // state 9, the war
    assertThat(r.run().concepts()).containsExactly(Concept.values());
    assertThat(r.skipped()).isNull();
    Deadlock usUa =
        r.deadlocks().stream()
            .filter(d -> d.target() == 7 && d.coalition().equals(List.of(0, 1)))
            .findFirst()
            .orElseThrow();
    assertThat(usUa.joint()).isEqualTo(11); // state 12
    assertThat(r.deadlocks()).isSameAs(r.deadlocks()); // searched once
  }

  @Test
  void theCommandLineAndTheWorkbenchGetTheSameAnswerForTheSameRequest() {
    // parley deadlocks peace-talks-2026-v1.yaml --from 9 -c seq,nash
    Deadlocks.Request cli = new Deadlocks.Request("9", List.of(Concept.SEQ, Concept.NASH));
    // POST …/deadlocks {"from": "war", "concepts": ["seq", "nash"]}
    Deadlocks.Request server =
        Deadlocks.Request.standard()
            .withFrom("war")
            .withConcepts(List.of(Concept.SEQ, Concept.NASH));
    Deadlocks.Result a = Deadlocks.run(Models.cli("peace-talks-2026-v1.yaml"), cli, Progress.NONE);
    Deadlocks.Result b =
        Deadlocks.run(Models.server("peace-talks-2026-v1.yaml"), server, Progress.NONE);
    assertThat(ResultJson.deadlocks(b.run(), b.deadlocks()))
        .isEqualTo(ResultJson.deadlocks(a.run(), a.deadlocks()));
    assertThat(a.run().concepts()).containsExactly(Concept.SEQ, Concept.NASH);
  }

  @Test
  void aGraphFormModelHasNoDeadlocksAndFourConcepts() {
    Deadlocks.Result r =
        Deadlocks.run(Models.cli("elmira-graph.yaml"), Deadlocks.Request.standard(), Progress.NONE);
    assertThat(r.run().concepts()).isEqualTo(Evolve.DEFAULT_CONCEPTS);
    assertThat(r.deadlocks()).isEmpty();
    assertThatThrownBy(
            () ->
                Deadlocks.plan(
                    Models.cli("elmira-graph.yaml"),
                    Deadlocks.Request.standard().withConcepts(List.of(Concept.SEQSIM))))
        .isInstanceOf(BadRequest.class)
        .hasMessageContaining("graph form");
  }

  @Test
  void badStartsNameTheField() {
    assertThatThrownBy(
            () ->
                Deadlocks.plan(
                    Models.cli("elmira.yaml"), Deadlocks.Request.standard().withFrom("13")))
        .isInstanceOfSatisfying(BadRequest.class, e -> assertThat(e.field()).isEqualTo("from"));
    assertThatThrownBy(
            () -> Deadlocks.plan(Models.cli("chicken.yaml"), Deadlocks.Request.standard()))
        .isInstanceOfSatisfying(
            BadRequest.class,
            e -> {
              assertThat(e.field()).isEqualTo("from");
              assertThat(e.lines().get(0)).contains("names no status quo");
            });
    // a chosen start works where the model names none
    assertThat(
            Deadlocks.plan(Models.cli("chicken.yaml"), Deadlocks.Request.standard().withFrom("1"))
                .from())
        .isZero();
  }
}
