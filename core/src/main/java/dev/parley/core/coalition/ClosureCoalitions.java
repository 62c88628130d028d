package dev.parley.core.coalition;

import dev.parley.core.graph.GraphModel;
import dev.parley.core.progress.Progress;
import dev.parley.core.reach.ClosureClasses;
import dev.parley.core.reach.GroupLayout;
import dev.parley.core.reach.LegalReach;
import java.util.BitSet;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * Coalition stability (docs/semantics.md §1.7(b)) for option-form models and the "some member"
 * quantifier, by aggregating payoff vectors over closure classes instead of searching each state's
 * coalition improvements.
 *
 * <p>In option form R_H(s) ∪ {s} is the closure C_H(s) of {@link ClosureClasses}, and adding s
 * changes no definition (s is never better than itself, and a sanction never ends at the
 * improvement it answers). Payoffs are integers, so q ≻_k s for every member k means p(q) − 1 ≥
 * p(s) componentwise, with p the members' payoff vector. Each concept then asks whether some vector
 * of a set aggregated over C_H(s) is at least p(s):
 *
 * <ul>
 *   <li>CNash: the vectors p(q) − 1 for q ∈ C_H(s);
 *   <li>CGMR: min over C_{N∖H}(s1) of p, minus 1, for s1 ∈ C_H(s) (an improvement s1 is
 *       unsanctioned iff no sanction leaves any member no better off);
 *   <li>CSEQ: the same with the complement's improvements only;
 *   <li>CSMR: with B(x) the maximal vectors p(q) − 1 over q ∈ C_H(x), a sanction s2 holds iff no
 *       element of B(s2) is at least p(s) (this also makes it deter), so s1 is unanswered iff p(s)
 *       lies in the intersection, over s2 ∈ C_{N∖H}(s1), of the down-sets of B(s2); with p(s1) − 1
 *       met into it, s is CSMR-unstable iff some s1 ∈ C_H(s) has p(s) in that down-set.
 * </ul>
 *
 * Down-sets are kept as their maximal elements ({@link Frontier}), one per class, combined along
 * the class edges. Cost: per coalition, near-linear passes over the states, times the frontier
 * sizes.
 */
final class ClosureCoalitions {
  private final GraphModel model;
  private final GroupLayout[] plain;
  private GroupLayout[] byPayoff;

  ClosureCoalitions(GraphModel model) {
    this.model = model;
    this.plain = GroupLayout.ofDecisionMakers(model.moves(), d -> null);
  }

  /** Whether this algorithm decides {@code deterrence} on {@code model}. */
  static boolean applies(GraphModel model, Deterrence deterrence) {
    return deterrence == Deterrence.SOME_MEMBER
        && model.moves().composable()
        && GroupLayout.supports(model.moves());
  }

  private synchronized GroupLayout[] byPayoff() {
    if (byPayoff == null) {
      byPayoff = GroupLayout.ofDecisionMakers(model.moves(), model::payoffs);
    }
    return byPayoff;
  }

