package dev.parley.server.workspace;

import dev.parley.io.AtomicFiles;
import dev.parley.io.Utf8;
import dev.parley.server.errors.ApiError;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
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

  /** Files and folders looked at when listing, at most: a huge folder is listed in part. */
  public static final int MAX_LISTED_ENTRIES = 20_000;

  /** Folders never listed: they hold other tools' files, never models. */
  static final java.util.Set<String> SKIPPED_FOLDERS = java.util.Set.of("node_modules");

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
    OrphanTemps.clean(this.root, clock.instant());
  }

  /** A workspace that keeps at most one version a minute while a model is saved continuously. */
  public Workspace(Path root) throws IOException {
    this(root, Duration.ofMinutes(1), Clock.systemUTC());
  }

  public Path root() {
    return root;
  }

  /** The model files in the workspace folder and its subfolders, by name. */
  public synchronized List<ModelFile> list() throws IOException {
    return listing().models();
  }

  /** A file that is not a model: its name in the workspace, size and when it was modified. */
  public record OtherFile(String name, long size, Instant modified) {}

  /**
   * What the workspace holds: its models and its GMCR+ save files ({@code .gmcr}), each by name,
   * and whether the walk stopped early because the folder holds too many files.
   */
  public record Listing(List<ModelFile> models, List<OtherFile> gmcr, boolean truncated) {}

  /** The models and GMCR+ files in the workspace folder and its subfolders, by name. */
  public synchronized Listing listing() throws IOException {
    Walk w = walk();
    List<ModelFile> models = new ArrayList<>();
    for (Path p : w.models()) {
      String name = nameOf(p);
      long size = Files.size(p);
      if (size > MAX_MODEL_BYTES) {
        models.add(new ModelFile(name, null, null, modified(p), size));
        continue;
      }
      try {
        models.add(read(name));
      } catch (ApiError | IOException e) {
        models.add(new ModelFile(name, null, null, modified(p), size)); // listed, not readable
      }
    }
    models.sort(Comparator.comparing(ModelFile::name));
    List<OtherFile> gmcr = new ArrayList<>();
    for (Path p : w.gmcr()) {
      gmcr.add(new OtherFile(nameOf(p), Files.size(p), modified(p)));
    }
    gmcr.sort(Comparator.comparing(OtherFile::name));
    return new Listing(models, gmcr, w.truncated());
  }

  private record Walk(List<Path> models, List<Path> gmcr, boolean truncated) {}

  /**
   * The model files and the .gmcr files of the workspace: hidden folders and folders with names a
   * model name cannot have are skipped, symbolic links to folders are not followed, a file reached
   * through a link is listed only when it lies inside the workspace, and the walk stops after
   * {@link #MAX_LISTED_ENTRIES} entries.
   */
  private Walk walk() throws IOException {
    List<Path> models = new ArrayList<>();
    List<Path> gmcr = new ArrayList<>();
    boolean[] truncated = {false};
    int[] seen = {0};
    Files.walkFileTree(
        root,
        EnumSet.noneOf(FileVisitOption.class),
        ModelNames.MAX_FOLDERS + 1,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
            if (d.equals(root)) {
              return FileVisitResult.CONTINUE;
            }
            String folder = d.getFileName().toString();
            return ModelNames.validFolder(folder) && !SKIPPED_FOLDERS.contains(folder)
                ? count()
                : FileVisitResult.SKIP_SUBTREE;
          }

          @Override
          public FileVisitResult visitFile(Path p, BasicFileAttributes attrs) {
            String name = nameOf(p);
            boolean model = ModelNames.valid(name);
            if ((model || ModelNames.validGmcr(name)) && Files.isRegularFile(p) && inside(p)) {
              (model ? models : gmcr).add(p);
            }
            return count();
          }

          @Override
          public FileVisitResult visitFileFailed(Path p, IOException e) {
            return count(); // unreadable: not listed
          }

          private FileVisitResult count() {
            if (++seen[0] > MAX_LISTED_ENTRIES) {
              truncated[0] = true;
              return FileVisitResult.TERMINATE;
            }
            return FileVisitResult.CONTINUE;
          }
        });
    return new Walk(models, gmcr, truncated[0]);
  }

  /** The name in the workspace of a path inside it: its relative path with '/' between folders. */
  private String nameOf(Path p) {
    Path rel = root.relativize(p);
    StringBuilder sb = new StringBuilder();
    for (Path part : rel) {
      if (sb.length() > 0) {
        sb.append('/');
      }
      sb.append(part);
    }
    return sb.toString();
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
   * Creates a model that does not exist yet. The text is written to a temporary file that is then
   * linked to the name in one step, which fails if a file of that name appeared meanwhile: an
   * existing file is never overwritten.
   *
   * @throws ApiError 409 when it exists, 400 when its folder does not exist
   */
  public synchronized ModelFile create(String name, String text) throws IOException {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    if (bytes.length > MAX_MODEL_BYTES) {
      throw new ApiError(413, "the model is larger than " + MAX_MODEL_BYTES + " bytes");
    }
    Path p = path(name);
    if (Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
      throw new ApiError(409, "a model '" + name + "' already exists");
    }
    checkFolder(name, p);
    try {
      AtomicFiles.createNew(p, bytes);
    } catch (FileAlreadyExistsException e) {
      throw new ApiError(409, "a model '" + name + "' already exists");
    }
    return new ModelFile(name, text, sha256(bytes), modified(p), bytes.length);
  }

  /**
   * Reads a GMCR+ file ({@code .gmcr}) of the workspace as bytes.
   *
   * @throws ApiError 404 when there is none, 413 when it is larger than a model may be
   */
  public synchronized byte[] readGmcr(String name) throws IOException {
    ModelNames.checkGmcr(name);
    Path p = resolve(name);
    try {
      if (!Files.isRegularFile(p)) {
        throw new NoSuchFileException(name);
      }
      if (Files.size(p) > MAX_MODEL_BYTES) {
        throw new ApiError(413, name + " is larger than " + MAX_MODEL_BYTES + " bytes");
      }
      return Files.readAllBytes(p);
    } catch (NoSuchFileException e) {
      throw ApiError.notFound("no GMCR+ file '" + name + "' in the workspace");
    }
  }

  private void checkFolder(String name, Path p) {
    if (!Files.isDirectory(p.getParent())) {
      throw ApiError.badRequest(
          "there is no folder '"
              + name.substring(0, name.lastIndexOf('/'))
              + "' in the workspace: a model can be created only in a folder that exists");
    }
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
    } else {
      checkFolder(name, p);
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
    return resolve(name);
  }

  /** The path of a checked name ({@link ModelNames}), checked to lie inside the workspace. */
  private Path resolve(String name) {
    Path p = root.resolve(name).normalize();
    if (!p.startsWith(root) || !nameOf(p).equals(name)) {
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
      return Utf8.decode(bytes);
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
