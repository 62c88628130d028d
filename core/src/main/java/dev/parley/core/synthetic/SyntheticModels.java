package dev.parley.core.synthetic;

import dev.parley.core.model.Conflict;
import dev.parley.core.model.DecisionMaker;
import dev.parley.core.model.Infeasibility;
import dev.parley.core.model.Option;
import dev.parley.core.model.PreferenceSpec;
import dev.parley.core.model.Provenance;
import dev.parley.core.model.Reversibility;
import dev.parley.core.statement.Formula;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Seeded synthetic conflicts for benchmarks and scaling tests ({@code parley generate}, {@code
 * parley bench}, the JMH benchmarks). Pure and deterministic: the same {@link Spec} always gives
 * the same conflict, so the same model file byte for byte.
 *
 * <p>A model has
 *
 * <ul>
 *   <li>{@code options} options spread over {@code dms} decision makers as evenly as possible, the
 *       first decision makers taking one more where the division leaves a remainder;
 *   <li>about one option in five irreversible ({@link #IRREVERSIBLE_SHARE}), forward or backward at
 *       random;
 *   <li>infeasibility patterns (conjunctions of 2–4 literals over any options) added until about
 *       {@code infeasibleShare} of the {@code 2^options} codes are removed. Where what is left to
 *       remove is less than a 4-literal pattern removes, longer patterns (up to {@link
 *       #MAX_PATTERN_LITERALS} literals) finish the job, so large models can lose only a few per
 *       cent of their codes. A pattern is kept only if it brings the removed share closer to the
 *       target, so the share is met from below to within a few codes;
 *   <li>for each decision maker, 3–6 prioritized statements: literals, conjunctions and
 *       disjunctions of two literals, and now and then an {@code IF}. Few statements over many
 *       states make ties common, as in real studies.
 * </ul>
 *
 * <p>The feasible states are counted while the patterns are chosen, from a bit per code, so {@link
 * SyntheticModel#feasibleStates()} is exact and costs {@code 2^options} bits (32 MiB at 28
 * options), not an enumeration of states.
 */
public final class SyntheticModels {
  /** The share of options made irreversible (forward or backward). */
  public static final double IRREVERSIBLE_SHARE = 0.2;

  /** The longest infeasibility pattern, used only to get close to a small target share. */
  public static final int MAX_PATTERN_LITERALS = 10;

  /** Consecutive rejected patterns after which the search for the target share stops. */
  private static final int MAX_MISSES = 200;

  private SyntheticModels() {}

  /**
   * What to generate.
   *
   * @param dms decision makers, {@value #MIN_DMS} to {@value #MAX_DMS}
   * @param options options, from {@code dms} (one each) to {@value #MAX_OPTIONS}
   * @param seed the random seed; the same spec always gives the same model
   * @param infeasibleShare the share of the {@code 2^options} option combinations to make
   *     infeasible, 0 to {@value #MAX_INFEASIBLE_SHARE}; {@link #defaultInfeasibleShare(int)} gives
   *     the sizes the scaling targets are stated for
   */
  public record Spec(int dms, int options, long seed, double infeasibleShare) {
    public static final int MIN_DMS = 2;
    public static final int MAX_DMS = 6;
    public static final int MAX_OPTIONS = 28;
    public static final double MAX_INFEASIBLE_SHARE = 0.9;

    public Spec {
      if (dms < MIN_DMS || dms > MAX_DMS) {
        throw new IllegalArgumentException(
            "decision makers must be between " + MIN_DMS + " and " + MAX_DMS + ", not " + dms);
      }
      if (options < dms || options > MAX_OPTIONS) {
        throw new IllegalArgumentException(
            "options must be between the number of decision makers ("
                + dms
                + ") and "
                + MAX_OPTIONS
                + ", not "
                + options);
      }
      if (!(infeasibleShare >= 0 && infeasibleShare <= MAX_INFEASIBLE_SHARE)) {
        throw new IllegalArgumentException(
            "the infeasible share must be between 0 and "
                + MAX_INFEASIBLE_SHARE
                + ", not "
                + infeasibleShare);
      }
    }

    /** A spec with the default infeasible share for {@code options}. */
    public static Spec of(int dms, int options, long seed) {
      return new Spec(dms, options, seed, defaultInfeasibleShare(options));
    }

    /** The number of option combinations, {@code 2^options}. */
    public long candidateStates() {
      return 1L << options;
    }
  }

  /** A generated conflict and its exact number of feasible states. */
  public record SyntheticModel(Spec spec, Conflict conflict, long feasibleStates) {}

  /**
   * The default share of infeasible option combinations: 0.684 up to 14 options (14 options and 4
   * decision makers give about 5,200 feasible states, the size of the model GMCR+ was measured on),
   * 0.045 from 20 options on (20 options give about 10^6 states, 24 about 1.6·10^7), and linear in
   * between.
   */
  public static double defaultInfeasibleShare(int options) {
    double small = 0.684;
    double large = 0.045;
    if (options <= 14) {
      return small;
    }
    if (options >= 20) {
      return large;
    }
    return small + (large - small) * (options - 14) / 6.0;
  }

  /** Generates the conflict of {@code spec}. */
  public static SyntheticModel generate(Spec spec) {
    Random rnd = new Random(spec.seed());
    int n = spec.dms();
    int k = spec.options();
    String[] optionIds = new String[k];
    for (int t = 0; t < k; t++) {
      optionIds[t] = "o" + (t + 1);
    }

    Reversibility[] reversibility = reversibilities(rnd, k);
    Conflict.Builder b = Conflict.builder();
    int t = 0;
    for (int d = 0; d < n; d++) {
      int count = k / n + (d < k % n ? 1 : 0);
      List<Option> options = new ArrayList<>();
      for (int q = 0; q < count; q++, t++) {
        options.add(new Option(optionIds[t], null, null, reversibility[t], null));
      }
      b.decisionMaker(new DecisionMaker("D" + (d + 1), null, null, options, null));
    }

    Patterns patterns = new Patterns(k, Math.round(spec.infeasibleShare() * (1L << k)));
    patterns.choose(rnd);
    patterns.rules.forEach(b::infeasibility);

    for (int d = 0; d < n; d++) {
      int count = 3 + rnd.nextInt(4);
      List<PreferenceSpec.Statement> statements = new ArrayList<>();
      for (int s = 0; s < count; s++) {
        Formula f = statement(rnd, k);
        statements.add(new PreferenceSpec.Statement(f, f.render(q -> optionIds[q]), null));
      }
      b.preference(new PreferenceSpec.Prioritization(statements));
    }

    long feasible = (1L << k) - patterns.removed;
    b.title(String.format(Locale.ROOT, "Synthetic conflict: %d decision makers, %d options", n, k));
    b.description(
        String.format(
            Locale.ROOT,
            "Generated with 'parley generate --dms %d --options %d --seed %d --infeasible %s': %d"
                + " of %d option combinations are feasible.",
            n,
            k,
            spec.seed(),
            share(spec.infeasibleShare()),
            feasible,
            1L << k));
    return new SyntheticModel(spec, b.build(), feasible);
  }

  /** A share as short decimal text, the same on every JDK (unlike {@code Double.toString}). */
  static String share(double share) {
    String s = String.format(Locale.ROOT, "%.4f", share);
    s = s.replaceAll("0+$", "");
    return s.endsWith(".") ? s + "0" : s;
  }

  private static Reversibility[] reversibilities(Random rnd, int k) {
    Reversibility[] r = new Reversibility[k];
    java.util.Arrays.fill(r, Reversibility.BOTH);
    int irreversible = (int) Math.round(IRREVERSIBLE_SHARE * k);
    int[] order = shuffled(rnd, k);
    for (int q = 0; q < irreversible; q++) {
      r[order[q]] = rnd.nextBoolean() ? Reversibility.FORWARD : Reversibility.BACKWARD;
    }
    return r;
  }

  private static int[] shuffled(Random rnd, int k) {
    int[] a = new int[k];
    for (int q = 0; q < k; q++) {
      a[q] = q;
    }
    for (int q = k - 1; q > 0; q--) {
      int j = rnd.nextInt(q + 1);
      int tmp = a[q];
      a[q] = a[j];
      a[j] = tmp;
    }
    return a;
  }

  private static Formula literal(Random rnd, int option) {
    Formula f = new Formula.Taken(option);
    return rnd.nextBoolean() ? f : new Formula.Not(f);
  }

  /** A literal (40 %), a conjunction (25 %) or disjunction (20 %) of two, or an IF (15 %). */
  private static Formula statement(Random rnd, int k) {
    int kind = rnd.nextInt(20);
    int a = rnd.nextInt(k);
    if (kind < 8) {
      return literal(rnd, a);
    }
    int c = (a + 1 + rnd.nextInt(k - 1)) % k; // another option
    Formula x = literal(rnd, a);
    Formula y = literal(rnd, c);
    if (kind < 13) {
      return new Formula.And(List.of(x, y));
    }
    if (kind < 17) {
      return new Formula.Or(List.of(x, y));
    }
    return new Formula.If(x, y);
  }

  /** Chooses infeasibility patterns greedily towards a target number of removed codes. */
  private static final class Patterns {
    private final int k;
    private final long target;
    private final long[] removedBits;
    private final List<Infeasibility> rules = new ArrayList<>();
    private long removed;

    Patterns(int k, long target) {
      this.k = k;
      this.target = target;
      this.removedBits = new long[(int) Math.max(1, (1L << k) >>> 6)];
    }

    void choose(Random rnd) {
      long all = (1L << k) - 1;
      int misses = 0;
      while (removed < target && misses < MAX_MISSES) {
        long gap = target - removed;
        int length = length(rnd, gap);
        if (length > k) {
          break; // what is left is smaller than any pattern
        }
        int[] order = shuffled(rnd, k);
        List<Integer> options = new ArrayList<>();
        List<Boolean> values = new ArrayList<>();
        long mask = 0;
        long value = 0;
        for (int q = 0; q < length; q++) {
          int option = order[q];
          boolean taken = rnd.nextBoolean();
          mask |= 1L << option;
          value |= taken ? 1L << option : 0;
        }
        // options in ascending order, so the rule reads the same way in every model file
        for (int option = 0; option < k; option++) {
          if ((mask >>> option & 1L) != 0) {
            options.add(option);
            values.add((value >>> option & 1L) != 0);
          }
        }
        long fresh = count(mask, value, all & ~mask, false);
        if (fresh == 0 || Math.abs(gap - fresh) >= gap) {
          misses++;
          continue;
        }
        misses = 0;
        count(mask, value, all & ~mask, true);
        removed += fresh;
        rules.add(Infeasibility.pattern(options, values, Provenance.NONE));
      }
    }

    /**
     * The number of literals of the next pattern: 2–4 at random, but none so short that the pattern
     * alone would remove more than 1.5 times what is left to remove.
     */
    private int length(Random rnd, long gap) {
      int shortest = 2;
      while (shortest <= k && (1L << (k - shortest)) > gap) {
        shortest++;
      }
      if (shortest > MAX_PATTERN_LITERALS) {
        return Integer.MAX_VALUE;
      }
      return shortest >= 4 ? shortest : shortest + rnd.nextInt(5 - shortest);
    }

    /** Counts (and with {@code mark}, marks) the codes the pattern removes that were feasible. */
    private long count(long mask, long value, long free, boolean mark) {
      long fresh = 0;
      for (long sub = free; ; sub = (sub - 1) & free) {
        long code = value | sub;
        int word = (int) (code >>> 6);
        long bit = 1L << code;
        if ((removedBits[word] & bit) == 0) {
          fresh++;
          if (mark) {
            removedBits[word] |= bit;
          }
        }
        if (sub == 0) {
          return fresh;
        }
      }
    }
  }
}
