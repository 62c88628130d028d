package dev.parley.core.model;

/**
 * A full or partial assignment of option values: a state code {@code c} matches when {@code (c &
 * mask) == value}. This is how model files name states (by option values, never by number).
 */
public record StatePattern(long mask, long value) {
  public StatePattern {
    if ((value & ~mask) != 0) {
      throw new IllegalArgumentException("value has bits outside mask");
    }
  }

  public boolean matches(long code) {
    return (code & mask) == value;
  }

  /** The pattern fixing every option, i.e. one code, for {@code optionCount} options. */
  public static StatePattern exact(long code, int optionCount) {
    long all = optionCount == 64 ? -1L : (1L << optionCount) - 1;
    return new StatePattern(all, code & all);
  }

  /** Y/N/- text, option 1 first, as in GMCR+ and published tables. */
  public String toYnd(int optionCount) {
    StringBuilder b = new StringBuilder(optionCount);
    for (int t = 0; t < optionCount; t++) {
      long bit = 1L << t;
      b.append((mask & bit) == 0 ? '-' : (value & bit) != 0 ? 'Y' : 'N');
    }
    return b.toString();
  }

  /** Parses Y/N/- text (option 1 first); returns null when it is not such a text of that length. */
  public static StatePattern parseYnd(String text, int optionCount) {
    if (text == null || text.length() != optionCount) {
      return null;
    }
    long mask = 0;
    long value = 0;
    for (int t = 0; t < optionCount; t++) {
      char c = text.charAt(t);
      if (c == 'Y' || c == 'y') {
        mask |= 1L << t;
        value |= 1L << t;
      } else if (c == 'N' || c == 'n') {
        mask |= 1L << t;
      } else if (c != '-') {
        return null;
      }
    }
    return new StatePattern(mask, value);
  }

  /** The pattern that names exactly state {@code index} of a graph-form model. */
  public static StatePattern graph(int index) {
    return new StatePattern(-1L, index);
  }
}
