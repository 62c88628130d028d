package dev.parley.core.inverse;

import dev.parley.core.graph.GraphModel;
import dev.parley.core.stability.Concept;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Goal seeking: the analyst marks states stable or unstable (for one decision maker, or as
 * equilibria) under chosen concepts; are there preferences, within a {@link PreferenceSpace} of
 * ranking slices, under which every goal holds at once?
 *
 * <p>Each goal is the exact condition of {@link TargetConditions} (negated for "unstable"). With
 * the tiers outside the varied slices in place, every comparison is either fixed or says that one
 * tier of a slice lies above another. The goals hold together iff some strict order of each slice's
 * tiers satisfies the conjunction: Parley decides this by a complete backtracking search over "tier
 * X above tier Y" decisions that keeps the decisions transitively closed and acyclic, so any
 * consistent set extends to an order. When the goals conflict, a minimal conflicting subset is
 * found by deletion: each goal in turn is dropped when the rest still conflict, so dropping any
 * goal of the subset makes the others achievable.
 */
public final class GoalSeeker {
  /** Search nodes allowed per satisfiability question. */
  public static final long DEFAULT_BUDGET = 2_000_000;

  private GoalSeeker() {}

  /**
   * A goal: {@code state} stable (or not) under {@code concept}, for {@code dm} or (-1) for all.
   */
  public record Goal(int state, Concept concept, int dm, boolean stable) {}

  /**
   * The answer: whether the goals can hold together; if so a profile where they do ({@code
   * orders}); if not, a minimal set of conflicting goals. {@code decided} is false when the search
   * budget ran out first.
   */
  public record Outcome(boolean decided, boolean achievable, int[][] orders, List<Goal> conflict) {}

  /** Whether the goals can hold together, within the space (ranking variations only). */
  public static Outcome seek(PreferenceSpace space, List<Goal> goals, long budget) {
    GraphModel model = space.model();
    for (int d : space.varied()) {
      if (space.variation(d).metric() != PreferenceSpace.Metric.RANKING) {
        throw new IllegalArgumentException("goal seeking varies rankings only");
      }
      if (space.variation(d).size() > 64) {
        throw new IllegalArgumentException(
            "goal seeking handles at most 64 tiers per ranking slice");
      }
    }
    Map<Integer, TargetCheck> checks = new HashMap<>();
    Map<String, TargetConditions> conds = new HashMap<>();
    List<Condition> formulas = new ArrayList<>();
    for (Goal g : goals) {
      TargetCheck check = checks.computeIfAbsent(g.state(), s -> new TargetCheck(model, s));
      TargetConditions tc =
          conds.computeIfAbsent(
              g.state() + ":" + g.concept(), k -> TargetConditions.of(check, g.concept()));
      Condition f = g.dm() < 0 ? tc.equilibrium() : tc.stable(g.dm());
      formulas.add(toItems(space, g.stable() ? f : f.not()));
    }
    Solver all = new Solver(space, budget);
    Boolean sat = all.solve(Condition.and(formulas));
    if (sat == null) {
      return new Outcome(false, false, null, List.of());
    }
    if (sat) {
      int[][] orders = all.witness();
      int[][] p = space.payoffs(orders);
      for (Goal g : goals) {
        TargetCheck check = checks.get(g.state());
        boolean stable =
            g.dm() < 0 ? check.equilibrium(g.concept(), p) : check.stable(g.concept(), g.dm(), p);
        if (stable != g.stable()) {
          throw new IllegalStateException("goal seeking found a profile that misses " + g);
        }
      }
      return new Outcome(true, true, orders, List.of());
    }
    List<Integer> core = new ArrayList<>();
    for (int k = 0; k < goals.size(); k++) {
      core.add(k);
    }
    for (int k = 0; k < goals.size(); k++) {
      List<Condition> rest = new ArrayList<>();
      for (int x : core) {
        if (x != k) {
          rest.add(formulas.get(x));
        }
      }
      Boolean r = new Solver(space, budget).solve(Condition.and(rest));
      if (r == null) {
        return new Outcome(false, false, null, List.of());
      }
      if (!r) {
        core.remove(Integer.valueOf(k));
      }
    }
    List<Goal> conflict = new ArrayList<>();
    core.forEach(k -> conflict.add(goals.get(k)));
    return new Outcome(true, false, null, conflict);
  }

