package dev.parley.core.inverse;

import java.math.BigInteger;

/** Small helpers for permutations of {@code 0..k-1}. */
public final class Permutations {
  private Permutations() {}

  public static BigInteger factorial(int k) {
    BigInteger f = BigInteger.ONE;
    for (int i = 2; i <= k; i++) {
      f = f.multiply(BigInteger.valueOf(i));
    }
    return f;
  }

  public static int[] identity(int k) {
    int[] o = new int[k];
    for (int i = 0; i < k; i++) {
      o[i] = i;
    }
    return o;
  }

  /** Advances to the next permutation in lexicographic order; false after the last. */
  public static boolean next(int[] a) {
    int i = a.length - 2;
    while (i >= 0 && a[i] >= a[i + 1]) {
      i--;
    }
    if (i < 0) {
      return false;
    }
    int j = a.length - 1;
    while (a[j] <= a[i]) {
      j--;
    }
    int t = a[i];
    a[i] = a[j];
    a[j] = t;
    for (int x = i + 1, y = a.length - 1; x < y; x++, y--) {
      t = a[x];
      a[x] = a[y];
      a[y] = t;
    }
    return true;
  }

  /** All permutations of {@code 0..k-1} in lexicographic order (k! of them; keep k small). */
  public static int[][] all(int k) {
    int count = factorial(k).intValueExact();
    int[][] out = new int[count][];
    int[] a = identity(k);
    int c = 0;
    do {
      out[c++] = a.clone();
    } while (next(a));
    return out;
  }
}
