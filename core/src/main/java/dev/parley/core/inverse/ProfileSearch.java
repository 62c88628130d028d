package dev.parley.core.inverse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Predicate;

/**
 * The breadth-first search of {@link MinimalChange#search}, profile for profile and in the same
 * order, with less work per profile: a swap that undoes one of the profile's inversions leads back
 * a level and is not followed; profiles are told apart by a hash updated in constant time per swap
 * and confirmed by comparing the orders (exact: equal hashes of different orders are kept apart);
 * only one level is remembered; and a swap of two items whose order no comparison of the verdict
 * reads ({@code relevant}) leaves the verdict as it was, so the goal is not tested again.
 */
public final class ProfileSearch {
  private ProfileSearch() {}

  /** Which pairs of items of a decision maker's slice the goal can read the order of. */
  @FunctionalInterface
  public interface Relevance {
    boolean relevant(int dm, int itemA, int itemB);

    /** A pair any of {@code parts} reads; null (every pair) when one of them is null. */
    static Relevance any(List<Relevance> parts) {
      if (parts.contains(null)) {
        return null;
      }
      List<Relevance> copy = List.copyOf(parts);
      return (dm, a, b) -> {
        for (Relevance r : copy) {
          if (r.relevant(dm, a, b)) {
            return true;
          }
        }
        return false;
      };
    }
  }

  /**
   * As {@link MinimalChange#search}; {@code relevant} null when every pair may matter. The goal
   * must not depend on anything but the order of the relevant pairs.
   */
  public static MinimalChange.Result search(
      PreferenceSpace space, Predicate<int[][]> goal, int bound, long budget, Relevance relevant) {
    return search(space, goal, bound, budget, () -> relevant);
  }

  /**
   * As {@link #search(PreferenceSpace, Predicate, int, long, Relevance)}, asking for the relevant
   * pairs only when the search goes beyond one swap (they can cost more than a short search).
   */
  public static MinimalChange.Result search(
      PreferenceSpace space,
      Predicate<int[][]> goal,
      int bound,
      long budget,
      java.util.function.Supplier<Relevance> relevantLater) {
    Relevance relevant = null;
    int[] varied = space.varied();
    int[][] start = space.identity();
    if (goal.test(space.payoffs(start))) {
      return new MinimalChange.Result(0, start, List.of(), 0, false);
    }
    java.math.BigInteger all = InverseCount.total(space);
    long total = all.bitLength() < 63 ? all.longValue() : -1;
    long[][][] zob = zobrist(space, varied);
    List<int[][]> frontier = new ArrayList<>();
    long[] frontierHash = {0L};
    frontier.add(start);
    long seen = 1;
    long examined = 1;
    for (int depth = 1; depth <= bound; depth++) {
      if (depth == 2) {
        relevant = relevantLater.get();
      }
      Level next = new Level();
      for (int f = 0; f < frontier.size(); f++) {
        int[][] profile = frontier.get(f);
        long h = frontierHash[f];
        int[][] pay = null;
        for (int d : varied) {
          PreferenceSpace.Variation v = space.variation(d);
          int[] o = profile[d];
          long[][] z = zob[d];
          for (int pos = 0; pos + 1 < o.length; pos++) {
            int a = o[pos];
            int b = o[pos + 1];
            if (a > b) {
              continue; // undoes an inversion: a profile of the level before, seen already
            }
            long ch = h ^ z[pos][a] ^ z[pos + 1][b] ^ z[pos][b] ^ z[pos + 1][a];
            if (next.contains(ch, profile, d, pos, varied)) {
              continue;
            }
            int[][] child = profile.clone();
            int[] co = o.clone();
            co[pos] = b;
            co[pos + 1] = a;
            child[d] = co;
            next.add(ch, child);
            seen++;
            if (relevant == null || relevant.relevant(d, a, b)) {
              if (pay == null) {
                pay = space.payoffs(profile);
              }
              int[][] childPay = pay.clone();
              boolean ranking = v.metric() == PreferenceSpace.Metric.RANKING;
              if (ranking) {
                exchange(v, pay[d], co, pos);
              } else {
                childPay[d] = v.payoffs(co);
              }
              boolean hit = goal.test(childPay);
              if (ranking) {
                exchange(v, pay[d], o, pos);
              }
              if (hit) {
                return new MinimalChange.Result(
                    depth, child, MinimalChange.swaps(child, varied), depth, false);
              }
            }
            if (++examined > budget) {
              return MinimalChange.Result.none(depth - 1, false);
            }
          }
        }
      }
      if (next.size() == 0 || seen == total) {
        return MinimalChange.Result.none(depth, true); // every profile examined
      }
      frontier = next.profiles;
      frontierHash = Arrays.copyOf(next.hashes, next.size());
    }
    return MinimalChange.Result.none(bound, false);
  }

