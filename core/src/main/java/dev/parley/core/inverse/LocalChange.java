package dev.parley.core.inverse;

import dev.parley.core.stability.Concept;
import java.util.ArrayList;
import java.util.List;

/**
 * The smallest change to one decision maker's ranking slice that makes the target stable for it, or
 * unstable, under Nash, GMR or SMR: the same answer as {@link MinimalChange#search} over {@code
 * space.only(dm)} with an unlimited budget, found without enumerating orders (docs/semantics.md
 * §3.3, "Smallest change under Nash, GMR and SMR").
 *
 * <p>Under these concepts the target t is stable for i or not according to which states i likes no
 * better than t, and only that (every comparison in the conditions is one with t); the verdict is
 * monotone: the more such states, the more sanctions and the fewer improvements. With ties kept
 * together, those states are t's own tier and the tiers ranked below it. So a change that breaks
 * stability only needs to lift a set R of tiers from below t's tier to above it, and the fewest
 * adjacent swaps that do so are {@code Σ_{X∈R} gap(X) − |R|(|R|−1)/2}, gap being X's distance in
 * positions from t's tier; the order reached (the lifted tiers just above t's, everything else in
 * place) is the only order at that distance with that set below t. Making it stable is the mirror
 * image: lower a set of tiers from above t's tier. Each set within the bound is checked once; among
 * the nearest sets, the one the breadth-first search would meet first is returned (its orders are
 * compared by their lexicographically first shortest swap sequence), so the two agree profile for
 * profile.
 */
final class LocalChange {
  private LocalChange() {}

  /**
   * As {@code MinimalChange.search(space.only(dm), p -> check.stable(c, dm, p) == wantStable,
   * limit, ∞)}, for a ranking variation, when the target is not already as wanted.
   */
  static MinimalChange.Result search(
      PreferenceSpace space, TargetCheck check, Concept c, int dm, boolean wantStable, int limit) {
    PreferenceSpace.Variation v = space.variation(dm);
    int k = v.size();
    int diameter = Math.max(1, k * (k - 1) / 2);
    if (limit < 1) {
      return MinimalChange.Result.none(limit, false);
    }
    int t = check.target();
    int[] base = v.payoffs(Permutations.identity(k));
    int pt = base[t];
    int titem = -1;
    for (int item = 0; item < k && titem < 0; item++) {
      for (int s : v.item(item)) {
        if (s == t) {
          titem = item;
        }
      }
    }
    int[][] pay = new int[space.model().dmCount()][];
    for (int d = 0; d < pay.length; d++) {
      pay[d] = space.model().payoffs(d);
    }
    pay[dm] = base.clone();
    if (titem < 0) {
      // the slice lies wholly above or below t: no order changes what i likes less than t
      return notFound(diameter, limit, true);
    }
    // items that may cross t's tier: below it when breaking, above it when making stable
    int count = wantStable ? titem : k - 1 - titem;
    int[] cand = new int[Math.min(count, limit)];
    for (int g = 0; g < cand.length; g++) {
      cand[g] = wantStable ? titem - 1 - g : titem + 1 + g; // gap g + 1
    }
    Search s = new Search(check, c, dm, wantStable, v, pay, pt, titem, limit);
    s.dfs(cand, 0, 0, 0, new int[cand.length]);
    if (s.best != null) {
      int[][] orders = new int[pay.length][];
      orders[dm] = s.best;
      List<MinimalChange.Swap> swaps = MinimalChange.swaps(orders, new int[] {dm});
      return new MinimalChange.Result(s.bestCost, orders, swaps, s.bestCost, false);
    }
    // the extreme crossing: every candidate item over t's tier (monotone, so decisive)
    int[] all = new int[count];
    for (int g = 0; g < count; g++) {
      all[g] = wantStable ? titem - 1 - g : titem + 1 + g;
    }
    boolean possible = s.flips(all, count);
    return notFound(diameter, limit, !possible);
  }

  /**
   * What the breadth-first search reports when nothing within {@code limit} swaps works: it has
   * examined every order (at depth {@code diameter}) when the bound allowed it and none works.
   */
  private static MinimalChange.Result notFound(int diameter, int limit, boolean impossible) {
    if (impossible && diameter <= limit) {
      return MinimalChange.Result.none(diameter, true);
    }
    return MinimalChange.Result.none(limit, false);
  }

