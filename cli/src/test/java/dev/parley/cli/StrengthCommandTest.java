package dev.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code parley analyze} on a model that declares strength of preference. */
class StrengthCommandTest {
  @TempDir Path dir;

  @Test
  void theBriefingNamesTheEquilibriaThatHoldOnlyWeakly() {
    String flat = Cli.ok("analyze", Cli.example("chicken-strength.yaml"), "-c", "gmr,seq").flat();
    assertThat(flat)
        .contains("Strength of preference: which equilibria hold only weakly")
        .contains(
            "‘bothSwerve’ (state 4) is an equilibrium under GMR only weakly: the sanctions that"
                + " deter Driver 2's move to ‘p1Swerves’ (state 2) leave Driver 2 only mildly"
                + " worse off.")
        .doesNotContain("under SMR only weakly");
  }

  @Test
  void theJsonHasStrength() throws Exception {
    Cli r = Cli.ok("analyze", Cli.example("chicken-strength.yaml"), "-f", "json");
    JsonNode s = new ObjectMapper().readTree(r.out()).get("strength");
    assertThat(s.get("concepts").get("smr").get("weakFor").get("P1").toString()).isEqualTo("[4]");
    assertThat(s.get("weakly")).hasSize(3);
    assertThat(
            new ObjectMapper()
                .readTree(Cli.ok("analyze", Cli.example("chicken.yaml"), "-f", "json").out())
                .has("strength"))
        .isFalse();
  }

  @Test
  void aBadDeclarationIsAnErrorAtItsPlace() throws Exception {
    Path p = dir.resolve("bad.yaml");
    Files.writeString(
        p,
        Files.readString(Path.of(Cli.example("chicken-strength.yaml")))
            .replace("better: p1Swerves", "better: p1Swerve"));
    Cli r = Cli.run("analyze", p.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err())
        .contains("bad.yaml:29:19: unknown state 'p1Swerve' in 'better' of great preference 1 of")
        .contains("did you mean 'p1Swerves'?")
        .doesNotContain("Exception");
  }

  @Test
  void helpShowsTheExample() {
    assertThat(Cli.ok("analyze", "--help").out()).contains("examples/chicken-strength.yaml");
  }
}
