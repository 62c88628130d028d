package dev.parley.core.stability;

import static java.util.stream.Collectors.toSet;

import dev.parley.core.graph.GraphModel;
import dev.parley.core.model.Conflict;
import dev.parley.core.model.Reversibility;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The literal reference implementation of the individual stability concepts: each definition of
 * docs/semantics.md §1.1–1.4 written out as directly as possible, with no code shared with the
 * engine (no {@code OptionMoves}, {@code MoveGraph}, {@code LegalReach} or {@code
 * SimultaneousSanctions}). It is slow (all pairs of states, one search per source) and meant only
 * as the oracle of the property tests.
 *
 * <p>It reads from the {@link GraphModel} only the conflict (options, owners, reversibility,
 * infeasibility rules) and the payoffs; the feasible states are enumerated again and must match the
 * model's numbering. A graph-form conflict gives its states and each party's moves as the file
 * lists them; they are read from the conflict, not from the engine's move graph.
 */
public final class ReferenceSolver implements StabilitySolver {

  @Override
  public StabilityResult analyze(GraphModel model, Set<Concept> concepts) {
    Literal g = new Literal(model);
    Map<Concept, BitSet[]> out = new EnumMap<>(Concept.class);
    for (Concept c : concepts) {
      BitSet[] sets = new BitSet[g.dmCount()];
      for (int i = 0; i < g.dmCount(); i++) {
        sets[i] = new BitSet();
        for (int s = 0; s < g.stateCount(); s++) {
          if (g.isStable(c, i, s)) {
            sets[i].set(s);
          }
        }
      }
      out.put(c, sets);
    }
    return new StabilityResult(model, out, "reference");
  }

  /**
   * SEQ+SIM as gmcr-py computes it (docs/semantics.md §1.4): s is stable for i iff it is SEQ-stable
   * or SIM-stable for i, a union per decision maker rather than per improvement. Result per
   * decision maker.
   */
  public static BitSet[] seqSimPerDmUnion(GraphModel model) {
    Literal g = new Literal(model);
    BitSet[] sets = new BitSet[g.dmCount()];
    for (int i = 0; i < g.dmCount(); i++) {
      sets[i] = new BitSet();
      for (int s = 0; s < g.stateCount(); s++) {
        if (g.isStable(Concept.SEQ, i, s) || g.isStable(Concept.SIM, i, s)) {
          sets[i].set(s);
        }
      }
    }
    return sets;
  }

  /** The literal graph model of {@code model}, for tests that check single definitions. */
  public static Literal literal(GraphModel model) {
    return new Literal(model);
  }

  /**
   * R_H(s) by the fixed point of docs/semantics.md §1.3 over (state, last mover) pairs, for any
   * arcs: {@code steps[j][x]} lists the states decision maker j may move to from x (all its moves
   * for R_H, its improvements for R_H^+). An arc that several members have (a common move) yields
   * one pair per member.
   */
  public static BitSet legalReach(int[][][] steps, Set<Integer> coalition, int s) {
    int m = steps[0].length;
    int n = steps.length;
    boolean[] seen = new boolean[m * n]; // seen[x * n + j]: the pair (x, last mover j)
    Deque<int[]> queue = new ArrayDeque<>();
    for (int j : coalition) {
      for (int q : steps[j][s]) {
        if (!seen[q * n + j]) {
          seen[q * n + j] = true;
          queue.add(new int[] {q, j});
        }
      }
    }
    while (!queue.isEmpty()) {
      int[] pair = queue.poll();
      int x = pair[0];
      int last = pair[1];
      for (int mover : coalition) {
        if (mover == last) {
          continue; // no decision maker moves twice in a row
        }
        for (int y : steps[mover][x]) {
          if (!seen[y * n + mover]) {
            seen[y * n + mover] = true;
            queue.add(new int[] {y, mover});
          }
        }
      }
    }
    // R_H(s) = { x : (x, j) seen for some j }
    BitSet result = new BitSet(m);
    for (int x = 0; x < m; x++) {
      for (int j = 0; j < n; j++) {
        if (seen[x * n + j]) {
          result.set(x);
        }
      }
    }
    return result;
  }

