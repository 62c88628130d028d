package dev.parley.core.coalition;

import dev.parley.core.graph.GraphModel;
import dev.parley.core.model.Conflict;
import dev.parley.core.model.Reversibility;
import dev.parley.core.stability.Concept;
import dev.parley.core.stability.ReferenceSolver;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The literal reference for coalition analysis (docs/semantics.md §1.3, §1.7): each definition
 * written out with plain sets, on top of {@link ReferenceSolver}'s literal moves and legal-sequence
 * reach. It shares no code with the engines (no {@code OptionMoves}, {@code LegalReach}, {@code
 * LegalSearch} or {@code BlockGraph}). Slow; only for tests.
 */
final class CoalitionReference {
  private final GraphModel model;
  private final ReferenceSolver.Literal lit;
  private final int n;
  private final int m;

  CoalitionReference(GraphModel model) {
    this.model = model;
    this.lit = ReferenceSolver.literal(model);
    this.n = lit.dmCount();
    this.m = lit.stateCount();
  }

  ReferenceSolver.Literal literal() {
    return lit;
  }

  static Set<Integer> set(Coalition h) {
    Set<Integer> out = new LinkedHashSet<>();
    for (int d : h.members()) {
      out.add(d);
    }
    return out;
  }

  Set<Integer> complement(Set<Integer> h) {
    Set<Integer> out = new LinkedHashSet<>();
    for (int d = 0; d < n; d++) {
      if (!h.contains(d)) {
        out.add(d);
      }
    }
    return out;
  }

  // ---------------------------------------------------------------- (b) every coalition

  /** R_H(s) (or R_H^+(s)) by the literal legal-sequence search, as the states in order. */
  private int[] reach(Set<Integer> h, int s, boolean improvementsOnly) {
    return lit.reachBits(h, s, improvementsOnly).stream().toArray();
  }

  /** R_H^{++}(s) = {q ∈ R_H(s) : q ≻_k s for every k ∈ H}. */
  Set<Integer> coalitionImprovements(Set<Integer> h, int s) {
    Set<Integer> out = new TreeSet<>();
    for (int q : reach(h, s, false)) {
      boolean all = true;
      for (int k : h) {
        all &= lit.prefers(k, q, s);
      }
      if (all) {
        out.add(q);
      }
    }
    return out;
  }

  /** The sanction end state x deters H from leaving s. */
  boolean deters(Set<Integer> h, int s, int x, Deterrence d) {
    if (d == Deterrence.SOME_MEMBER) {
      for (int k : h) {
        if (lit.notBetter(k, x, s)) {
          return true;
        }
      }
      return false;
    }
    for (int k : h) {
      if (!lit.notBetter(k, x, s)) {
        return false;
      }
    }
    return true;
  }

  /** Whether s is C-stable for H (docs/semantics.md §1.7(b)), each clause as written. */
  boolean isStable(CoalitionConcept c, Set<Integer> h, int s, Deterrence d) {
    Set<Integer> rest = complement(h);
    for (int s1 : coalitionImprovements(h, s)) {
      boolean sanctioned = false;
      switch (c) {
        case CNASH:
          break;
        case CGMR:
          for (int s2 : reach(rest, s1, false)) {
            sanctioned |= deters(h, s, s2, d);
          }
          break;
        case CSEQ:
          for (int s2 : reach(rest, s1, true)) {
            sanctioned |= deters(h, s, s2, d);
          }
          break;
        case CSMR:
          for (int s2 : reach(rest, s1, false)) {
            if (!deters(h, s, s2, d)) {
              continue;
            }
            // for every s3 ∈ R_H(s2) some member k has s3 ≾_k s
            boolean noCounter = true;
            for (int s3 : reach(h, s2, false)) {
              boolean someNotBetter = false;
              for (int k : h) {
                someNotBetter |= lit.notBetter(k, s3, s);
              }
              noCounter &= someNotBetter;
            }
            sanctioned |= noCounter;
          }
          break;
        default:
          throw new IllegalArgumentException(c.toString());
      }
      if (!sanctioned) {
        return false;
      }
    }
    return true;
  }

  BitSet stableFor(CoalitionConcept c, Coalition h, Deterrence d) {
    BitSet out = new BitSet();
    Set<Integer> hs = set(h);
    for (int s = 0; s < m; s++) {
      if (isStable(c, hs, s, d)) {
        out.set(s);
      }
    }
    return out;
  }

  // ---------------------------------------------------------------- (a) fixed structure

  /** The blocks' moves and improvements, literally, for one partition. */
  final class Blocks {
    final List<Set<Integer>> blocks = new ArrayList<>();
    final int[][][] moves; // [block][x] = R_B(x)
    final int[][][] improvements; // [block][x] = R_B^+(x): every member strictly better
    private final Map<Long, Integer> stateOfCode = new HashMap<>();

