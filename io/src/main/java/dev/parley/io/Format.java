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
    String lower = fileName.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".yaml") || lower.endsWith(".yml")) {
      return YAML;
    }
    if (lower.endsWith(".json")) {
      return JSON;
    }
    throw new IllegalArgumentException(
        "cannot tell the format of '" + fileName + "': name the file *.yaml, *.yml or *.json");
  }

  /** The format of a path, by its file name. */
  public static Format of(Path path) {
    Path name = path.getFileName();
    return of(name == null ? path.toString() : name.toString());
  }
}
