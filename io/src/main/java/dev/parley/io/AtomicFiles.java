package dev.parley.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.security.SecureRandom;
import java.util.Set;

/**
 * Writes files so that a crash or a full disk never leaves a half-written file: the text goes to a
 * temporary file in the same directory, is forced to disk, and then replaces the target in one
 * atomic rename ({@link #write}), or is linked to a name that must be new ({@link #createNew}).
 *
 * <p>The file gets the permissions a plain write would give it: a replaced file keeps its POSIX
 * permissions, and a new one gets those of any new file under the process's umask (the temporary
 * file is created with the default mode, not the 0600 of {@link Files#createTempFile}). On file
 * systems without POSIX permissions nothing special is done.
 */
public final class AtomicFiles {
  private static final SecureRandom RANDOM = new SecureRandom();

  private AtomicFiles() {}

  /** Replaces (or creates) {@code target} with {@code text} in UTF-8, atomically. */
  public static void write(Path target, String text) throws IOException {
    write(target, text.getBytes(StandardCharsets.UTF_8));
  }

  /** Replaces (or creates) {@code target} with {@code bytes}, atomically. */
  public static void write(Path target, byte[] bytes) throws IOException {
    write(target, out -> out.write(bytes));
  }

  /** What a file is made of, written as a stream (so that it need not be held in memory). */
  public interface Content {
    void writeTo(OutputStream out) throws IOException;
  }

  /**
   * Replaces (or creates) {@code target} with what {@code content} writes, atomically: nothing
   * changes at {@code target} when it fails.
   */
  public static void write(Path target, Content content) throws IOException {
    Path absolute = target.toAbsolutePath();
    Files.createDirectories(absolute.getParent());
    Path temp = temporary(absolute, content, permissions(absolute));
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
    Path temp = temporary(absolute, out -> out.write(bytes), null);
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
   * The POSIX permissions of an existing {@code target}, to give its replacement; null when it does
   * not exist or the file system has no POSIX permissions.
   */
  private static Set<PosixFilePermission> permissions(Path target) {
    if (!target.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      return null;
    }
    try {
      return Files.getPosixFilePermissions(target);
    } catch (IOException | UnsupportedOperationException e) {
      return null; // a new file (or one we cannot inspect): the umask's default
    }
  }

  /**
   * A new temporary file beside {@code target} ({@code .name.123.tmp}) holding what {@code content}
   * writes, forced to disk. It is created with the default permissions (the umask applies), then
   * given {@code permissions} when not null, before anything is written to it.
   */
  private static Path temporary(Path target, Content content, Set<PosixFilePermission> permissions)
      throws IOException {
    String prefix = "." + target.getFileName() + ".";
    for (int attempt = 0; ; attempt++) {
      Path temp = target.resolveSibling(prefix + Long.toUnsignedString(RANDOM.nextLong()) + ".tmp");
      FileChannel ch;
      try {
        ch = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
      } catch (FileAlreadyExistsException e) {
        if (attempt < 100) {
          continue; // a name taken by chance: draw another
        }
        throw e;
      }
      try (ch) {
        if (permissions != null) {
          Files.setPosixFilePermissions(temp, permissions);
        }
        OutputStream out = new BufferedOutputStream(Channels.newOutputStream(ch), 1 << 16);
        content.writeTo(out);
        out.flush();
        ch.force(true);
      } catch (IOException | RuntimeException e) {
        Files.deleteIfExists(temp);
        throw e;
      }
      return temp;
    }
  }
}
