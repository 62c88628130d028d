package dev.parley.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.core.hypergame.HypergameClass;
import dev.parley.core.progress.Progress;
import dev.parley.core.stability.Concept;
import java.util.List;
import org.junit.jupiter.api.Test;

class PerceptionsTest {
  @Test
  void analysesEveryPerceivedGameUnderTheConceptsAsked() {
    Perceptions.Result r =
        Perceptions.run(
            Models.cli("chicken-misperceived.yaml"),
            Perceptions.Request.parse(List.of("seq", "nash"), "concepts"),
            Progress.NONE);
    assertThat(r.concepts()).containsExactly(Concept.SEQ, Concept.NASH);
    assertThat(r.hypergame().classOf(Concept.SEQ, 3)).isEqualTo(HypergameClass.H);
  }

  @Test
  void defaultsToTheConceptsTheFormAllows() {
    Perceptions.Result r =
        Perceptions.run(
            Models.cli("elmira-graph.yaml"), Perceptions.Request.standard(), Progress.NONE);
    assertThat(r.concepts()).doesNotContain(Concept.SIM, Concept.SEQSIM);
    assertThat(r.hypergame().hasMisperceptions()).isFalse();
  }

  @Test
  void anUnknownConceptIsABadRequest() {
    assertThatThrownBy(() -> Perceptions.Request.parse(List.of("nope"), "concepts"))
        .isInstanceOf(BadRequest.class)
        .hasMessageContaining("concepts[0] unknown concept 'nope'");
  }

  @Test
  void convertingToGmcrSaysTheBeliefsAreLeftOut() {
    assertThat(Convert.run(Models.cli("chicken-misperceived.yaml"), "c.gmcr").notes())
        .anyMatch(n -> n.contains("no place for believed preferences") && n.contains("what P1"));
  }
}
