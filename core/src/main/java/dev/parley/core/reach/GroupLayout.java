package dev.parley.core.reach;

import dev.parley.core.move.MoveGraph;
import dev.parley.core.move.OptionMoveGraph;
import dev.parley.core.state.StateSpace;
import java.util.Arrays;

/**
 * The feasible states of an option-form conflict arranged for one player (a decision maker, or a
 * coalition controlling the union of its members' options), so that the player's moves never have
 * to be enumerated one by one.
 *
 * <p>A <em>group</em> holds the feasible states that agree on every option outside the player's
 * own. The player's moves stay inside a group, and inside it they are decided by the player's
 * irreversible options alone: write a state's <em>pattern</em> as its irreversible own options with
 * the backward-only ones complemented (bit set = "taken" for a forward-only option, "not taken" for
 * a backward-only one). Then a move x → y, for x ≠ y in one group, is legal exactly when {@code
 * pattern(y)} contains {@code pattern(x)} (docs/semantics.md §1.1): forward-only options are only
 * ever taken, backward-only ones only ever dropped, and reversible options change freely.
 *
 * <p>Inside each group the states are sorted by pattern, then by a per-state value (the player's
 * payoff when given), and split into <em>tiers</em> of equal (pattern, value). Consecutive tiers of
 * one pattern form a <em>run</em>. So the player's moves from x are the members of the runs whose
 * pattern contains x's, and its unilateral improvements are, in each such run, the tiers above x's
 * value: both ranges of a small sorted array instead of one lookup per subset of options.
 *
 * <p>Memory: {@code 8m} bytes for the order and the group of each state, {@code 13} bytes per tier.
 */
public final class GroupLayout {
  private final int[] order;
  private final int[] tierOf;
  private final int[] groupTier;
  private final int[] tierGroup;
  private final int[] tierStart;
  private final int[] tierValue;
  private final int[] tierPattern;
  private final boolean[] tierNext;
  private final int[] succStart;
  private final int[] succ;
  private final long irreversible;

  private GroupLayout(
      int[] order,
      int[] tierOf,
      int[] groupTier,
      int[] tierGroup,
      int[] tierStart,
      int[] tierValue,
      int[] tierPattern,
      boolean[] tierNext,
      long irreversible) {
    this.order = order;
    this.tierOf = tierOf;
    this.groupTier = groupTier;
    this.tierGroup = tierGroup;
    this.tierStart = tierStart;
    this.tierValue = tierValue;
    this.tierPattern = tierPattern;
    this.tierNext = tierNext;
    this.irreversible = irreversible;
    // the first tier above each tier's value in every run whose pattern contains the tier's
    int tiers = tierValue.length;
    int[] start = new int[tiers + 1];
    int[] out = new int[Math.max(16, tiers)];
    int c = 0;
    for (int g = 0; g < groupTier.length - 1; g++) {
      int t0 = groupTier[g];
      int t1 = groupTier[g + 1];
      for (int t = t0; t < t1; t++) {
        start[t] = c;
        int pattern = tierPattern[t];
        int v = tierValue[t];
        for (int u = t0; u < t1; u++) {
          if ((tierPattern[u] & pattern) == pattern
              && tierValue[u] > v
              && (u == t0 || !tierNext[u - 1] || tierValue[u - 1] <= v)) {
            if (c == out.length) {
              out = Arrays.copyOf(out, (int) Math.min(Integer.MAX_VALUE - 8, 2L * c));
            }
            out[c++] = u;
          }
        }
      }
    }
    start[tiers] = c;
    this.succStart = start;
    this.succ = Arrays.copyOf(out, c);
  }

