package dev.parley.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes files so that a crash or a full disk never leaves a half-written file: the text goes to a
 * temporary file in the same directory, is forced to disk, and then replaces the target in one
 * atomic rename ({@link #write}), or is linked to a name that must be new ({@link #createNew}).
 */
public final class AtomicFiles {
  private AtomicFiles() {}

  /** Replaces (or creates) {@code target} with {@code text} in UTF-8, atomically. */
  public static void write(Path target, String text) throws IOException {
    write(target, text.getBytes(StandardCharsets.UTF_8));
  }

  /** Replaces (or creates) {@code target} with {@code bytes}, atomically. */
  public static void write(Path target, byte[] bytes) throws IOException {
    Path absolute = target.toAbsolutePath();
    Files.createDirectories(absolute.getParent());
    Path temp = temporary(absolute, bytes);
    try {
      try {
        Files.move(
            temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  /**
   * Creates {@code target} with {@code bytes}, atomically, and never over an existing file: the
   * temporary file is linked to the name in one step, which fails if a file of that name exists
   * (where hard links are not supported, a move that refuses an existing target). Its folder must
   * exist.
   *
   * @throws FileAlreadyExistsException when {@code target} exists
   */
  public static void createNew(Path target, byte[] bytes) throws IOException {
    Path absolute = target.toAbsolutePath();
    Path temp = temporary(absolute, bytes);
    try {
      try {
        Files.createLink(absolute, temp); // atomic, and refuses an existing target
      } catch (UnsupportedOperationException | FileSystemException e) {
        if (e instanceof FileAlreadyExistsException f) {
          throw f;
        }
        Files.move(temp, absolute); // no hard links here: a move that refuses an existing target
      }
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  /**
   * A new temporary file beside {@code target} ({@code .name.123.tmp}) holding {@code bytes},
   * forced to disk.
   */
  private static Path temporary(Path target, byte[] bytes) throws IOException {
    Path temp = Files.createTempFile(target.getParent(), "." + target.getFileName() + ".", ".tmp");
    try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.WRITE)) {
      ByteBuffer buf = ByteBuffer.wrap(bytes);
      while (buf.hasRemaining()) {
        ch.write(buf);
      }
      ch.force(true);
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(temp);
      throw e;
    }
    return temp;
  }
}