  /** Depth-first over sets of crossing items, nearest to t's tier first, within the bound. */
  private static final class Search {
    final TargetCheck check;
    final Concept c;
    final int dm;
    final boolean wantStable;
    final PreferenceSpace.Variation v;
    final int[][] pay;
    final int pt;
    final int titem;
    final int limit;
    int[] best;
    int[] bestWord;
    int bestCost = Integer.MAX_VALUE;

    Search(
        TargetCheck check,
        Concept c,
        int dm,
        boolean wantStable,
        PreferenceSpace.Variation v,
        int[][] pay,
        int pt,
        int titem,
        int limit) {
      this.check = check;
      this.c = c;
      this.dm = dm;
      this.wantStable = wantStable;
      this.v = v;
      this.pay = pay;
      this.pt = pt;
      this.titem = titem;
      this.limit = limit;
    }

    /**
     * Chooses candidates from index {@code from} on; {@code chosen[0..size)} are the items moved so
     * far, at a cost of {@code cost} swaps.
     */
    void dfs(int[] cand, int from, int size, int cost, int[] chosen) {
      if (size > 0 && cost <= Math.min(limit, bestCost) && flips(chosen, size)) {
        offer(chosen, size, cost);
      }
      for (int g = from; g < cand.length; g++) {
        // the item at gap g + 1 becomes the (size+1)-th to cross: it passes g + 1 − size tiers
        int add = g + 1 - size;
        if (cost + add > Math.min(limit, bestCost)) {
          break; // later items cost more
        }
        chosen[size] = cand[g];
        dfs(cand, g + 1, size + 1, cost + add, chosen);
      }
    }

    /** Whether moving these items across t's tier gives the wanted verdict. */
    boolean flips(int[] items, int size) {
      int[] p = pay[dm];
      int moved = wantStable ? pt - 1 : pt + 1;
      for (int x = 0; x < size; x++) {
        for (int s : v.item(items[x])) {
          p[s] = moved;
        }
      }
      boolean ok = check.stable(c, dm, pay) == wantStable;
      for (int x = 0; x < size; x++) {
        int item = items[x];
        int orig = v.tiers().length - (v.from() + item);
        for (int s : v.item(item)) {
          p[s] = orig;
        }
      }
      return ok;
    }

    void offer(int[] items, int size, int cost) {
      int[] order = order(items, size);
      int[] word = word(order);
      if (cost < bestCost || (cost == bestCost && compare(word, bestWord) < 0)) {
        best = order;
        bestWord = word;
        bestCost = cost;
      }
    }

    /** The slice order with these items moved just past t's tier, everything else in place. */
    int[] order(int[] items, int size) {
      int k = v.size();
      boolean[] moved = new boolean[k];
      for (int x = 0; x < size; x++) {
        moved[items[x]] = true;
      }
      List<Integer> out = new ArrayList<>();
      for (int item = 0; item < k; item++) {
        if (wantStable) {
          // lowered items go just below t's tier, in their order
          if (item == titem) {
            out.add(item);
            for (int y = 0; y < titem; y++) {
              if (moved[y]) {
                out.add(y);
              }
            }
          } else if (!moved[item]) {
            out.add(item);
          }
        } else {
          // lifted items go just above t's tier, in their order
          if (item == titem) {
            for (int y = titem + 1; y < k; y++) {
              if (moved[y]) {
                out.add(y);
              }
            }
            out.add(item);
          } else if (!moved[item]) {
            out.add(item);
          }
        }
      }
      return out.stream().mapToInt(Integer::intValue).toArray();
    }
  }

  /**
   * The lexicographically first shortest sequence of adjacent swaps (their positions) from the
   * identity to {@code order}: the breadth-first search meets orders of one depth in this order.
   */
  static int[] word(int[] order) {
    int k = order.length;
    int[] rank = new int[k];
    for (int p = 0; p < k; p++) {
      rank[order[p]] = p;
    }
    int[] cur = Permutations.identity(k);
    int[] w = new int[PreferenceSpace.inversions(order)];
    for (int n = 0; n < w.length; n++) {
      int q = 0;
      while (rank[cur[q]] < rank[cur[q + 1]]) {
        q++;
      }
      int x = cur[q];
      cur[q] = cur[q + 1];
      cur[q + 1] = x;
      w[n] = q;
    }
    return w;
  }

  static int compare(int[] a, int[] b) {
    for (int x = 0; x < Math.min(a.length, b.length); x++) {
      if (a[x] != b[x]) {
        return Integer.compare(a[x], b[x]);
      }
    }
    return Integer.compare(a.length, b.length);
  }
}
