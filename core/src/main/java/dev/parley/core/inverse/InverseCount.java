package dev.parley.core.inverse;

import dev.parley.core.stability.Concept;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Counts the profiles of a {@link PreferenceSpace} that make a target state an equilibrium,
 * exactly.
 *
 * <p>Methods, chosen per concept:
 *
 * <ul>
 *   <li><b>Per decision maker</b> (Nash, GMR, SMR): with the moves fixed, whether the target is
 *       stable for i under these concepts depends only on i's own preferences, and only on the set
 *       of states i likes no better than the target. The count is the product of per-decision-maker
 *       counts. For a ranking slice that contains the target's tier, the profiles are grouped by
 *       which of the other k − 1 items end up below the target: a group of w items below stands for
 *       w!·(k−1−w)! orders, so 2^(k−1) checks replace k!. A slice that does not contain the
 *       target's tier never changes that set. Statement orders are enumerated (k! ≤ {@link
 *       Limits#perDecisionMaker}).
 *   <li><b>Enumerated</b> (SEQ, SIM, SEQ+SIM, whose verdicts couple the decision makers through the
 *       opponents' improvements): every profile of the product is checked when there are at most
 *       {@link Limits#enumerate} of them.
 *   <li><b>Classes</b> (SEQ, SIM, SEQ+SIM on larger products): each varied decision maker's orders
 *       are enumerated and grouped by everything any check reads from its preferences: which states
 *       it likes no better than the target, and which of its moves are improvements. Orders in one
 *       group give every verdict the same answer, so the product of the groups (at most {@link
 *       Limits#enumerate} combinations) is checked once per combination, weighted by the group
 *       sizes.
 *   <li>Otherwise the count is <b>refused</b> with the reason: never an estimate.
 * </ul>
 *
 * Enumeration runs on all cores; counts are exact integers, so the result does not depend on the
 * number of threads.
 */
public final class InverseCount {
  private InverseCount() {}

  /** How a count was obtained. */
  public enum Method {
    ENUMERATED,
    PER_DECISION_MAKER,
    CLASSES,
    REFUSED
  }

  /**
   * Limits: the most profiles (or combinations of classes) checked one by one; the most orders
   * enumerated for one decision maker; the most items of a ranking slice for the subset method
   * (2^(k − 1) checks).
   */
  public record Limits(long enumerate, long perDecisionMaker, int subsetItems) {
    public static final Limits DEFAULT = new Limits(1_000_000, 3_628_800, 23);
  }

  /**
   * The count for one concept: profiles that make the target an equilibrium, out of {@code total};
   * {@code count} is null when refused, and {@code refusal} says why.
   */
  public record Result(
      Concept concept, BigInteger count, BigInteger total, Method method, String refusal) {
    public boolean exact() {
      return method != Method.REFUSED;
    }
  }

  /** The number of profiles in the space: the product of k! over the varied decision makers. */
  public static BigInteger total(PreferenceSpace space) {
    BigInteger t = BigInteger.ONE;
    for (int d : space.varied()) {
      t = t.multiply(Permutations.factorial(space.variation(d).size()));
    }
    return t;
  }

  public static List<Result> count(
      PreferenceSpace space, int target, List<Concept> concepts, Limits limits) {
    TargetCheck check = new TargetCheck(space.model(), target);
    BigInteger total = total(space);
    List<Result> out = new ArrayList<>();
    List<Concept> coupled = new ArrayList<>();
    for (Concept c : concepts) {
      if (TargetCheck.local(c)) {
        out.add(local(space, check, c, total, limits));
      } else {
        coupled.add(c);
        out.add(null);
      }
    }
    if (!coupled.isEmpty()) {
      List<Result> cr = coupled(space, check, coupled, total, limits);
      for (int k = 0, j = 0; k < out.size(); k++) {
        if (out.get(k) == null) {
          out.set(k, cr.get(j++));
        }
      }
    }
    return out;
  }

  // ---- local concepts ------------------------------------------------------------------------

  private static Result local(
      PreferenceSpace space, TargetCheck check, Concept c, BigInteger total, Limits limits) {
    int[][] current = current(space);
    BigInteger count = BigInteger.ONE;
    for (int d = 0; d < space.model().dmCount(); d++) {
      PreferenceSpace.Variation v = space.variation(d);
      if (v == null) {
        if (!check.stable(c, d, current)) {
          count = BigInteger.ZERO;
        }
        continue;
      }
      BigInteger cd;
      if (v.metric() == PreferenceSpace.Metric.RANKING && v.size() <= limits.subsetItems()) {
        cd = bySubsets(v, check, c, current);
      } else if (Permutations.factorial(v.size())
              .compareTo(BigInteger.valueOf(limits.perDecisionMaker()))
          <= 0) {
        cd = byOrders(v, check, c, current);
      } else {
        return new Result(
            c,
            null,
            total,
            Method.REFUSED,
            "the varied preferences of one decision maker have "
                + v.size()
                + " items: more than Parley counts exactly for "
                + c.label()
                + "; narrow the range");
      }
      count = count.multiply(cd);
    }
    return new Result(c, count, total, Method.PER_DECISION_MAKER, null);
  }

  private static BigInteger byOrders(
      PreferenceSpace.Variation v, TargetCheck check, Concept c, int[][] current) {
    int d = v.dm();
    int[][] p = current.clone();
    int[] a = Permutations.identity(v.size());
    long n = 0;
    do {
      p[d] = v.payoffs(a);
      if (check.stable(c, d, p)) {
        n++;
      }
    } while (Permutations.next(a));
    return BigInteger.valueOf(n);
  }

  private static BigInteger bySubsets(
      PreferenceSpace.Variation v, TargetCheck check, Concept c, int[][] current) {
    int d = v.dm();
    int k = v.size();
    int[][] p = current.clone();
    int targetItem = -1;
    for (int item = 0; item < k; item++) {
      for (int s : v.item(item)) {
        if (s == check.target()) {
          targetItem = item;
        }
      }
    }
    if (targetItem < 0) {
      // the slice lies wholly above or below the target: no order changes what it likes less
      p[d] = v.payoffs(Permutations.identity(k));
      return check.stable(c, d, p) ? Permutations.factorial(k) : BigInteger.ZERO;
    }
    int[] others = new int[k - 1];
    for (int item = 0, o = 0; item < k; item++) {
      if (item != targetItem) {
        others[o++] = item;
      }
    }
    BigInteger[] fact = new BigInteger[k + 1];
    for (int i = 0; i <= k; i++) {
      fact[i] = Permutations.factorial(i);
    }
    long[] bySize = new long[k];
    int[] order = new int[k];
    for (long mask = 0; mask < 1L << (k - 1); mask++) {
      int pos = 0;
      for (int o = 0; o < k - 1; o++) {
        if ((mask >>> o & 1L) == 0) {
          order[pos++] = others[o];
        }
      }
      order[pos++] = targetItem;
      int below = 0;
      for (int o = 0; o < k - 1; o++) {
        if ((mask >>> o & 1L) != 0) {
          order[pos++] = others[o];
          below++;
        }
      }
      p[d] = v.payoffs(order);
      if (check.stable(c, d, p)) {
        bySize[below]++;
      }
    }
    BigInteger n = BigInteger.ZERO;
    for (int w = 0; w < k; w++) {
      if (bySize[w] > 0) {
        n = n.add(BigInteger.valueOf(bySize[w]).multiply(fact[w]).multiply(fact[k - 1 - w]));
      }
    }
    return n;
  }

  // ---- coupled concepts ----------------------------------------------------------------------

  private static List<Result> coupled(
      PreferenceSpace space,
      TargetCheck check,
      List<Concept> concepts,
      BigInteger total,
      Limits limits) {
    int[] varied = space.varied();
    if (total.compareTo(BigInteger.valueOf(limits.enumerate())) <= 0) {
      int[][][] lists = new int[varied.length][][];
      long[][] weights = new long[varied.length][];
      for (int k = 0; k < varied.length; k++) {
        lists[k] = Permutations.all(space.variation(varied[k]).size());
        weights[k] = new long[lists[k].length];
        Arrays.fill(weights[k], 1L);
      }
      BigInteger[] counts = product(space, check, concepts, varied, lists, weights);
      return results(concepts, counts, total, Method.ENUMERATED);
    }
    // classes of orders that every check treats alike
    List<List<Atom>> atoms = atomsByDm(check, concepts);
    BigInteger combos = BigInteger.ONE;
    int[][][] lists = new int[varied.length][][];
    long[][] weights = new long[varied.length][];
    for (int k = 0; k < varied.length; k++) {
      PreferenceSpace.Variation v = space.variation(varied[k]);
      if (Permutations.factorial(v.size()).compareTo(BigInteger.valueOf(limits.perDecisionMaker()))
          > 0) {
        return refuse(
            concepts,
            total,
            "these concepts couple the decision makers, and the "
                + total
                + " profiles are more than the "
                + limits.enumerate()
                + " Parley checks one by one; grouping needs every varied ranking enumerated, and"
                + " one has "
                + v.size()
                + " items ("
                + Permutations.factorial(v.size())
                + " orders, more than "
                + limits.perDecisionMaker()
                + "). Narrow the range");
      }
      Map<Signature, long[]> classes =
          atoms == null ? classes(space, check, v) : classes(v, atoms.get(v.dm()));
      lists[k] = new int[classes.size()][];
      weights[k] = new long[classes.size()];
      int c = 0;
      for (Map.Entry<Signature, long[]> e : classes.entrySet()) {
        lists[k][c] = e.getKey().representative;
        weights[k][c] = e.getValue()[0];
        c++;
      }
      combos = combos.multiply(BigInteger.valueOf(classes.size()));
    }
    if (combos.compareTo(BigInteger.valueOf(limits.enumerate())) > 0) {
      return refuse(
          concepts,
          total,
          "these concepts couple the decision makers; the "
              + total
              + " profiles fall into "
              + combos
              + " combinations of classes, more than the "
              + limits.enumerate()
              + " Parley checks. Narrow the range");
    }
    BigInteger[] counts = product(space, check, concepts, varied, lists, weights);
    return results(concepts, counts, total, Method.CLASSES);
  }

  private static List<Result> results(
      List<Concept> concepts, BigInteger[] counts, BigInteger total, Method method) {
    List<Result> out = new ArrayList<>();
    for (int c = 0; c < concepts.size(); c++) {
      out.add(new Result(concepts.get(c), counts[c], total, method, null));
    }
    return out;
  }

  private static List<Result> refuse(List<Concept> concepts, BigInteger total, String why) {
    List<Result> out = new ArrayList<>();
    for (Concept c : concepts) {
      out.add(new Result(c, null, total, Method.REFUSED, why));
    }
    return out;
  }

  /** Checks every combination of one entry per varied decision maker, weighted; on all cores. */
  private static BigInteger[] product(
      PreferenceSpace space,
      TargetCheck check,
      List<Concept> concepts,
      int[] varied,
      int[][][] lists,
      long[][] weights) {
    long size = 1;
    for (int[][] l : lists) {
      size *= l.length;
    }
    int chunk = 2048;
    int chunks = (int) ((size + chunk - 1) / chunk);
    int n = space.model().dmCount();
    // precompute each entry's payoffs
    int[][][] pay = new int[lists.length][][];
    for (int k = 0; k < lists.length; k++) {
      pay[k] = new int[lists[k].length][];
      for (int e = 0; e < lists[k].length; e++) {
        pay[k][e] = space.variation(varied[k]).payoffs(lists[k][e]);
      }
    }
    int[][] current = current(space);
    final long total = size;
    return IntStream.range(0, chunks)
        .parallel()
        .mapToObj(
            ch -> {
              TargetCheck tc = check.fork();
              BigInteger[] acc = new BigInteger[concepts.size()];
              Arrays.fill(acc, BigInteger.ZERO);
              long[] small = new long[concepts.size()];
              int[][] p = current.clone();
              long end = Math.min(total, (long) (ch + 1) * chunk);
              for (long idx = (long) ch * chunk; idx < end; idx++) {
                long rest = idx;
                BigInteger w = BigInteger.ONE;
                boolean unit = true;
                for (int k = lists.length - 1; k >= 0; k--) {
                  int e = (int) (rest % lists[k].length);
                  rest /= lists[k].length;
                  p[varied[k]] = pay[k][e];
                  if (weights[k][e] != 1L) {
                    unit = false;
                    w = w.multiply(BigInteger.valueOf(weights[k][e]));
                  }
                }
                for (int c = 0; c < concepts.size(); c++) {
                  if (tc.equilibrium(concepts.get(c), p)) {
                    if (unit) {
                      small[c]++;
                    } else {
                      acc[c] = acc[c].add(w);
                    }
                  }
                }
              }
              for (int c = 0; c < concepts.size(); c++) {
                acc[c] = acc[c].add(BigInteger.valueOf(small[c]));
              }
              return acc;
            })
        .reduce(
            zero(concepts.size()),
            (a, b) -> {
              BigInteger[] r = new BigInteger[a.length];
              for (int c = 0; c < a.length; c++) {
                r[c] = a[c].add(b[c]);
              }
              return r;
            });
  }

  private static BigInteger[] zero(int k) {
    BigInteger[] z = new BigInteger[k];
    Arrays.fill(z, BigInteger.ZERO);
    return z;
  }

  /** What the checks read from one decision maker's preferences; the first order seen stands in. */
  private static final class Signature {
    final long[] bits;
    final int[] representative;

    Signature(long[] bits, int[] representative) {
      this.bits = bits;
      this.representative = representative;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Signature s && Arrays.equals(bits, s.bits);
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(bits);
    }
  }

  /**
   * The comparisons each decision maker's preferences enter the concepts' conditions with, or null
   * when the conditions are too large to write out.
   */
  private static List<List<Atom>> atomsByDm(TargetCheck check, List<Concept> concepts) {
    int n = check.model().dmCount();
    List<java.util.Set<Atom>> sets = new ArrayList<>();
    for (int d = 0; d < n; d++) {
      sets.add(new java.util.LinkedHashSet<>());
    }
    try {
      for (Concept c : concepts) {
        for (Atom a : TargetConditions.of(check, c).equilibrium().atoms()) {
          sets.get(a.dm()).add(a);
        }
      }
    } catch (TargetConditions.TooLarge e) {
      return null;
    }
    List<List<Atom>> out = new ArrayList<>();
    sets.forEach(x -> out.add(List.copyOf(x)));
    return out;
  }

  /**
   * Orders grouped by the truth of every comparison of this decision maker that the conditions
   * contain: the conditions, and so the checks (which they equal), cannot tell orders in one group
   * apart.
   */
  private static Map<Signature, long[]> classes(PreferenceSpace.Variation v, List<Atom> atoms) {
    Map<Signature, long[]> out = new LinkedHashMap<>();
    int[] a = Permutations.identity(v.size());
    int[][] p = new int[v.dm() + 1][];
    do {
      p[v.dm()] = v.payoffs(a);
      long[] sig = new long[(atoms.size() + 64) / 64];
      for (int k = 0; k < atoms.size(); k++) {
        if (atoms.get(k).holds(p)) {
          sig[k >>> 6] |= 1L << k;
        }
      }
      tally(out, sig, a);
    } while (Permutations.next(a));
    return out;
  }

  /**
   * Orders grouped by everything a check can read from this decision maker's preferences: which
   * states it likes no better than the target, and which of its moves are improvements.
   */
  private static Map<Signature, long[]> classes(
      PreferenceSpace space, TargetCheck check, PreferenceSpace.Variation v) {
    int d = v.dm();
    int m = space.model().stateCount();
    List<int[]> arcs = new ArrayList<>();
    for (int x = 0; x < m; x++) {
      for (int y : check.moves(d, x)) {
        arcs.add(new int[] {x, y});
      }
    }
    int bits = m + arcs.size();
    Map<Signature, long[]> out = new LinkedHashMap<>();
    int[] a = Permutations.identity(v.size());
    int t = check.target();
    do {
      int[] p = v.payoffs(a);
      long[] sig = new long[(bits + 63) / 64];
      for (int x = 0; x < m; x++) {
        if (p[x] <= p[t]) {
          sig[x >>> 6] |= 1L << x;
        }
      }
      for (int e = 0; e < arcs.size(); e++) {
        int[] arc = arcs.get(e);
        if (p[arc[1]] > p[arc[0]]) {
          int b = m + e;
          sig[b >>> 6] |= 1L << b;
        }
      }
      tally(out, sig, a);
    } while (Permutations.next(a));
    return out;
  }

  /** Counts one more order {@code a} of signature {@code sig}; the first of each is kept. */
  private static void tally(Map<Signature, long[]> out, long[] sig, int[] a) {
    long[] n = out.get(new Signature(sig, null));
    if (n == null) {
      out.put(new Signature(sig, a.clone()), new long[] {1});
    } else {
      n[0]++;
    }
  }

  private static int[][] current(PreferenceSpace space) {
    int n = space.model().dmCount();
    int[][] p = new int[n][];
    for (int d = 0; d < n; d++) {
      p[d] = space.model().payoffs(d);
    }
    return p;
  }

  // ---- listing -------------------------------------------------------------------------------

  /** Profiles listed, how many were examined to find them, and whether every one was examined. */
  public record Listing(List<int[][]> profiles, long examined, boolean complete) {}

  /**
   * The first {@code limit} profiles (in lexicographic order of the orders, the last varied
   * decision maker changing fastest) that make the target an equilibrium under every concept in
   * {@code concepts}, examining at most {@code maxExamined} profiles.
   */
  public static Listing list(
      PreferenceSpace space, int target, List<Concept> concepts, int limit, long maxExamined) {
    TargetCheck check = new TargetCheck(space.model(), target);
    int[] varied = space.varied();
    int[][] orders = space.identity();
    List<int[][]> found = new ArrayList<>();
    long examined = 0;
    while (true) {
      if (examined >= maxExamined) {
        return new Listing(found, examined, false);
      }
      examined++;
      int[][] p = space.payoffs(orders);
      boolean ok = true;
      for (Concept c : concepts) {
        ok &= check.equilibrium(c, p);
      }
      if (ok) {
        int[][] copy = new int[orders.length][];
        for (int d = 0; d < orders.length; d++) {
          copy[d] = orders[d] == null ? null : orders[d].clone();
        }
        found.add(copy);
        if (found.size() >= limit) {
          return new Listing(found, examined, false);
        }
      }
      int k = varied.length - 1;
      while (k >= 0 && !Permutations.next(orders[varied[k]])) {
        orders[varied[k]] = Permutations.identity(orders[varied[k]].length);
        k--;
      }
      if (k < 0) {
        return new Listing(found, examined, true);
      }
    }
  }
}
