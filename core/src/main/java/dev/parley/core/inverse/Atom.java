package dev.parley.core.inverse;

/**
 * One pairwise preference: decision maker {@code dm} likes state {@code a} at least as much as
 * state {@code b} ({@code a ≿ b}), or, when {@code strict}, strictly more ({@code a ≻ b}). States
 * are indices; payoffs are compared, higher is better.
 */
public record Atom(int dm, int a, int b, boolean strict) {

  /** {@code a ≿_dm b}: dm does not prefer {@code b} to {@code a}. */
  public static Atom weak(int dm, int a, int b) {
    return new Atom(dm, a, b, false);
  }

  /** {@code a ≻_dm b}. */
  public static Atom strict(int dm, int a, int b) {
    return new Atom(dm, a, b, true);
  }

  /** Whether the atom holds under {@code payoffs[dm][state]}. */
  public boolean holds(int[][] payoffs) {
    int[] p = payoffs[dm];
    return strict ? p[a] > p[b] : p[a] >= p[b];
  }

  /** The opposite comparison: not (a ≿ b) is b ≻ a; not (a ≻ b) is b ≿ a. */
  public Atom negate() {
    return new Atom(dm, b, a, !strict);
  }

  /** Whether the atom holds whatever the preferences (a ≿ a), or never (a ≻ a); else null. */
  Boolean trivial() {
    return a == b ? !strict : null;
  }
}
