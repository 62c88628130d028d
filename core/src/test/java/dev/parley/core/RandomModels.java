package dev.parley.core;

import dev.parley.core.graph.GraphModel;
import dev.parley.core.model.Conflict;
import dev.parley.core.model.DecisionMaker;
import dev.parley.core.model.Infeasibility;
import dev.parley.core.model.Option;
import dev.parley.core.model.PreferenceSpec;
import dev.parley.core.model.Reversibility;
import dev.parley.core.model.StatePattern;
import dev.parley.core.statement.Formula;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;

/**
 * Seeded random conflicts in option form for property tests: 2–5 decision makers with 1–3 options
 * each (at most 10 options), random reversibility, random infeasibility rules of every kind (at
 * least two feasible states remain) and random preferences of all three kinds. Prioritizations use
 * few statements, and rankings and payoffs use tie groups, so ties are common.
 *
 * <p>The same seed always gives the same conflict.
 */
public final class RandomModels {
  public static final int MAX_OPTIONS = 10;

  private RandomModels() {}

  /** Seeds {@code 1..count}, for {@code @MethodSource}. */
  public static LongStream seeds(int count) {
    return LongStream.rangeClosed(1, count);
  }

  /**
   * The first {@code count} seeds whose random conflict passes {@code keep}, so that a test of a
   * case runs on that many models of the case instead of returning early on the others.
   *
   * @throws IllegalStateException when fewer than {@code count} turn up in {@code 50 * count} seeds
   */
  public static LongStream seedsWhere(int count, java.util.function.LongPredicate keep) {
    long[] out = LongStream.rangeClosed(1, 50L * count).filter(keep).limit(count).toArray();
    if (out.length < count) {
      throw new IllegalStateException(
          "only " + out.length + " of " + 50 * count + " random seeds have the case asked for");
    }
    return LongStream.of(out);
  }

  /** The random conflict of {@code seed}. */
  /** The model of {@link #conflict(long) conflict(seed)}. */
  public static GraphModel model(long seed) {
    return GraphModel.of(conflict(seed));
  }

  public static Conflict conflict(long seed) {
    Random rnd = new Random(seed * 0x9E3779B97F4A7C15L + 17);
    while (true) {
      Conflict c = attempt(rnd, seed);
      if (c != null) {
        return c;
      }
    }
  }

  private static Conflict attempt(Random rnd, long seed) {
    // The reference solver costs about m^2 per model, so most models stay small: one in twelve is
    // large (two or three options per decision maker, up to all ten), a quarter have up to eight
    // options, the rest up to six. As n <= 5 <= cap, trimming always ends.
    int draw = rnd.nextInt(12);
    boolean large = draw == 0;
    int cap = large ? MAX_OPTIONS : draw < 4 ? 8 : 6;
    int n = large ? 3 + rnd.nextInt(3) : 2 + rnd.nextInt(4);
    int[] optionCounts = new int[n];
    int total = 0;
    for (int d = 0; d < n; d++) {
      optionCounts[d] = large ? 2 + rnd.nextInt(2) : 1 + rnd.nextInt(3);
      total += optionCounts[d];
    }
    while (total > cap) {
      int d = rnd.nextInt(n);
      if (optionCounts[d] > 1) {
        optionCounts[d]--;
        total--;
      }
    }
    Conflict.Builder b = Conflict.builder().title("random model, seed " + seed);
    int t = 0;
    for (int d = 0; d < n; d++) {
      List<Option> options = new ArrayList<>();
      for (int k = 0; k < optionCounts[d]; k++, t++) {
        options.add(new Option("o" + (t + 1), null, null, randomReversibility(rnd), null));
      }
      b.decisionMaker(new DecisionMaker("D" + (d + 1), null, null, options, null));
    }
    List<Infeasibility> rules = new ArrayList<>();
    int ruleCount = rnd.nextInt(4);
    for (int r = 0; r < ruleCount; r++) {
      rules.add(randomRule(rnd, total));
    }
    List<Long> feasible = new ArrayList<>();
    for (long code = 0; code < 1L << total; code++) {
      boolean ok = true;
      for (Infeasibility rule : rules) {
        ok &= !rule.infeasibleWhen().test(code);
      }
      if (ok) {
        feasible.add(code);
      }
    }
    if (feasible.size() < 2) {
      return null;
    }
    rules.forEach(b::infeasibility);
    for (int d = 0; d < n; d++) {
      b.preference(randomPreference(rnd, total, feasible));
    }
    return b.build();
  }

  private static Reversibility randomReversibility(Random rnd) {
    int r = rnd.nextInt(4);
    return r < 2 ? Reversibility.BOTH : r == 2 ? Reversibility.FORWARD : Reversibility.BACKWARD;
  }

