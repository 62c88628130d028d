package dev.parley.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class MemoryEstimateTest {
  @Test
  void theEstimateGrowsWithOptionsAndDecisionMakersInParallel() {
    long small = MemoryEstimate.of(new int[] {4, 4, 3, 3}, true, 2).bytes();
    long large = MemoryEstimate.of(new int[] {5, 5, 5, 5}, true, 2).bytes();
    long moreThreads = MemoryEstimate.of(new int[] {5, 5, 5, 5}, true, 16).bytes();
    long prepareOnly = MemoryEstimate.of(new int[] {5, 5, 5, 5}, false, 2).bytes();
    assertThat(small).isLessThan(large);
    assertThat(large).isLessThan(moreThreads);
    assertThat(prepareOnly).isLessThan(large);
    // small models need only the fixed part
    assertThat(small).isLessThan(80 * MemoryEstimate.MIB);
  }

  /** The formula written out for 20 options and 4 decision makers (docs/performance.md). */
  @Test
  void theFormulaAsDocumented() {
    MemoryEstimate e = MemoryEstimate.of(new int[] {5, 5, 5, 5}, true, 2);
    double perState =
        8
            + 8 * 4
            + 1 // codes, payoffs twice, the rank index
            + 2 * 128; // two decision makers analysed at a time
    assertThat(e.bytes()).isEqualTo((long) (64 * MemoryEstimate.MIB + (1 << 20) * perState));
    assertThat(e.candidateStates()).isEqualTo(1 << 20);
    assertThat(e.options()).isEqualTo(20);
  }

  @Test
  void adviceSaysWhatToRun() {
    MemoryEstimate e = MemoryEstimate.of(new int[] {6, 6, 6, 6}, true, 2);
    String advice = e.advice(2 * MemoryEstimate.GIB, "./parley analyze big.yaml");
    assertThat(advice)
        .startsWith("this model needs about ")
        .contains("24 options, up to 16,777,216 states")
        .contains("Java was given 2.0 GiB")
        .contains("run with JAVA_OPTS=-Xmx" + e.suggestedGib() + "g ./parley analyze big.yaml");
    assertThat(e.suggestedGib() * MemoryEstimate.GIB).isGreaterThan(e.bytes());
    assertThat(e.fits(e.bytes())).isTrue();
    assertThat(e.fits(e.bytes() - 1)).isFalse();
  }

  @Test
  void sizesReadWell() {
    assertThat(MemoryEstimate.size(3 * MemoryEstimate.MIB)).isEqualTo("3 MiB");
    assertThat(MemoryEstimate.size(3 * MemoryEstimate.GIB / 2)).isEqualTo("1.5 GiB");
  }

  @Test
  void theGuardRefusesWhatDoesNotFitAndLetsTheRestThrough() {
    assertThatThrownBy(() -> MemoryGuard.check(new int[] {7, 7, 7, 7}, true))
        .isInstanceOfSatisfying(
            TooLarge.class,
            e ->
                assertThat(e.advice("./parley analyze x.yaml"))
                    .contains("JAVA_OPTS=-Xmx")
                    .contains("./parley analyze x.yaml"));
    MemoryGuard.check(new int[] {2, 2}, true); // small: passes
    MemoryGuard.check(null, true); // shape unknown: the reader decides
    MemoryGuard.check(new int[] {20, 20}, true); // too many options: the reader says so
  }

  @Test
  void theShapeIsCheckedBeforeTheStatesAreBuilt() throws Exception {
    java.util.List<int[]> seen = new java.util.ArrayList<>();
    String chicken = java.nio.file.Files.readString(Path.of("..", "examples", "chicken.yaml"));
    dev.parley.io.ModelReader.read(chicken, "chicken.yaml", dev.parley.io.Format.YAML, seen::add);
    assertThat(seen).singleElement().satisfies(s -> assertThat(s).containsExactly(1, 1));
    // a refusal there stops the reading: nothing is enumerated
    assertThatThrownBy(
            () ->
                dev.parley.io.ModelReader.read(
                    chicken,
                    "chicken.yaml",
                    dev.parley.io.Format.YAML,
                    s -> {
                      throw new BadRequest("too big");
                    }))
        .isInstanceOf(BadRequest.class);
  }

  @Test
  void whatAFrontEndKeepsBesideTheEngineIsAddedPerCandidateState() {
    MemoryEstimate e = MemoryEstimate.of(new int[] {5, 5, 4, 4}, true, 2);
    MemoryEstimate more = e.plusPerState(2048);
    assertThat(more.bytes()).isEqualTo(e.bytes() + (1L << 18) * 2048);
    assertThat(more.options()).isEqualTo(18);
    assertThat(more.candidateStates()).isEqualTo(1L << 18);
    assertThat(e.plusPerState(0)).isEqualTo(e);
  }
}
