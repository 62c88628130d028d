package dev.parley.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.drama.CardTable;
import dev.parley.core.drama.Dilemma;
import dev.parley.core.drama.DilemmaKind;
import dev.parley.core.drama.Dilemmas;
import dev.parley.core.drama.Doubt;
import dev.parley.core.drama.DramaResult;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code drama:} is read, checked with file:line:column problems, written back and analysed. */
class DramaReaderTest {

  /** Chicken (examples/chicken.yaml) with a card table appended. */
  static final String CHICKEN = TestModels.CHICKEN + "drama:\n%s\n";

  static String chicken(String drama) {
    return CHICKEN.formatted(drama.indent(2).stripTrailing());
  }

  private static List<String> errors(String drama) {
    return TestModels.errors("d.yaml", chicken(drama));
  }

  @Test
  void readsTheCardTableAndFindsChickensDilemmas() throws Exception {
    LoadedModel m =
        ModelReader.read(
            chicken(
                """
                threatened: {future: crash, note: nobody gives way}
                positions:
                  - {party: P1, future: {swerve1: false, swerve2: true}, quote: you swerve}
                  - {party: P2, future: p1Swerves}
                doubts:
                  - {party: P1, doubts: P2, about: threat}
                """),
            "d.yaml",
            Format.YAML);
    CardTable t = m.drama();
    assertThat(t.positions()).hasSize(2);
    assertThat(t.position(0).provenance().quote()).isEqualTo("you swerve");
    assertThat(t.threatenedProvenance().note()).isEqualTo("nobody gives way");
    assertThat(t.doubt(0, 1, Doubt.About.THREAT)).isNotNull();
    DramaResult r = Dilemmas.analyze(m.graphModel(), t);
    assertThat(r.threatened()).isZero();
    assertThat(r.atCommitment(0, 1)).isFalse();
    // each would rather give in than crash (rejection) and would swerve from a crash (threat);
    // neither is unpersuaded, since each prefers the other's demand to a crash
    assertThat(r.dilemmas())
        .extracting(Dilemma::kind, Dilemma::faced, Dilemma::toward)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(DilemmaKind.REJECTION, 0, 1),
            org.assertj.core.groups.Tuple.tuple(DilemmaKind.THREAT, 0, 1),
            org.assertj.core.groups.Tuple.tuple(DilemmaKind.REJECTION, 1, 0),
            org.assertj.core.groups.Tuple.tuple(DilemmaKind.THREAT, 1, 0));
    Dilemma threat2 = r.dilemmas().get(3);
    assertThat(threat2.doubt()).isEqualTo(t.doubt(0, 1, Doubt.About.THREAT));
    assertThat(threat2.because())
        .singleElement()
        .satisfies(c -> assertThat(c.better()).isEqualTo(2));
  }

  @Test
  void aSharedPositionIsACommitmentWithCooperationAndTrustDilemmas() throws Exception {
    LoadedModel m =
        ModelReader.read(
            chicken(
                """
                threatened: {future: crash}
                positions:
                  - {party: P1, future: YY}
                  - {party: P2, future: bothSwerve}
                """),
            "d.yaml",
            Format.YAML);
    DramaResult r = Dilemmas.analyze(m.graphModel(), m.drama());
    assertThat(r.atCommitment(0, 1)).isTrue();
    assertThat(r.common(0, 1)).containsExactly(3);
    assertThat(r.dilemmas())
        .extracting(Dilemma::kind)
        .containsExactly(
            DilemmaKind.COOPERATION, DilemmaKind.TRUST, DilemmaKind.COOPERATION, DilemmaKind.TRUST);
  }

  @Test
  void dontCareEntriesAreReadAsTheHoldersBestCompletions() throws Exception {
    // P1 fixes only P2's option: swerve2 = Y; P1 likes NY best of NY and YY
    LoadedModel m =
        ModelReader.read(
            chicken(
                """
                threatened: {future: crash}
                positions:
                  - {party: P1, future: -Y}
                """),
            "d.yaml",
            Format.YAML);
    DramaResult r = Dilemmas.analyze(m.graphModel(), m.drama());
    assertThat(r.readings(0)).containsExactly(2);
    assertThat(r.readings(1)).isNull();
  }

  @Test
  void writesTheCardTableBack() throws Exception {
    LoadedModel m =
        ModelReader.read(
            chicken(
                    """
                threatened: {future: crash, source: s, quote: "no one swerves"}
                positions:
                  - {party: P1, future: -Y}
                doubts:
                  - {party: P2, doubts: P1, about: agreement, note: broken before}
                """)
                .replace("decisionMakers:", "sources: [{id: s, title: S}]\ndecisionMakers:"),
            "d.yaml",
            Format.YAML);
    for (Format f : Format.values()) {
      String text = ModelWriter.write(m.conflict(), m.perceptions(), m.drama(), f);
      LoadedModel again = ModelReader.read(text, "again", f);
      assertThat(again.drama()).isEqualTo(m.drama());
      assertThat(ModelWriter.write(again.conflict(), again.perceptions(), again.drama(), f))
          .isEqualTo(text);
    }
    assertThat(ModelWriter.write(m.conflict(), m.perceptions(), m.drama(), Format.YAML))
        .contains("drama:\n  threatened:\n    future: crash\n    source: s\n");
  }

  @Test
  void problemsAreReportedAtTheirPlace() {
    assertThat(errors("positions: []"))
        .containsExactly(
            "d.yaml:14:3: missing 'threatened' in 'drama' — add 'threatened: {future: ...}', what"
                + " happens if no agreement is reached");
    assertThat(
            errors(
                """
                threatened: {future: -N}
                positions:
                  - {party: P3, future: YY}
                  - {party: P1, future: YY}
                  - {party: P1, future: NY}
                doubts:
                  - {party: P1, doubts: P1, about: threat}
                  - {party: P1, doubts: P2, about: promise}
                """))
        .containsExactly(
            "d.yaml:16:15: unknown decision maker 'P3' in a position in 'drama' — did you mean"
                + " 'P1'? (decision makers: P1, P2)",
            "d.yaml:18:15: a second position for 'P1' — give each party one position: the future"
                + " it proposes",
            "d.yaml:20:27: 'P1' doubts itself — a doubt is one party's disbelief in another's"
                + " stated intention",
            "d.yaml:21:38: unknown 'about: promise' in a doubt in 'drama' — write 'threat' or"
                + " 'agreement'");
    assertThat(errors("threatened: {future: -N}"))
        .singleElement()
        .asString()
        .startsWith("d.yaml:14:24: the threatened future (-N) matches 2 feasible states");
    assertThat(errors("threatened: {future: crash}\npositions: [{party: P1, future: NY, foo: 1}]"))
        .singleElement()
        .asString()
        .startsWith("d.yaml:15:39: unknown key 'foo' in the position of 'P1' — allowed: party,");
  }
}