  /**
   * The layout of the player that controls {@code own} in the option-form move graph {@code g}.
   *
   * @param values per-state values that order each pattern run (the player's payoffs), or null when
   *     only the groups and patterns matter
   */
  public static GroupLayout of(MoveGraph g, long own, int[] values) {
    OptionMoveGraph og = (OptionMoveGraph) g;
    StateSpace space = og.space();
    int m = space.size();
    int k = space.optionCount();
    long irreversible = own & (og.forward() | og.backward());
    long[] patternBits = bits(irreversible);
    long flipMask = own & og.backward();

    // 1. group the states by their code outside `own` (counting sort on that key when the key
    // space is small enough, a sort of (key, state) pairs otherwise)
    int restBits = k - Long.bitCount(own);
    int[] order = new int[m];
    int groups;
    int[] groupStart;
    if (restBits <= 26 && (1L << restBits) <= Math.max(1L << 20, 4L * m)) {
      int keys = 1 << restBits;
      int[] count = new int[keys + 1];
      int[] key = new int[m];
      for (int s = 0; s < m; s++) {
        key[s] = (int) remove(space.code(s), own);
        count[key[s] + 1]++;
      }
      groups = 0;
      for (int q = 0; q < keys; q++) {
        if (count[q + 1] > 0) {
          groups++;
        }
        count[q + 1] += count[q];
      }
      groupStart = new int[groups + 1];
      for (int q = 0, gi = 0; q < keys; q++) {
        if (count[q + 1] > count[q]) {
          groupStart[gi++] = count[q];
        }
      }
      groupStart[groups] = m;
      for (int s = 0; s < m; s++) {
        order[count[key[s]]++] = s;
      }
    } else {
      long[] pairs = new long[m];
      for (int s = 0; s < m; s++) {
        pairs[s] = remove(space.code(s), own) << 31 | s;
      }
      Arrays.sort(pairs);
      int[] starts = new int[Math.max(1, m) + 1];
      groups = 0;
      for (int q = 0; q < m; q++) {
        if (q == 0 || pairs[q] >>> 31 != pairs[q - 1] >>> 31) {
          starts[groups++] = q;
        }
        order[q] = (int) (pairs[q] & 0x7fffffffL);
      }
      starts[groups] = m;
      groupStart = Arrays.copyOf(starts, groups + 1);
    }

    // 2. inside each group, sort by (pattern, value) and cut into tiers
    int[] groupTier = new int[groups + 1];
    int[] tierOf = new int[m];
    int[] tStart = new int[Math.max(16, m / 4)];
    int[] tValue = new int[tStart.length];
    int[] tPattern = new int[tStart.length];
    int[] tGroup = new int[tStart.length];
    int tiers = 0;
    long[] sortKey = new long[64];
    for (int gi = 0; gi < groups; gi++) {
      int from = groupStart[gi];
      int to = groupStart[gi + 1];
      int size = to - from;
      if (sortKey.length < size) {
        sortKey = new long[Math.max(size, 2 * sortKey.length)];
      }
      for (int q = 0; q < size; q++) {
        int s = order[from + q];
        int pattern = pattern(space.code(s), flipMask, patternBits);
        int value = values == null ? 0 : values[s];
        sortKey[q] = (long) pattern << 32 | (value - (long) Integer.MIN_VALUE);
      }
      sortPairs(sortKey, order, from, 0, size);
      groupTier[gi] = tiers;
      for (int q = 0; q < size; q++) {
        if (q == 0 || sortKey[q] != sortKey[q - 1]) {
          if (tiers == tStart.length) {
            int len = (int) Math.min(Integer.MAX_VALUE - 8, 2L * tiers);
            tStart = Arrays.copyOf(tStart, len);
            tValue = Arrays.copyOf(tValue, len);
            tPattern = Arrays.copyOf(tPattern, len);
            tGroup = Arrays.copyOf(tGroup, len);
          }
          tStart[tiers] = from + q;
          tPattern[tiers] = (int) (sortKey[q] >>> 32);
          tValue[tiers] = (int) ((sortKey[q] & 0xffffffffL) + Integer.MIN_VALUE);
          tGroup[tiers] = gi;
          tiers++;
        }
        tierOf[order[from + q]] = tiers - 1;
      }
    }
    groupTier[groups] = tiers;
    int[] tierStart = Arrays.copyOf(tStart, tiers + 1);
    tierStart[tiers] = m;
    boolean[] tierNext = new boolean[tiers];
    for (int gi = 0; gi < groups; gi++) {
      for (int t = groupTier[gi]; t + 1 < groupTier[gi + 1]; t++) {
        tierNext[t] = tPattern[t + 1] == tPattern[t];
      }
    }
    return new GroupLayout(
        order,
        tierOf,
        groupTier,
        Arrays.copyOf(tGroup, tiers),
        tierStart,
        Arrays.copyOf(tValue, tiers),
        Arrays.copyOf(tPattern, tiers),
        tierNext,
        irreversible);
  }

  /** The layouts of every decision maker of a model whose moves are in option form. */
  public static GroupLayout[] ofDecisionMakers(
      MoveGraph g, java.util.function.IntFunction<int[]> values) {
    OptionMoveGraph og = (OptionMoveGraph) g;
    GroupLayout[] out = new GroupLayout[og.dmCount()];
    java.util.stream.IntStream.range(0, out.length)
        .parallel()
        .forEach(d -> out[d] = of(g, og.ownMask(d), values.apply(d)));
    return out;
  }

  /** Whether {@code g} computes option-form moves, so that layouts describe them. */
  public static boolean supports(MoveGraph g) {
    return g instanceof OptionMoveGraph;
  }

  public int stateCount() {
    return order.length;
  }

  public int tierCount() {
    return tierValue.length;
  }

  public int groupCount() {
    return groupTier.length - 1;
  }

  /** The tier of state {@code s}. */
  public int tierOf(int s) {
    return tierOf[s];
  }

  /** The group of tier {@code t}. */
  public int tierGroup(int t) {
    return tierGroup[t];
  }

  /**
   * The tiers the player's improvements from tier {@code t} start at: in each run whose pattern
   * contains t's, the first tier above t's value. Read {@link #succ} from here to {@link #succEnd}.
   */
  public int succStart(int t) {
    return succStart[t];
  }

  public int succEnd(int t) {
    return succStart[t + 1];
  }

