package dev.parley.io;

import java.util.Collection;
import java.util.Locale;

/** "Did you mean" for misspelt keys and ids, by edit distance. */
final class Suggestions {
  private Suggestions() {}

  /**
   * The candidate closest to {@code word}, or null when none is close enough to be a plausible
   * misspelling. Case is ignored; a shared prefix of four or more letters also counts as close.
   */
  static String closest(String word, Collection<String> candidates) {
    String w = word.toLowerCase(Locale.ROOT);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String c : candidates) {
      String lc = c.toLowerCase(Locale.ROOT);
      int d = distance(w, lc);
      boolean close = d <= limit(Math.max(w.length(), lc.length())) || commonPrefix(w, lc) >= 4;
      if (close && d < bestDistance) {
        best = c;
        bestDistance = d;
      }
    }
    return best;
  }

  /**
   * A hint such as {@code did you mean 'reversibility'? (allowed: id, name, ...)}; without a close
   * candidate, just the list.
   */
  static String hint(String word, Collection<String> candidates, String listLabel) {
    String list = listLabel + ": " + String.join(", ", candidates);
    if (candidates.isEmpty()) {
      return null;
    }
    String best = closest(word, candidates);
    return best == null ? list : "did you mean '" + best + "'? (" + list + ")";
  }

  private static int limit(int length) {
    if (length <= 3) {
      return 1;
    }
    if (length <= 6) {
      return 2;
    }
    return (2 * length + 4) / 5;
  }

  private static int commonPrefix(String a, String b) {
    int n = Math.min(a.length(), b.length());
    int i = 0;
    while (i < n && a.charAt(i) == b.charAt(i)) {
      i++;
    }
    return i;
  }

  /** Optimal string alignment distance: insertions, deletions, substitutions, transpositions. */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        int v = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          v = Math.min(v, d[i - 2][j - 2] + 1);
        }
        d[i][j] = v;
      }
    }
    return d[a.length()][b.length()];
  }
}
