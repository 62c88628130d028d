package dev.parley.io;

import java.nio.file.Path;
import java.util.Locale;

/** The two spellings of a Parley model file: YAML and JSON describe the same tree. */
public enum Format {
  YAML,
  JSON;

  /**
   * The format a file name implies: {@code .yaml} or {@code .yml} is YAML, {@code .json} is JSON.
   *
   * @throws IllegalArgumentException for any other extension
   */
  public static Format of(String fileName) {
    Format f = byName(fileName);
    if (f == null) {
      throw new IllegalArgumentException(
          "cannot tell the format of '" + fileName + "': name the file *.yaml, *.yml or *.json");
    }
    return f;
  }

  /** The format of a path, by its file name. */
  public static Format of(Path path) {
    return of(name(path));
  }

  /** The format a file name implies, or null when its extension is none of the three. */
  public static Format byName(String fileName) {
    String lower = fileName.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".yaml") || lower.endsWith(".yml")) {
      return YAML;
    }
    if (lower.endsWith(".json")) {
      return JSON;
    }
    return null;
  }

  /**
   * The format of a file: by its extension when it has one of the three, else by its content
   * ({@link #sniff}), so that {@code model.txt} or a file without an extension is read too.
   */
  public static Format of(Path path, String text) {
    Format f = byName(name(path));
    return f != null ? f : sniff(text);
  }

  /**
   * The format text is written in: JSON when it starts (after any byte-order mark and white space)
   * with '{' or '[', else YAML.
   */
  public static Format sniff(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\uFEFF' || Character.isWhitespace(c)) {
        continue;
      }
      return c == '{' || c == '[' ? JSON : YAML;
    }
    return YAML;
  }

  private static String name(Path path) {
    Path name = path.getFileName();
    return name == null ? path.toString() : name.toString();
  }
}
