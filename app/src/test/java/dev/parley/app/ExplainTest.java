package dev.parley.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.core.progress.Progress;
import dev.parley.core.stability.Concept;
import dev.parley.core.stability.Explanation;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExplainTest {
  private static void refused(ModelInput in, Explain.Request req, String field, String line) {
    assertThatThrownBy(() -> Explain.run(in, req))
        .isInstanceOfSatisfying(
            BadRequest.class,
            e -> {
              assertThat(e.field()).isEqualTo(field);
              assertThat(String.join("\n", e.lines())).contains(line);
            });
  }

  @Test
  void oneStateForOneDecisionMakerUnderOneConcept() {
    ModelInput in = Models.cli("prisoners-dilemma.yaml");
    Explain.Result r = Explain.run(in, Explain.Request.parse("4", List.of("gmr"), "P1"));
    assertThat(r.state()).isEqualTo(3);
    assertThat(r.concepts()).containsExactly(Concept.GMR);
    assertThat(r.dms()).containsExactly(0);
    Explanation e = r.explanations().get(0);
    assertThat(e.concept()).isEqualTo(Concept.GMR);
    assertThat(e.dm()).isZero();
    assertThat(e.state()).isEqualTo(3);
    assertThat(e.improvements()).isNotEmpty().allMatch(Explanation.Improvement::sanctioned);
  }

  @Test
  void byDefaultNashGmrSmrAndSeqForEveryDecisionMaker() {
    ModelInput in = Models.cli("chicken.yaml");
    Explain.Result r = Explain.run(in, new Explain.Request("bothSwerve", List.of(), null));
    assertThat(r.concepts()).containsExactlyElementsOf(Explain.DEFAULT_CONCEPTS);
    assertThat(r.dms()).containsExactly(0, 1);
    assertThat(r.explanations()).hasSize(8);
    assertThat(r.of(Concept.SEQ)).extracting(Explanation::dm).containsExactly(0, 1);
    // a decision maker by name, in any case
    assertThat(Explain.run(in, new Explain.Request("4", List.of(), "driver 2")).dms())
        .containsExactly(1);
  }

  @Test
  void eachMistakeNamesItsField() {
    ModelInput in = Models.cli("chicken.yaml");
    refused(in, new Explain.Request("99", List.of(), null), "state", "'99'");
    refused(in, new Explain.Request(" ", List.of(), null), "state", "is required");
    refused(
        in,
        new Explain.Request("1", List.of(), "XX"),
        "dm",
        "unknown decision maker 'XX'; the model has: P1, P2");
    assertThatThrownBy(() -> Explain.Request.parse("1", List.of("nashh"), null))
        .isInstanceOfSatisfying(
            BadRequest.class,
            e -> {
              assertThat(e.field()).isEqualTo("concept");
              assertThat(e.lines().get(0)).startsWith("unknown concept 'nashh': use nash, gmr");
            });
  }

  @Test
  void simIsRefusedForAGraphFormModel() {
    ModelInput in = Models.cli("elmira-graph.yaml");
    assertThatThrownBy(() -> Explain.run(in, Explain.Request.parse("1", List.of("sim"), null)))
        .isInstanceOf(BadRequest.class)
        .hasMessageContaining("graph form");
    assertThat(Explain.run(in, Explain.Request.parse("1", List.of("seq"), null)).explanations())
        .hasSize(in.conflict.dmCount());
  }

  @Test
  void anAnalysisExplainsEveryEquilibriumAndTheStatusQuo() {
    ModelInput in = Models.cli("elmira.yaml");
    var run =
        Analyse.run(
            in,
            Analyse.Request.standard().withConcepts(List.of(Concept.NASH), List.of(), false),
            Progress.NONE);
    List<Explanation> all = Explain.equilibria(run, Progress.NONE);
    var which = run.result().equilibria(Concept.NASH);
    which.set(run.statusQuo());
    assertThat(all).hasSize(which.cardinality() * in.conflict.dmCount());
    assertThat(all).allMatch(e -> e.concept() == Concept.NASH && which.get(e.state()));
    assertThat(all).extracting(Explanation::state).contains(run.statusQuo());
  }

  @Test
  void aLimitExplainsTheFirstEquilibriaOfEachConceptAndStillTheStatusQuo() {
    ModelInput in = Models.cli("elmira.yaml");
    List<Concept> concepts = List.of(Concept.NASH, Concept.GMR);
    var run =
        Analyse.run(
            in, Analyse.Request.standard().withConcepts(concepts, List.of(), false), Progress.NONE);
    int n = in.conflict.dmCount();
    List<Explanation> all = Explain.equilibria(run, Progress.NONE);
    for (int limit : new int[] {0, 1, 2}) {
      List<Explanation> some = Explain.equilibria(run, limit, Progress.NONE);
      int expected = 0;
      for (Concept c : concepts) {
        var eq = run.result().equilibria(c);
        // the case is exercised: more equilibria than the limit
        assertThat(eq.cardinality()).isGreaterThan(limit);
        java.util.BitSet first = new java.util.BitSet();
        eq.stream().limit(limit).forEach(first::set);
        first.set(run.statusQuo());
        expected += first.cardinality();
        assertThat(some)
            .filteredOn(e -> e.concept() == c)
            .extracting(Explanation::state)
            .allMatch(first::get)
            .containsAll(first.stream().boxed().toList());
      }
      assertThat(some).hasSize(expected * n);
      // the same explanations as without a limit, in the same order
      assertThat(all).containsSubsequence(some);
    }
  }
}
