package dev.parley.core.inverse;

import dev.parley.core.graph.GraphModel;
import dev.parley.core.stability.Concept;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The smallest change of ranking slices that reverses whether the target is an equilibrium under
 * SEQ, SIM or SEQ+SIM: the distance the breadth-first search over orders ({@link
 * MinimalChange#search}) finds with an unlimited budget, found by reasoning about the comparisons
 * the verdict reads instead of testing every order (docs/semantics.md §3.3, "Smallest change under
 * SEQ, SIM and SEQ+SIM").
 *
 * <p>A profile within B swaps of the current one is a set of disjoint <em>blocks</em>: intervals of
 * a slice whose tie groups are permuted among themselves, indecomposably, the cost being the
 * inversions. The search keeps a profile σ (a set of blocks, at first none) and a
 * <em>certificate</em> of its verdict: tie-group pairs such that every profile that orders them as
 * σ does has σ's verdict. For an equilibrium, each decision maker's comparisons of its moves with
 * the target and, for each improving move, one sanction (SEQ: a legal sequence of the opponents'
 * improvements and its end; SIM: a combination of their improving moves and the combined state);
 * for a non-equilibrium, one unsanctioned improving move: its comparison with the target, every
 * opponent move its sanction search rejected and every state it reached. A nearest profile π that
 * reverses the verdict and contains σ's blocks must order some certificate pair differently, so it
 * contains a block that inverts that pair: the search branches on exactly those blocks, within the
 * swaps left, for bounds 1 and 2 one at a time and then by branch and bound up to B (a reversal
 * found lowers the bound below its cost), so the reversal it reports is a nearest one. Exact
 * whatever the budget, until the budget (verdicts computed) runs out; then the depth fully searched
 * is reported, as the breadth-first search does.
 */
final class CertificateSearch {
  /** The largest bound searched this way; beyond it the blocks to try are too many to list. */
  static final int MAX_BOUND = 8;

  private final TargetCheck check;
  private final Concept concept;
  private final boolean makeEquilibrium;
  private final long budget;
  private final int n;
  private final int t;
  private final PreferenceSpace.Variation[] var;
  private final int[][] tierOf;
  private final int[][] own;
  private final int[][] opponents;
  private final int[][] order;
  private final boolean[][] occupied;
  private final int[][] pay;
  private final int[] varied;
  private final Sanctions sanctions;

  private long evaluations;
  private boolean over;
  private int cost;
  private final long[] active = new long[MAX_BOUND];
  private int blocks;
  private Set<Key> visited;
  private int[] hints = new int[0];
  // per move (moveIndex): the pairs of a sanction found at the node, null when none; the parent's,
  // and the block that made this node from it
  private long[][] witnesses;
  private long[][] parentWitnesses;
  private int lastD = -1;
  private int lastS;
  private int[] lastAt;
  private final int[] moveBase;
  private final int moveTotal;
  private int[] childHints;
  private int[] lastUnsanctioned = new int[0];
  private final int[][] moveMark;
  private int moveStamp;
  private List<long[]> sets;
  private int[][] found;
  private int foundCost;
  private int limit;
  private boolean improving;

  private CertificateSearch(
      PreferenceSpace space, TargetCheck check, Concept c, boolean makeEquilibrium, long budget) {
    GraphModel model = space.model();
    this.check = check;
    this.concept = c;
    this.makeEquilibrium = makeEquilibrium;
    this.budget = budget;
    this.n = model.dmCount();
    int m = model.stateCount();
    this.t = check.target();
    this.var = new PreferenceSpace.Variation[n];
    this.tierOf = new int[n][];
    this.own = new int[n][];
    this.opponents = new int[n][];
    this.order = new int[n][];
    this.occupied = new boolean[n][];
    this.varied = space.varied();
    this.pay = space.payoffs(space.identity());
    for (int d = 0; d < n; d++) {
      var[d] = space.variation(d);
      int[][] tiers = var[d] != null ? var[d].tiers() : PreferenceSpace.tiers(model, d);
      tierOf[d] = new int[m];
      for (int k = 0; k < tiers.length; k++) {
        for (int s : tiers[k]) {
          tierOf[d][s] = k;
        }
      }
      own[d] = check.ownMoves(d);
      opponents[d] = check.opponentsOf(d);
      if (var[d] != null) {
        int k = var[d].size();
        order[d] = Permutations.identity(k);
        occupied[d] = new boolean[k];
      }
    }
    this.moveBase = new int[n];
    int total = 0;
    for (int d = 0; d < n; d++) {
      moveBase[d] = total;
      total += own[d].length;
    }
    this.moveTotal = total;
    this.moveMark = new int[n][];
    for (int d = 0; d < n; d++) {
      moveMark[d] = new int[own[d].length];
    }
    this.sanctions =
        new Sanctions(check, c, var, tierOf, own, opponents, occupied, pay, moveBase, total);
  }

  /** Whether this search applies: ranking slices only, and a bound it can list blocks for. */
  static boolean applies(PreferenceSpace space, int bound) {
    int[] v = space.varied();
    if (v.length == 0 || bound > MAX_BOUND) {
      return false;
    }
    for (int d : v) {
      if (space.variation(d).metric() != PreferenceSpace.Metric.RANKING) {
        return false;
      }
    }
    return true;
  }

  /**
   * The nearest profile within {@code bound} swaps that makes the target an equilibrium under
   * {@code c} (or stops it being one), when it is not already as wanted.
   */
  static MinimalChange.Result search(
      PreferenceSpace space,
      TargetCheck check,
      Concept c,
      boolean makeEquilibrium,
      int bound,
      long budget) {
    if (TargetCheck.local(c)) {
      throw new IllegalArgumentException("Nash, GMR and SMR have their own search: " + c);
    }
    return new CertificateSearch(space, check, c, makeEquilibrium, budget).run(bound);
  }

  private MinimalChange.Result run(int bound) {
    long diameter = 0;
    for (int d : varied) {
      long k = var[d].size();
      diameter += k * (k - 1) / 2;
    }
    // one bound after the other for the first few, where most reversals are; then branch and
    // bound: the first reversal found lowers the bound below its cost, until none is left
    int deepening = Math.min(bound, DEEPENING);
    for (int level = 1; level <= bound; level++) {
      visited = new HashSet<>();
      parentWitnesses = null;
      hints = new int[0];
      limit = level > deepening ? bound : level;
      improving = level > deepening;
      dfs();
      if (over) {
        return MinimalChange.Result.none(Math.min(level - 1, deepening), false);
      }
      if (found != null) {
        return new MinimalChange.Result(
            foundCost, found, MinimalChange.swaps(found, varied), foundCost, false);
      }
      if (level >= diameter || level > deepening) {
        level = bound; // every bound searched
      }
    }
    if (bound >= diameter) {
      return MinimalChange.Result.none((int) diameter, true); // every profile examined
    }
    return MinimalChange.Result.none(bound, false);
  }

  /** The bounds searched one at a time before branch and bound takes over. */
  private static final int DEEPENING = 2;

  /** Explores σ and the profiles that add blocks to it within {@code limit} swaps in all. */
  private boolean dfs() {
    if (cost > limit) {
      return false;
    }
    if (++evaluations > budget) {
      over = true;
      return true;
    }
    sanctions.rem = limit - cost;
    sets = null;
    long[] branch = certificate();
    List<long[]> unsanctioned = sets;
    int[] mine = sets == null ? new int[0] : lastUnsanctioned;
    long[][] mineWitnesses = witnesses;
    if (branch == null) {
      foundCost = cost;
      found = new int[n][];
      for (int d : varied) {
        found[d] = order[d].clone();
      }
      if (!improving) {
        return true;
      }
      limit = cost - 1; // look for a nearer one
      return false;
    }
    int r = limit - cost;
    for (long pair : branch) {
      int d = Sanctions.dm(pair);
      int a = Sanctions.low(pair);
      int b = Sanctions.high(pair);
      int k = order[d].length;
      for (int s = Math.max(0, b - r); s <= a; s++) {
        for (int e = b; e <= Math.min(k - 1, s + r); e++) {
          if (!Sanctions.free(occupied[d], s, e)) {
            continue;
          }
          int[][] list = Blocks.of(e - s + 1, r);
          for (int pi = 0; pi < list.length; pi++) {
            int[] perm = list[pi];
            int[] at = Blocks.inverse(perm);
            if (!Sanctions.inverts(pair, d, s, at)) {
              continue; // keeps the pair's order
            }
            int inv = Blocks.inversions(perm);
            if (inv > limit - cost) {
              continue; // a nearer reversal has been found meanwhile
            }
            if (unsanctioned != null && !enough(unsanctioned, mine, d, s, at, limit - cost - inv)) {
              continue; // some unsanctioned move would stay so
            }
            apply(d, s, perm);
            cost += inv;
            active[blocks++] =
                ((long) d << 54) | ((long) s << 32) | ((long) perm.length << 27) | pi;
            hints = unsanctioned == null ? mine : childHints;
            parentWitnesses = mineWitnesses;
            lastD = d;
            lastS = s;
            lastAt = at;
            boolean stop = visited.add(key()) && dfs();
            blocks--;
            cost -= inv;
            undo(d, s, perm.length);
            if (stop) {
              return true;
            }
          }
        }
      }
    }
    return false;
  }

  private Key key() {
    long[] k = Arrays.copyOf(active, blocks);
    Arrays.sort(k);
    return new Key(k);
  }

  private record Key(long[] blocks) {
    @Override
    public boolean equals(Object o) {
      return o instanceof Key other && Arrays.equals(blocks, other.blocks);
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(blocks);
    }
  }

  /** Puts the slice items s..s+L−1 of d in the order {@code perm} and updates d's payoffs. */
  private void apply(int d, int s, int[] perm) {
    PreferenceSpace.Variation v = var[d];
    int top = v.tiers().length;
    for (int p = 0; p < perm.length; p++) {
      int item = s + perm[p];
      order[d][s + p] = item;
      occupied[d][s + p] = true;
      int value = top - (v.from() + s + p);
      for (int x : v.item(item)) {
        pay[d][x] = value;
      }
    }
  }

  private void undo(int d, int s, int length) {
    PreferenceSpace.Variation v = var[d];
    int top = v.tiers().length;
    for (int p = s; p < s + length; p++) {
      order[d][p] = p;
      occupied[d][p] = false;
      int value = top - (v.from() + p);
      for (int x : v.item(p)) {
        pay[d][x] = value;
      }
    }
  }

  /**
   * Null when σ's verdict is the wanted one; else the certificate pairs σ's extensions may invert
   * within the swaps left, sorted (empty when none can reverse the verdict in time).
   */
  private long[] certificate() {
    // every unsanctioned improving move needs one of its pairs inverted to reach an equilibrium;
    // the moves unsanctioned before the last block are tried first, as the likeliest to stay so
    List<long[]> sets = new ArrayList<>();
    long[][] mine = new long[moveTotal][];
    witnesses = mine;
    int count = 0;
    int[] tried = hints;
    int total = tried.length + moveTotal;
    int[] moves = Arrays.copyOf(tried, total);
    int at = tried.length;
    for (int i = 0; i < n; i++) {
      for (int k = 0; k < own[i].length; k++) {
        moves[at++] = (i << 24) | k;
      }
    }
    int[] unsanctioned = new int[total];
    if (++moveStamp == Integer.MAX_VALUE) {
      for (int[] ms : moveMark) {
        Arrays.fill(ms, 0);
      }
      moveStamp = 1;
    }
    for (int mv : moves) {
      int i = mv >>> 24;
      int k = mv & 0xFFFFFF;
      if (moveMark[i][k] == moveStamp) {
        continue;
      }
      moveMark[i][k] = moveStamp;
      int q = own[i][k];
      if (pay[i][q] <= pay[i][t]) {
        continue;
      }
      int index = moveBase[i] + k;
      long[] kept = parentWitnesses == null ? null : parentWitnesses[index];
      if (kept != null && !inverts(kept)) {
        mine[index] = kept; // the parent's sanction still holds: the block leaves its pairs alone
        continue;
      }
      sanctions.begin();
      sanctions.add(i, q, t);
      if (sanctions.sanction(i, k, true)) {
        mine[index] = Arrays.copyOf(sanctions.raw, sanctions.rawCount);
        continue;
      }
      if (!makeEquilibrium) {
        return null; // not an equilibrium, as wanted
      }
      long[] set = sanctions.end();
      if (set.length == 0) {
        return set; // this move stays unsanctioned within the swaps left
      }
      unsanctioned[count++] = mv;
      sets.add(set);
    }
    lastUnsanctioned = Arrays.copyOf(unsanctioned, count);
    if (sets.isEmpty()) {
      if (makeEquilibrium) {
        return null; // an equilibrium, as wanted
      }
      // to break it: every decision maker's moves, and a sanction of each improving one
      sanctions.begin();
      for (int i = 0; i < n; i++) {
        for (int k = 0; k < own[i].length; k++) {
          sanctions.add(i, own[i][k], t);
          long[] w = mine[moveBase[i] + k];
          if (w != null) {
            for (long pair : w) {
              sanctions.addPair(pair);
            }
          }
        }
      }
      return sanctions.end();
    }
    // branch on the move with the fewest pairs; give up when more moves need distinct pairs than
    // swaps are left
    Integer[] idx = new Integer[count];
    for (int x = 0; x < count; x++) {
      idx[x] = x;
    }
    Arrays.sort(idx, (x, y) -> Integer.compare(sets.get(x).length, sets.get(y).length));
    List<long[]> sorted = new ArrayList<>();
    for (int x = 0; x < count; x++) {
      sorted.add(sets.get(idx[x]));
      lastUnsanctioned[x] = unsanctioned[idx[x]];
    }
    if (disjoint(sorted) > sanctions.rem) {
      return new long[0];
    }
    this.sets = sorted;
    return sorted.get(0);
  }

  /**
   * Whether adding the block (d's items from s on, {@code at[item − s]} the position each takes)
   * can still lead to an equilibrium within {@code left} more swaps: every unsanctioned move whose
   * pairs the block leaves in order stays unsanctioned unless a later block inverts one of its
   * other pairs, which must lie clear of this block and within {@code left} positions; and moves
   * with no pair in common need a swap each.
   */
  private boolean enough(List<long[]> unsanctioned, int[] moves, int d, int s, int[] at, int left) {
    int e = s + at.length - 1;
    List<long[]> open = new ArrayList<>();
    // the moves to try first in the child: those that the block reaches only through an
    // opponent's comparison (a new improvement may lead nowhere), then the others
    int[] order = new int[moves.length];
    int weak = 0;
    int strong = moves.length;
    for (int x = 0; x < unsanctioned.size(); x++) {
      long[] set = unsanctioned.get(x);
      int focal = moves[x] >>> 24;
      int hit = 0; // 1: an opponent's pair, 2: the focal decision maker's own
      int keep = 0;
      long[] rest = new long[set.length];
      for (long pair : set) {
        int pd = Sanctions.dm(pair);
        int a = Sanctions.low(pair);
        int b = Sanctions.high(pair);
        if (Sanctions.inverts(pair, d, s, at)) {
          hit = Math.max(hit, pd == focal ? 2 : 1);
          continue;
        }
        boolean overlaps = pd == d && a <= e && b >= s;
        if (!overlaps && b - a <= left) {
          rest[keep++] = pair;
        }
      }
      if (hit == 0) {
        if (keep == 0) {
          return false;
        }
        open.add(Arrays.copyOf(rest, keep));
        order[weak++] = moves[x];
      } else if (hit == 1) {
        order[weak++] = moves[x];
      } else {
        order[--strong] = moves[x];
      }
    }
    open.sort((x, y) -> Integer.compare(x.length, y.length));
    if (disjoint(open) > left) {
      return false;
    }
    childHints = order;
    return true;
  }

  /**
   * How many of the sets (smallest first) are pairwise disjoint, chosen greedily: a lower bound on
   * the pairs to invert, each of which costs a swap.
   */
  static int disjoint(List<long[]> sets) {
    List<long[]> chosen = new ArrayList<>();
    for (long[] s : sets) {
      boolean apart = true;
      for (int c = 0; c < chosen.size() && apart; c++) {
        apart = !meet(s, chosen.get(c));
      }
      if (apart) {
        chosen.add(s);
      }
    }
    return chosen.size();
  }

  private static boolean meet(long[] a, long[] b) {
    int x = 0;
    int y = 0;
    while (x < a.length && y < b.length) {
      if (a[x] == b[y]) {
        return true;
      }
      if (a[x] < b[y]) {
        x++;
      } else {
        y++;
      }
    }
    return false;
  }

  /** Whether the block that made this node inverts one of these pairs. */
  private boolean inverts(long[] pairs) {
    for (long pair : pairs) {
      if (Sanctions.inverts(pair, lastD, lastS, lastAt)) {
        return true;
      }
    }
    return false;
  }
}
