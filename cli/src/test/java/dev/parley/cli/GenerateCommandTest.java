package dev.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.app.MemoryEstimate;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateCommandTest {
  @TempDir Path dir;

  @Test
  void theSameArgumentsWriteTheSameFileByteForByte() throws IOException {
    Path a = dir.resolve("a.yaml");
    Path b = dir.resolve("b.yaml");
    Cli r1 =
        Cli.run("generate", "--dms", "4", "--options", "14", "--seed", "3", "-o", a.toString());
    Cli r2 =
        Cli.run(
            "generate", "--dms", "4", "--options", "14", "--seed", "3", "--output", b.toString());
    assertThat(r1.code()).as(r1.err()).isZero();
    assertThat(r2.code()).isZero();
    assertThat(Files.readAllBytes(a)).isEqualTo(Files.readAllBytes(b));
    assertThat(r1.out())
        .startsWith("Wrote " + a)
        .contains("4 decision makers, 14 options")
        .containsPattern("[0-9],[0-9]{3} feasible states of 16,384");
    Cli other = Cli.run("generate", "--options", "14", "--seed", "4");
    assertThat(other.out()).isNotEqualTo(Files.readString(a));
  }

  @Test
  void withoutOutputTheModelGoesToStandardOutputAndTheCountToStandardError() {
    Cli r = Cli.run("generate", "--dms", "3", "--options", "9", "--infeasible", "0");
    assertThat(r.code()).isZero();
    assertThat(r.out()).startsWith("parley: 1").contains("decisionMakers:").contains("D3");
    assertThat(r.out()).doesNotContain("infeasible:");
    assertThat(r.err()).contains("512 feasible states of 512 (0.0 % infeasible)");
  }

  @Test
  void aGeneratedModelLoadsAndIsAnalysed() {
    Path file = dir.resolve("small.json");
    assertThat(Cli.run("generate", "--dms", "3", "--options", "8", "-o", file.toString()).code())
        .isZero();
    Cli r = Cli.ok("analyze", file.toString(), "-f", "csv");
    assertThat(r.out()).startsWith("state,name,yn,o1,");
    assertThat(Cli.run("validate", file.toString()).code()).isZero();
  }

  @Test
  void badArgumentsAreUsageErrors() {
    Cli dms = Cli.run("generate", "--dms", "7", "--options", "14");
    assertThat(dms.code()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(dms.err()).contains("decision makers must be between 2 and 6");
    Cli share = Cli.run("generate", "--options", "14", "--infeasible", "0.95");
    assertThat(share.code()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(share.err()).contains("between 0 and 0.9");
    Cli ext = Cli.run("generate", "--options", "10", "-o", dir.resolve("m.txt").toString());
    assertThat(ext.code()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(ext.err()).contains("*.yaml");
    assertThat(Cli.run("generate").code()).isEqualTo(ExitCodes.BAD_INPUT);
  }

  /** A large model is written without enumerating its states, then refused by the guard. */
  @Test
  void aModelTooLargeForTheHeapIsRefusedAtOnceWithAdvice() {
    Path file = dir.resolve("huge.yaml");
    Cli g = Cli.ok("generate", "--dms", "4", "--options", "28", "-o", file.toString());
    Path out = dir.resolve("huge.json");
    Cli r = Cli.run("analyze", file.toString(), "-f", "json", "-o", out.toString());
    assertThat(r.code()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(r.err())
        .contains("this model needs about")
        .contains("GiB")
        .contains("28 options")
        .containsPattern(
            "run with JAVA_OPTS=-Xmx[0-9]+g \\./parley analyze .*huge\\.yaml -f json -o .*huge\\.json");
    assertThat(r.err()).doesNotContain("OutOfMemoryError").doesNotContain("Exception");
    assertThat(out).doesNotExist();
  }

  /** The guard counts the analysis for robustness, inverse and goals as it does for analyze. */
  @Test
  void theMediatorCommandsAreGuardedToo() {
    Path file = dir.resolve("huge.yaml");
    Cli.ok("generate", "--dms", "4", "--options", "28", "-o", file.toString());
    for (List<String> args :
        List.of(
            List.of("robustness", file.toString()),
            List.of("inverse", file.toString(), "--target", "1"),
            List.of("goals", file.toString(), "--stable", "1"))) {
      Cli r = Cli.run(args.toArray(new String[0]));
      assertThat(r.code()).as("%s", args).isEqualTo(ExitCodes.BAD_INPUT);
      assertThat(r.err())
          .as("%s", args)
          .contains("this model needs about")
          .contains("28 options")
          .contains("./parley " + args.get(0))
          .doesNotContain("Exception");
    }
  }

  /**
   * Every command that analyses counts the analysis: a model whose states fit the heap but whose
   * analysis does not is refused at once by each, with advice naming the command.
   */
  @Test
  void everyCommandThatAnalysesIsGuardedForItsAnalysis() {
    long max = Runtime.getRuntime().maxMemory();
    int k = 8;
    while (MemoryEstimate.of(new int[] {k / 4, k / 4, k / 4, k - 3 * (k / 4)}, true).fits(max)) {
      k++;
    }
    int[] shape = {k / 4, k / 4, k / 4, k - 3 * (k / 4)};
    // the case is the one meant: its states alone would fit
    assertThat(MemoryEstimate.of(shape, false).fits(max)).as("%d options", k).isTrue();
    Path file = dir.resolve("wide.yaml");
    Cli.ok("generate", "--dms", "4", "--options", String.valueOf(k), "-o", file.toString());
    String f = file.toString();
    for (List<String> args :
        List.of(
            List.of("evolve", f),
            List.of("deadlocks", f),
            List.of("coalitions", f),
            List.of("timeline", f),
            List.of("margins", f),
            List.of("dilemmas", f),
            List.of("perceptions", f),
            // the model is read (and refused) before its scenarios
            List.of("sweep", f, "--scenarios", dir.resolve("scenarios.yaml").toString()))) {
      Cli r = Cli.run(args.toArray(new String[0]));
      assertThat(r.code()).as("%s: %s", args, r.err()).isEqualTo(ExitCodes.BAD_INPUT);
      assertThat(r.err())
          .as("%s", args)
          .contains("this model needs about")
          .contains(k + " options")
          .contains("./parley " + args.get(0))
          .doesNotContain("Exception");
    }
  }

  @Test
  void helpTeachesWithExamples() {
    Cli r = Cli.run("generate", "--help");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("--dms").contains("--infeasible").contains("Examples:");
    assertThat(Cli.run("--help").out()).contains("generate").contains("bench");
  }
}