  /** Sets the payoffs of the states of the items at positions pos, pos + 1 of {@code order}. */
  static void exchange(PreferenceSpace.Variation v, int[] pay, int[] order, int pos) {
    int top = v.tiers().length;
    for (int q = pos; q <= pos + 1; q++) {
      int value = top - (v.from() + q);
      for (int s : v.item(order[q])) {
        pay[s] = value;
      }
    }
  }

  /** A random number per (decision maker, position, item); fixed seed, so runs repeat. */
  private static long[][][] zobrist(PreferenceSpace space, int[] varied) {
    Random rnd = new Random(0x5eed);
    long[][][] z = new long[space.model().dmCount()][][];
    for (int d : varied) {
      int k = space.variation(d).size();
      z[d] = new long[k][k];
      for (long[] row : z[d]) {
        for (int i = 0; i < k; i++) {
          row[i] = rnd.nextLong();
        }
      }
      // the identity hashes to 0: fold its terms out
      for (int p = 0; p < k; p++) {
        long id = z[d][p][p];
        for (int i = 0; i < k; i++) {
          z[d][p][i] ^= id;
        }
      }
    }
    return z;
  }

  /** One level's profiles, in order, with an open-addressing table of their hashes. */
  private static final class Level {
    final List<int[][]> profiles = new ArrayList<>();
    long[] hashes = new long[16];
    int[] table = new int[64]; // index + 1 into profiles, 0 empty
    int mask = 63;

    int size() {
      return profiles.size();
    }

    /** Whether the parent with the swap at (d, pos) gives a profile already in the level. */
    boolean contains(long h, int[][] parent, int d, int pos, int[] varied) {
      for (int slot = mix(h) & mask; table[slot] != 0; slot = (slot + 1) & mask) {
        int idx = table[slot] - 1;
        if (hashes[idx] == h && sameAsSwapped(profiles.get(idx), parent, d, pos, varied)) {
          return true;
        }
      }
      return false;
    }

    void add(long h, int[][] profile) {
      int idx = profiles.size();
      profiles.add(profile);
      if (idx == hashes.length) {
        hashes = Arrays.copyOf(hashes, idx * 2);
      }
      hashes[idx] = h;
      if ((idx + 1) * 2 > table.length) {
        grow();
      }
      insert(h, idx);
    }

    private void insert(long h, int idx) {
      int slot = mix(h) & mask;
      while (table[slot] != 0) {
        slot = (slot + 1) & mask;
      }
      table[slot] = idx + 1;
    }

    private void grow() {
      table = new int[table.length * 2];
      mask = table.length - 1;
      for (int i = 0; i < profiles.size() - 1; i++) {
        insert(hashes[i], i);
      }
    }

    private static int mix(long h) {
      long x = h * 0x9E3779B97F4A7C15L;
      return (int) (x ^ (x >>> 32));
    }

    /** Whether {@code q} equals {@code parent} with d's items at pos, pos + 1 exchanged. */
    private static boolean sameAsSwapped(int[][] q, int[][] parent, int d, int pos, int[] varied) {
      for (int e : varied) {
        int[] a = q[e];
        int[] b = parent[e];
        if (e != d) {
          if (!Arrays.equals(a, b)) {
            return false;
          }
          continue;
        }
        for (int p = 0; p < a.length; p++) {
          int want = p == pos ? b[pos + 1] : p == pos + 1 ? b[pos] : b[p];
          if (a[p] != want) {
            return false;
          }
        }
      }
      return true;
    }
  }
}
