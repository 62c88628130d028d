package dev.parley.io.gmcr;

import dev.parley.core.model.Conflict;
import dev.parley.core.model.PreferenceSpec;
import dev.parley.io.Utf8;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads GMCR+ (gmcr-py) save files, the JSON {@code .gmcr} format, into a {@link Conflict}.
 *
 * <p>Options are regrouped by decision maker as GMCR+ does on load (decision makers in order, each
 * one's options in its own order), so that Parley's state numbers equal the GMCR+ state numbers.
 * Preference statements become a {@link PreferenceSpec.Prioritization}; a manual ranking ({@code
 * useManualPreferenceRanking}) becomes a {@link PreferenceSpec.DirectRanking} of exact state
 * patterns. What Parley cannot represent (misperceptions, statements next to a manual ranking) and
 * what GMCR+ itself drops (duplicate statements, infeasibility conditions on missing options) is
 * reported in {@link GmcrImport#warnings()}.
 *
 * <p>Every problem with the file is a {@link GmcrFormatException} whose message names the file, the
 * line and column, the place in the JSON document and the fix.
 */
public final class GmcrReader {
  /** GMCR+ scores statements in 64-bit integers; see the format description, section 3. */
  static final int MAX_GMCR_STATEMENTS = 63;

  private GmcrReader() {}

  /**
   * Reads a {@code .gmcr} file.
   *
   * @throws IOException when the file cannot be read
   * @throws GmcrFormatException when it is not a valid GMCR+ JSON save file
   */
  public static GmcrImport read(Path file) throws IOException {
    return read(Files.readAllBytes(file), file.toString());
  }

  /**
   * Reads the bytes of a {@code .gmcr} file.
   *
   * @param name the file name used in messages
   * @throws GmcrFormatException when they are not a valid GMCR+ JSON save file
   */
  public static GmcrImport read(byte[] bytes, String name) {
    if (isPickle(bytes)) {
      throw GmcrJsonReader.pickle(name);
    }
    String text;
    try {
      text = Utf8.decode(bytes);
    } catch (CharacterCodingException e) {
      throw new GmcrFormatException(
          name,
          "",
          0,
          0,
          "this is not a JSON text file (it is not valid UTF-8)",
          "choose a .gmcr file saved by GMCR+ 0.4 or later, which is JSON text");
    }
    return read(text, name);
  }

  /**
   * Reads the JSON text of a {@code .gmcr} file.
   *
   * @param fileName the name used in messages and as the conflict's title; may be null
   * @throws GmcrFormatException when it is not a valid GMCR+ JSON save file
   */
  public static GmcrImport read(String json, String fileName) {
    String file = fileName == null || fileName.isBlank() ? "<input>" : fileName;
    return new GmcrReading(json == null ? "" : json, file).run();
  }

  /**
   * Whether these bytes start as a pickle, the old (2013) GMCR+ save format, which is not read (a
   * pickle's protocol 2 and later begin with the byte 0x80, never the start of UTF-8 text).
   */
  public static boolean isPickle(byte[] bytes) {
    return bytes.length > 0 && (bytes[0] & 0xff) == 0x80;
  }

  /** Why {@code blocks} is not a partition of {@code 0..dmCount-1}, or null when it is one. */
  static String partitionProblem(List<List<Integer>> blocks, int dmCount) {
    boolean[] seen = new boolean[dmCount];
    for (int k = 0; k < blocks.size(); k++) {
      List<Integer> b = blocks.get(k);
      if (b.isEmpty()) {
        return "entry " + k + " is an empty coalition";
      }
      for (int d : b) {
        if (d < 0 || d >= dmCount) {
          return "entry "
              + k
              + " names decision maker "
              + d
              + ", but there are "
              + dmCount
              + " (0 to "
              + (dmCount - 1)
              + ")";
        }
        if (seen[d]) {
          return "decision maker " + d + " is in more than one coalition";
        }
        seen[d] = true;
      }
    }
    for (int d = 0; d < dmCount; d++) {
      if (!seen[d]) {
        return "decision maker " + d + " is in no coalition";
      }
    }
    return null;
  }
}
