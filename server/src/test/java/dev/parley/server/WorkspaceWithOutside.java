package dev.parley.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tests of a workbench over a workspace folder, {@link #dir}, with a folder beside it, {@link
 * #outside}, that holds {@code secret.yaml} ({@code title: secret}): what no request may read or
 * write. A test class starts {@link #server} in its {@code @BeforeEach}; it is closed after each
 * test.
 */
abstract class WorkspaceWithOutside {
  @TempDir Path root;
  Path dir;
  Path outside;
  TestServer server;

  @BeforeEach
  void makeFolders() throws IOException {
    dir = Files.createDirectories(root.resolve("workspace"));
    outside = Files.createDirectories(root.resolve("outside"));
    Files.writeString(outside.resolve("secret.yaml"), "title: secret\n");
  }

  /** Nothing was written outside the workspace, and its {@code secret.yaml} is as it was. */
  void assertNothingWrittenOutside() throws IOException {
    try (var files = Files.list(outside)) {
      assertThat(files.count()).isEqualTo(1);
    }
    assertThat(Files.readString(outside.resolve("secret.yaml"))).isEqualTo("title: secret\n");
  }

  @AfterEach
  void stop() {
    server.close();
  }
}
