package dev.parley.cli;

import dev.parley.io.TestFiles;
import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the parley command in-process and captures what it prints. */
record Cli(int code, String out, String err) {
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
