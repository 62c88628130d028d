package dev.parley.core.uncertainty;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The orders of k items that respect "x before y" constraints (linear extensions of a partial
 * order): counted, listed and sampled uniformly. For k ≤ {@link #EXACT_ITEMS} the counts come from
 * a table over the sets of items already placed (2^k entries), and sampling is exact: each next
 * item is drawn with probability proportional to the number of completions. Above that, sampling
 * draws uniform permutations and keeps the first that respects the constraints (also exactly
 * uniform), giving up after {@link #MAX_REJECTIONS} tries.
 */
final class LinearExtensions {
  static final int EXACT_ITEMS = 20;
  static final int MAX_REJECTIONS = 1_000_000;

  private final int k;

  /** {@code pred[x]}: items that must come before x. */
  private final long[] pred;

  /** {@code count[S]}: completions once exactly the items of S are placed (S a down-set). */
  private final double[] count;

  LinearExtensions(int k, List<int[]> before) {
    if (k > 62) {
      throw new IllegalArgumentException("at most 62 items");
    }
    this.k = k;
    this.pred = new long[k];
    for (int[] c : before) {
      pred[c[1]] |= 1L << c[0];
    }
    closeTransitively();
    for (int x = 0; x < k; x++) {
      if ((pred[x] >>> x & 1L) != 0) {
        throw new IllegalArgumentException("the constraints contradict each other (a cycle)");
      }
    }
    if (k <= EXACT_ITEMS) {
      int full = (1 << k) - 1;
      count = new double[1 << k];
      count[full] = 1;
      for (int s = full - 1; s >= 0; s--) {
        double c = 0;
        for (int x = 0; x < k; x++) {
          if ((s >>> x & 1) == 0 && (pred[x] & ~s) == 0) {
            c += count[s | 1 << x];
          }
        }
        count[s] = c;
      }
    } else {
      count = null;
    }
  }

  private void closeTransitively() {
    boolean changed = true;
    while (changed) {
      changed = false;
      for (int x = 0; x < k; x++) {
        long p = pred[x];
        for (int y = 0; y < k; y++) {
          if ((p >>> y & 1L) != 0) {
            p |= pred[y];
          }
        }
        if (p != pred[x]) {
          pred[x] = p;
          changed = true;
        }
      }
    }
  }

  /** The number of admissible orders (exact up to 2^53 when k ≤ 20), or -1 when not counted. */
  double count() {
    return count == null ? -1 : count[0];
  }

  /** Every admissible order, or null when there are more than {@code limit}. */
  List<int[]> all(long limit) {
    if (count == null || count[0] > limit) {
      return null;
    }
    List<int[]> out = new ArrayList<>();
    extend(0L, new int[k], 0, out);
    return out;
  }

  private void extend(long placed, int[] order, int pos, List<int[]> out) {
    if (pos == k) {
      out.add(order.clone());
      return;
    }
    for (int x = 0; x < k; x++) {
      if ((placed >>> x & 1L) == 0 && (pred[x] & ~placed) == 0) {
        order[pos] = x;
        extend(placed | 1L << x, order, pos + 1, out);
      }
    }
  }

  /** One admissible order, uniformly at random. */
  int[] sample(SplittableRandom rng) {
    int[] order = new int[k];
    if (count != null) {
      int s = 0;
      for (int pos = 0; pos < k; pos++) {
        double r = rng.nextDouble() * count[s];
        int chosen = -1;
        for (int x = 0; x < k; x++) {
          if ((s >>> x & 1) == 0 && (pred[x] & ~s) == 0) {
            chosen = x;
            r -= count[s | 1 << x];
            if (r < 0) {
              break;
            }
          }
        }
        order[pos] = chosen;
        s |= 1 << chosen;
      }
      return order;
    }
    for (int attempt = 0; attempt < MAX_REJECTIONS; attempt++) {
      for (int x = 0; x < k; x++) {
        order[x] = x;
      }
      for (int x = k - 1; x > 0; x--) {
        int y = rng.nextInt(x + 1);
        int t = order[x];
        order[x] = order[y];
        order[y] = t;
      }
      if (respects(order)) {
        return order;
      }
    }
    throw new IllegalArgumentException(
        "the constraints leave too few orders of "
            + k
            + " items to sample by rejection; vary fewer tiers");
  }

  private boolean respects(int[] order) {
    long placed = 0;
    for (int x : order) {
      if ((pred[x] & ~placed) != 0) {
        return false;
      }
      placed |= 1L << x;
    }
    return true;
  }

  static BigInteger factorial(int k) {
    BigInteger f = BigInteger.ONE;
    for (int i = 2; i <= k; i++) {
      f = f.multiply(BigInteger.valueOf(i));
    }
    return f;
  }
}
