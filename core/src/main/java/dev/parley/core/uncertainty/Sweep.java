package dev.parley.core.uncertainty;

import dev.parley.core.graph.GraphModel;
import dev.parley.core.inverse.OpponentReach;
import dev.parley.core.inverse.Permutations;
import dev.parley.core.inverse.PreferenceSpace;
import dev.parley.core.inverse.TargetCheck;
import dev.parley.core.stability.Concept;
import dev.parley.core.stability.StabilityEngine;
import dev.parley.core.stability.StabilityResult;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * A preference sweep: over a set of weighted {@link Scenario}s, the share of scenarios in which
 * each state is an equilibrium under each concept.
 *
 * <p>A scenario's probability is its weight over the sum of the weights; within a scenario, every
 * ranking an {@link Scenario.Alternative.AnyRanking} admits is equally likely, independently per
 * decision maker. When all scenarios together stand for at most {@link Options#enumerateLimit}
 * profiles, each is analysed once and the shares are exact. Otherwise {@link Options#samples}
 * profiles are drawn: sample k draws its scenario and rankings from its own generator, seeded from
 * the seed and k alone (a {@link SplittableRandom}), so the result is the same for a seed whatever
 * the number of threads. Shares then come with 95% Wilson score intervals.
 */
public final class Sweep {
  private Sweep() {}

  /** What to compute. */
  public record Options(List<Concept> concepts, int samples, long seed, long enumerateLimit) {
    public static final long DEFAULT_ENUMERATE_LIMIT = 20_000;
    public static final int DEFAULT_SAMPLES = 2_000;
  }

  /**
   * Per scenario: its probability, how many profiles (exact) or draws (sampled), and its shares.
   */
  public record ScenarioShare(String name, double probability, long profiles, double[][] share) {}

  /**
   * Shares per concept and state ({@code share[c][s]}), with interval bounds ({@code low}, {@code
   * high}; equal to the share when exact), and the same per scenario.
   */
  public record Result(
      List<Concept> concepts,
      boolean exact,
      long profiles,
      int samples,
      long seed,
      double[][] share,
      double[][] low,
      double[][] high,
      List<ScenarioShare> scenarios) {}

  /** Wilson's 95% interval for {@code hits} successes in {@code n} trials: {low, high}. */
  public static double[] wilson(long hits, long n) {
    if (n == 0) {
      return new double[] {0, 1};
    }
    double z = 1.959963984540054;
    double p = (double) hits / n;
    double z2 = z * z;
    double denom = 1 + z2 / n;
    double center = (p + z2 / (2.0 * n)) / denom;
    double half = z / denom * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n));
    double low = hits == 0 ? 0 : Math.max(0, center - half);
    double high = hits == n ? 1 : Math.min(1, center + half);
    return new double[] {low, high};
  }

  /** A scenario made ready: fixed payoffs per decision maker, or an order family. */
  private static final class Prepared {
    final Scenario scenario;
    final int[][] fixed;
    final PreferenceSpace.Variation[] variation;
    final LinearExtensions[] family;

    Prepared(Scenario scenario, int n) {
      this.scenario = scenario;
      this.fixed = new int[n][];
      this.variation = new PreferenceSpace.Variation[n];
      this.family = new LinearExtensions[n];
    }

    int[][] payoffs(GraphModel model, int[][] orders) {
      int[][] p = new int[model.dmCount()][];
      for (int d = 0; d < p.length; d++) {
        p[d] =
            family[d] != null
                ? variation[d].payoffs(orders[d])
                : fixed[d] != null ? fixed[d] : model.payoffs(d);
      }
      return p;
    }

    /** The number of profiles, or -1 when a family is too large to count. */
    double profiles() {
      double c = 1;
      for (LinearExtensions f : family) {
        if (f != null) {
          if (f.count() < 0) {
            return -1;
          }
          c *= f.count();
        }
      }
      return c;
    }
  }

  /** The problem {@code what} with scenario {@code sc}, naming it. */
  private static IllegalArgumentException badScenario(Scenario sc, String what) {
    return new IllegalArgumentException("scenario '" + sc.name() + "': " + what);
  }

  private static Prepared prepare(GraphModel model, Scenario sc) {
    int n = model.dmCount();
    Prepared p = new Prepared(sc, n);
    for (Map.Entry<Integer, Scenario.Alternative> e : sc.preferences().entrySet()) {
      int d = e.getKey();
      if (e.getValue() instanceof Scenario.Alternative.Given g) {
        if (g.payoffs().length != model.stateCount()) {
          throw new IllegalArgumentException("payoffs for another number of states");
        }
        p.fixed[d] = g.payoffs();
      } else {
        Scenario.Alternative.AnyRanking a = (Scenario.Alternative.AnyRanking) e.getValue();
        PreferenceSpace.Variation v =
            PreferenceSpace.fixed(model).withRanking(d, a.from(), a.to()).variation(d);
        int k = v.size();
        int[] tierPos = v.tierPositions(Permutations.identity(k));
        int[] current = model.payoffs(d);
        List<int[]> before = new ArrayList<>();
        for (int[] c : a.constraints()) {
          int x = tierPos[c[0]];
          int y = tierPos[c[1]];
          boolean xIn = x >= a.from() && x <= a.to();
          boolean yIn = y >= a.from() && y <= a.to();
          if (x == y) {
            throw badScenario(
                sc,
                "states "
                    + (c[0] + 1)
                    + " and "
                    + (c[1] + 1)
                    + " are tied in the current ranking, and rankings keep ties together");
          }
          if (xIn && yIn) {
            before.add(new int[] {x - a.from(), y - a.from()});
          } else if (current[c[0]] <= current[c[1]]) {
            throw badScenario(
                sc,
                "state "
                    + (c[0] + 1)
                    + " cannot be put above state "
                    + (c[1] + 1)
                    + ": at least one of them lies outside the varied positions");
          }
        }
        try {
          p.family[d] = new LinearExtensions(k, before);
        } catch (IllegalArgumentException ex) {
          throw badScenario(sc, ex.getMessage());
        }
        if (p.family[d].count() == 0) {
          throw badScenario(sc, "no ranking satisfies the constraints");
        }
        p.variation[d] = v;
      }
    }
    return p;
  }

  public static Result run(GraphModel model, List<Scenario> scenarios, Options o) {
    if (scenarios.isEmpty()) {
      throw new IllegalArgumentException("no scenario");
    }
    List<Prepared> prepared = new ArrayList<>();
    double totalWeight = 0;
    for (Scenario sc : scenarios) {
      prepared.add(prepare(model, sc));
      totalWeight += sc.weight();
    }
    double profiles = 0;
    for (Prepared p : prepared) {
      double c = p.profiles();
      profiles = c < 0 || profiles < 0 ? -1 : profiles + c;
    }
    if (profiles >= 0 && profiles <= o.enumerateLimit()) {
      return exact(model, prepared, totalWeight, (long) profiles, o);
    }
    return sampled(model, prepared, totalWeight, o);
  }

  /**
   * Profiles are analysed in windows of this many chunks of 64, each window's verdicts added up
   * before the next is analysed, so memory holds one window's verdicts (and, when sampling, one
   * count array per scenario drawn), whatever the number of profiles.
   */
  static final int CHUNKS_PER_WINDOW = 32;

  /** Above this many states each profile goes through the engine instead of per-state checks. */
  static final int CHECK_LIMIT = 256;

  /** Per-state checks, prepared once per model (moves and reach do not depend on preferences). */
  private static TargetCheck[] checks(GraphModel model) {
    if (model.stateCount() > CHECK_LIMIT) {
      return null;
    }
    TargetCheck[] out = new TargetCheck[model.stateCount()];
    OpponentReach reach = OpponentReach.of(model);
    for (int s = 0; s < out.length; s++) {
      out[s] = new TargetCheck(model, s, reach);
    }
    return out;
  }

  private static BitSet[] verdicts(
      GraphModel model, TargetCheck[] checks, int[][] payoffs, List<Concept> concepts) {
    if (checks != null) {
      BitSet[] out = new BitSet[concepts.size()];
      for (int c = 0; c < out.length; c++) {
        out[c] = new BitSet();
        for (int s = 0; s < checks.length; s++) {
          if (checks[s].equilibrium(concepts.get(c), payoffs)) {
            out[c].set(s);
          }
        }
      }
      return out;
    }
    StabilityResult r =
        new StabilityEngine().analyze(model.withPayoffs(payoffs), EnumSet.copyOf(concepts));
    BitSet[] out = new BitSet[concepts.size()];
    for (int c = 0; c < out.length; c++) {
      out[c] = r.equilibria(concepts.get(c));
    }
    return out;
  }

  private static Result exact(
      GraphModel model, List<Prepared> prepared, double totalWeight, long count, Options o) {
    int m = model.stateCount();
    int cn = o.concepts().size();
    // every profile of every scenario, in order, with its probability: the rankings only, the
    // payoffs are made when the profile is analysed
    List<int[][]> profiles = new ArrayList<>();
    List<Double> prob = new ArrayList<>();
    List<Integer> owner = new ArrayList<>();
    for (int si = 0; si < prepared.size(); si++) {
      Prepared p = prepared.get(si);
      List<List<int[]>> lists = new ArrayList<>();
      List<Integer> dms = new ArrayList<>();
      for (int d = 0; d < model.dmCount(); d++) {
        if (p.family[d] != null) {
          lists.add(p.family[d].all(o.enumerateLimit()));
          dms.add(d);
        }
      }
      double per = p.scenario.weight() / totalWeight / p.profiles();
      int[] idx = new int[lists.size()];
      while (true) {
        int[][] orders = new int[model.dmCount()][];
        for (int k = 0; k < lists.size(); k++) {
          orders[dms.get(k)] = lists.get(k).get(idx[k]);
        }
        profiles.add(orders);
        prob.add(per);
        owner.add(si);
        int k = lists.size() - 1;
        while (k >= 0 && ++idx[k] == lists.get(k).size()) {
          idx[k] = 0;
          k--;
        }
        if (k < 0) {
          break;
        }
      }
    }
    double[][] share = new double[cn][m];
    double[][][] perScenario = new double[prepared.size()][cn][m];
    double[] scenarioProb = new double[prepared.size()];
    long[] scenarioProfiles = new long[prepared.size()];
    TargetCheck[] base = checks(model);
    int chunk = 64;
    int window = CHUNKS_PER_WINDOW * chunk;
    // one window of profiles analysed in parallel, then added in profile order (so the sums, and
    // the result, do not depend on the number of threads)
    for (int from = 0; from < profiles.size(); from += window) {
      int first = from;
      int to = Math.min(profiles.size(), from + window);
      BitSet[][] results = new BitSet[to - from][];
      IntStream.range(0, (to - from + chunk - 1) / chunk)
          .parallel()
          .forEach(
              ch -> {
                TargetCheck[] mine = fork(base);
                for (int x = first + ch * chunk; x < Math.min(to, first + (ch + 1) * chunk); x++) {
                  Prepared p = prepared.get(owner.get(x));
                  results[x - first] =
                      verdicts(model, mine, p.payoffs(model, profiles.get(x)), o.concepts());
                }
              });
      for (int x = from; x < to; x++) {
        int si = owner.get(x);
        scenarioProb[si] += prob.get(x);
        scenarioProfiles[si]++;
        for (int c = 0; c < cn; c++) {
          BitSet eq = results[x - from][c];
          for (int s = eq.nextSetBit(0); s >= 0; s = eq.nextSetBit(s + 1)) {
            share[c][s] += prob.get(x);
            perScenario[si][c][s] += prob.get(x);
          }
        }
      }
    }
    List<ScenarioShare> scen = new ArrayList<>();
    for (int si = 0; si < prepared.size(); si++) {
      double[][] sh = perScenario[si];
      for (int c = 0; c < cn; c++) {
        for (int s = 0; s < m; s++) {
          sh[c][s] = Math.min(1, sh[c][s] / scenarioProb[si]);
        }
      }
      scen.add(
          new ScenarioShare(
              prepared.get(si).scenario.name(),
              prepared.get(si).scenario.weight() / totalWeight,
              scenarioProfiles[si],
              sh));
    }
    for (int c = 0; c < cn; c++) {
      for (int s = 0; s < m; s++) {
        share[c][s] = Math.min(1, share[c][s]);
      }
    }
    return new Result(o.concepts(), true, count, 0, o.seed(), share, share, share, scen);
  }

  private static Result sampled(
      GraphModel model, List<Prepared> prepared, double totalWeight, Options o) {
    int m = model.stateCount();
    int cn = o.concepts().size();
    int sn = prepared.size();
    int n = o.samples();
    if (n < 1) {
      throw new IllegalArgumentException("at least one sample is needed");
    }
    double[] cumulative = new double[sn];
    double acc = 0;
    for (int si = 0; si < sn; si++) {
      acc += prepared.get(si).scenario.weight();
      cumulative[si] = acc;
    }
    TargetCheck[] base = checks(model);
    // [scenario][0][0] = draws; [scenario][1 + c][s] = hits; only for the scenarios drawn
    long[][][] counts = new long[sn][][];
    int chunk = 64;
    int window = CHUNKS_PER_WINDOW * chunk;
    for (int from = 0; from < n; from += window) {
      int to = Math.min(n, from + window);
      // the samples of one window in parallel, each its own verdicts; then counted in order
      int[] drawn = new int[to - from];
      BitSet[][] verdicts = new BitSet[to - from][];
      int first = from;
      IntStream.range(0, (to - from + chunk - 1) / chunk)
          .parallel()
          .forEach(
              ch -> {
                TargetCheck[] mine = fork(base);
                int end = Math.min(to, first + (ch + 1) * chunk);
                for (int k = first + ch * chunk; k < end; k++) {
                  SplittableRandom rng = new SplittableRandom(sampleSeed(o.seed(), k));
                  double u = rng.nextDouble() * totalWeight;
                  int si = 0;
                  while (si < sn - 1 && u >= cumulative[si]) {
                    si++;
                  }
                  Prepared p = prepared.get(si);
                  int[][] orders = new int[model.dmCount()][];
                  for (int d = 0; d < orders.length; d++) {
                    if (p.family[d] != null) {
                      orders[d] = p.family[d].sample(rng);
                    }
                  }
                  drawn[k - first] = si;
                  verdicts[k - first] =
                      verdicts(model, mine, p.payoffs(model, orders), o.concepts());
                }
              });
      for (int x = 0; x < drawn.length; x++) {
        long[][] c = counts[drawn[x]];
        if (c == null) {
          c = counts[drawn[x]] = new long[cn + 1][];
          c[0] = new long[1];
          for (int ci = 0; ci < cn; ci++) {
            c[1 + ci] = new long[m];
          }
        }
        c[0][0]++;
        BitSet[] eq = verdicts[x];
        for (int ci = 0; ci < cn; ci++) {
          for (int st = eq[ci].nextSetBit(0); st >= 0; st = eq[ci].nextSetBit(st + 1)) {
            c[1 + ci][st]++;
          }
        }
      }
    }
    double[][] share = new double[cn][m];
    double[][] low = new double[cn][m];
    double[][] high = new double[cn][m];
    for (int c = 0; c < cn; c++) {
      for (int s = 0; s < m; s++) {
        long hits = 0;
        for (int si = 0; si < sn; si++) {
          hits += counts[si] == null ? 0 : counts[si][1 + c][s];
        }
        share[c][s] = (double) hits / n;
        double[] w = wilson(hits, n);
        low[c][s] = w[0];
        high[c][s] = w[1];
      }
    }
    List<ScenarioShare> scen = new ArrayList<>();
    for (int si = 0; si < sn; si++) {
      long draws = counts[si] == null ? 0 : counts[si][0][0];
      double[][] sh = new double[cn][m];
      for (int c = 0; c < cn; c++) {
        for (int s = 0; s < m; s++) {
          sh[c][s] = draws == 0 ? 0 : (double) counts[si][1 + c][s] / draws;
        }
      }
      scen.add(
          new ScenarioShare(
              prepared.get(si).scenario.name(),
              prepared.get(si).scenario.weight() / totalWeight,
              draws,
              sh));
    }
    return new Result(o.concepts(), false, n, n, o.seed(), share, low, high, scen);
  }

  private static TargetCheck[] fork(TargetCheck[] base) {
    if (base == null) {
      return null;
    }
    TargetCheck[] out = new TargetCheck[base.length];
    for (int s = 0; s < base.length; s++) {
      out[s] = base[s].fork();
    }
    return out;
  }

  /** The seed of sample k: a function of the sweep's seed and k only. */
  static long sampleSeed(long seed, long k) {
    return mix(seed ^ mix(k + 0x9E3779B97F4A7C15L));
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }
}
