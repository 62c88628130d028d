package dev.parley.core.coalition;

import dev.parley.core.graph.GraphModel;
import dev.parley.core.reach.LegalReach;
import dev.parley.core.reach.LegalSearch;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Coalition stability for every coalition H ⊆ N (docs/semantics.md §1.7(b)). With R_H(s) the states
 * reached from s by legal sequences of the members' unilateral moves (docs/semantics.md §1.3) and
 * the coalition improvements R_H^{++}(s) = {q ∈ R_H(s) : q ≻_k s for every k ∈ H}, s is stable for
 * H
 *
 * <ul>
 *   <li>CNash iff R_H^{++}(s) = ∅;
 *   <li>CGMR iff every s1 ∈ R_H^{++}(s) has a sanction s2 ∈ R_{N∖H}(s1) that deters H: s2 ≾_k s for
 *       some member k (or, with {@link Deterrence#ALL_MEMBERS}, for every member);
 *   <li>CSMR iff, in addition, no s3 ∈ R_H(s2) is a coalition improvement over s (for every s3 some
 *       member k has s3 ≾_k s);
 *   <li>CSEQ iff the sanction lies in R^+_{N∖H}(s1), the complement's legal sequences of their own
 *       unilateral improvements.
 * </ul>
 *
 * H = N has no sanctioner, so N is stable only where it has no coalition improvement. A coalition
 * equilibrium is stable for every coalition, singletons included; for a singleton {i} each concept
 * is its individual counterpart (Nash, GMR, SMR, SEQ).
 *
 * <p>Cost: 2^n − 1 coalitions; {@link #MAX_DMS} bounds n. In option form with "some member" each
 * coalition takes a few near-linear passes over closure classes ({@link ClosureCoalitions});
 * otherwise each coalition takes a legal-sequence search per state, CGMR and CSEQ with "some
 * member" one {@link LegalReach} pass per coalition, and "every member" and CSMR check sanctions
 * state by state.
 */
public final class CoalitionEngine {
  /** The most decision makers for which every coalition is examined. */
  public static final int MAX_DMS = 8;

  /**
   * Whether every coalition is analysed by passes over closure classes, near-linear in the number
   * of states (option form, "some member"), rather than by a search per state.
   */
  public static boolean byClosures(GraphModel model, Deterrence deterrence) {
    return ClosureCoalitions.applies(model, deterrence);
  }

  /** Refuses models with more than {@link #MAX_DMS} decision makers, with a message saying why. */
  public static void checkSize(GraphModel model) {
    int n = model.dmCount();
    if (n > MAX_DMS) {
      throw new IllegalArgumentException(
          "coalition stability examines every coalition, 2^n − 1 = "
              + ((1L << Math.min(n, 62)) - 1)
              + " of them for "
              + n
              + " decision makers; Parley does this for at most "
              + MAX_DMS
              + " decision makers. Analyse a fixed coalition structure instead (blocks acting as"
              + " one decision maker).");
    }
  }

  public CoalitionResult analyze(
      GraphModel model, Set<CoalitionConcept> concepts, Deterrence deterrence) {
    checkSize(model);
    int n = model.dmCount();
    List<Coalition> all = Coalition.every(n);
    BitSet[][] perCoalition = new BitSet[1 << n][];
    if (ClosureCoalitions.applies(model, deterrence)) {
      ClosureCoalitions fast = new ClosureCoalitions(model);
      all.parallelStream().forEach(h -> perCoalition[(int) h.mask()] = fast.analyze(h, concepts));
    } else {
      int[][][] adj = LegalSearch.adjacency(model.moves());
      all.parallelStream()
          .forEach(
              h ->
                  perCoalition[(int) h.mask()] =
                      new PerCoalition(model, adj, h, deterrence).analyze(concepts));
    }
    Map<CoalitionConcept, BitSet[]> out = new EnumMap<>(CoalitionConcept.class);
    for (CoalitionConcept c : concepts) {
      BitSet[] sets = new BitSet[1 << n];
      for (Coalition h : all) {
        sets[(int) h.mask()] = perCoalition[(int) h.mask()][c.ordinal()];
      }
      out.put(c, sets);
    }
    return new CoalitionResult(model, deterrence, out);
  }

  /** The definitions for one coalition, with its searches and memos. */
  static final class PerCoalition {
    final GraphModel model;
    final int[][][] adj;
    final Coalition h;
    final int[] members;
    final int[] complement;
    final int[][] p; // members' payoffs
    final Deterrence deterrence;
    private final LegalSearch search;
    private final BitSet[] reachH;
    private final BitSet[] reachComp;
    private final BitSet[] reachCompPlus;

    PerCoalition(GraphModel model, int[][][] adj, Coalition h, Deterrence deterrence) {
      this.model = model;
      this.adj = adj;
      this.h = h;
      this.members = h.members();
      this.complement = h.complement(model.dmCount());
      this.p = new int[members.length][];
      for (int k = 0; k < members.length; k++) {
        p[k] = model.payoffs(members[k]);
      }
      this.deterrence = deterrence;
      this.search = LegalSearch.over(adj);
      int m = model.stateCount();
      this.reachH = new BitSet[m];
      this.reachComp = new BitSet[m];
      this.reachCompPlus = new BitSet[m];
    }

    /** q ∈ Φ_k^+(s) for every member: a coalition improvement's end state. */
    boolean allBetter(int s, int q) {
      for (int[] pk : p) {
        if (pk[q] <= pk[s]) {
          return false;
        }
      }
      return true;
    }

    /** x deters H from leaving s, under the quantifier. */
    boolean deters(int s, int x) {
      if (deterrence == Deterrence.SOME_MEMBER) {
        return !allBetter(s, x);
      }
      for (int[] pk : p) {
        if (pk[x] > pk[s]) {
          return false;
        }
      }
      return true;
    }

    /** R_H(s), memoized when {@code keep}. */
    BitSet reachH(int s, boolean keep) {
      BitSet r = reachH[s];
      if (r != null) {
        return r;
      }
      search.search(s, members, LegalReach.MoveFilter.ALL, null);
      r = search.reached();
      if (keep) {
        reachH[s] = r;
      }
      return r;
    }

    /** R_{N∖H}(s1), or R^+_{N∖H}(s1). */
    BitSet reachComplement(int s1, boolean improvementsOnly) {
      BitSet[] memo = improvementsOnly ? reachCompPlus : reachComp;
      BitSet r = memo[s1];
      if (r == null) {
        search.search(s1, complement, filter(improvementsOnly), null);
        r = memo[s1] = search.reached();
      }
      return r;
    }

    LegalReach.MoveFilter filter(boolean improvementsOnly) {
      return improvementsOnly ? model::improves : LegalReach.MoveFilter.ALL;
    }

    /** R_H^{++}(s). */
    BitSet improvements(int s, boolean keep) {
      BitSet out = new BitSet();
      BitSet r = reachH(s, keep);
      for (int q = r.nextSetBit(0); q >= 0; q = r.nextSetBit(q + 1)) {
        if (allBetter(s, q)) {
          out.set(q);
        }
      }
      return out;
    }

    /** CSMR: s2 deters and no s3 ∈ R_H(s2) is a coalition improvement over s. */
    boolean holdsAgainstCounter(int s, int s2) {
      if (!deters(s, s2)) {
        return false;
      }
      BitSet r = reachH(s2, true);
      for (int s3 = r.nextSetBit(0); s3 >= 0; s3 = r.nextSetBit(s3 + 1)) {
        if (allBetter(s, s3)) {
          return false;
        }
      }
      return true;
    }

    boolean sanctionedDirect(int s, int s1, boolean improvementsOnly) {
      BitSet r = reachComplement(s1, improvementsOnly);
      for (int x = r.nextSetBit(0); x >= 0; x = r.nextSetBit(x + 1)) {
        if (deters(s, x)) {
          return true;
        }
      }
      return false;
    }

    boolean smrSanctioned(int s, int s1) {
      BitSet r = reachComplement(s1, false);
      for (int x = r.nextSetBit(0); x >= 0; x = r.nextSetBit(x + 1)) {
        if (holdsAgainstCounter(s, x)) {
          return true;
        }
      }
      return false;
    }

    BitSet[] analyze(Set<CoalitionConcept> concepts) {
      int m = model.stateCount();
      boolean needGmr = concepts.contains(CoalitionConcept.CGMR);
      boolean needSmr = concepts.contains(CoalitionConcept.CSMR);
      boolean needSeq = concepts.contains(CoalitionConcept.CSEQ);
      boolean some = deterrence == Deterrence.SOME_MEMBER;
      int[][] gmrMin = null;
      int[][] seqMin = null;
      if (some && needGmr) {
        gmrMin = sanctionMinimum(false);
      }
      if (some && needSeq) {
        seqMin = sanctionMinimum(true);
      }
      BitSet[] result = new BitSet[CoalitionConcept.values().length];
      for (CoalitionConcept c : concepts) {
        result[c.ordinal()] = new BitSet(m);
      }
      for (int s = 0; s < m; s++) {
        BitSet imps = improvements(s, needSmr);
        boolean gmr = true;
        boolean smr = true;
        boolean seq = true;
        for (int s1 = imps.nextSetBit(0); s1 >= 0; s1 = imps.nextSetBit(s1 + 1)) {
          if (needGmr && gmr) {
            gmr = some ? anyAtMost(gmrMin, s1, s) : sanctionedDirect(s, s1, false);
          }
          if (needSeq && seq) {
            seq = some ? anyAtMost(seqMin, s1, s) : sanctionedDirect(s, s1, true);
          }
          if (needSmr && smr) {
            smr = smrSanctioned(s, s1);
          }
        }
        set(result, CoalitionConcept.CNASH, s, imps.isEmpty());
        set(result, CoalitionConcept.CGMR, s, gmr);
        set(result, CoalitionConcept.CSMR, s, smr);
        set(result, CoalitionConcept.CSEQ, s, seq);
      }
      return result;
    }

    /**
     * Per member k and state s1, the least payoff of k over the complement's reach from s1. Where
     * moves compose (option form) the closure (reach plus s1) is as good and much cheaper: s1 is a
     * coalition improvement, better for every member than s, so it never counts as a sanction.
     */
    private int[][] sanctionMinimum(boolean improvementsOnly) {
      return model.moves().composable()
          ? LegalReach.minOverClosure(model, complement, improvementsOnly, p)
          : LegalReach.minOverReach(model.moves(), complement, filter(improvementsOnly), p);
    }

    private boolean anyAtMost(int[][] mins, int s1, int s) {
      for (int k = 0; k < p.length; k++) {
        if (mins[k][s1] <= p[k][s]) {
          return true;
        }
      }
      return false;
    }

    private static void set(BitSet[] result, CoalitionConcept c, int s, boolean value) {
      BitSet b = result[c.ordinal()];
      if (b != null && value) {
        b.set(s);
      }
    }
  }
}