    Blocks(CoalitionStructure st) {
      Conflict conflict = model.conflict();
      for (Coalition c : st.blocks()) {
        blocks.add(set(c));
      }
      int b = blocks.size();
      for (int s = 0; s < m; s++) {
        stateOfCode.put(lit.code(s), s);
      }
      List<List<List<Integer>>> arcs = new ArrayList<>();
      for (int k = 0; k < b; k++) {
        List<List<Integer>> rows = new ArrayList<>();
        for (int x = 0; x < m; x++) {
          rows.add(new ArrayList<>());
        }
        arcs.add(rows);
      }
      // (x, y) is a move of the one block whose members' options alone differ, each change
      // respecting its option's reversibility
      for (int x = 0; x < m; x++) {
        for (int y = 0; y < m; y++) {
          if (x == y) {
            continue;
          }
          int mover = -1;
          boolean ok = true;
          for (int t = 0; t < conflict.optionCount() && ok; t++) {
            boolean before = (lit.code(x) >>> t & 1) == 1;
            boolean after = (lit.code(y) >>> t & 1) == 1;
            if (before == after) {
              continue;
            }
            int owner = conflict.owner(t);
            int block = -1;
            for (int k = 0; k < b; k++) {
              if (blocks.get(k).contains(owner)) {
                block = k;
              }
            }
            if (mover >= 0 && mover != block) {
              ok = false;
            }
            mover = block;
            Reversibility r = conflict.options().get(t).reversibility();
            if (r == Reversibility.FORWARD && before) {
              ok = false;
            }
            if (r == Reversibility.BACKWARD && !before) {
              ok = false;
            }
          }
          if (ok && mover >= 0) {
            arcs.get(mover).get(x).add(y);
          }
        }
      }
      moves = new int[b][m][];
      improvements = new int[b][m][];
      for (int k = 0; k < b; k++) {
        for (int x = 0; x < m; x++) {
          int kk = k;
          int xx = x;
          moves[k][x] = arcs.get(k).get(x).stream().mapToInt(Integer::intValue).toArray();
          improvements[k][x] =
              arcs.get(k).get(x).stream()
                  .filter(y -> blocks.get(kk).stream().allMatch(d -> lit.prefers(d, y, xx)))
                  .mapToInt(Integer::intValue)
                  .toArray();
        }
      }
    }

    Set<Integer> others(int b) {
      Set<Integer> o = new LinkedHashSet<>();
      for (int k = 0; k < blocks.size(); k++) {
        if (k != b) {
          o.add(k);
        }
      }
      return o;
    }

    boolean deters(int b, int s, int x) {
      return blocks.get(b).stream().anyMatch(k -> lit.notBetter(k, x, s));
    }

    BitSet reach(Set<Integer> players, int s, boolean improvementsOnly) {
      return ReferenceSolver.legalReach(improvementsOnly ? improvements : moves, players, s);
    }

    boolean isStable(Concept c, int b, int s) {
      int[] uis = improvements[b][s];
      for (int s1 : uis) {
        boolean sanctioned =
            switch (c) {
              case NASH -> false;
              case GMR -> reach(others(b), s1, false).stream().anyMatch(x -> deters(b, s, x));
              case SEQ -> reach(others(b), s1, true).stream().anyMatch(x -> deters(b, s, x));
              case SMR ->
                  reach(others(b), s1, false).stream()
                      .anyMatch(
                          x ->
                              deters(b, s, x)
                                  && java.util.Arrays.stream(moves[b][x])
                                      .allMatch(s3 -> deters(b, s, s3)));
              case SIM -> sim(b, s, s1);
              case SEQSIM ->
                  reach(others(b), s1, true).stream().anyMatch(x -> deters(b, s, x))
                      || sim(b, s, s1);
            };
        if (!sanctioned) {
          return false;
        }
      }
      return true;
    }

    /**
     * Some choice of the other blocks (stay or one joint improvement from s, one moving at least).
     */
    boolean sim(int b, int s, int s1) {
      List<Integer> others = new ArrayList<>(others(b));
      return combine(b, s, s1, others, 0, new int[others.size()]);
    }

    private boolean combine(int b, int s, int s1, List<Integer> others, int at, int[] choice) {
      if (at == others.size()) {
        boolean any = false;
        for (int c : choice) {
          any |= c >= 0;
        }
        if (!any) {
          return false;
        }
        long code = 0;
        Conflict conflict = model.conflict();
        for (int t = 0; t < conflict.optionCount(); t++) {
          int owner = conflict.owner(t);
          int source = s;
          if (blocks.get(b).contains(owner)) {
            source = s1;
          } else {
            for (int k = 0; k < others.size(); k++) {
              if (blocks.get(others.get(k)).contains(owner) && choice[k] >= 0) {
                source = choice[k];
              }
            }
          }
          if ((lit.code(source) >>> t & 1) == 1) {
            code |= 1L << t;
          }
        }
        Integer c = stateOfCode.get(code);
        return c != null && deters(b, s, c);
      }
      choice[at] = -1;
      if (combine(b, s, s1, others, at + 1, choice)) {
        return true;
      }
      for (int t : improvements[others.get(at)][s]) {
        choice[at] = t;
        if (combine(b, s, s1, others, at + 1, choice)) {
          return true;
        }
      }
      return false;
    }

    BitSet stableFor(Concept c, int b) {
      BitSet out = new BitSet();
      for (int s = 0; s < m; s++) {
        if (isStable(c, b, s)) {
          out.set(s);
        }
      }
      return out;
    }
  }
}
