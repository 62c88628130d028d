package dev.parley.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Locates the repository's files from a test, whatever directory the test runs in. Shared with the
 * tests of the modules above io through its test jar.
 */
public final class TestFiles {
  private TestFiles() {}

  /** The repository root: the nearest directory upwards holding both pom.xml and examples/. */
  public static Path repoRoot() {
    Path dir = Path.of("").toAbsolutePath();
    for (Path p = dir; p != null; p = p.getParent()) {
      if (Files.isDirectory(p.resolve("examples")) && Files.isRegularFile(p.resolve("pom.xml"))) {
        return p;
      }
    }
    throw new IllegalStateException("no repository root with examples/ above " + dir);
  }

  /** Every examples/*.yaml, sorted by name. */
  public static List<Path> examples() {
    try (Stream<Path> s = Files.list(repoRoot().resolve("examples"))) {
      return s.filter(p -> p.getFileName().toString().endsWith(".yaml"))
          .sorted()
          .collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code examples/NAME}, or {@code testdata/NAME} where examples/ has no such file. */
  public static Path example(String name) {
    Path p = repoRoot().resolve("examples").resolve(name);
    return Files.exists(p) ? p : repoRoot().resolve("testdata").resolve(name);
  }

  /** The path of a test resource on disk. */
  public static Path resourcePath(String name) {
    try {
      return Path.of(TestFiles.class.getResource("/" + name).toURI());
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A test resource as text. */
  public static String resource(String name) {
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
