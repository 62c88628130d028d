package dev.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.io.TestFiles;
import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the parley command in-process and captures what it prints. */
record Cli(int code, String out, String err) {
  /** Runs the command, which must succeed: exit 0 (its standard error says why not). */
  static Cli ok(String... args) {
    Cli r = run(args);
    assertThat(r.code()).as(r.err()).isZero();
    return r;
  }

  /** Standard output with every run of white space one space, as the text is wrapped. */
  String flat() {
    return out.replaceAll("\\s+", " ");
  }

  static Cli run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        Main.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
    return new Cli(code, out.toString(), err.toString());
  }

  static String example(String name) {
    return TestFiles.example(name).toString();
  }
}
