package dev.parley.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.core.coalition.CoalitionConcept;
import dev.parley.core.coalition.Deterrence;
import dev.parley.core.progress.Progress;
import dev.parley.core.stability.Concept;
import dev.parley.io.TestModels;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link Coalitions}: what {@code parley coalitions} and {@code POST …/coalitions} both run. */
class CoalitionsTest {
  @Test
  void elmirasCoalitionEquilibria() {
    Coalitions.Result r =
        Coalitions.run(Models.cli("elmira.yaml"), Coalitions.Request.standard(), Progress.NONE);
    assertThat(r.plan().concepts()).containsExactly(CoalitionConcept.values());
    assertThat(r.plan().deterrence()).isEqualTo(Deterrence.SOME_MEMBER);
    assertThat(r.plan().statusQuo()).isZero();
    assertThat(r.report().result().equilibria(CoalitionConcept.CNASH).stream().boxed().toList())
        .containsExactly(4, 5, 9, 10, 11); // states 5, 6, 10, 11, 12
    assertThat(r.structure()).isNull();
    assertThat(r.skipped()).isNull();
  }

  @Test
  void theCommandLineAndTheWorkbenchGetTheSameAnswerForTheSameRequest() {
    // parley coalitions elmira.yaml --concept cgmr,seq --quantifier all --status-quo 7
    Coalitions.Request cli =
        Coalitions.Request.parse(List.of("cgmr", "seq")).withQuantifier("all").withStatusQuo("7");
    // POST …/coalitions {"concepts": ["CGMR", "cseq"], "quantifier": "all", "statusQuo": ...}
    Coalitions.Request server =
        Coalitions.Request.parse(List.of("CGMR", "cseq", "cgmr"))
            .withQuantifier("all")
            .withStatusQuo("insistWhileDelaying");
    assertThat(server.concepts()).isEqualTo(cli.concepts());
    Coalitions.Result a = Coalitions.run(Models.cli("elmira.yaml"), cli, Progress.NONE);
    Coalitions.Result b = Coalitions.run(Models.server("elmira.yaml"), server, Progress.NONE);
    String file = "\"" + Models.cli("elmira.yaml").name() + "\"";
    assertThat(b.report().json().replace("\"elmira.yaml\"", "FILE"))
        .isEqualTo(a.report().json().replace(file, "FILE"));
    assertThat(a.report().tree().at("/parameters/deterrence").asText()).isEqualTo("all");
  }

  @Test
  void aFixedStructureIsAnalysedUnderTheIndividualConcepts() {
    Coalitions.Result r =
        Coalitions.run(
            Models.cli("peace-talks-2026-v1.yaml"),
            Coalitions.Request.parse(List.of("cnash", "cgmr")).withStructure(" [US,UA],RU "),
            Progress.NONE);
    assertThat(r.plan().structureText()).isEqualTo("[US,UA],RU");
    assertThat(r.structure().concepts()).containsExactly(Concept.NASH, Concept.GMR);
    assertThat(r.structure().coalitions().equilibria(Concept.NASH).stream().boxed().toList())
        .containsExactly(7, 8); // states 8 and 9
  }

  @Test
  void badRequestsSayWhatIsWrong() {
    assertThatThrownBy(() -> Coalitions.Request.parse(List.of("cnash", "cfoo")))
        .isInstanceOfSatisfying(
            BadRequest.class,
            e ->
                assertThat(e.getMessage())
                    .isEqualTo(
                        "unknown coalition concept 'cfoo'; use one of cnash, cgmr, csmr, cseq"));
    assertThatThrownBy(() -> Coalitions.Request.standard().withQuantifier("most"))
        .isInstanceOfSatisfying(
            BadRequest.class,
            e -> {
              assertThat(e.field()).isEqualTo("quantifier");
              assertThat(e.lines().get(0)).startsWith("most: use 'some'");
            });
    ModelInput elmira = Models.cli("elmira.yaml");
    assertThatThrownBy(
            () -> Coalitions.plan(elmira, Coalitions.Request.standard().withStatusQuo("nowhere")))
        .isInstanceOfSatisfying(
            BadRequest.class, e -> assertThat(e.field()).isEqualTo("statusQuo"));
    assertThatThrownBy(
            () ->
                Coalitions.plan(
                    elmira, Coalitions.Request.standard().withStructure("[MoE,Shell],LG")))
        .isInstanceOfSatisfying(
            BadRequest.class,
            e -> {
              assertThat(e.field()).isEqualTo("structure");
              assertThat(e.lines().get(0)).contains("'Shell'");
            });
  }

  @Test
  void moreThanEightDecisionMakersNeedAStructure(@TempDir Path dir) throws IOException {
    Path model = Files.writeString(dir.resolve("nine.yaml"), TestModels.nineParties());
    ModelInput nine = ModelInput.load(model);
    assertThatThrownBy(() -> Coalitions.plan(nine, Coalitions.Request.standard()))
        .isInstanceOf(BadRequest.class)
        .hasMessageContaining("at most " + Coalitions.MAX_DMS + " decision makers");
    Coalitions.Result r =
        Coalitions.run(
            nine,
            Coalitions.Request.parse(List.of("cnash"))
                .withStructure("[D1,D2],D3,D4,D5,D6,D7,D8,D9"),
            Progress.NONE);
    assertThat(r.report()).isNull();
    assertThat(r.skipped()).startsWith("9 decision makers");
    assertThat(r.structure().coalitions()).isNotNull();
    assertThat(r.plan().statusQuo()).isEqualTo(-1);
  }
}
