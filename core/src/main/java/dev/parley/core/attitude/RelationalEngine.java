package dev.parley.core.attitude;

import dev.parley.core.graph.GraphModel;
import dev.parley.core.reach.LegalReach;
import dev.parley.core.reach.LegalSearch;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * The relational stability concepts (docs/semantics.md §3.4, §5.3). For focal decision maker i at
 * s, with RR_i(s) its relational improvements ({@link RelationalPreference}) among its moves
 * R_i(s), and a sanction s2 effective when it is not a relational improvement of s for i:
 *
 * <ul>
 *   <li>RNash: RR_i(s) is empty;
 *   <li>RGMR: every s1 ∈ RR_i(s) has an effective s2 ∈ R_{N−i}(s1);
 *   <li>RSMR: every s1 has an effective s2 ∈ R_{N−i}(s1) from which no move of i is a relational
 *       improvement of s;
 *   <li>RSEQ: every s1 has an effective s2 reached by a legal sequence of the opponents' own
 *       relational improvements, each judged by its mover's attitudes from the state it leaves.
 * </ul>
 *
 * R_{N−i} is reachability by legal sequences (§1.3), searched by {@link LegalSearch} (all moves for
 * RGMR and RSMR; the relational-improvement filter for RSEQ). Unlike the standard concepts,
 * "effective" depends on s and on several decision makers' payoffs, not on one value per state, so
 * the minima of {@code LegalReach} do not apply. Instead the engine searches once from each s1 that
 * is a relational improvement from somewhere, and scans that reach for every s it improves on: one
 * search per state and kind, plus a scan of the reach per relational improvement, in O(m + |A|)
 * memory. Decision makers are analysed in parallel; the result does not depend on the number of
 * threads.
 */
public final class RelationalEngine {

  /** Every relational concept under the default (weak) reading of §5.3. */
  public RelationalResult analyze(GraphModel model, Attitudes attitudes) {
    return analyze(
        model,
        attitudes,
        RelationalPreference.Reading.WEAK,
        java.util.EnumSet.allOf(RelationalConcept.class));
  }

  /** The concepts asked for, under {@code reading}. */
  public RelationalResult analyze(
      GraphModel model,
      Attitudes attitudes,
      RelationalPreference.Reading reading,
      Set<RelationalConcept> concepts) {
    RelationalPreference rel = new RelationalPreference(model, attitudes, reading);
    int n = model.dmCount();
    int m = model.stateCount();
    int[][][] adjacency = LegalSearch.adjacency(model.moves());
    BitSet[][] perDm = new BitSet[n][];
    IntStream.range(0, n)
        .parallel()
        .forEach(i -> perDm[i] = analyzeDm(rel, adjacency, m, i, concepts));
    Map<RelationalConcept, BitSet[]> out = new EnumMap<>(RelationalConcept.class);
    for (RelationalConcept c : concepts) {
      BitSet[] sets = new BitSet[n];
      for (int i = 0; i < n; i++) {
        sets[i] = perDm[i][c.ordinal()];
      }
      out.put(c, sets);
    }
    return new RelationalResult(attitudes, reading, m, out);
  }

  /**
   * A relational reply of {@code dm} from {@code s} that has no effective sanction under {@code
   * concept} (for RNash, any relational reply), the lowest-numbered; -1 when {@code s} is stable
   * for {@code dm}. It is what the briefing names when it explains an instability
   * (docs/semantics.md §5.3); one search per relational reply.
   */
  public static int unsanctionedReply(
      GraphModel model,
      Attitudes attitudes,
      RelationalPreference.Reading reading,
      RelationalConcept concept,
      int dm,
      int s) {
    RelationalPreference rel = new RelationalPreference(model, attitudes, reading);
    int[][][] adjacency = LegalSearch.adjacency(model.moves());
    int[][] own = adjacency[dm];
    int[] opponents = IntStream.range(0, adjacency.length).filter(j -> j != dm).toArray();
    LegalSearch search = LegalSearch.over(adjacency);
    LegalReach.MoveFilter filter =
        concept == RelationalConcept.RSEQ ? rel.moveFilter() : LegalReach.MoveFilter.ALL;
    for (int q : IntStream.of(own[s]).sorted().toArray()) {
      if (!rel.improves(dm, s, q)) {
        continue;
      }
      if (concept == RelationalConcept.RNASH) {
        return q;
      }
      search.search(q, opponents, filter, null);
      if (!sanctioned(rel, own, dm, s, search.reachedStates(), concept == RelationalConcept.RSMR)) {
        return q;
      }
    }
    return -1;
  }

