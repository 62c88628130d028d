package dev.parley.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
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

  private static Stream<String> names(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).toList().stream();
    }
  }
}