  /** The stable states of coalition {@code h} for each concept, by concept ordinal. */
  BitSet[] analyze(Coalition h, Set<CoalitionConcept> concepts) {
    int m = model.stateCount();
    int[] members = h.members();
    int[] complement = h.complement(model.dmCount());
    int d = members.length;
    int[][] p = new int[d][];
    for (int k = 0; k < d; k++) {
      p[k] = model.payoffs(members[k]);
    }
    ClosureClasses ch = ClosureClasses.of(model, plain, members, Progress.NONE);
    BitSet[] result = new BitSet[CoalitionConcept.values().length];
    Frontier[] better = null;
    if (concepts.contains(CoalitionConcept.CNASH) || concepts.contains(CoalitionConcept.CSMR)) {
      better = union(ch, d, s -> vector(p, s, null, null));
    }
    if (concepts.contains(CoalitionConcept.CNASH)) {
      result[CoalitionConcept.CNASH.ordinal()] = stable(ch, better, p);
    }
    if (concepts.contains(CoalitionConcept.CGMR)) {
      int[][] min = LegalReach.minOverClosure(model, plain, complement, false, Progress.NONE, p);
      result[CoalitionConcept.CGMR.ordinal()] =
          stable(ch, union(ch, d, s -> vector(p, s, min, null)), p);
    }
    if (concepts.contains(CoalitionConcept.CSEQ)) {
      int[][] min =
          LegalReach.minOverClosure(model, byPayoff(), complement, true, Progress.NONE, p);
      result[CoalitionConcept.CSEQ.ordinal()] =
          stable(ch, union(ch, d, s -> vector(p, s, min, null)), p);
    }
    if (concepts.contains(CoalitionConcept.CSMR)) {
      Frontier[] b = better;
      ClosureClasses cc = ClosureClasses.of(model, plain, complement, Progress.NONE);
      Frontier[] unanswered = meet(cc, x -> b[ch.root(x)]);
      int[] v = new int[d];
      Frontier[] escapes =
          unionOfSets(
              ch,
              d,
              s1 -> {
                Frontier w = unanswered[cc.root(s1)];
                Frontier z = new Frontier(d);
                for (int i = 0; i < w.size(); i++) {
                  for (int k = 0; k < d; k++) {
                    v[k] = Math.min(w.get(i, k), p[k][s1] - 1);
                  }
                  z.add(v, 0);
                }
                return z;
              });
      result[CoalitionConcept.CSMR.ordinal()] = stable(ch, escapes, p);
    }
    assert m == ch.stateCount();
    return result;
  }

  /** p(s) − 1 componentwise, or min(p(s), min(s)) − 1 where {@code min} is given. */
  private static int[] vector(int[][] p, int s, int[][] min, int[] out) {
    int d = p.length;
    int[] v = out == null ? new int[d] : out;
    for (int k = 0; k < d; k++) {
      int x = min == null ? p[k][s] : Math.min(p[k][s], min[k][s]);
      v[k] = x - 1;
    }
    return v;
  }

  /** The states whose aggregate over their closure has no element at least their own payoffs. */
  private static BitSet stable(ClosureClasses c, Frontier[] agg, int[][] p) {
    int m = c.stateCount();
    BitSet out = new BitSet(m);
    for (int s = 0; s < m; s++) {
      if (!agg[c.root(s)].anyAtLeast(p, s)) {
        out.set(s);
      }
    }
    return out;
  }

  /** Per class root, the maxima of the vectors {@code of(q)} over the class's closure. */
  private static Frontier[] union(ClosureClasses c, int d, IntFunction<int[]> of) {
    Frontier[] agg = new Frontier[c.stateCount()];
    for (int s = 0; s < agg.length; s++) {
      int r = c.root(s);
      if (agg[r] == null) {
        agg[r] = new Frontier(d);
      }
      agg[r].add(of.apply(s), 0);
    }
    return alongEdges(c, agg);
  }

  /** {@link #union} of sets of vectors. */
  private static Frontier[] unionOfSets(ClosureClasses c, int d, IntFunction<Frontier> of) {
    Frontier[] agg = new Frontier[c.stateCount()];
    for (int s = 0; s < agg.length; s++) {
      int r = c.root(s);
      if (agg[r] == null) {
        agg[r] = new Frontier(d);
      }
      agg[r].addAll(of.apply(s));
    }
    return alongEdges(c, agg);
  }

  private static Frontier[] alongEdges(ClosureClasses c, Frontier[] agg) {
    for (int e = 0, n = c.edgeCount(); e < n; e++) {
      agg[c.edgeFrom(e)].addAll(agg[c.edgeTo(e)]);
    }
    return agg;
  }

  /**
   * Per class root, the intersection of the down-sets {@code of(q)} over the class's closure (the
   * frontiers given are not changed).
   */
  private static Frontier[] meet(ClosureClasses c, IntFunction<Frontier> of) {
    Frontier[] agg = new Frontier[c.stateCount()];
    for (int s = 0; s < agg.length; s++) {
      int r = c.root(s);
      agg[r] = agg[r] == null ? of.apply(s) : agg[r].meet(of.apply(s));
    }
    for (int e = 0, n = c.edgeCount(); e < n; e++) {
      int r = c.edgeFrom(e);
      agg[r] = agg[r].meet(agg[c.edgeTo(e)]);
    }
    return agg;
  }
}
