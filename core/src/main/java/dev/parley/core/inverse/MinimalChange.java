package dev.parley.core.inverse;

import dev.parley.core.stability.Concept;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The smallest change to the current preferences, in adjacent swaps (see {@link PreferenceSpace}),
 * that makes a condition hold.
 *
 * <p>Breadth-first search from the current profile, one swap per step, so the first profile found
 * is a nearest one. The search stops at a depth bound and at a budget of profiles examined; it then
 * reports the depth it completed: no profile within that many swaps satisfies the condition.
 *
 * <p>For Nash, GMR and SMR, a decision maker's verdict depends on its own preferences only, so
 * {@link #forTarget} searches each decision maker separately and combines: making the target an
 * equilibrium takes the sum of the per-decision-maker minima, breaking it the least of them. For
 * SEQ, SIM and SEQ+SIM the search runs over all varied decision makers at once.
 */
public final class MinimalChange {
  private MinimalChange() {}

  /** One adjacent swap: decision maker {@code dm} exchanges its items at positions p and p + 1. */
  public record Swap(int dm, int position) {}

  /**
   * The outcome of a search: a nearest profile ({@code orders}, null where a decision maker is
   * fixed or unchanged is the identity) at {@code distance} swaps, with the swaps that lead there;
   * or, when {@code orders} is null, the fact that no profile within {@code searchedDepth} swaps
   * satisfies the condition ({@code exhausted}: the whole space was examined, so none exists).
   */
  public record Result(
      int distance, int[][] orders, List<Swap> swaps, int searchedDepth, boolean exhausted) {
    public boolean found() {
      return orders != null;
    }

    static Result none(int depth, boolean exhausted) {
      return new Result(-1, null, List.of(), depth, exhausted);
    }
  }

  /**
   * The smallest change that makes the target an equilibrium under {@code c} (when {@code
   * makeEquilibrium}) or stops it being one.
   */
  public static Result forTarget(
      PreferenceSpace space,
      TargetCheck check,
      Concept c,
      boolean makeEquilibrium,
      int bound,
      long budget) {
    return forTarget(space, check, c, makeEquilibrium, bound, budget, false);
  }

  /**
   * The literal version of {@link #forTarget}: every search, Nash, GMR and SMR included, is the
   * breadth-first search over orders, within {@code budget}. The reference for the tests.
   */
  public static Result forTargetBySearch(
      PreferenceSpace space,
      TargetCheck check,
      Concept c,
      boolean makeEquilibrium,
      int bound,
      long budget) {
    return forTarget(space, check, c, makeEquilibrium, bound, budget, true);
  }

  private static Result forTarget(
      PreferenceSpace space,
      TargetCheck check,
      Concept c,
      boolean makeEquilibrium,
      int bound,
      long budget,
      boolean literal) {
    int[][] current = space.payoffs(space.identity());
    if (check.equilibrium(c, current) == makeEquilibrium) {
      return new Result(0, space.identity(), List.of(), 0, false);
    }
    if (!TargetCheck.local(c)) {
      Predicate<int[][]> goal = p -> check.equilibrium(c, p) == makeEquilibrium;
      if (literal) {
        return search(space, goal, bound, budget);
      }
      if (CertificateSearch.applies(space, bound)) {
        return CertificateSearch.search(space, check, c, makeEquilibrium, bound, budget);
      }
      return ProfileSearch.search(space, goal, bound, budget, () -> relevance(space, check, c));
    }
    int n = space.model().dmCount();
    if (makeEquilibrium) {
      int total = 0;
      int[][] orders = space.identity();
      List<Swap> swaps = new ArrayList<>();
      int lower = 0;
      boolean exhaustedAll = true;
      for (int d = 0; d < n; d++) {
        if (check.stable(c, d, current)) {
          continue;
        }
        if (space.variation(d) == null) {
          return Result.none(bound, true); // a fixed decision maker that will not stay
        }
        Result r = perDm(space, check, c, d, true, bound - total, budget, literal);
        if (!r.found()) {
          // every other unstable decision maker needs at least one swap
          return Result.none(
              Math.min(bound, lower + r.searchedDepth() + remaining(check, c, current, space, d)),
              r.exhausted() && exhaustedAll);
        }
        total += r.distance();
        lower += r.distance();
        orders[d] = r.orders()[d];
        swaps.addAll(r.swaps());
      }
      return new Result(total, orders, swaps, total, false);
    }
    Result best = null;
    int depth = bound;
    boolean exhausted = true;
    for (int d = 0; d < n; d++) {
      if (space.variation(d) == null) {
        continue;
      }
      int limit = best == null ? bound : best.distance() - 1;
      if (limit < 1) {
        break;
      }
      Result r = perDm(space, check, c, d, false, limit, budget, literal);
      if (r.found()) {
        best = r;
      } else if (!r.exhausted()) {
        // this decision maker might still break it beyond the depth searched
        depth = Math.min(depth, r.searchedDepth());
        exhausted = false;
      }
    }
    if (best != null) {
      int[][] orders = space.identity();
      for (int d : space.varied()) {
        if (best.orders()[d] != null) {
          orders[d] = best.orders()[d];
        }
      }
      return new Result(best.distance(), orders, best.swaps(), best.distance(), false);
    }
    return Result.none(depth, exhausted);
  }

  /**
   * The nearest change of {@code d}'s preferences alone that makes the target stable for it (or
   * unstable): by {@link LocalChange} for a ranking slice, exactly and without a budget, else (or
   * when {@code literal}) by the breadth-first search.
   */
  private static Result perDm(
      PreferenceSpace space,
      TargetCheck check,
      Concept c,
      int d,
      boolean wantStable,
      int limit,
      long budget,
      boolean literal) {
    if (!literal && space.variation(d).metric() == PreferenceSpace.Metric.RANKING) {
      return LocalChange.search(space, check, c, d, wantStable, limit);
    }
    Predicate<int[][]> goal = p -> check.stable(c, d, p) == wantStable;
    return literal
        ? search(space.only(d), goal, limit, budget)
        : ProfileSearch.search(space.only(d), goal, limit, budget, (ProfileSearch.Relevance) null);
  }

  /**
   * The pairs of ranking items whose order the target's verdict under {@code c} reads: those of the
   * comparisons in its conditions ({@link TargetConditions}); null (every pair) when they are too
   * many to write out or a statement order varies.
   */
  public static ProfileSearch.Relevance relevance(
      PreferenceSpace space, TargetCheck check, Concept c) {
    int n = space.model().dmCount();
    boolean[][][] pairs = new boolean[n][][];
    int[][] tierPos = new int[n][];
    for (int d : space.varied()) {
      PreferenceSpace.Variation v = space.variation(d);
      if (v.metric() != PreferenceSpace.Metric.RANKING) {
        return null;
      }
      pairs[d] = new boolean[v.size()][v.size()];
      tierPos[d] = v.tierPositions(Permutations.identity(v.size()));
    }
    java.util.Set<Atom> atoms;
    try {
      atoms = TargetConditions.of(check, c).equilibrium().atoms();
    } catch (TargetConditions.TooLarge e) {
      return null;
    }
    for (Atom a : atoms) {
      PreferenceSpace.Variation v = space.variation(a.dm());
      if (v == null) {
        continue;
      }
      int x = tierPos[a.dm()][a.a()] - v.from();
      int y = tierPos[a.dm()][a.b()] - v.from();
      if (x != y && x >= 0 && y >= 0 && x < v.size() && y < v.size()) {
        pairs[a.dm()][x][y] = true;
        pairs[a.dm()][y][x] = true;
      }
    }
    return (dm, a, b) -> pairs[dm][a][b];
  }

  /** The number of decision makers after {@code d} that are unstable now (each needs a swap). */
  private static int remaining(
      TargetCheck check, Concept c, int[][] current, PreferenceSpace space, int d) {
    int r = 0;
    for (int e = d + 1; e < space.model().dmCount(); e++) {
      if (!check.stable(c, e, current)) {
        r++;
      }
    }
    return r;
  }

  /**
   * Breadth-first search over profiles from the current one, one adjacent swap per step, for the
   * nearest profile whose payoffs satisfy {@code goal}, within {@code bound} swaps and examining at
   * most {@code budget} profiles.
   */
  public static Result search(
      PreferenceSpace space, Predicate<int[][]> goal, int bound, long budget) {
    int[] varied = space.varied();
    int[][] start = space.identity();
    int[][] startPay = space.payoffs(start);
    if (goal.test(startPay)) {
      return new Result(0, start, List.of(), 0, false);
    }
    long total = total(space);
    Set<String> seen = new HashSet<>();
    seen.add(key(start, varied));
    // the frontier keeps orders only: a profile's payoffs are made again when it is expanded, so
    // memory grows with the orders (a few ints each), not with the states
    List<int[][]> frontier = new ArrayList<>();
    frontier.add(start);
    long examined = 1;
    for (int depth = 1; depth <= bound; depth++) {
      List<int[][]> next = new ArrayList<>();
      for (int[][] profile : frontier) {
        int[][] pay = space.payoffs(profile);
        for (int d : varied) {
          PreferenceSpace.Variation v = space.variation(d);
          int[] o = profile[d];
          for (int pos = 0; pos + 1 < o.length; pos++) {
            int[][] child = profile.clone();
            int[] co = o.clone();
            int t = co[pos];
            co[pos] = co[pos + 1];
            co[pos + 1] = t;
            child[d] = co;
            if (!seen.add(key(child, varied))) {
              continue;
            }
            // only d's payoffs change; a new outer array, so that no check reuses a cached filter
            int[][] childPay = pay.clone();
            int[] own = pay[d];
            boolean ranking = v.metric() == PreferenceSpace.Metric.RANKING;
            if (ranking) {
              exchange(v, own, co, pos);
            } else {
              childPay[d] = v.payoffs(co);
            }
            boolean hit = goal.test(childPay);
            if (ranking) {
              exchange(v, own, o, pos);
            }
            if (hit) {
              return new Result(depth, child, swaps(child, varied), depth, false);
            }
            if (++examined > budget) {
              return Result.none(depth - 1, false);
            }
            next.add(child);
          }
        }
      }
      if (next.isEmpty() || seen.size() == total) {
        return Result.none(depth, true); // every profile examined
      }
      frontier = next;
    }
    return Result.none(bound, false);
  }

  /**
   * Sets the payoffs of the states of the items at slice positions {@code pos} and {@code pos + 1}
   * of {@code order} (a ranking variation): what a swap there changes.
   */
  private static void exchange(PreferenceSpace.Variation v, int[] pay, int[] order, int pos) {
    int top = v.tiers().length;
    for (int q = pos; q <= pos + 1; q++) {
      int value = top - (v.from() + q);
      for (int s : v.item(order[q])) {
        pay[s] = value;
      }
    }
  }

  /** The number of profiles in the space, or -1 when it exceeds a long. */
  private static long total(PreferenceSpace space) {
    java.math.BigInteger t = InverseCount.total(space);
    return t.bitLength() < 63 ? t.longValue() : -1;
  }

  private static String key(int[][] profile, int[] varied) {
    StringBuilder b = new StringBuilder();
    for (int d : varied) {
      for (int x : profile[d]) {
        b.append((char) x);
      }
      b.append('|');
    }
    return b.toString();
  }

  /** A shortest sequence of adjacent swaps from the identity to each order (bubble sort). */
  static List<Swap> swaps(int[][] orders, int[] varied) {
    List<Swap> out = new ArrayList<>();
    for (int d : varied) {
      if (orders[d] == null) {
        continue;
      }
      // bring each item to its place, left to right: every swap removes one inversion
      int[] cur = Permutations.identity(orders[d].length);
      int[] want = orders[d];
      for (int pos = 0; pos < want.length; pos++) {
        int at = pos;
        while (cur[at] != want[pos]) {
          at++;
        }
        for (int q = at; q > pos; q--) {
          int t = cur[q];
          cur[q] = cur[q - 1];
          cur[q - 1] = t;
          out.add(new Swap(d, q - 1));
        }
      }
    }
    return out;
  }
}
