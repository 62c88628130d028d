package dev.parley.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.params.provider.Arguments;

/**
 * Model texts and checks shared by the reader's tests (and, through io's test jar, by the tests of
 * the modules above): a small sound model to break one part of, and the diagnostics of one that
 * must not load.
 */
public final class TestModels {
  private TestModels() {}

  /** Two decision makers with one option each, for tests that break one part. */
  public static final String TWO_DMS =
      """
      decisionMakers:
        - id: US
          options: [{id: sign}]
          preferences: {statements: [sign]}
        - id: RU
          options: [{id: attack}]
          preferences: {statements: [attack]}
      """;

  /** Chicken (examples/chicken.yaml) in brief: two drivers, their rankings, the named states. */
  public static final String CHICKEN =
      """
      decisionMakers:
        - id: P1
          options: [{id: swerve1}]
          preferences: {ranking: [p2Swerves, bothSwerve, p1Swerves, crash]}
        - id: P2
          options: [{id: swerve2}]
          preferences: {ranking: [p1Swerves, bothSwerve, p2Swerves, crash]}
      states:
        - {id: crash, options: NN}
        - {id: p1Swerves, options: YN}
        - {id: p2Swerves, options: NY}
        - {id: bothSwerve, options: YY}
      """;

  /** The diagnostics of a model that must not load. */
  public static List<String> errors(String file, String text) {
    return errors(file, () -> ModelReader.read(text, file, Format.of(file)));
  }

  /** The diagnostics of a model file that must not load. */
  public static List<String> errors(Path file) {
    return errors(file, () -> ModelReader.read(file));
  }

  private static List<String> errors(Object file, ThrowingCallable read) {
    ModelLoadException e = catchThrowableOfType(ModelLoadException.class, read);
    assertThat(e).as("%s must not load", file).isNotNull();
    return e.diagnostics().stream().map(Diagnostic::toString).toList();
  }

  /**
   * A case of a table of models that must not load: its name, the file name and text read, and the
   * diagnostics expected, in order.
   */
  public static Arguments bad(String name, String file, String text, String... diagnostics) {
    return Arguments.of(name, file, text, List.of(diagnostics));
  }

  /** A model of 15 options (three decision makers, five each) and no rules: 32768 states. */
  public static String big() {
    StringBuilder yaml = new StringBuilder("title: Big\ndecisionMakers:\n");
    for (int d = 0; d < 3; d++) {
      yaml.append("  - id: D").append(d).append("\n    options:\n");
      for (int k = 0; k < 5; k++) {
        yaml.append("      - id: o").append(d).append('_').append(k).append('\n');
      }
      yaml.append("    preferences:\n      statements: [o").append((d + 1) % 3).append("_0]\n");
    }
    return yaml.toString();
  }

  /** Nine decision makers, D1 to D9, each with one option and a statement about it. */
  public static String nineParties() {
    StringBuilder yaml = new StringBuilder("title: nine parties\ndecisionMakers:\n");
    for (int d = 1; d <= 9; d++) {
      yaml.append("  - id: D")
          .append(d)
          .append("\n    options:\n      - id: o")
          .append(d)
          .append("\n    preferences:\n      statements: [o")
          .append(d)
          .append("]\n");
    }
    return yaml.toString();
  }
}
