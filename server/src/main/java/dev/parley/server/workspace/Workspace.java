package dev.parley.server.workspace;

import dev.parley.io.AtomicFiles;
import dev.parley.server.api.ApiError;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

/**
 * A folder of model files, the same files the command line reads, with a history of earlier
 * versions under {@code .parley-history/<model>/}.
 *
 * <p>Every write is atomic ({@link AtomicFiles}). Before a file is replaced, its current content is
 * copied into the history, unless the newest copy there is younger than the snapshot interval (so
 * that continuous saving while typing keeps one version per interval, not one per keystroke) or
 * already holds the same text. Restoring a version, and an explicit snapshot, always keep the
 * current content first. Nothing that was saved is ever deleted, except the oldest versions beyond
 * {@link #MAX_VERSIONS} per model.
 *
 * <p>Paths: model names are plain file names ({@link ModelNames}); every resolved path is checked
 * to lie in the workspace folder after following symbolic links, so a link cannot lead outside. All
 * methods are synchronized: one workbench, one writer at a time.
 */
public final class Workspace {
  /** Largest model file read or written, in bytes. */
  public static final int MAX_MODEL_BYTES = 1 << 20;

  /** Versions kept per model; older ones are pruned. */
  public static final int MAX_VERSIONS = 500;

  static final String HISTORY = ".parley-history";

  private final Path root;
  private final Path realRoot;
  private final Duration snapshotInterval;
  private final Clock clock;

  /** A model file: its name, text, SHA-256 of its bytes and when it was last modified. */
  public record ModelFile(String name, String text, String sha256, Instant modified, long size) {}

  /** One kept version of a model. {@code id} is its time stamp, e.g. 20261126T193935.123Z. */
  public record Version(String id, Instant savedAt, long size, String sha256) {}

  /** What a save did: the new file, and the version that kept the previous content (or null). */
  public record Saved(ModelFile file, Version keptPrevious) {}

  public Workspace(Path root, Duration snapshotInterval, Clock clock) throws IOException {
    Files.createDirectories(root);
    this.root = root.toAbsolutePath().normalize();
    this.realRoot = this.root.toRealPath();
    this.snapshotInterval = snapshotInterval;
    this.clock = clock;
  }

  /** A workspace that keeps at most one version a minute while a model is saved continuously. */
  public Workspace(Path root) throws IOException {
    this(root, Duration.ofMinutes(1), Clock.systemUTC());
  }

  public Path root() {
    return root;
  }

  /** The model files in the workspace folder, by name. */
  public synchronized List<ModelFile> list() throws IOException {
    List<ModelFile> out = new ArrayList<>();
    try (DirectoryStream<Path> dir = Files.newDirectoryStream(root)) {
      for (Path p : dir) {
        String name = p.getFileName().toString();
        if (!ModelNames.valid(name) || !Files.isRegularFile(p) || !inside(p)) {
          continue;
        }
        long size = Files.size(p);
        if (size > MAX_MODEL_BYTES) {
          out.add(new ModelFile(name, null, null, modified(p), size));
          continue;
        }
        out.add(read(name));
      }
    }
    out.sort(Comparator.comparing(ModelFile::name));
    return out;
  }

  public synchronized boolean exists(String name) {
    return Files.exists(path(name));
  }

  /**
   * Reads a model file.
   *
   * @throws ApiError 404 when there is none, 413 when it is too large, 422 when it is not UTF-8
   */
  public synchronized ModelFile read(String name) throws IOException {
    Path p = path(name);
    byte[] bytes;
    try {
      if (Files.size(p) > MAX_MODEL_BYTES) {
        throw new ApiError(413, name + " is larger than " + MAX_MODEL_BYTES + " bytes");
      }
      bytes = Files.readAllBytes(p);
    } catch (NoSuchFileException e) {
      throw ApiError.notFound("no model '" + name + "' in the workspace");
    }
    return new ModelFile(name, utf8(bytes, name), sha256(bytes), modified(p), bytes.length);
  }

  /**
   * Creates a model that does not exist yet.
   *
   * @throws ApiError 409 when it exists
   */
  public synchronized ModelFile create(String name, String text) throws IOException {
    if (Files.exists(path(name), LinkOption.NOFOLLOW_LINKS)) {
      throw new ApiError(409, "a model '" + name + "' already exists");
    }
    return write(name, text, null, false).file();
  }

  /**
   * Saves {@code text} as model {@code name}, keeping the previous content in the history as the
   * class comment says.
   *
   * @param expectedSha256 when not null, the SHA-256 the caller last saw; a file changed since (by
   *     another tab or the command line) is not overwritten
   * @param keepVersion keep the current content as a version whatever its age
   * @throws ApiError 409 when the file changed since {@code expectedSha256}
   */
  public synchronized Saved write(
      String name, String text, String expectedSha256, boolean keepVersion) throws IOException {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    if (bytes.length > MAX_MODEL_BYTES) {
      throw new ApiError(413, "the model is larger than " + MAX_MODEL_BYTES + " bytes");
    }
    Path p = path(name);
    Version kept = null;
    if (Files.exists(p)) {
      ModelFile current = read(name);
      if (expectedSha256 != null && !expectedSha256.equals(current.sha256())) {
        throw new ApiError(
            409,
            name
                + " changed on disk since it was loaded (by another window or the command line);"
                + " reload it before saving");
      }
      if (!current.text().equals(text)) {
        kept = keep(name, current, keepVersion);
      }
    } else if (expectedSha256 != null) {
      throw ApiError.notFound("no model '" + name + "' in the workspace");
    }
    AtomicFiles.write(p, bytes);
    return new Saved(new ModelFile(name, text, sha256(bytes), modified(p), bytes.length), kept);
  }

