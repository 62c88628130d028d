package dev.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The {@code parley} launcher script: which JVM options each command gets. It runs a copy of the
 * script beside an up-to-date jar, with a stand-in {@code java} on the PATH that prints its
 * arguments.
 */
class LauncherTest {
  private static final String QUICK = "-XX:TieredStopAtLevel=1";

  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(
      strings = {
        "analyze",
        "explain",
        "validate",
        "check",
        "report",
        "convert",
        "perceptions",
        "dilemmas"
      })
  void oneShotCommandsStartWithTheQuickCompilerOnly(String command) throws Exception {
    assertThat(javaArguments(Map.of(), command, "model.yaml"))
        .containsExactly(QUICK, "-jar", "JAR", command, "model.yaml");
  }

  @ParameterizedTest
  @ValueSource(strings = {"serve", "bench", "sweep", "robustness", "coalitions", "--help"})
  void longRunningCommandsKeepTheOptimisingCompiler(String command) throws Exception {
    assertThat(javaArguments(Map.of(), command)).containsExactly("-jar", "JAR", command);
  }

  @Test
  void javaOptsComeAfterTheLaunchersOwnSoTheUserWins() throws Exception {
    assertThat(
            javaArguments(
                Map.of("JAVA_OPTS", "-Xmx3g -XX:TieredStopAtLevel=4"), "analyze", "big.yaml"))
        .containsExactly(
            QUICK, "-Xmx3g", "-XX:TieredStopAtLevel=4", "-jar", "JAR", "analyze", "big.yaml");
  }

  private List<String> javaArguments(Map<String, String> env, String... args)
      throws IOException, InterruptedException {
    Path home = dir.resolve("parley-home");
    Files.createDirectories(home.resolve("cli/target"));
    Path script = home.resolve("parley");
    Files.copy(Path.of("..", "parley"), script);
    Files.writeString(home.resolve("cli/target/parley.jar"), "");
    Path bin = Files.createDirectories(dir.resolve("bin"));
    Path java = bin.resolve("java");
    Files.writeString(java, "#!/bin/sh\nfor a in \"$@\"; do printf '%s\\n' \"$a\"; done\n");
    Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
    ProcessBuilder pb = new ProcessBuilder();
    pb.command().add("bash");
    pb.command().add(script.toString());
    pb.command().addAll(List.of(args));
    pb.environment().remove("JAVA_OPTS");
    pb.environment().putAll(env);
    pb.environment().put("PATH", bin + ":" + System.getenv("PATH"));
    pb.redirectErrorStream(true);
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor()).as(out).isZero();
    String jar = home.resolve("cli/target/parley.jar").toString();
    return out.lines().map(line -> line.equals(jar) ? "JAR" : line).toList();
  }
}
