package dev.parley.report;

import java.util.EnumMap;
import java.util.Map;

/**
 * The words of one front end for each {@link Hint}: the command line's flags, the workbench's
 * views. A hint not given reads in its neutral wording. Immutable.
 */
public final class Hints {
  /** Every hint in its neutral wording. */
  public static final Hints NEUTRAL = new Hints(new EnumMap<>(Hint.class));

  private final Map<Hint, String> words;

  private Hints(Map<Hint, String> words) {
    this.words = words;
  }

  /** The same hints with {@code hint} worded as {@code text}. */
  public Hints with(Hint hint, String text) {
    EnumMap<Hint, String> w = new EnumMap<>(Hint.class);
    w.putAll(words);
    w.put(hint, text);
    return new Hints(w);
  }

  /** How this front end words {@code hint}. */
  public String text(Hint hint) {
    return words.getOrDefault(hint, hint.neutral());
  }
}
