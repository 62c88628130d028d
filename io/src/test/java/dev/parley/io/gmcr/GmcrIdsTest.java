package dev.parley.io.gmcr;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.statement.StatementParser;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GmcrIdsTest {
  @Test
  void derivesValidDistinctIds() {
    Set<String> taken = new HashSet<>();
    assertThat(GmcrIds.derive("Build dam", "o_", "o1", taken)).isEqualTo("build_dam");
    assertThat(GmcrIds.derive("  Build   DAM ", "o_", "o2", taken)).isEqualTo("build_dam_2");
    assertThat(GmcrIds.derive("Build dam", "o_", "o3", taken)).isEqualTo("build_dam_3");
    assertThat(GmcrIds.derive("3rd option", "o_", "o4", taken)).isEqualTo("o_3rd_option");
    assertThat(GmcrIds.derive("IFF", "o_", "o5", taken)).isEqualTo("o_iff");
    assertThat(GmcrIds.derive("???", "o_", "o6", taken)).isEqualTo("o6");
    assertThat(GmcrIds.derive(null, "o_", "o7", taken)).isEqualTo("o7");
    assertThat(GmcrIds.derive("Zürich-Ölwerk", "o_", "o8", taken)).isEqualTo("zurich_olwerk");
    assertThat(GmcrIds.derive("水坝", "o_", "o9", taken)).isEqualTo("水坝");
    String longName = "Accept the proposal of the provincial government to build";
    String id = GmcrIds.derive(longName, "o_", "o10", taken);
    assertThat(id).isEqualTo("accept_the_proposal_of_the_provincial");
    assertThat(id.length()).isLessThanOrEqualTo(GmcrIds.MAX_LENGTH);
    assertThat(taken).allMatch(StatementParser::isValidId);
  }
}
