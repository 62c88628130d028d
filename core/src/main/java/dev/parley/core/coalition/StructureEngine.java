package dev.parley.core.coalition;

import dev.parley.core.graph.GraphModel;
import dev.parley.core.reach.LegalReach;
import dev.parley.core.reach.LegalSearch;
import dev.parley.core.stability.Concept;
import dev.parley.core.stability.Verdicts;
import java.util.BitSet;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Stability under a fixed coalition structure (docs/semantics.md §1.7(a)): the standard concepts of
 * docs/semantics.md §1.4 with the blocks as players. A block's unilateral improvement is a joint
 * move every member strictly prefers; the other blocks sanction it by legal sequences of their
 * joint moves (of their joint improvements, for SEQ), and a sanction is effective iff some member
 * of the block is no better off than at s (weak).
 *
 * <p>With the block's members' payoffs p_k, an improvement s1 of block B from s is
 *
 * <ul>
 *   <li>GMR-sanctioned iff ∃ k ∈ B: min p_k over R_{others}(s1) ≤ p_k(s), one {@link LegalReach}
 *       pass with one value array per member;
 *   <li>SEQ-sanctioned likewise over R⁺_{others}(s1);
 *   <li>SMR-sanctioned iff some s2 ∈ R_{others}(s1) deters B and no joint move of B from s2 is an
 *       improvement over s for every member (a single member: one LegalReach pass, as in the
 *       individual engine; several: a direct check of each s2);
 *   <li>SIM-sanctioned iff the other blocks, each staying or making one of its own joint
 *       improvements from s at the same time, at least one moving, can produce a feasible state
 *       that deters B.
 * </ul>
 *
 * With every decision maker alone in its block this is exactly the individual analysis.
 */
public final class StructureEngine {

  public StructureResult analyze(
      GraphModel model, CoalitionStructure structure, Set<Concept> concepts) {
    BlockGraph bg = new BlockGraph(model, structure);
    int b = bg.blockCount();
    BitSet[][] perBlock = new BitSet[b][];
    IntStream.range(0, b).parallel().forEach(k -> perBlock[k] = analyzeBlock(bg, k, concepts));
    return new StructureResult(model, structure, Verdicts.collate(perBlock, concepts));
  }

  private static BitSet[] analyzeBlock(BlockGraph bg, int b, Set<Concept> concepts) {
    int m = bg.stateCount();
    int[][] p = bg.memberPayoffs[b];
    int[] others = bg.others(b);
    boolean needGmr = concepts.contains(Concept.GMR);
    boolean needSmr = concepts.contains(Concept.SMR);
    boolean needSeq = Verdicts.needSeq(concepts);
    boolean needSim = Verdicts.needSim(concepts);

    int[][] gmrMin =
        needGmr ? LegalReach.minOverReach(bg.moves, others, LegalReach.MoveFilter.ALL, p) : null;
    int[][] seqMin = needSeq ? LegalReach.minOverReach(bg.moves, others, bg::improves, p) : null;
    int[] smrMin = null;
    SmrCheck smrCheck = null;
    if (needSmr) {
      if (p.length == 1) {
        smrMin =
            LegalReach.minOverReach(
                bg.moves, others, LegalReach.MoveFilter.ALL, escapeValue(bg, b, p[0]))[0];
      } else {
        smrCheck = new SmrCheck(bg, b);
      }
    }
    BlockSim sim = needSim ? new BlockSim(bg, b) : null;

    BitSet[] result = Verdicts.empty(concepts, m);
    for (int s = 0; s < m; s++) {
      boolean nash = true;
      boolean gmr = true;
      boolean smr = true;
      boolean seq = true;
      boolean simOk = true;
      boolean seqSim = true;
      for (int s1 : bg.moves(b, s)) {
        if (!bg.improves(b, s, s1)) {
          continue;
        }
        nash = false;
        if (gmr && gmrMin != null && !anyAtMost(gmrMin, s1, p, s)) {
          gmr = false;
        }
        if (smr && smrMin != null && smrMin[s1] > p[0][s]) {
          smr = false;
        }
        if (smr && smrCheck != null && !smrCheck.sanctioned(s, s1)) {
          smr = false;
        }
        boolean seqSanctioned = seqMin != null && anyAtMost(seqMin, s1, p, s);
        if (!seqSanctioned) {
          seq = false;
        }
        if (sim != null && (simOk || (seqSim && !seqSanctioned))) {
          if (!sim.sanctioned(s, s1)) {
            simOk = false;
            if (!seqSanctioned) {
              seqSim = false;
            }
          }
        }
      }
      Verdicts.set(result, s, nash, gmr, smr, seq, simOk, seqSim);
    }
    return result;
  }

  /** ∃ member k: mins[k][s1] ≤ p_k(s). */
  private static boolean anyAtMost(int[][] mins, int s1, int[][] p, int s) {
    for (int k = 0; k < p.length; k++) {
      if (mins[k][s1] <= p[k][s]) {
        return true;
      }
    }
    return false;
  }

  /** For a one-member block: the best it can make of x, staying or moving once. */
  private static int[] escapeValue(BlockGraph bg, int b, int[] p) {
    int[] v = new int[bg.stateCount()];
    for (int x = 0; x < v.length; x++) {
      int best = p[x];
      for (int y : bg.moves(b, x)) {
        best = Math.max(best, p[y]);
      }
      v[x] = best;
    }
    return v;
  }

  /** SMR for a block of several members, checked sanction by sanction. */
  static final class SmrCheck {
    private final BlockGraph bg;
    private final int b;
    private final int[] others;
    private final LegalSearch search;
    private final BitSet[] reach;

    SmrCheck(BlockGraph bg, int b) {
      this.bg = bg;
      this.b = b;
      this.others = bg.others(b);
      this.search = LegalSearch.over(bg.moves);
      this.reach = new BitSet[bg.stateCount()];
    }

    /** Some s2 ∈ R_others(s1) deters b and b has no joint improvement over s from s2. */
    boolean sanctioned(int s, int s1) {
      BitSet r = reach[s1];
      if (r == null) {
        search.search(s1, others, LegalReach.MoveFilter.ALL, null);
        r = reach[s1] = search.reached();
      }
      for (int s2 = r.nextSetBit(0); s2 >= 0; s2 = r.nextSetBit(s2 + 1)) {
        if (holds(s, s2)) {
          return true;
        }
      }
      return false;
    }

    /** s2 deters b, and every joint move of b from s2 leaves some member no better than at s. */
    boolean holds(int s, int s2) {
      if (!bg.deters(b, s, s2)) {
        return false;
      }
      for (int s3 : bg.moves(b, s2)) {
        if (!bg.deters(b, s, s3)) {
          return false;
        }
      }
      return true;
    }
  }
}
