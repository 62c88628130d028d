package dev.parley.core.preference;

import dev.parley.core.model.Conflict;
import dev.parley.core.model.ModelException;
import dev.parley.core.model.PreferenceSpec;
import dev.parley.core.model.StatePattern;
import dev.parley.core.state.StateSpace;
import dev.parley.core.statement.Formula;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Turns each decision maker's {@link PreferenceSpec} into payoffs over the feasible states: dense
 * ranks, 1 for the least preferred group, higher is better, equal payoffs are ties.
 *
 * <p>Problems are reported with paths of the form {@code decisionMakers[d].preferences.ranking[k]},
 * mirroring the model file.
 */
public final class PreferenceResolver {
  private PreferenceResolver() {}

  /** Payoffs of every decision maker: {@code result[dm][state]}. */
  public static int[][] resolve(Conflict conflict, StateSpace space) {
    List<ModelException.Problem> problems = new ArrayList<>();
    int[][] payoffs = new int[conflict.dmCount()][];
    for (int d = 0; d < conflict.dmCount(); d++) {
      String base = "decisionMakers[" + d + "].preferences";
      PreferenceSpec spec = conflict.preferences().get(d);
      if (spec instanceof PreferenceSpec.Prioritization p) {
        payoffs[d] = fromStatements(p, space);
      } else if (spec instanceof PreferenceSpec.DirectRanking r) {
        payoffs[d] = fromRanking(r, space, conflict, base + ".ranking", problems);
      } else if (spec instanceof PreferenceSpec.Payoffs p) {
        payoffs[d] = fromPayoffs(p, space, conflict, base + ".payoffs", problems);
      }
    }
    if (!problems.isEmpty()) {
      throw new ModelException(problems);
    }
    return payoffs;
  }

  /**
   * The payoffs {@code spec} gives over the feasible states, as if it were decision maker {@code
   * dm}'s preferences (used for alternative preferences, e.g. scenarios).
   *
   * @throws ModelException when a ranking or payoff list misses or repeats states
   */
  public static int[] resolve(PreferenceSpec spec, int dm, Conflict conflict, StateSpace space) {
    List<ModelException.Problem> problems = new ArrayList<>();
    String base = "decisionMakers[" + dm + "].preferences";
    int[] p;
    if (spec instanceof PreferenceSpec.Prioritization pr) {
      p = fromStatements(pr, space);
    } else if (spec instanceof PreferenceSpec.DirectRanking r) {
      p = fromRanking(r, space, conflict, base + ".ranking", problems);
    } else {
      p = fromPayoffs((PreferenceSpec.Payoffs) spec, space, conflict, base + ".payoffs", problems);
    }
    if (!problems.isEmpty()) {
      throw new ModelException(problems);
    }
    return p;
  }

  /** Truth value of statement {@code k} at each state: {@code result[k][state]}. */
  public static boolean[][] truthTable(PreferenceSpec.Prioritization p, StateSpace space) {
    boolean[][] t = new boolean[p.statements().size()][space.size()];
    for (int k = 0; k < t.length; k++) {
      for (int s = 0; s < space.size(); s++) {
        t[k][s] = p.statements().get(k).formula().test(space.code(s));
      }
    }
    return t;
  }

  /**
   * Binary weighting (docs/semantics.md §2.2): statement k of K weighs 2^(K-k); the order is
   * lexicographic in the truth vector, so any number of statements is handled by comparing vectors.
   */
  static int[] fromStatements(PreferenceSpec.Prioritization p, StateSpace space) {
    int m = space.size();
    int k = p.statements().size();
    if (k <= 62) {
      // the score itself: statement i weighs 2^(k-1-i)
      long[] score = new long[m];
      for (int i = 0; i < k; i++) {
        Formula f = p.statements().get(i).formula();
        long weight = 1L << (k - 1 - i);
        for (int s = 0; s < m; s++) {
          if (f.test(space.code(s))) {
            score[s] += weight;
          }
        }
      }
      return denseRanks(score);
    }
    int words = (k + 62) / 63;
    long[][] score = new long[m][words];
    for (int s = 0; s < m; s++) {
      long code = space.code(s);
      for (int i = 0; i < k; i++) {
        if (p.statements().get(i).formula().test(code)) {
          int bit = k - 1 - i; // most important statement = highest bit
          score[s][words - 1 - bit / 63] |= 1L << (bit % 63);
        }
      }
    }
    return denseRanks(m, (a, b) -> Arrays.compare(score[a], score[b]));
  }

  /** Dense ranks 1..d of primitive scores (higher score = better = higher rank). */
  public static int[] denseRanks(long[] score) {
    long[] sorted = score.clone();
    Arrays.sort(sorted);
    int d = 0;
    for (int i = 0; i < sorted.length; i++) {
      if (i == 0 || sorted[i] != sorted[d - 1]) {
        sorted[d++] = sorted[i];
      }
    }
    int[] rank = new int[score.length];
    for (int s = 0; s < score.length; s++) {
      rank[s] = Arrays.binarySearch(sorted, 0, d, score[s]) + 1;
    }
    return rank;
  }

