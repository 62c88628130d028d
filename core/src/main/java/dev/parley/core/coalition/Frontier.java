package dev.parley.core.coalition;

import java.util.Arrays;

/**
 * A set of payoff vectors of one coalition's members (one int per member) kept as its maximal
 * elements: no vector is below another in every component. It stands for the down-set it generates
 * (every vector at most some element, component by component), which is all the closure algorithm
 * of {@link ClosureCoalitions} asks of it: union of down-sets is the maxima of the union, their
 * intersection the maxima of the componentwise minima of pairs.
 */
final class Frontier {
  private final int d;
  private int[] data;
  private int size;

  Frontier(int d) {
    this.d = d;
    this.data = new int[Math.max(d, 1) * 2];
  }

  int size() {
    return size;
  }

  /** Adds {@code v[off..off+d)} unless an element is already at least as large. */
  void add(int[] v, int off) {
    for (int i = 0; i < size; i++) {
      if (atLeast(data, i * d, v, off)) {
        return;
      }
    }
    int kept = 0;
    for (int i = 0; i < size; i++) {
      if (!atLeast(v, off, data, i * d)) {
        if (kept != i) {
          System.arraycopy(data, i * d, data, kept * d, d);
        }
        kept++;
      }
    }
    size = kept;
    if ((size + 1) * d > data.length) {
      data = Arrays.copyOf(data, Math.max(2 * data.length, (size + 1) * d));
    }
    System.arraycopy(v, off, data, size * d, d);
    size++;
  }

  /** The union with {@code other}'s down-set. */
  void addAll(Frontier other) {
    for (int i = 0; i < other.size; i++) {
      add(other.data, i * d);
    }
  }

  /** The intersection of the two down-sets, as a new frontier. */
  Frontier meet(Frontier other) {
    if (other == this || other.covers(this)) {
      return this;
    }
    if (covers(other)) {
      return other;
    }
    Frontier out = new Frontier(d);
    int[] v = new int[d];
    for (int i = 0; i < size; i++) {
      for (int j = 0; j < other.size; j++) {
        for (int k = 0; k < d; k++) {
          v[k] = Math.min(data[i * d + k], other.data[j * d + k]);
        }
        out.add(v, 0);
      }
    }
    return out;
  }

  /** Whether every element of {@code other} is at most some element of this. */
  private boolean covers(Frontier other) {
    for (int j = 0; j < other.size; j++) {
      if (!anyAtLeast(other.data, j * d)) {
        return false;
      }
    }
    return true;
  }

  /** Whether some element is at least {@code u[off..off+d)} in every component. */
  boolean anyAtLeast(int[] u, int off) {
    for (int i = 0; i < size; i++) {
      if (atLeast(data, i * d, u, off)) {
        return true;
      }
    }
    return false;
  }

  /** Whether some element is at least (p[0][s], ..., p[d-1][s]). */
  boolean anyAtLeast(int[][] p, int s) {
    outer:
    for (int i = 0; i < size; i++) {
      for (int k = 0; k < d; k++) {
        if (data[i * d + k] < p[k][s]) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }

  /** Element {@code i}'s component {@code k}. */
  int get(int i, int k) {
    return data[i * d + k];
  }

  private boolean atLeast(int[] a, int ao, int[] b, int bo) {
    for (int k = 0; k < d; k++) {
      if (a[ao + k] < b[bo + k]) {
        return false;
      }
    }
    return true;
  }
}
