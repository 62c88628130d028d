package dev.parley.server.workspace;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Pattern;

/**
 * Removes the temporary files an interrupted atomic write left behind ({@code .NAME.DIGITS.tmp},
 * the names {@link dev.parley.io.AtomicFiles} gives them) from a workspace, at start-up. Only
 * regular files of exactly that form, older than {@link #MIN_AGE} (a younger one may belong to a
 * write still in progress in another process), are touched; symbolic links are not followed.
 */
final class OrphanTemps {
  /** The pattern of a temporary file beside its target. */
  static final Pattern NAME = Pattern.compile("^\\..+\\.[0-9]{1,20}\\.tmp$");

  /** Temporary files younger than this are left alone. */
  static final Duration MIN_AGE = Duration.ofMinutes(1);

  private OrphanTemps() {}

  /** Deletes the orphans under {@code root}; returns how many. Failures are skipped, not thrown. */
  static int clean(Path root, Instant now) {
    int[] removed = {0};
    try {
      Files.walkFileTree(
          root,
          java.util.EnumSet.noneOf(java.nio.file.FileVisitOption.class),
          16,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
              if (attrs.isRegularFile()
                  && NAME.matcher(file.getFileName().toString()).matches()
                  && attrs.lastModifiedTime().toInstant().isBefore(now.minus(MIN_AGE))) {
                try {
                  Files.delete(file);
                  removed[0]++;
                } catch (IOException e) {
                  // not ours to fight over: leave it
                }
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      // an unreadable workspace is reported by the first listing, not here
    }
    return removed[0];
  }
}