  /** Keeps the current content of a model as a version now; null if the newest holds it already. */
  public synchronized Version snapshot(String name) throws IOException {
    return keep(name, read(name), true);
  }

  /** The kept versions of a model, newest first. */
  public synchronized List<Version> history(String name) throws IOException {
    Path dir = historyDir(name);
    List<Version> out = new ArrayList<>();
    if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
      return out;
    }
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
      for (Path p : ds) {
        String file = p.getFileName().toString();
        String id = Versions.idOf(file);
        if (id == null || !Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
          continue;
        }
        byte[] bytes = Files.readAllBytes(p);
        out.add(new Version(id, Versions.instantOf(id), bytes.length, sha256(bytes)));
      }
    }
    out.sort(Comparator.comparing(Version::id).reversed());
    return out;
  }

  /** The text of a kept version. */
  public synchronized String version(String name, String id) throws IOException {
    if (!Versions.validId(id)) {
      throw ApiError.badRequest("'" + id + "' is not a version id (e.g. 20261126T193935.123Z)");
    }
    Path p = historyDir(name).resolve(Versions.fileName(id, name));
    checkInside(p);
    try {
      if (!Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
        throw new NoSuchFileException(p.toString());
      }
      return utf8(Files.readAllBytes(p), name);
    } catch (NoSuchFileException e) {
      throw ApiError.notFound("model '" + name + "' has no version " + id);
    }
  }

  /**
   * Makes a kept version the current content again; the content it replaces is kept as a version
   * first, so a restore can itself be undone.
   */
  public synchronized Saved restore(String name, String id) throws IOException {
    String text = version(name, id);
    return write(name, text, null, true);
  }

  private Version keep(String name, ModelFile current, boolean always) throws IOException {
    List<Version> versions = history(name);
    if (!versions.isEmpty()) {
      Version newest = versions.get(0);
      if (newest.sha256().equals(current.sha256())) {
        return null;
      }
      if (!always
          && Duration.between(newest.savedAt(), clock.instant()).compareTo(snapshotInterval) < 0) {
        return null;
      }
    }
    Instant now = clock.instant();
    Path dir = historyDir(name);
    String id = Versions.id(now);
    while (Files.exists(dir.resolve(Versions.fileName(id, name)), LinkOption.NOFOLLOW_LINKS)) {
      now = now.plusMillis(1); // two versions in one millisecond: the later one a tick later
      id = Versions.id(now);
    }
    Path file = dir.resolve(Versions.fileName(id, name));
    checkInside(dir.getParent());
    AtomicFiles.write(file, current.text());
    Version v =
        new Version(
            id,
            Versions.instantOf(id),
            current.size(),
            sha256(current.text().getBytes(StandardCharsets.UTF_8)));
    prune(name, versions.size() + 1);
    return v;
  }

  private void prune(String name, int count) throws IOException {
    if (count <= MAX_VERSIONS) {
      return;
    }
    List<Version> versions = history(name);
    for (int k = MAX_VERSIONS; k < versions.size(); k++) {
      Files.deleteIfExists(historyDir(name).resolve(Versions.fileName(versions.get(k).id(), name)));
    }
  }

  /** The path of a model, checked to lie inside the workspace. */
  Path path(String name) {
    ModelNames.check(name);
    Path p = root.resolve(name).normalize();
    if (!p.getParent().equals(root)) {
      throw ApiError.badRequest("'" + name + "' is outside the workspace");
    }
    checkInside(p);
    return p;
  }

  private Path historyDir(String name) {
    Path dir = root.resolve(HISTORY).resolve(ModelNames.check(name)).normalize();
    checkInside(dir);
    return dir;
  }

  /** Whether {@code p}, with every symbolic link on the way followed, lies inside the workspace. */
  private boolean inside(Path p) {
    try {
      Path existing = p;
      while (existing != null && !Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) {
        existing = existing.getParent();
      }
      if (existing == null) {
        return false;
      }
      if (Files.isSymbolicLink(existing) && !Files.exists(existing)) {
        return false; // a dangling link: where it leads is not ours to create
      }
      return existing.toRealPath().startsWith(realRoot);
    } catch (IOException e) {
      return false;
    }
  }

  private void checkInside(Path p) {
    if (!inside(p)) {
      throw new ApiError(
          403,
          "'"
              + root.relativize(p.toAbsolutePath().normalize())
              + "' leads outside the workspace (through a symbolic link)");
    }
  }

  private static Instant modified(Path p) throws IOException {
    FileTime t = Files.getLastModifiedTime(p);
    return t.toInstant();
  }

  private static String utf8(byte[] bytes, String name) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(java.nio.ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new ApiError(422, name + " is not UTF-8 text");
    }
  }

  /** Hex SHA-256 of some bytes. */
  public static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
