package dev.parley.server.workspace;

import dev.parley.server.api.ApiError;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The names a model may have in a workspace: a plain file name in the workspace folder, ending in
 * {@code .yaml}, {@code .yml} or {@code .json}. No folders, no hidden files, nothing that a file
 * system could read as a path: names come from HTTP requests and must never reach outside the
 * workspace.
 */
public final class ModelNames {
  /** Letters, digits, '_', '-', '.', ' ' ; first a letter, digit or '_'; at most 100 characters. */
  private static final Pattern NAME =
      Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_. -]{0,90}\\.(yaml|yml|json)");

  private ModelNames() {}

  /** Whether {@code name} is an acceptable model name. */
  public static boolean valid(String name) {
    return name != null
        && NAME.matcher(name).matches()
        && !name.contains("..")
        && !name.endsWith(" ")
        && !reservedOnWindows(name);
  }

  /**
   * Returns {@code name} if acceptable, else throws a 400 saying what a name may be.
   *
   * @throws ApiError (400) for any other name
   */
  public static String check(String name) {
    if (!valid(name)) {
      throw new ApiError(
          400,
          "'"
              + (name == null ? "" : abbreviate(name))
              + "' is not a model name: use a file name in the workspace folder, such as"
              + " 'peace-talks.yaml' (letters, digits, '_', '-', '.', spaces; ending in .yaml,"
              + " .yml or .json; no folders)");
    }
    return name;
  }

  private static boolean reservedOnWindows(String name) {
    String stem = name.substring(0, name.indexOf('.') < 0 ? name.length() : name.indexOf('.'));
    return stem.toUpperCase(Locale.ROOT).matches("CON|PRN|AUX|NUL|COM[0-9]|LPT[0-9]");
  }

  private static String abbreviate(String s) {
    String t = s.length() > 60 ? s.substring(0, 60) + "…" : s;
    return t.replaceAll("\\p{Cntrl}", "?");
  }
}
