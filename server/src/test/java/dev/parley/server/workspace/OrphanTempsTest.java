package dev.parley.server.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A workspace removes, at start-up, the temporary files a killed save left, and nothing else. */
class OrphanTempsTest {
  @TempDir Path dir;

  private Path file(String name, Instant modified) throws Exception {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, "x");
    Files.setLastModifiedTime(p, FileTime.from(modified));
    return p;
  }

  @Test
  void oldTemporaryFilesGoEverythingElseStays() throws Exception {
    Instant old = Instant.now().minus(Duration.ofHours(1));
    Path orphan = file(".peace.yaml.1234567890123.tmp", old);
    Path nested = file("talks/.round2.yaml.42.tmp", old);
    Path model = file("peace.yaml", old);
    Path notOurs = file(".notes.tmp", old);
    Path noDot = file("peace.yaml.123.tmp", old);
    Path lettered = file(".peace.yaml.abc.tmp", old);
    Path fresh = file(".live.yaml.987.tmp", Instant.now());
    new Workspace(dir);
    assertThat(orphan).doesNotExist();
    assertThat(nested).doesNotExist();
    assertThat(model).exists();
    assertThat(notOurs).exists();
    assertThat(noDot).exists();
    assertThat(lettered).exists();
    assertThat(fresh).as("a write that may still be in progress").exists();
  }

  @Test
  void aSymbolicLinkIsNotFollowed(@TempDir Path outside) throws Exception {
    Path victim = outside.resolve(".secret.yaml.1.tmp");
    Files.writeString(victim, "x");
    Files.setLastModifiedTime(victim, FileTime.from(Instant.now().minus(Duration.ofHours(1))));
    Files.createSymbolicLink(dir.resolve("link"), outside);
    new Workspace(dir);
    assertThat(victim).exists();
  }
}
