package dev.parley.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/** Runs the parley command in-process and captures what it prints. */
record Cli(int code, String out, String err) {
  static Cli run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        Main.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
    return new Cli(code, out.toString(), err.toString());
  }

  /** The repository root, found from the working directory of the test (the module). */
  static Path repo() {
    Path p = Path.of("").toAbsolutePath();
    while (p != null && !Files.isDirectory(p.resolve("examples"))) {
      p = p.getParent();
    }
    if (p == null) {
      throw new IllegalStateException("cannot find the repository root with examples/");
    }
    return p;
  }

  static String example(String name) {
    java.nio.file.Path p = repo().resolve("examples").resolve(name);
    return (java.nio.file.Files.exists(p) ? p : repo().resolve("testdata").resolve(name))
        .toString();
  }
}
