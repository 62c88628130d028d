package dev.parley.core.attitude;

import java.util.Arrays;

/**
 * The attitudes of every decision maker towards every decision maker, itself included
 * (docs/semantics.md §3.4): {@code e[i][j]} is +1 when i weighs j's preference as j does
 * (devoting), 0 when it ignores it (neutral) and -1 when it reverses it (aggressive).
 *
 * <p>Immutable: the matrix is copied in and {@link #matrix()} returns a copy.
 */
public record Attitudes(int[][] e) {

  /** Checks that {@code e} is a non-empty square matrix of +1, 0 and -1, and copies it. */
  public Attitudes {
    if (e == null || e.length == 0) {
      throw new IllegalArgumentException("attitudes need at least one decision maker");
    }
    int n = e.length;
    int[][] copy = new int[n][];
    for (int i = 0; i < n; i++) {
      if (e[i] == null || e[i].length != n) {
        throw new IllegalArgumentException(
            "attitudes must be a " + n + "×" + n + " matrix; row " + (i + 1) + " is not");
      }
      for (int j = 0; j < n; j++) {
        if (e[i][j] < -1 || e[i][j] > 1) {
          throw new IllegalArgumentException(
              "attitude e[" + (i + 1) + "][" + (j + 1) + "] = " + e[i][j] + " is not +1, 0 or -1");
        }
      }
      copy[i] = e[i].clone();
    }
    e = copy;
  }

  /**
   * Self-interested attitudes: every decision maker follows its own preference ({@code e_ii = +1})
   * and ignores the others' ({@code e_ij = 0}). With strict preferences the relational concepts are
   * then the standard ones (§5.3).
   */
  public static Attitudes selfish(int n) {
    int[][] e = new int[n][n];
    for (int i = 0; i < n; i++) {
      e[i][i] = 1;
    }
    return new Attitudes(e);
  }

  /**
   * Totally neutral attitudes: every {@code e_ij = 0}, the decision maker's attitude towards itself
   * included, so no change ever looks worse to anyone (§5.3: RNash = RSMR, RGMR = RSEQ).
   */
  public static Attitudes neutral(int n) {
    return new Attitudes(new int[n][n]);
  }

  /** The number of decision makers. */
  public int size() {
    return e.length;
  }

  /** {@code e_ij}: +1, 0 or -1. */
  public int attitude(int i, int j) {
    return e[i][j];
  }

  /** The matrix, a copy. */
  public int[][] matrix() {
    int[][] copy = new int[e.length][];
    for (int i = 0; i < e.length; i++) {
      copy[i] = e[i].clone();
    }
    return copy;
  }

  /** The record accessor, returning a copy so that the attitudes stay immutable. */
  @Override
  public int[][] e() {
    return matrix();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Attitudes a && Arrays.deepEquals(e, a.e);
  }

  @Override
  public int hashCode() {
    return Arrays.deepHashCode(e);
  }

  @Override
  public String toString() {
    StringBuilder b = new StringBuilder("Attitudes[");
    for (int i = 0; i < e.length; i++) {
      b.append(i == 0 ? "" : "; ");
      for (int j = 0; j < e.length; j++) {
        b.append(j == 0 ? "" : " ").append(e[i][j] > 0 ? "+" : e[i][j] < 0 ? "-" : "0");
      }
    }
    return b.append(']').toString();
  }
}
