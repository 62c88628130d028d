package dev.parley.io.gmcr;

import dev.parley.core.statement.StatementParser;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/**
 * Derives Parley ids from GMCR+ names, which may contain any characters. An id is the name in lower
 * case with accents removed and every run of other characters than letters and digits replaced by
 * one {@code _}, trimmed of {@code _} at both ends and cut to {@value #MAX_LENGTH} characters. A
 * name that gives no valid id this way (it starts with a digit, is a keyword of the statement
 * language, or has no letter or digit) is prefixed; an empty result becomes the fallback. Repeated
 * ids get {@code _2}, {@code _3}, ...
 */
final class GmcrIds {
  static final int MAX_LENGTH = 40;

  private GmcrIds() {}

  /**
   * A valid id for {@code name}, not in {@code taken}; adds it to {@code taken}.
   *
   * @param prefix put before an id that would not be valid, e.g. {@code o_} for {@code 2nd_strike}
   * @param fallback used when the name has no letter or digit
   */
  static String derive(String name, String prefix, String fallback, Set<String> taken) {
    String base = slug(name == null ? "" : name);
    if (base.isEmpty()) {
      base = fallback;
    } else if (!StatementParser.isValidId(base)) {
      base = prefix + base;
    }
    String id = base;
    for (int k = 2; !taken.add(id); k++) {
      id = base + "_" + k;
    }
    return id;
  }

  static String slug(String name) {
    String plain =
        Normalizer.normalize(name, Normalizer.Form.NFD)
            .replaceAll("\\p{M}+", "")
            .toLowerCase(Locale.ROOT);
    StringBuilder b = new StringBuilder();
    boolean gap = false;
    for (int i = 0; i < plain.length(); ) {
      int cp = plain.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isLetterOrDigit(cp) && Character.charCount(cp) == 1) {
        if (gap && b.length() > 0) {
          b.append('_');
        }
        gap = false;
        b.appendCodePoint(cp);
      } else {
        gap = true;
      }
    }
    String s = b.toString();
    if (s.length() > MAX_LENGTH) {
      int cut = s.lastIndexOf('_', MAX_LENGTH);
      s = s.substring(0, cut > MAX_LENGTH / 2 ? cut : MAX_LENGTH);
    }
    return s;
  }
}
