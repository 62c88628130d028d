package dev.parley.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Locates the repository's files from a test, whatever directory the test runs in. */
final class TestFiles {
  private TestFiles() {}

  /** The repository root: the nearest directory upwards holding both pom.xml and examples/. */
  static Path repoRoot() {
    Path dir = Path.of("").toAbsolutePath();
    for (Path p = dir; p != null; p = p.getParent()) {
      if (Files.isDirectory(p.resolve("examples")) && Files.isRegularFile(p.resolve("pom.xml"))) {
        return p;
      }
    }
    throw new IllegalStateException("no repository root with examples/ above " + dir);
  }

  /** Every examples/*.yaml, sorted by name. */
  static List<Path> examples() {
    try (Stream<Path> s = Files.list(repoRoot().resolve("examples"))) {
      return s.filter(p -> p.getFileName().toString().endsWith(".yaml"))
          .sorted()
          .collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Path example(String name) {
    return repoRoot().resolve("examples").resolve(name);
  }

  /** The path of a test resource on disk. */
  static Path resourcePath(String name) {
    try {
      return Path.of(TestFiles.class.getResource("/" + name).toURI());
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A test resource as text. */
  static String resource(String name) {
    try (var in = TestFiles.class.getResourceAsStream("/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource " + name);
      }
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
