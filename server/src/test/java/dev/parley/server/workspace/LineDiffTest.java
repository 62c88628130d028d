package dev.parley.server.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class LineDiffTest {
  static IntStream seeds() {
    return IntStream.range(0, 100);
  }

  /** Seeds whose first random text has at least one line to change. */
  static IntStream textSeeds() {
    return IntStream.range(0, 1000)
        .filter(seed -> randomText(new Random(seed)).split("\n", -1).length >= 2)
        .limit(100);
  }

  /** Applying the diff to the old text gives the new text, and unchanged lines are kept. */
  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void diffRebuildsBothTexts(int seed) {
    Random rnd = new Random(seed);
    String a = randomText(rnd);
    String b = randomText(rnd);
    List<LineDiff.Line> d = LineDiff.diff(a, b);
    String oldBack =
        d.stream()
            .filter(l -> l.op() != LineDiff.Op.ADDED)
            .map(l -> l.text() + "\n")
            .collect(Collectors.joining());
    String newBack =
        d.stream()
            .filter(l -> l.op() != LineDiff.Op.REMOVED)
            .map(l -> l.text() + "\n")
            .collect(Collectors.joining());
    assertThat(oldBack).as("seed " + seed).isEqualTo(a);
    assertThat(newBack).as("seed " + seed).isEqualTo(b);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("textSeeds")
  void oneChangedLineIsOneRemovalAndOneAddition(int seed) {
    Random rnd = new Random(seed);
    String a = randomText(rnd);
    String[] lines = a.split("\n", -1);
    assertThat(lines.length).isGreaterThanOrEqualTo(2);
    int k = rnd.nextInt(lines.length - 1);
    lines[k] = "changed " + seed;
    List<LineDiff.Line> d = LineDiff.diff(a, String.join("\n", lines));
    assertThat(d.stream().filter(l -> l.op() == LineDiff.Op.ADDED)).hasSize(1);
    assertThat(d.stream().filter(l -> l.op() == LineDiff.Op.REMOVED)).hasSize(1);
  }

  private static String randomText(Random rnd) {
    int n = rnd.nextInt(12);
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n; i++) {
      b.append("line ").append(rnd.nextInt(5)).append('\n');
    }
    return b.toString();
  }
}
