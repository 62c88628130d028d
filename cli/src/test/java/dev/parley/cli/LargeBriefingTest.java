package dev.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A large model's briefing summarises: sets of equilibria as option patterns or counts, tie groups
 * cut with their size, the tables limited to the notable states; the full tables are one flag away.
 */
class LargeBriefingTest {
  @TempDir Path dir;

  @Test
  void aGeneratedFourPartyModelBriefsInUnderAThousandLines() {
    String model = dir.resolve("g.yaml").toString();
    Cli gen = Cli.ok("generate", "--dms", "4", "--options", "14", "--seed", "7", "-o", model);
    Cli r = Cli.ok("analyze", model);
    String[] lines = r.out().split("\n");
    assertThat(lines.length).isLessThan(1_000);
    assertThat(r.out()).contains("these tables list").contains("states in all]");
    for (String line : lines) {
      assertThat(line.codePointCount(0, line.length())).as(line).isLessThanOrEqualTo(100);
    }
    Cli full = Cli.ok("analyze", model, "--full-tables", "--concept", "nash");
    assertThat(full.out()).doesNotContain("these tables list");
    assertThat(full.out().split("\n").length).isGreaterThan(2 * 5_000);
  }
}