  /**
   * The first legal sequences from {@code s}, by enumerating every legal sequence
   * (docs/semantics.md §1.3: each step one of {@code steps[mover][x]}, no mover twice in a row) of
   * length 1, then 2, and so on, each length in lexicographic order: movers in the order of {@code
   * movers}, a mover's targets in the order {@code steps} lists them. {@code first[x]} is the first
   * sequence that ends at x, as {mover, from, to} triples, and {@code rank[x]} its place in that
   * enumeration (-1 where none ends at x): so the shortest legal sequences to x, the
   * lexicographically smallest of them, and ranked against those of other states.
   *
   * <p>Enumerates until every state of {@link #legalReach} has its sequence.
   *
   * @throws IllegalStateException after {@code budget} sequences
   */
  public static FirstSequences firstSequences(int[][][] steps, int[] movers, int s, long budget) {
    Set<Integer> coalition = new LinkedHashSet<>();
    for (int j : movers) {
      coalition.add(j);
    }
    BitSet reachable = legalReach(steps, coalition, s);
    int m = steps[0].length;
    List<List<int[]>> first = new ArrayList<>();
    long[] rank = new long[m];
    for (int x = 0; x < m; x++) {
      first.add(null);
      rank[x] = -1;
    }
    long[] counter = {0, budget};
    List<int[]> sequence = new ArrayList<>();
    int found = 0;
    for (int length = 1; found < reachable.cardinality(); length++) {
      found += enumerate(steps, movers, s, -1, length, sequence, first, rank, counter);
    }
    return new FirstSequences(first, rank);
  }

  /** {@link #firstSequences}: per state the first sequence to it and its rank, or null and -1. */
  public record FirstSequences(List<List<int[]>> first, long[] rank) {}

  /** Every legal sequence of exactly {@code left} more steps; the states first reached. */
  private static int enumerate(
      int[][][] steps,
      int[] movers,
      int x,
      int last,
      int left,
      List<int[]> sequence,
      List<List<int[]>> first,
      long[] rank,
      long[] counter) {
    int found = 0;
    for (int j : movers) {
      if (j == last) {
        continue;
      }
      for (int y : steps[j][x]) {
        sequence.add(new int[] {j, x, y});
        if (left == 1) {
          if (++counter[0] > counter[1]) {
            throw new IllegalStateException("more than " + counter[1] + " legal sequences");
          }
          if (first.get(y) == null) {
            first.set(y, List.copyOf(sequence));
            rank[y] = counter[0];
            found++;
          }
        } else {
          found += enumerate(steps, movers, y, j, left - 1, sequence, first, rank, counter);
        }
        sequence.remove(sequence.size() - 1);
      }
    }
    return found;
  }

  /** The sets of docs/semantics.md §1.1–1.3 for one model, each computed from its definition. */
  public static final class Literal {
    private final Conflict conflict;
    private final int n;
    private final int k;
    private final long[] codes;
    private final Map<Long, Integer> stateOfCode = new HashMap<>();
    private final int[][] payoff;

    /** {@code moves[i][s]} = R_i(s), ascending. */
    private final int[][][] moves;

    /** {@code improvements[i][s]} = R_i^+(s), ascending. */
    private final int[][][] improvements;

    private final Map<Long, BitSet> reachMemo = new HashMap<>();