  private static BitSet[] analyzeDm(
      RelationalPreference rel,
      int[][][] adjacency,
      int m,
      int i,
      Set<RelationalConcept> concepts) {
    int n = adjacency.length;
    int[] opponents = new int[n - 1];
    for (int j = 0, k = 0; j < n; j++) {
      if (j != i) {
        opponents[k++] = j;
      }
    }
    boolean gmr = concepts.contains(RelationalConcept.RGMR);
    boolean smr = concepts.contains(RelationalConcept.RSMR);
    boolean seq = concepts.contains(RelationalConcept.RSEQ);
    int[][] own = adjacency[i];
    BitSet nash = new BitSet(m);
    nash.set(0, m);
    BitSet gmrOk = (BitSet) nash.clone();
    BitSet smrOk = (BitSet) nash.clone();
    BitSet seqOk = (BitSet) nash.clone();
    // by[s1]: the states s from which s1 is a relational improvement of i
    int[][] by = relationalPredecessors(rel, own, i, m);
    LegalSearch search = LegalSearch.over(adjacency);
    LegalReach.MoveFilter relational = rel.moveFilter();
    for (int s1 = 0; s1 < m; s1++) {
      int[] sources = by[s1];
      if (sources.length == 0) {
        continue;
      }
      for (int s : sources) {
        nash.clear(s);
      }
      // R_{N-i}(s1) does not depend on s: one search serves every s with s1 in RR_i(s)
      if ((gmr && anyOf(gmrOk, sources)) || (smr && anyOf(smrOk, sources))) {
        search.search(s1, opponents, LegalReach.MoveFilter.ALL, null);
        int[] reach = search.reachedStates();
        for (int s : sources) {
          if (gmr && gmrOk.get(s) && !sanctioned(rel, own, i, s, reach, false)) {
            gmrOk.clear(s);
          }
          if (smr && smrOk.get(s) && !sanctioned(rel, own, i, s, reach, true)) {
            smrOk.clear(s);
          }
        }
      }
      if (seq && anyOf(seqOk, sources)) {
        search.search(s1, opponents, relational, null);
        int[] reach = search.reachedStates();
        for (int s : sources) {
          if (seqOk.get(s) && !sanctioned(rel, own, i, s, reach, false)) {
            seqOk.clear(s);
          }
        }
      }
    }
    BitSet[] result = new BitSet[RelationalConcept.values().length];
    result[RelationalConcept.RNASH.ordinal()] = nash;
    result[RelationalConcept.RGMR.ordinal()] = gmrOk;
    result[RelationalConcept.RSMR.ordinal()] = smrOk;
    result[RelationalConcept.RSEQ.ordinal()] = seqOk;
    return result;
  }

  /** {@code by[q]}: every s with q ∈ R_i(s) a relational improvement of s for i, ascending. */
  private static int[][] relationalPredecessors(
      RelationalPreference rel, int[][] own, int i, int m) {
    int[] count = new int[m];
    for (int s = 0; s < m; s++) {
      for (int q : own[s]) {
        if (rel.improves(i, s, q)) {
          count[q]++;
        }
      }
    }
    int[][] by = new int[m][];
    for (int q = 0; q < m; q++) {
      by[q] = new int[count[q]];
      count[q] = 0;
    }
    for (int s = 0; s < m; s++) {
      for (int q : own[s]) {
        if (rel.improves(i, s, q)) {
          by[q][count[q]++] = s;
        }
      }
    }
    return by;
  }

  private static boolean anyOf(BitSet set, int[] states) {
    for (int s : states) {
      if (set.get(s)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether some s2 in {@code reach} is an effective sanction against i at s (not a relational
   * improvement of s), and, when {@code inescapable}, one from which i cannot escape.
   */
  private static boolean sanctioned(
      RelationalPreference rel, int[][] own, int i, int s, int[] reach, boolean inescapable) {
    for (int s2 : reach) {
      if (!rel.improves(i, s, s2) && !(inescapable && escapes(rel, own, i, s, s2))) {
        return true;
      }
    }
    return false;
  }

  /** Whether i has a move from the sanction s2 that is a relational improvement of s. */
  private static boolean escapes(RelationalPreference rel, int[][] own, int i, int s, int s2) {
    for (int s3 : own[s2]) {
      if (rel.improves(i, s, s3)) {
        return true;
      }
    }
    return false;
  }
}
