package dev.parley.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

  @Test
  void createsAndReplaces(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("sub/model.yaml");
    AtomicFiles.write(f, "first\n");
    assertThat(Files.readString(f)).isEqualTo("first\n");
    AtomicFiles.write(f, "second — ü\n");
    assertThat(Files.readString(f)).isEqualTo("second — ü\n");
    assertThat(names(f.getParent())).containsExactly("model.yaml");
  }

  @Test
  void aFailedWriteLeavesTheOldFileAndNoTemporary(@TempDir Path dir) throws Exception {
    Path target = dir.resolve("model.yaml");
    Files.createDirectory(target.resolveSibling("blocker"));
    AtomicFiles.write(target, "kept\n");
    // a directory cannot be replaced by a file: the move fails after the temporary was written
    Path occupied = dir.resolve("blocker");
    Files.writeString(occupied.resolve("inside"), "x");
    assertThatThrownBy(() -> AtomicFiles.write(occupied, "lost")).isInstanceOf(IOException.class);
    assertThat(Files.readString(target)).isEqualTo("kept\n");
    assertThat(names(dir)).containsExactlyInAnyOrder("model.yaml", "blocker");
  }

  @Test
  void createsANewFileButNeverOverAnExistingOne(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("model.yaml");
    AtomicFiles.createNew(f, "first\n".getBytes(StandardCharsets.UTF_8));
    assertThat(Files.readString(f)).isEqualTo("first\n");
    assertThatThrownBy(() -> AtomicFiles.createNew(f, "second\n".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(FileAlreadyExistsException.class);
    assertThat(Files.readString(f)).isEqualTo("first\n");
    assertThat(names(dir)).containsExactly("model.yaml");
  }

  @Test
  void aReplacedFileKeepsItsPermissions(@TempDir Path dir) throws Exception {
    assumePosix(dir);
    for (String mode : new String[] {"rw-r--r--", "rw-r-----", "rw-------", "rwxr-x---"}) {
      Path f = dir.resolve("model-" + mode + ".yaml");
      Files.writeString(f, "old\n");
      Files.setPosixFilePermissions(f, PosixFilePermissions.fromString(mode));
      AtomicFiles.write(f, "new\n");
      assertThat(Files.readString(f)).isEqualTo("new\n");
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(f)))
          .as("mode of a replaced %s file", mode)
          .isEqualTo(mode);
    }
    assertThat(names(dir).filter(n -> n.endsWith(".tmp"))).isEmpty();
  }

  @Test
  void aNewFileGetsTheUmasksPermissions(@TempDir Path dir) throws Exception {
    assumePosix(dir);
    Set<PosixFilePermission> plain = plainNewFile(dir);
    Path written = dir.resolve("sub/written.yaml");
    AtomicFiles.write(written, "x\n");
    assertThat(Files.getPosixFilePermissions(written)).isEqualTo(plain);
    Path created = dir.resolve("created.yaml");
    AtomicFiles.createNew(created, "x\n".getBytes(StandardCharsets.UTF_8));
    assertThat(Files.getPosixFilePermissions(created)).isEqualTo(plain);
  }

  /** The permissions a plain new file gets in {@code dir}: 0666 less the umask. */
  private static Set<PosixFilePermission> plainNewFile(Path dir) throws IOException {
    Path probe = Files.createFile(dir.resolve("probe"));
    try {
      return Files.getPosixFilePermissions(probe);
    } finally {
      Files.delete(probe);
    }
  }

  private static void assumePosix(Path dir) {
    Assumptions.assumeTrue(
        dir.getFileSystem().supportedFileAttributeViews().contains("posix"),
        "the file system has no POSIX permissions");
  }

  private static Stream<String> names(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).toList().stream();
    }
  }
}