  /** Distinct random options, 1..max of them. */
  private static List<Integer> someOptions(Random rnd, int optionCount, int min, int max) {
    List<Integer> all = new ArrayList<>();
    for (int t = 0; t < optionCount; t++) {
      all.add(t);
    }
    Collections.shuffle(all, rnd);
    int k = Math.min(optionCount, min + rnd.nextInt(max - min + 1));
    return new ArrayList<>(all.subList(0, k));
  }

  private static Infeasibility randomRule(Random rnd, int optionCount) {
    switch (rnd.nextInt(6)) {
      case 0:
        {
          List<Integer> opts = someOptions(rnd, optionCount, 1, 3);
          List<Boolean> values = new ArrayList<>();
          for (int k = 0; k < opts.size(); k++) {
            values.add(rnd.nextBoolean());
          }
          return Infeasibility.pattern(opts, values, null);
        }
      case 1:
        return Infeasibility.mutuallyExclusive(someOptions(rnd, optionCount, 2, 3), null);
      case 2:
        return Infeasibility.atLeastOne(someOptions(rnd, optionCount, 1, 3), null);
      case 3:
        return Infeasibility.exactlyOne(someOptions(rnd, optionCount, 2, 3), null);
      case 4:
        {
          if (optionCount < 2) {
            return Infeasibility.atLeastOne(List.of(0), null);
          }
          List<Integer> ab = someOptions(rnd, optionCount, 2, 2);
          return Infeasibility.requires(ab.get(0), ab.get(1), null);
        }
      default:
        return Infeasibility.formula(formula(rnd, optionCount, 3), null);
    }
  }

  private static PreferenceSpec randomPreference(Random rnd, int optionCount, List<Long> feasible) {
    switch (rnd.nextInt(3)) {
      case 0:
        {
          int k = 1 + rnd.nextInt(4);
          List<PreferenceSpec.Statement> statements = new ArrayList<>();
          for (int s = 0; s < k; s++) {
            Formula f = formula(rnd, optionCount, 2);
            statements.add(new PreferenceSpec.Statement(f, f.render(t -> "o" + (t + 1)), null));
          }
          return new PreferenceSpec.Prioritization(statements);
        }
      case 1:
        {
          List<Long> order = new ArrayList<>(feasible);
          Collections.shuffle(order, rnd);
          List<List<StatePattern>> tiers = new ArrayList<>();
          for (long code : order) {
            if (tiers.isEmpty() || rnd.nextInt(10) < 6) {
              tiers.add(new ArrayList<>());
            }
            tiers.get(tiers.size() - 1).add(StatePattern.exact(code, optionCount));
          }
          return new PreferenceSpec.DirectRanking(tiers);
        }
      default:
        {
          List<PreferenceSpec.Payoffs.Entry> entries = new ArrayList<>();
          int range = 2 + rnd.nextInt(6);
          for (long code : feasible) {
            entries.add(
                new PreferenceSpec.Payoffs.Entry(
                    StatePattern.exact(code, optionCount), rnd.nextInt(range) - 1.5));
          }
          Collections.shuffle(entries, rnd);
          return new PreferenceSpec.Payoffs(entries);
        }
    }
  }

  /** A random formula over options {@code 0..optionCount-1} of at most {@code depth} levels. */
  public static Formula formula(Random rnd, int optionCount, int depth) {
    int kind = depth <= 0 ? 0 : rnd.nextInt(8);
    switch (kind) {
      case 0:
      case 1:
        {
          if (rnd.nextInt(40) == 0) {
            return new Formula.Constant(rnd.nextBoolean());
          }
          Formula lit = new Formula.Taken(rnd.nextInt(optionCount));
          return rnd.nextBoolean() ? lit : new Formula.Not(lit);
        }
      case 2:
        return new Formula.Not(formula(rnd, optionCount, depth - 1));
      case 3:
        return new Formula.And(operands(rnd, optionCount, depth));
      case 4:
        return new Formula.Or(operands(rnd, optionCount, depth));
      case 5:
        return new Formula.If(
            formula(rnd, optionCount, depth - 1), formula(rnd, optionCount, depth - 1));
      case 6:
        return new Formula.Iff(
            formula(rnd, optionCount, depth - 1), formula(rnd, optionCount, depth - 1));
      default:
        return new Formula.And(operands(rnd, optionCount, depth));
    }
  }

  private static List<Formula> operands(Random rnd, int optionCount, int depth) {
    List<Formula> fs = new ArrayList<>();
    int k = 2 + rnd.nextInt(2);
    for (int i = 0; i < k; i++) {
      fs.add(formula(rnd, optionCount, depth - 1));
    }
    return fs;
  }
}
