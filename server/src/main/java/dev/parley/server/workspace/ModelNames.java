package dev.parley.server.workspace;

import dev.parley.server.errors.ApiError;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The names a model may have in a workspace: a file name in the workspace folder or in one of its
 * subfolders, ending in {@code .yaml}, {@code .yml} or {@code .json}, with {@code /} between
 * folders ({@code cases/elmira.yaml}). No hidden files or folders, no {@code ..}, no absolute
 * paths, no backslashes, at most {@link #MAX_FOLDERS} folders deep: names come from HTTP requests
 * and must never reach outside the workspace. GMCR+ save files ({@code .gmcr}) follow the same
 * rules ({@link #validGmcr}).
 */
public final class ModelNames {
  /** How many folders deep a model may lie below the workspace folder. */
  public static final int MAX_FOLDERS = 4;

  /** Letters, digits, '_', '-', '.', ' ' ; first a letter, digit or '_'. */
  private static final Pattern FILE =
      Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_. -]{0,90}\\.(yaml|yml|json)");

  private static final Pattern GMCR_FILE =
      Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_. -]{0,90}\\.gmcr");

  private static final Pattern FOLDER = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_. -]{0,63}");

  /** A folder named like a model would clash with that model's history folder. */
  private static final Pattern FOLDER_LIKE_A_FILE =
      Pattern.compile("(?i).*\\.(yaml|yml|json|gmcr)");

  private ModelNames() {}

  /** Whether {@code name} is an acceptable model name. */
  public static boolean valid(String name) {
    return valid(name, FILE);
  }

  /** Whether {@code name} is an acceptable name of a GMCR+ file ({@code .gmcr}) to import. */
  public static boolean validGmcr(String name) {
    return valid(name, GMCR_FILE);
  }

  /** Whether {@code name} is an acceptable name of a folder of the workspace (one level). */
  static boolean validFolder(String segment) {
    return FOLDER.matcher(segment).matches()
        && !FOLDER_LIKE_A_FILE.matcher(segment).matches()
        && plain(segment);
  }

  private static boolean valid(String name, Pattern file) {
    if (name == null || name.length() > 300) {
      return false;
    }
    String[] parts = name.split("/", -1);
    if (parts.length > MAX_FOLDERS + 1) {
      return false;
    }
    for (int i = 0; i < parts.length - 1; i++) {
      if (!validFolder(parts[i])) {
        return false;
      }
    }
    String last = parts[parts.length - 1];
    return file.matcher(last).matches() && plain(last);
  }

  private static boolean plain(String segment) {
    return !segment.contains("..")
        && !segment.endsWith(" ")
        && !segment.endsWith(".")
        && !reservedOnWindows(segment);
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
              + "' is not a model name: use a file name in the workspace folder or one of its"
              + " subfolders, such as 'peace-talks.yaml' or 'cases/elmira.yaml' (letters,"
              + " digits, '_', '-', '.', spaces; ending in .yaml, .yml or .json; folders"
              + " separated by '/', at most "
              + MAX_FOLDERS
              + " deep; no '..', no hidden files or folders)");
    }
    return name;
  }

  /**
   * Returns {@code name} if it is an acceptable name of a {@code .gmcr} file, else throws a 400.
   */
  public static String checkGmcr(String name) {
    if (!validGmcr(name)) {
      throw new ApiError(
          400,
          "'"
              + (name == null ? "" : abbreviate(name))
              + "' is not the name of a GMCR+ file in the workspace: give its path in the"
              + " workspace as listed, such as 'old/elmira.gmcr' (ending in .gmcr; folders"
              + " separated by '/'; no '..', no hidden files or folders)");
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
