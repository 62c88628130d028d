package dev.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.io.TestFiles;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad model files (issue 11): validate, analyze and convert each end with exit code 2 and a message
 * that names the file and says what is wrong, never a stack trace or an internal error. The small
 * cases are files in src/test/resources/bad-models, each with its expected message in a first-line
 * {@code # expect:} comment or in expected.txt; the huge ones are generated here.
 */
class BadInputTest {
  private static final String PRISONERS = read(Cli.example("prisoners-dilemma.yaml"));

  private static String read(String file) {
    try {
      return Files.readString(Path.of(file));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  static Path badModels() throws URISyntaxException {
    return Path.of(BadInputTest.class.getResource("/bad-models").toURI());
  }

  static Stream<Arguments> committed() throws Exception {
    Path dir = badModels();
    Map<String, String> sidecar = new HashMap<>();
    for (String line : Files.readAllLines(dir.resolve("expected.txt"))) {
      int colon = line.indexOf(": ");
      if (!line.startsWith("#") && colon > 0) {
        sidecar.put(line.substring(0, colon), line.substring(colon + 2));
      }
    }
    List<Arguments> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.sorted().toList()) {
        String name = f.getFileName().toString();
        if (name.equals("expected.txt")) {
          continue;
        }
        byte[] bytes = Files.readAllBytes(f);
        String first =
            new String(bytes, 0, indexOf(bytes, (byte) '\n'), StandardCharsets.ISO_8859_1);
        String expected = first.startsWith("# expect: ") ? first.substring(10) : sidecar.get(name);
        assertThat(expected).as("the expected message of " + name).isNotNull();
        out.add(Arguments.of(name, expected));
      }
    }
    return out.stream();
  }

  private static int indexOf(byte[] bytes, byte b) {
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == b) {
        return i;
      }
    }
    return bytes.length;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("committed")
  void aCommittedBadModelIsRefusedCleanly(String name, String expected, @TempDir Path tmp)
      throws Exception {
    assertRefused(badModels().resolve(name), expected, tmp);
  }

  /** A model with options a0.. and decision makers D0..: the first owns what the rest do not. */
  private static String options(int dms, int options) {
    StringBuilder b = new StringBuilder("parley: 1\ntitle: big\ndecisionMakers:\n");
    int k = 0;
    for (int d = 0; d < dms; d++) {
      int mine = d < dms - 1 ? options / dms : options - (options / dms) * (dms - 1);
      b.append("  - id: D").append(d).append("\n    options:\n");
      for (int i = 0; i < mine; i++) {
        b.append("      - id: o").append(k++).append('\n');
      }
      // each its own last option: an index past 62 once there are 64 options
      b.append("    preferences:\n      statements: [o").append(k - 1).append("]\n");
    }
    return b.toString();
  }

  private static String statement(String text) {
    return PRISONERS.replace("- statement: cooperate2", "- statement: '" + text + "'");
  }

  private static String title(String text) {
    return PRISONERS.replace("title: Prisoner's Dilemma", "title: " + text);
  }

  static Stream<Arguments> generated() {
    List<Arguments> out = new ArrayList<>();
    Function<String, Function<Path, Path>> yaml = text -> dir -> write(dir, "m.yaml", text);
    out.add(
        Arguments.of(
            "1,600 parentheses",
            yaml.apply(statement("(".repeat(1_600) + "cooperate2" + ")".repeat(1_600))),
            "nests deeper than 200 levels of parentheses and negations"));
    out.add(
        Arguments.of(
            "8,600 negations",
            yaml.apply(statement("-".repeat(8_600) + "cooperate2")),
            "nests deeper than 200 levels of parentheses and negations"));
    out.add(
        Arguments.of(
            "a 10 MB title",
            yaml.apply(title("x".repeat(10_000_000))),
            "Parley reads files of at most 8 MiB (8,388,608 bytes)"));
    out.add(
        Arguments.of(
            "a 2 M-character title",
            yaml.apply(title("x".repeat(2_000_000))),
            "the value of 'title' runs for more than 100,000 characters"));
    out.add(
        Arguments.of(
            "a 300,000-character title with spaces",
            yaml.apply(title("x ".repeat(150_000))),
            "'title' is longer than 100,000 characters"));
    out.add(
        Arguments.of(
            "a 200,000-character title in JSON",
            (Function<Path, Path>)
                dir -> write(dir, "m.json", "{\"title\": \"" + "x".repeat(200_000) + "\"}"),
            "'title' is longer than 100,000 characters"));
    out.add(Arguments.of("63 options", yaml.apply(options(2, 63)), "the model has 63 options"));
    out.add(
        Arguments.of(
            "64 options",
            yaml.apply(options(2, 64)),
            "the model has 64 options, 2^64 candidate states; at most 31 options"));
    out.add(
        Arguments.of(
            "65 decision makers",
            yaml.apply(options(65, 65)),
            "the model has 65 decision makers; Parley analyses at most 31"));
    out.add(
        Arguments.of(
            "10^5 options", yaml.apply(options(2, 100_000)), "the model has 100,000 options"));
    out.add(
        Arguments.of(
            "10^4 decision makers",
            yaml.apply(options(10_000, 10_000)),
            "the model has 10,000 decision makers"));
    StringBuilder graph = new StringBuilder("states: [{id: a}, {id: b}]\ndecisionMakers:\n");
    for (int d = 0; d < 70; d++) {
      graph.append("  - {id: D").append(d).append(", moves: [], preferences: {ranking: [a, b]}}\n");
    }
    out.add(
        Arguments.of(
            "70 decision makers in graph form",
            yaml.apply(graph.toString()),
            "the model has 70 decision makers"));
    out.add(
        Arguments.of(
            "2,000,000 list items",
            yaml.apply(PRISONERS + "extra:\n" + "- 0\n".repeat(2_000_000)),
            "more than 1,000,000 values"));
    out.add(
        Arguments.of(
            "JSON nested 100,000 deep",
            (Function<Path, Path>)
                dir -> write(dir, "m.json", "[".repeat(100_000) + "]".repeat(100_000)),
            "nests deeper than 100 levels"));
    out.add(
        Arguments.of(
            "a file of 9 MiB of nothing",
            (Function<Path, Path>)
                dir -> {
                  Path p = dir.resolve("sparse.yaml");
                  try (RandomAccessFile f = new RandomAccessFile(p.toFile(), "rw")) {
                    f.setLength(9L << 20);
                  } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                  }
                  return p;
                },
            "the file is 9,437,184 bytes; Parley reads files of at most 8 MiB"));
    out.add(
        Arguments.of(
            "a directory",
            (Function<Path, Path>) dir -> dir,
            "this is a directory, not a model file"));
    out.add(
        Arguments.of(
            "a model without its extension that is no model",
            (Function<Path, Path>) dir -> write(dir, "notes", "just: [some, notes\n"),
            "YAML syntax error"));
    return out.stream();
  }

  private static Path write(Path dir, String name, String text) {
    try {
      return Files.writeString(dir.resolve(name), text);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("generated")
  void aGeneratedBadModelIsRefusedCleanlyAndFast(
      String name, Function<Path, Path> file, String expected, @TempDir Path tmp) {
    Path model = file.apply(tmp);
    long start = System.nanoTime();
    assertRefused(model, expected, tmp);
    // three commands, each reading the file; the 10 MB title once took 150 s of CPU
    assertThat((System.nanoTime() - start) / 1_000_000_000).as("seconds").isLessThan(30);
  }

  @Test
  void aDeviceOrAPipeIsRefusedAtOnce(@TempDir Path tmp) throws Exception {
    Path zero = Path.of("/dev/zero");
    Assumptions.assumeTrue(Files.exists(zero), "no /dev/zero here");
    assertRefused(zero, "this is not a regular file (it is a pipe, a device or a socket)", tmp);
    Path fifo = tmp.resolve("fifo.yaml");
    Process p = new ProcessBuilder("mkfifo", fifo.toString()).start();
    Assumptions.assumeTrue(p.waitFor() == 0 && Files.exists(fifo), "no mkfifo here");
    // opening a FIFO with no writer would block for ever: the file is looked at, not opened
    assertRefused(fifo, "this is not a regular file", tmp);
  }

  @Test
  void anUnreadableFileSaysPermissionDenied(@TempDir Path tmp) throws Exception {
    Path model = Files.writeString(tmp.resolve("m.yaml"), PRISONERS);
    Assumptions.assumeTrue(model.toFile().setReadable(false, false), "cannot change permissions");
    if ("root".equals(System.getProperty("user.name"))) {
      assertRefusedAsNobody(model, tmp); // root reads anything (and CI runs as root)
    } else {
      Assumptions.assumeFalse(Files.isReadable(model), "the file stays readable");
      assertRefused(model, "permission denied", tmp);
    }
  }

  /** {@link #assertRefused} for "permission denied", the commands run as the user 'nobody'. */
  private static void assertRefusedAsNobody(Path model, Path tmp) throws Exception {
    Path setpriv = Path.of("/usr/bin/setpriv");
    Assumptions.assumeTrue(
        Files.isExecutable(setpriv) || "true".equals(System.getenv("CI")),
        "running as root without setpriv (util-linux) to drop to another user");
    assertThat(Files.isExecutable(setpriv)).as("setpriv (util-linux) is installed").isTrue();
    Files.setPosixFilePermissions(
        tmp, java.nio.file.attribute.PosixFilePermissions.fromString("rwxrwxrwx"));
    String classPath = readableClassPath(tmp.resolve("classpath"));
    String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Path out = tmp.resolve("converted.json");
    for (String command : List.of("validate", "analyze", "convert")) {
      List<String> args =
          new ArrayList<>(
              List.of(
                  setpriv.toString(),
                  "--reuid=65534",
                  "--regid=65534",
                  "--clear-groups",
                  javaBin,
                  "-cp",
                  classPath,
                  Main.class.getName(),
                  command,
                  model.toString()));
      if (command.equals("convert")) {
        args.add(out.toString());
      }
      Process p = new ProcessBuilder(args).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
      String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(p.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
      String what = command + " as nobody: " + err;
      assertThat(p.exitValue()).as(what).isEqualTo(ExitCodes.BAD_INPUT);
      assertThat(err)
          .as(what)
          .contains(model.toString())
          .contains("permission denied")
          .doesNotContain("at dev.parley")
          .doesNotContain("Exception")
          .doesNotContain("internal error");
      assertThat(out).as(what).doesNotExist();
    }
  }

  /**
   * This test's class path copied where any user can read it (the build's own lies under root's
   * home, which no other user may enter), as a class path string.
   */
  private static String readableClassPath(Path dir) throws IOException {
    String cp =
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    List<String> out = new ArrayList<>();
    int k = 0;
    for (String entry : cp.split(java.io.File.pathSeparator)) {
      Path from = Path.of(entry);
      if (!Files.exists(from)) {
        continue;
      }
      Path to = dir.resolve(k++ + "-" + from.getFileName());
      try (Stream<Path> walk = Files.walk(from)) {
        for (Path f : (Iterable<Path>) walk::iterator) {
          Path target = to.resolve(from.relativize(f).toString());
          if (Files.isDirectory(f)) {
            Files.createDirectories(target);
          } else {
            Files.createDirectories(target.getParent());
            Files.copy(f, target);
          }
        }
      }
      out.add(to.toString());
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path f : (Iterable<Path>) walk::iterator) {
        Files.setPosixFilePermissions(
            f,
            java.nio.file.attribute.PosixFilePermissions.fromString(
                Files.isDirectory(f) ? "rwxr-xr-x" : "rw-r--r--"));
      }
    }
    return String.join(java.io.File.pathSeparator, out);
  }

  @Test
  void aModelWithAnyExtensionIsReadByItsContent(@TempDir Path tmp) throws Exception {
    Path txt = Files.copy(Path.of(Cli.example("prisoners-dilemma.yaml")), tmp.resolve("m.txt"));
    Path bare = Files.copy(Path.of(Cli.example("chicken.yaml")), tmp.resolve("chicken"));
    Cli json = Cli.run("convert", Cli.example("elmira.yaml"), tmp.resolve("e.json").toString());
    assertThat(json.code()).isZero();
    Path jsonTxt = Files.move(tmp.resolve("e.json"), tmp.resolve("elmira.txt"));
    Path gmcr =
        Files.copy(
            TestFiles.repoRoot().resolve("io/src/test/resources/gmcr/chicken.gmcr"),
            tmp.resolve("c.dat"));
    for (Path p : List.of(txt, bare, jsonTxt, gmcr)) {
      Cli r = Cli.run("validate", p.toString());
      assertThat(r.code()).as(p + ": " + r.err()).isZero();
      assertThat(r.out()).contains(p + ": OK");
    }
  }

  @Test
  void terminalEscapesInTheModelNeverReachTheTerminal(@TempDir Path tmp) throws Exception {
    // "\e" in a double-quoted YAML string is ESC: the reader takes it, every output neutralises it
    Path model =
        Files.writeString(tmp.resolve("m.yaml"), title("\"\\e[31mred\\e[0m \\e]0;pwned\\a\""));
    Path html = tmp.resolve("r.html");
    Path md = tmp.resolve("r.md");
    List<Cli> runs =
        List.of(
            Cli.run("analyze", model.toString()),
            Cli.run("analyze", model.toString(), "--format", "markdown", "-o", md.toString()),
            Cli.run("validate", model.toString()),
            Cli.run("report", model.toString(), "-o", html.toString()));
    for (Cli r : runs) {
      assertThat(r.code()).as(r.err()).isZero();
      assertThat(r.out() + r.err()).doesNotContain("\u001b").doesNotContain("\u0007");
    }
    assertThat(runs.get(0).out()).containsIgnoringCase("\\u001b[31mred");
    for (Path p : List.of(md, html)) {
      assertThat(Files.readString(p)).doesNotContain("\u001b").contains("\\u001b[31m");
    }
  }

  /**
   * The compact JSON is written as a stream, to a file or to standard output, with the same
   * neutralising: a right-to-left override in the title becomes the JSON escape, which reads back
   * as the character.
   */
  @Test
  void streamedJsonIsNeutralisedAndTheSameInAFile(@TempDir Path tmp) throws Exception {
    Path model = Files.writeString(tmp.resolve("m.yaml"), title("\"odd \\u202E title\""));
    Path json = tmp.resolve("r.json");
    Cli toFile = Cli.run("analyze", model.toString(), "-f", "json", "-o", json.toString());
    Cli toOut = Cli.run("analyze", model.toString(), "-f", "json");
    assertThat(toFile.code()).as(toFile.err()).isZero();
    String written = Files.readString(json);
    assertThat(written).doesNotContain("\u202E").containsIgnoringCase("\\u202E");
    assertThat(toOut.out()).isEqualTo(written);
    assertThat(
            new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(written)
                .get("title")
                .asText())
        .isEqualTo("odd \u202E title");
  }

  /** validate, analyze and convert of {@code model}: exit 2, the file named, no trace. */
  static void assertRefused(Path model, String expected, Path tmp) {
    Path out = tmp.resolve("converted.json");
    for (String command : List.of("validate", "analyze", "convert")) {
      Cli r =
          command.equals("convert")
              ? Cli.run(command, model.toString(), out.toString())
              : Cli.run(command, model.toString());
      String what = command + " " + model.getFileName() + ": " + r.err();
      assertThat(r.code()).as(what).isEqualTo(ExitCodes.BAD_INPUT);
      assertThat(r.err())
          .as(what)
          .contains(model.toString())
          .contains(expected)
          .doesNotContain("at dev.parley")
          .doesNotContain("Exception")
          .doesNotContain("internal error");
      assertThat(r.out()).as(what).isEmpty();
      assertThat(out).as(what).doesNotExist();
    }
  }
}
