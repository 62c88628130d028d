package dev.parley.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;

/**
 * Reads an input file (a model, a scenarios file, a GMCR+ file) within the {@link ReadLimits}: only
 * a regular file, looked at before it is opened, so that a FIFO or {@code /dev/zero} is refused at
 * once instead of blocking or filling memory; at most {@link ReadLimits#MAX_FILE_BYTES}; UTF-8
 * text. Each failure is a {@link ModelLoadException} with one diagnostic that says what is wrong
 * and what to do, never the bare message of an I/O exception.
 */
public final class ModelFiles {
  private ModelFiles() {}

  /** The bytes of {@code path}, after checking that it is a regular file within the size limit. */
  public static byte[] read(Path path) throws ModelLoadException {
    String file = path.toString();
    BasicFileAttributes attributes;
    try {
      attributes = Files.readAttributes(path, BasicFileAttributes.class);
    } catch (IOException e) {
      throw failure(file, e);
    }
    if (attributes.isDirectory()) {
      throw fail(file, "this is a directory, not a model file", "give the path of a model file");
    }
    if (!attributes.isRegularFile()) {
      throw fail(
          file,
          "this is not a regular file (it is a pipe, a device or a socket); Parley reads models"
              + " from regular files only",
          "save the model to a file and give its path");
    }
    if (attributes.size() > ReadLimits.MAX_FILE_BYTES) {
      throw tooLarge(file, attributes.size());
    }
    try (InputStream in = Files.newInputStream(path)) {
      byte[] bytes = in.readNBytes((int) ReadLimits.MAX_FILE_BYTES + 1);
      if (bytes.length > ReadLimits.MAX_FILE_BYTES) {
        throw tooLarge(file, bytes.length); // it grew while it was read
      }
      return bytes;
    } catch (IOException e) {
      throw failure(file, e);
    }
  }

  /** The text of {@code path}: {@link #read} and {@link #decode}. */
  public static String readText(Path path) throws ModelLoadException {
    return decode(read(path), path.toString());
  }

  /**
   * {@code bytes} as UTF-8 text; anything else is refused with the line, the column and the byte
   * where it stops being UTF-8.
   */
  public static String decode(byte[] bytes, String file) throws ModelLoadException {
    int at = Utf8.invalidAt(bytes);
    if (at < 0) {
      return new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
    }
    if (bytes.length >= 2
        && ((bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xFE
            || (bytes[0] & 0xff) == 0xFE && (bytes[1] & 0xff) == 0xFF)) {
      throw new ModelLoadException(
          List.of(
              new Diagnostic(
                  file,
                  1,
                  1,
                  "the file is not UTF-8: it is UTF-16 text (it starts with a UTF-16 byte-order"
                      + " mark)",
                  "save the file as UTF-8 (in most editors: Save As, Encoding: UTF-8)")));
    }
    int[] place = Utf8.lineAndColumn(bytes, at);
    throw new ModelLoadException(
        List.of(
            new Diagnostic(
                file,
                place[0],
                place[1],
                String.format(
                    "the file is not UTF-8: the byte 0x%02X (byte %d of line %d) is not valid"
                        + " UTF-8",
                    bytes[at] & 0xff, byteInLine(bytes, at), place[0]),
                "save the file as UTF-8 (in most editors: Save As, Encoding: UTF-8); text saved as"
                    + " Latin-1 or Windows-1252, e.g. by an old editor or a spreadsheet, is not"
                    + " read")));
  }

  /**
   * The diagnostic for an I/O failure: a missing file, permission denied, anything else with its
   * reason.
   */
  static ModelLoadException failure(String file, IOException e) {
    if (e instanceof NoSuchFileException) {
      return fail(file, "no such file", "check the path, e.g. examples/peace-talks-2026.yaml");
    }
    if (e instanceof AccessDeniedException) {
      return fail(
          file,
          "permission denied: Parley may not read this file",
          "check its permissions (ls -l): the user running Parley needs read access to the file"
              + " and to the directories above it");
    }
    String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return fail(file, "cannot read the file: " + reason, null);
  }

  private static ModelLoadException tooLarge(String file, long size) {
    return fail(
        file,
        "the file is "
            + ReadLimits.count(size)
            + " bytes; Parley reads files of at most 8 MiB ("
            + ReadLimits.count(ReadLimits.MAX_FILE_BYTES)
            + " bytes)",
        "check that this is the model file; a model is a few kilobytes");
  }

  private static int byteInLine(byte[] bytes, int at) {
    int start = at;
    while (start > 0 && bytes[start - 1] != '\n') {
      start--;
    }
    return at - start + 1;
  }

  private static ModelLoadException fail(String file, String message, String hint) {
    return new ModelLoadException(List.of(new Diagnostic(file, 0, 0, message, hint)));
  }
}