  public int succ(int q) {
    return succ[q];
  }

  /** The first tier of group {@code g}. */
  public int firstTier(int g) {
    return groupTier[g];
  }

  /** One past the last tier of group {@code g}. */
  public int endTier(int g) {
    return groupTier[g + 1];
  }

  /** The position (in {@link #member}) of the first state of tier {@code t}. */
  public int tierStart(int t) {
    return tierStart[t];
  }

  /** One past the position of the last state of tier {@code t}. */
  public int tierEnd(int t) {
    return tierStart[t + 1];
  }

  public int tierValue(int t) {
    return tierValue[t];
  }

  public int tierPattern(int t) {
    return tierPattern[t];
  }

  /** Whether tier {@code t + 1} continues the run of tier {@code t} (same group and pattern). */
  public boolean tierHasNext(int t) {
    return tierNext[t];
  }

  /** The state at position {@code pos} of the order (states by group, pattern, value). */
  public int member(int pos) {
    return order[pos];
  }

  /**
   * The player's unilateral improvements from state {@code s} (the layout must be ordered by its
   * payoffs): the states of the tiers its successors start, and of the rest of their runs.
   */
  public int[] improvements(int s) {
    int t = tierOf[s];
    int n = 0;
    for (int q = succStart[t]; q < succStart[t + 1]; q++) {
      for (int u = succ[q]; ; u++) {
        n += tierStart[u + 1] - tierStart[u];
        if (!tierNext[u]) {
          break;
        }
      }
    }
    int[] out = new int[n];
    int c = 0;
    for (int q = succStart[t]; q < succStart[t + 1]; q++) {
      for (int u = succ[q]; ; u++) {
        for (int r = tierStart[u]; r < tierStart[u + 1]; r++) {
          out[c++] = order[r];
        }
        if (!tierNext[u]) {
          break;
        }
      }
    }
    return out;
  }

  /** The pattern of state {@code s}: its irreversible own options, backward-only complemented. */
  public int pattern(int s) {
    return tierPattern[tierOf[s]];
  }

  /** Whether the player has an irreversible option (so that some moves are one-way). */
  public boolean hasIrreversible() {
    return irreversible != 0;
  }

  /** The player's irreversible options. */
  public long irreversibleOptions() {
    return irreversible;
  }

  private static int pattern(long code, long flipMask, long[] patternBits) {
    long c = code ^ flipMask;
    int p = 0;
    for (int b = 0; b < patternBits.length; b++) {
      if ((c & patternBits[b]) != 0) {
        p |= 1 << b;
      }
    }
    return p;
  }

  private static long[] bits(long mask) {
    long[] out = new long[Long.bitCount(mask)];
    int c = 0;
    for (long rest = mask; rest != 0; rest &= rest - 1) {
      out[c++] = rest & -rest;
    }
    if (out.length > 30) {
      throw new IllegalArgumentException("more than 30 irreversible options for one player");
    }
    return out;
  }

  /** The code with the bits of {@code bits} squeezed out (lower bits keep their places). */
  static long remove(long code, long bits) {
    // remove runs of set bits from the highest down, so lower positions stay valid
    for (long rest = bits; rest != 0; ) {
      int hi = 63 - Long.numberOfLeadingZeros(rest);
      int lo = hi;
      while (lo > 0 && (rest >>> (lo - 1) & 1L) != 0) {
        lo--;
      }
      long low = code & ((1L << lo) - 1);
      code = hi == 63 ? low : low | ((code >>> (hi + 1)) << lo);
      rest &= (1L << lo) - 1;
    }
    return code;
  }

  /** Sorts keys[0..size) ascending, moving order[from..from+size) along. */
  static void sortPairs(long[] keys, int[] order, int from, int lo, int hi) {
    while (hi - lo > 16) {
      long pivot = median(keys[lo], keys[(lo + hi) >>> 1], keys[hi - 1]);
      int i = lo;
      int j = hi - 1;
      while (i <= j) {
        while (keys[i] < pivot) {
          i++;
        }
        while (keys[j] > pivot) {
          j--;
        }
        if (i <= j) {
          swap(keys, order, from, i++, j--);
        }
      }
      // recurse into the smaller part, loop on the larger
      if (j + 1 - lo < hi - i) {
        sortPairs(keys, order, from, lo, j + 1);
        lo = i;
      } else {
        sortPairs(keys, order, from, i, hi);
        hi = j + 1;
      }
    }
    for (int i = lo + 1; i < hi; i++) {
      for (int j = i; j > lo && keys[j - 1] > keys[j]; j--) {
        swap(keys, order, from, j - 1, j);
      }
    }
  }

  private static long median(long a, long b, long c) {
    return Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));
  }

  private static void swap(long[] keys, int[] order, int from, int i, int j) {
    long k = keys[i];
    keys[i] = keys[j];
    keys[j] = k;
    int o = order[from + i];
    order[from + i] = order[from + j];
    order[from + j] = o;
  }
}