    Literal(GraphModel model) {
      this.conflict = model.conflict();
      this.n = conflict.dmCount();
      this.k = conflict.optionCount();
      if (conflict.isGraphForm()) {
        // S: the named states, in the order of the file; A_i: the moves the file lists for i
        this.codes = new long[conflict.namedStates().size()];
        for (int s = 0; s < codes.length; s++) {
          codes[s] = conflict.namedStates().get(s).pattern().value();
          stateOfCode.put(codes[s], s);
        }
      } else {
        // S: every Y/N vector that no infeasibility rule removes, numbered by ascending code
        List<Long> feasible = new ArrayList<>();
        for (long code = 0; code < 1L << k; code++) {
          if (conflict.isFeasible(code)) {
            stateOfCode.put(code, feasible.size());
            feasible.add(code);
          }
        }
        this.codes = feasible.stream().mapToLong(Long::longValue).toArray();
      }
      int m = codes.length;
      if (m != model.stateCount()) {
        throw new IllegalStateException(
            "the model has " + model.stateCount() + " states, the reference " + m);
      }
      for (int s = 0; s < m; s++) {
        if (codes[s] != model.space().code(s)) {
          throw new IllegalStateException("state " + (s + 1) + " has another code in the model");
        }
      }
      this.payoff = new int[n][m];
      for (int i = 0; i < n; i++) {
        for (int s = 0; s < m; s++) {
          payoff[i][s] = model.payoff(i, s);
        }
      }
      // A_i for every i at once: each ordered pair of distinct states is a move of the one
      // decision maker whose options, alone, differ between them, if reversibility allows it
      List<List<List<Integer>>> arcs = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        List<List<Integer>> rows = new ArrayList<>();
        for (int x = 0; x < m; x++) {
          rows.add(new ArrayList<>());
        }
        arcs.add(rows);
      }
      if (conflict.isGraphForm()) {
        for (int i = 0; i < n; i++) {
          for (dev.parley.core.model.MoveSpec ms : conflict.moveEdits(i).add()) {
            int x = stateOfCode.get(ms.from().value());
            for (dev.parley.core.model.StatePattern to : ms.to()) {
              int y = stateOfCode.get(to.value());
              List<Integer> row = arcs.get(i).get(x);
              if (y != x && !row.contains(y)) {
                row.add(y);
              }
            }
          }
          arcs.get(i).forEach(java.util.Collections::sort);
        }
      } else {
        for (int x = 0; x < m; x++) {
          for (int y = 0; y < m; y++) {
            int mover = unilateralMover(x, y);
            if (mover >= 0) {
              arcs.get(mover).get(x).add(y);
            }
          }
        }
      }
      this.moves = new int[n][m][];
      this.improvements = new int[n][m][];
      for (int i = 0; i < n; i++) {
        for (int x = 0; x < m; x++) {
          List<Integer> row = arcs.get(i).get(x);
          moves[i][x] = row.stream().mapToInt(Integer::intValue).toArray();
          int ii = i;
          int xx = x;
          improvements[i][x] =
              row.stream().filter(y -> prefers(ii, y, xx)).mapToInt(y -> y).toArray();
        }
      }
    }

    public int dmCount() {
      return n;
    }

    public int stateCount() {
      return codes.length;
    }

    public long code(int state) {
      return codes[state];
    }

    private boolean taken(int state, int option) {
      return (codes[state] >>> option & 1L) == 1L;
    }

    /**
     * The i with (x, y) ∈ A_i, or -1 when there is none: x ≠ y, both feasible (they are states),
     * they differ only in i's options, and every changed option respects its reversibility.
     */
    private int unilateralMover(int x, int y) {
      if (x == y) {
        return -1;
      }
      int mover = -1;
      for (int t = 0; t < k; t++) {
        boolean before = taken(x, t);
        boolean after = taken(y, t);
        if (before == after) {
          continue;
        }
        int owner = conflict.owner(t);
        if (mover >= 0 && owner != mover) {
          return -1; // options of two decision makers change
        }
        mover = owner;
        Reversibility r = conflict.options().get(t).reversibility();
        if (r == Reversibility.FORWARD && !(!before && after)) {
          return -1;
        }
        if (r == Reversibility.BACKWARD && !(before && !after)) {
          return -1;
        }
      }
      return mover;
    }

    /** R_i(s). */
    public Set<Integer> moves(int i, int s) {
      return asSet(moves[i][s]);
    }

    /** q ≻_i s. */
    public boolean prefers(int i, int q, int s) {
      return payoff[i][q] > payoff[i][s];
    }

    /** q ∈ Φ_i^≃(s): q is not better than s for i (equally preferred or worse, s included). */
    public boolean notBetter(int i, int q, int s) {
      return !prefers(i, q, s);
    }

    /** R_i^+(s) = R_i(s) ∩ Φ_i^+(s). */
    public Set<Integer> improvements(int i, int s) {
      return asSet(improvements[i][s]);
    }

    private static Set<Integer> asSet(int[] states) {
      Set<Integer> out = new TreeSet<>();
      for (int q : states) {
        out.add(q);
      }
      return out;
    }

    /**
     * R_H(s), or R_H^+(s) when {@code improvementsOnly}: the fixed point over (state, last mover)
     * pairs of docs/semantics.md §1.3, searched from s alone.
     */
    public Set<Integer> reach(Set<Integer> coalition, int s, boolean improvementsOnly) {
      return reachSet(coalition, s, improvementsOnly).stream().boxed().collect(toSet());
    }

    /** {@link #reach} as a bit set of states (a copy). */
    public BitSet reachBits(Set<Integer> coalition, int s, boolean improvementsOnly) {
      return (BitSet) reachSet(coalition, s, improvementsOnly).clone();
    }

