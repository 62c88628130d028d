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

  /**
   * A run that names its subcommand builds only that one; it must behave as with all of them, and
   * the table of subcommands must name each by its own {@code @Command} name.
   */
  @Test
  void aRunBuildingOnlyItsSubcommandBehavesTheSame() {
    for (var e : Main.SUBCOMMANDS.entrySet()) {
      Object command = e.getValue().get();
      String declared = command.getClass().getAnnotation(picocli.CommandLine.Command.class).name();
      assertThat(declared).as("the @Command name of " + command.getClass()).isEqualTo(e.getKey());
      if (e.getKey().equals("help")) {
        continue; // help lists every subcommand: built with all of them
      }
      StringWriter fullOut = new StringWriter();
      StringWriter oneOut = new StringWriter();
      int full =
          Main.commandLine(new PrintWriter(fullOut, true), new PrintWriter(new StringWriter()))
              .execute(e.getKey(), "--help");
      int one =
          Main.commandLine(
                  new PrintWriter(oneOut, true),
                  new PrintWriter(new StringWriter()),
                  new Cancellation(),
                  new String[] {e.getKey(), "--help"})
              .execute(e.getKey(), "--help");
      assertThat(one).isEqualTo(full);
      assertThat(oneOut.toString()).as(e.getKey()).isEqualTo(fullOut.toString());
    }
    StringWriter sink = new StringWriter();
    var lazy =
        Main.commandLine(
            new PrintWriter(sink),
            new PrintWriter(sink),
            new Cancellation(),
            new String[] {"check", "m.yaml"});
    assertThat(lazy.getSubcommands().keySet()).containsExactly("check");
    var all =
        Main.commandLine(
            new PrintWriter(sink),
            new PrintWriter(sink),
            new Cancellation(),
            new String[] {"--help"});
    assertThat(all.getSubcommands().keySet()).containsExactlyElementsOf(Main.SUBCOMMANDS.keySet());
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
