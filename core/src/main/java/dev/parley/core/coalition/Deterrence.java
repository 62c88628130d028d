package dev.parley.core.coalition;

import java.util.Locale;

/**
 * When a sanction deters a coalition H (docs/semantics.md §1.7(b)): the sanction's end state s2
 * deters H from an improvement of s iff some member (the default) or every member finds s2 no
 * better than s (s2 ≾_k s, weak: ties deter). For a single decision maker the two coincide.
 */
public enum Deterrence {
  /** ∃ k ∈ H: s2 ≾_k s. A coalition is only as bold as its most easily deterred member. */
  SOME_MEMBER("some member"),
  /** ∀ k ∈ H: s2 ≾_k s. A sanction must hurt every member. */
  ALL_MEMBERS("every member");

  private final String words;

  Deterrence(String words) {
    this.words = words;
  }

  /**
   * {@code some} or {@code all}, as on the command line and in JSON: the first word of the
   * constant's name.
   */
  public String id() {
    return name().substring(0, name().indexOf('_')).toLowerCase(Locale.ROOT);
  }

  /** "some member" or "every member". */
  public String words() {
    return words;
  }

  /** Parses {@code some}, {@code all} or the constant's name; null if unknown. */
  public static Deterrence parse(String text) {
    String t = text.strip().toLowerCase(Locale.ROOT).replace('-', '_');
    for (Deterrence d : values()) {
      if (d.id().equals(t) || d.name().toLowerCase(Locale.ROOT).equals(t)) {
        return d;
      }
    }
    return t.equals("any") || t.equals("some_members")
        ? SOME_MEMBER
        : t.equals("every") ? ALL_MEMBERS : null;
  }
}
