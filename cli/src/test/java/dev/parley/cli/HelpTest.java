package dev.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * {@code --help} of every subcommand prints its usage and nothing on standard error: no picocli
 * warning (issue 11: {@code sweep --help} began with one, for an unescaped '%' in its description).
 * picocli writes its warnings to the process's own standard error, captured once when picocli is
 * loaded, so they are looked for in a fresh JVM.
 */
class HelpTest {
  /** Runs {@code --help} of every subcommand; the parent process reads what reaches stderr. */
  public static void main(String[] args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    List<String> failed = new ArrayList<>();
    for (String name : subcommands()) {
      int code =
          Main.commandLine(new PrintWriter(out, true), new PrintWriter(err, true))
              .execute(name, "--help");
      if (code != 0) {
        failed.add(name + " exit " + code);
      }
    }
    System.out.println("helped " + subcommands().size() + " " + failed + err);
  }

  static List<String> subcommands() {
    StringWriter sink = new StringWriter();
    return List.copyOf(
        Main.commandLine(new PrintWriter(sink), new PrintWriter(sink)).getSubcommands().keySet());
  }

  @Test
  void everySubcommandHasHelpAndNoWarning() throws Exception {
    assertThat(subcommands()).contains("sweep", "analyze", "validate", "convert");
    for (String name : subcommands()) {
      Cli r = Cli.run(name, "--help");
      assertThat(r.code()).as(name).isZero();
      assertThat(r.out()).as(name).contains("Usage: parley " + name);
      assertThat(r.err()).as(name).isEmpty();
    }
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String classPath =
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    Process p =
        new ProcessBuilder(java, "-cp", classPath, HelpTest.class.getName())
            .redirectErrorStream(false)
            .start();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("the help run ends").isTrue();
    String stdout = new String(p.getInputStream().readAllBytes());
    String stderr = new String(p.getErrorStream().readAllBytes());
    assertThat(p.exitValue()).as(stderr).isZero();
    assertThat(stdout).startsWith("helped " + subcommands().size() + " []");
    assertThat(stderr).as("standard error of every --help").isEmpty();
  }
}
