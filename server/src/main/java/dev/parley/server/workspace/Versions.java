package dev.parley.server.workspace;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Version ids are UTC time stamps to the millisecond, {@code 20261126T193935.123Z}; they sort in
 * time order as text. A version of {@code peace.yaml} is stored as {@code
 * .parley-history/peace.yaml/20261126T193935.123Z.yaml}, so it opens in any editor.
 */
final class Versions {
  private static final DateTimeFormatter ID =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSS'Z'").withZone(ZoneOffset.UTC);
  private static final Pattern VALID = Pattern.compile("[0-9]{8}T[0-9]{6}\\.[0-9]{3}Z");
  private static final Pattern FILE =
      Pattern.compile("([0-9]{8}T[0-9]{6}\\.[0-9]{3}Z)\\.(yaml|yml|json)");

  private Versions() {}

  static String id(Instant t) {
    return ID.format(t);
  }

  static boolean validId(String id) {
    return id != null && VALID.matcher(id).matches();
  }

  static Instant instantOf(String id) {
    return Instant.from(ID.parse(id));
  }

  static String fileName(String id, String modelName) {
    return id + modelName.substring(modelName.lastIndexOf('.'));
  }

  /** The version id a history file name holds, or null for any other file. */
  static String idOf(String fileName) {
    Matcher m = FILE.matcher(fileName);
    return m.matches() ? m.group(1) : null;
  }
}