  /**
   * The condition with each comparison either fixed (a constant) or turned into an item atom {@code
   * (dm, X, Y, strict)}: tier X of dm's slice lies above tier Y.
   */
  static Condition toItems(PreferenceSpace space, Condition f) {
    GraphModel model = space.model();
    int n = model.dmCount();
    int[][] tierPos = new int[n][];
    for (int d : space.varied()) {
      tierPos[d] =
          space.variation(d).tierPositions(Permutations.identity(space.variation(d).size()));
    }
    int[][] current = new int[n][];
    for (int d = 0; d < n; d++) {
      current[d] = model.payoffs(d);
    }
    return f.substitute(
        a -> {
          PreferenceSpace.Variation v = space.variation(a.dm());
          if (v == null) {
            return a.holds(current) ? Condition.TRUE : Condition.FALSE;
          }
          int x = tierPos[a.dm()][a.a()];
          int y = tierPos[a.dm()][a.b()];
          if (x == y) {
            return a.strict() ? Condition.FALSE : Condition.TRUE;
          }
          if (x < v.from() || x > v.to() || y < v.from() || y > v.to()) {
            return a.holds(current) ? Condition.TRUE : Condition.FALSE;
          }
          return Condition.atom(Atom.strict(a.dm(), x - v.from(), y - v.from()));
        });
  }

  /** Backtracking over "X above Y" decisions, kept transitively closed. */
  private static final class Solver {
    private final PreferenceSpace space;
    private final int n;

    /** {@code below[d][x]}: the items known to lie below item x of dm d's slice. */
    private final long[][] below;

    private long budget;

    Solver(PreferenceSpace space, long budget) {
      this.space = space;
      this.n = space.model().dmCount();
      this.below = new long[n][];
      for (int d : space.varied()) {
        below[d] = new long[space.variation(d).size()];
      }
      this.budget = budget;
    }

    /** True, false, or null when the budget runs out. */
    Boolean solve(Condition f) {
      if (--budget < 0) {
        return null;
      }
      int v = eval(f);
      if (v != 0) {
        return v > 0;
      }
      Atom a = firstOpen(f);
      long[][] saved = snapshot();
      for (boolean value : new boolean[] {true, false}) {
        boolean ok = value ? assertAbove(a.dm(), a.a(), a.b()) : assertAbove(a.dm(), a.b(), a.a());
        if (ok) {
          Boolean r = solve(f);
          if (r == null) {
            return null;
          }
          if (r) {
            return true;
          }
        }
        restore(saved);
      }
      return false;
    }

    /** 1 true, -1 false, 0 open. */
    private int eval(Condition f) {
      if (f instanceof Condition.Const k) {
        return k.value() ? 1 : -1;
      }
      if (f instanceof Condition.Lit l) {
        Atom a = l.atom();
        if ((below[a.dm()][a.a()] >>> a.b() & 1L) != 0) {
          return 1;
        }
        if ((below[a.dm()][a.b()] >>> a.a() & 1L) != 0) {
          return -1;
        }
        return 0;
      }
      boolean all = f instanceof Condition.All;
      List<Condition> parts = all ? ((Condition.All) f).parts() : ((Condition.Any) f).parts();
      boolean open = false;
      for (Condition c : parts) {
        int v = eval(c);
        if (all && v < 0) {
          return -1;
        }
        if (!all && v > 0) {
          return 1;
        }
        open |= v == 0;
      }
      return open ? 0 : all ? 1 : -1;
    }

    private Atom firstOpen(Condition f) {
      if (f instanceof Condition.Lit l) {
        return eval(f) == 0 ? l.atom() : null;
      }
      if (f instanceof Condition.Const) {
        return null;
      }
      List<Condition> parts =
          f instanceof Condition.All a ? a.parts() : ((Condition.Any) f).parts();
      for (Condition c : parts) {
        if (eval(c) == 0) {
          Atom a = firstOpen(c);
          if (a != null) {
            return a;
          }
        }
      }
      return null;
    }

    /** Records "x above y" for dm d; false when it contradicts what is known. */
    private boolean assertAbove(int d, int x, int y) {
      long[] b = below[d];
      if ((b[y] >>> x & 1L) != 0 || x == y) {
        return false;
      }
      long add = (1L << y) | b[y];
      for (int u = 0; u < b.length; u++) {
        if (u == x || (b[u] >>> x & 1L) != 0) {
          b[u] |= add;
        }
      }
      return true;
    }

    private long[][] snapshot() {
      long[][] s = new long[n][];
      for (int d = 0; d < n; d++) {
        s[d] = below[d] == null ? null : below[d].clone();
      }
      return s;
    }

    private void restore(long[][] s) {
      for (int d = 0; d < n; d++) {
        if (s[d] != null) {
          System.arraycopy(s[d], 0, below[d], 0, s[d].length);
        }
      }
    }

    /** An order per slice consistent with the decisions, as close to the current one as it gets. */
    int[][] witness() {
      int[][] orders = space.identity();
      for (int d : space.varied()) {
        long[] b = below[d];
        int k = b.length;
        boolean[] placed = new boolean[k];
        for (int pos = 0; pos < k; pos++) {
          for (int x = 0; x < k; x++) {
            if (placed[x]) {
              continue;
            }
            boolean free = true;
            for (int y = 0; y < k && free; y++) {
              free = placed[y] || (b[y] >>> x & 1L) == 0;
            }
            if (free) {
              orders[d][pos] = x;
              placed[x] = true;
              break;
            }
          }
        }
      }
      return orders;
    }
  }
}