  private static int[] fromRanking(
      PreferenceSpec.DirectRanking r,
      StateSpace space,
      Conflict conflict,
      String path,
      List<ModelException.Problem> problems) {
    int m = space.size();
    int[] tierOf = new int[m];
    Arrays.fill(tierOf, -1);
    int[] firstEntry = new int[m];
    int tiers = r.tiers().size();
    int before = problems.size();
    for (int t = 0; t < tiers; t++) {
      List<StatePattern> tier = r.tiers().get(t);
      for (int e = 0; e < tier.size(); e++) {
        String where = tier.size() == 1 ? path + "[" + t + "]" : path + "[" + t + "][" + e + "]";
        int[] states = space.matching(tier.get(e));
        if (states.length == 0) {
          problems.add(
              new ModelException.Problem(
                  where,
                  "'" + describe(tier.get(e), conflict) + "' is not a feasible state",
                  "rank only feasible states; 'parley analyze' lists them in its states table"));
        }
        for (int s : states) {
          if (tierOf[s] >= 0) {
            problems.add(
                new ModelException.Problem(
                    where,
                    "state "
                        + StateSpace.number(s)
                        + " ("
                        + yn(space, conflict, s)
                        + ") appears more than once in the ranking (first at position "
                        + (firstEntry[s] + 1)
                        + ")",
                    "list each feasible state once; put equally preferred states in one [ ] group"));
          } else {
            tierOf[s] = t;
            firstEntry[s] = t;
          }
        }
      }
    }
    List<String> missing = new ArrayList<>();
    for (int s = 0; s < m; s++) {
      if (tierOf[s] < 0) {
        missing.add(StateSpace.number(s) + " (" + yn(space, conflict, s) + ")");
      }
    }
    if (!missing.isEmpty()) {
      problems.add(
          new ModelException.Problem(
              path,
              "the ranking misses "
                  + (missing.size() == 1 ? "state " : missing.size() + " states: ")
                  + String.join(", ", missing.subList(0, Math.min(12, missing.size())))
                  + (missing.size() > 12 ? ", ..." : ""),
              "every feasible state must appear exactly once"));
    }
    if (problems.size() > before) {
      return new int[m];
    }
    int[] payoff = new int[m];
    for (int s = 0; s < m; s++) {
      payoff[s] = tiers - tierOf[s];
    }
    return denseRanks(m, (a, b) -> Integer.compare(payoff[a], payoff[b]));
  }

  private static int[] fromPayoffs(
      PreferenceSpec.Payoffs p,
      StateSpace space,
      Conflict conflict,
      String path,
      List<ModelException.Problem> problems) {
    int m = space.size();
    double[] value = new double[m];
    boolean[] set = new boolean[m];
    int before = problems.size();
    for (int e = 0; e < p.entries().size(); e++) {
      PreferenceSpec.Payoffs.Entry entry = p.entries().get(e);
      int[] states = space.matching(entry.pattern());
      if (states.length == 0) {
        problems.add(
            new ModelException.Problem(
                path + "[" + e + "]",
                "'" + describe(entry.pattern(), conflict) + "' is not a feasible state",
                "give payoffs only to feasible states"));
      }
      for (int s : states) {
        if (set[s]) {
          problems.add(
              new ModelException.Problem(
                  path + "[" + e + "]",
                  "state "
                      + StateSpace.number(s)
                      + " ("
                      + yn(space, conflict, s)
                      + ") has two payoffs",
                  "give each feasible state one payoff"));
        }
        set[s] = true;
        value[s] = entry.value();
      }
    }
    List<String> missing = new ArrayList<>();
    for (int s = 0; s < m; s++) {
      if (!set[s]) {
        missing.add(StateSpace.number(s) + " (" + yn(space, conflict, s) + ")");
      }
    }
    if (!missing.isEmpty()) {
      problems.add(
          new ModelException.Problem(
              path,
              "no payoff for "
                  + (missing.size() == 1 ? "state " : missing.size() + " states: ")
                  + String.join(", ", missing.subList(0, Math.min(12, missing.size())))
                  + (missing.size() > 12 ? ", ..." : ""),
              "give every feasible state a payoff"));
    }
    if (problems.size() > before) {
      return new int[m];
    }
    return denseRanks(m, (a, b) -> Double.compare(value[a], value[b]));
  }

  /** Dense ranks 1..d of the states under a comparator (higher = better). */
  private static int[] denseRanks(int m, IntComparator cmp) {
    Integer[] order = new Integer[m];
    for (int i = 0; i < m; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> cmp.compare(a, b));
    int[] rank = new int[m];
    int r = 0;
    for (int i = 0; i < m; i++) {
      if (i == 0 || cmp.compare(order[i - 1], order[i]) != 0) {
        r++;
      }
      rank[order[i]] = r;
    }
    return rank;
  }

  /** A state as the tables show it: Y/N text, or in graph form its id. */
  private static String yn(StateSpace space, Conflict conflict, int s) {
    return space.isGraphForm() ? conflict.namedStates().get(s).id() : space.yn(s);
  }

  /** A pattern as Y/N/- text, option 1 first, as in the state tables. */
  private static String describe(StatePattern p, Conflict conflict) {
    return p.toYnd(conflict.optionCount());
  }

  @FunctionalInterface
  private interface IntComparator {
    int compare(int a, int b);
  }
}
