package dev.parley.core.inverse;

import java.util.ArrayList;
import java.util.List;

/**
 * The orders of a few adjacent items that a profile's blocks use ({@link CertificateSearch}): a
 * profile within B swaps of the current one permutes disjoint runs of items, each run
 * indecomposably (no prefix of it keeps its own items), at a cost of its inversions.
 */
final class Blocks {
  private static final int[][][][] CACHE =
      new int[CertificateSearch.MAX_BOUND + 2][CertificateSearch.MAX_BOUND + 1][][];

  private Blocks() {}

  /**
   * The orders of {@code length} items with at most {@code most} inversions that no prefix splits
   * (no first j positions hold items 0..j−1, 0 < j < length): the blocks of a profile.
   */
  static synchronized int[][] of(int length, int most) {
    int[][] c = CACHE[length][most];
    if (c == null) {
      List<int[]> out = new ArrayList<>();
      build(new int[length], new boolean[length], 0, 0, -1, most, out);
      c = out.toArray(new int[0][]);
      CACHE[length][most] = c;
    }
    return c;
  }

  private static void build(
      int[] perm, boolean[] used, int pos, int inv, int max, int most, List<int[]> out) {
    int length = perm.length;
    if (pos == length) {
      out.add(perm.clone());
      return;
    }
    int smaller = 0; // unplaced items below x
    for (int x = 0; x < length; x++) {
      if (used[x]) {
        continue;
      }
      int add = smaller;
      smaller++;
      int nmax = Math.max(max, x);
      if (inv + add > most || (pos < length - 1 && nmax == pos)) {
        continue; // too many inversions, or the first pos + 1 positions hold 0..pos
      }
      used[x] = true;
      perm[pos] = x;
      build(perm, used, pos + 1, inv + add, nmax, most, out);
      used[x] = false;
    }
  }

  /** The position each item takes: {@code inverse(perm)[perm[p]] == p}. */
  static int[] inverse(int[] perm) {
    int[] at = new int[perm.length];
    for (int p = 0; p < perm.length; p++) {
      at[perm[p]] = p;
    }
    return at;
  }

  static int inversions(int[] perm) {
    return PreferenceSpace.inversions(perm);
  }
}