    /** {@link #reach} as a bit set, memoized per (coalition, source). */
    private BitSet reachSet(Set<Integer> coalition, int s, boolean improvementsOnly) {
      long members = 0;
      for (int j : coalition) {
        members |= 1L << j;
      }
      long key = members << 40 | (long) s << 1 | (improvementsOnly ? 1 : 0);
      BitSet memo = reachMemo.get(key);
      if (memo != null) {
        return memo;
      }
      BitSet result = legalReach(improvementsOnly ? improvements : moves, coalition, s);
      reachMemo.put(key, result);
      return result;
    }

    /** N − i, in decision-maker order. */
    public Set<Integer> opponents(int i) {
      Set<Integer> out = new LinkedHashSet<>();
      for (int j = 0; j < n; j++) {
        if (j != i) {
          out.add(j);
        }
      }
      return out;
    }

    /** Whether s is stable for i under c (docs/semantics.md §1.4). */
    public boolean isStable(Concept c, int i, int s) {
      Set<Integer> uis = improvements(i, s);
      switch (c) {
        case NASH:
          return uis.isEmpty();
        case GMR:
          return uis.stream().allMatch(s1 -> gmrSanctioned(i, s, s1));
        case SMR:
          return uis.stream().allMatch(s1 -> smrSanctioned(i, s, s1));
        case SEQ:
          return uis.stream().allMatch(s1 -> seqSanctioned(i, s, s1));
        case SIM:
          return uis.stream().allMatch(s1 -> simSanctioned(i, s, s1));
        case SEQSIM:
          return uis.stream().allMatch(s1 -> seqSanctioned(i, s, s1) || simSanctioned(i, s, s1));
        default:
          throw new IllegalArgumentException("no reference for " + c);
      }
    }

    /** GMR: R_{N−i}(s1) ∩ Φ_i^≃(s) ≠ ∅. */
    public boolean gmrSanctioned(int i, int s, int s1) {
      for (int s2 : reachSet(opponents(i), s1, false).stream().toArray()) {
        if (notBetter(i, s2, s)) {
          return true;
        }
      }
      return false;
    }

    /** SMR: some s2 ∈ R_{N−i}(s1) ∩ Φ_i^≃(s) with R_i(s2) ⊆ Φ_i^≃(s). */
    public boolean smrSanctioned(int i, int s, int s1) {
      for (int s2 : reachSet(opponents(i), s1, false).stream().toArray()) {
        if (!notBetter(i, s2, s)) {
          continue;
        }
        boolean noEscape = true;
        for (int s3 : moves[i][s2]) {
          if (!notBetter(i, s3, s)) {
            noEscape = false;
          }
        }
        if (noEscape) {
          return true;
        }
      }
      return false;
    }

    /** SEQ: R^+_{N−i}(s1) ∩ Φ_i^≃(s) ≠ ∅. */
    public boolean seqSanctioned(int i, int s, int s1) {
      for (int s2 : reachSet(opponents(i), s1, true).stream().toArray()) {
        if (notBetter(i, s2, s)) {
          return true;
        }
      }
      return false;
    }

    /**
     * SIM: some combination of the opponents' simultaneous choices from s (each stays or makes one
     * of its UIs from s, at least one moving), applied together with i's move s -> s1, gives a
     * feasible state c ∈ Φ_i^≃(s).
     */
    public boolean simSanctioned(int i, int s, int s1) {
      List<Integer> opponents = new ArrayList<>(opponents(i));
      return simCombination(i, s, s1, opponents, 0, new int[opponents.size()]);
    }

    /** {@code choice[k]} is opponent k's target state from s, or -1 where it stays. */
    private boolean simCombination(
        int i, int s, int s1, List<Integer> opponents, int at, int[] choice) {
      if (at == opponents.size()) {
        boolean anyMoved = false;
        for (int target : choice) {
          anyMoved |= target >= 0;
        }
        if (!anyMoved) {
          return false;
        }
        long combined = 0;
        for (int t = 0; t < k; t++) {
          int owner = conflict.owner(t);
          int source;
          if (owner == i) {
            source = s1;
          } else {
            int moved = choice[opponents.indexOf(owner)];
            source = moved >= 0 ? moved : s;
          }
          if (taken(source, t)) {
            combined |= 1L << t;
          }
        }
        Integer c = stateOfCode.get(combined);
        return c != null && notBetter(i, c, s);
      }
      choice[at] = -1;
      if (simCombination(i, s, s1, opponents, at + 1, choice)) {
        return true;
      }
      for (int t : improvements[opponents.get(at)][s]) {
        choice[at] = t;
        if (simCombination(i, s, s1, opponents, at + 1, choice)) {
          return true;
        }
      }
      return false;
    }
  }
}
