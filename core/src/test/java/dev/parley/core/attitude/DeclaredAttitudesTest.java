package dev.parley.core.attitude;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.core.model.Provenance;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeclaredAttitudesTest {
  @Test
  void entriesNotWrittenAreSelfInterested() {
    DeclaredAttitudes d =
        new DeclaredAttitudes(
            3,
            null,
            List.of(
                new DeclaredAttitudes.Entry(0, 1, -1, null),
                new DeclaredAttitudes.Entry(2, 2, 0, new Provenance("s", "q", null))));
    assertThat(d.reading()).isEqualTo(RelationalPreference.Reading.WEAK);
    assertThat(d.attitudes().matrix()).isEqualTo(new int[][] {{1, -1, 0}, {0, 1, 0}, {0, 0, 0}});
    assertThat(d.entry(0, 1).attitude()).isEqualTo(-1);
    assertThat(d.entry(0, 1).provenance()).isEqualTo(Provenance.NONE);
    assertThat(d.entry(1, 0)).isNull();
    assertThat(RelationalConcept.parse(" RSeq ")).isEqualTo(RelationalConcept.RSEQ);
    assertThat(RelationalConcept.parse("seq")).isNull();
  }

  @Test
  void refusesRepeatedOrUnknownPairs() {
    DeclaredAttitudes.Entry e = new DeclaredAttitudes.Entry(0, 1, 1, null);
    assertThatThrownBy(() -> new DeclaredAttitudes(2, null, List.of(e, e)))
        .hasMessageContaining("twice");
    assertThatThrownBy(
            () ->
                new DeclaredAttitudes(2, null, List.of(new DeclaredAttitudes.Entry(0, 2, 1, null))))
        .hasMessageContaining("unknown");
    assertThatThrownBy(() -> new DeclaredAttitudes.Entry(0, 0, 2, null))
        .hasMessageContaining("+1, 0 or -1");
  }
}
