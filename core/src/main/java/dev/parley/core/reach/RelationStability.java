package dev.parley.core.reach;

import java.util.BitSet;

/**
 * Nash, GMR, SMR and SEQ for one focal decision maker over an improvement relation given pair by
 * pair, the template the relational concepts (docs/semantics.md §5.3) and the probabilistic ones
 * (§5.5) share. {@code improves.allows(j, s, q)} says whether q counts as an improvement of s for
 * decision maker j, whether or not j can move there. For focal i at s:
 *
 * <ul>
 *   <li>Nash: no move s1 ∈ R_i(s) is an improvement of s;
 *   <li>GMR: every improving move s1 has an s2 ∈ R_{N−i}(s1) that is no improvement of s;
 *   <li>SMR: as GMR, with an s2 from which no move of i is an improvement of s;
 *   <li>SEQ: as GMR, with s2 reached by a legal sequence of the opponents' own improvements, each
 *       judged by its mover from the state it leaves.
 * </ul>
 *
 * "No improvement" depends on s, not on one value per state, so the minima of {@link LegalReach} do
 * not apply. Instead the search runs once from each s1 that improves on some state, and its reach
 * is scanned for every s that s1 improves on: one search per state and kind, in O(m + |A|) memory.
 */
public final class RelationStability {
  /** Index of the Nash-stable states in {@link #analyze}'s result. */
  public static final int NASH = 0;

  /** Index of the GMR-stable states. */
  public static final int GMR = 1;

  /** Index of the SMR-stable states. */
  public static final int SMR = 2;

  /** Index of the SEQ-stable states. */
  public static final int SEQ = 3;

  private final int[][][] adjacency;
  private final int m;

  /** Over the legal moves {@code adjacency} ({@link LegalSearch#adjacency}) of {@code m} states. */
  public RelationStability(int[][][] adjacency, int m) {
    this.adjacency = adjacency;
    this.m = m;
  }

  /**
   * The states stable for {@code i}, indexed by {@link #NASH}, {@link #GMR}, {@link #SMR}, {@link
   * #SEQ}; a concept not asked for stays all-stable (Nash is always computed).
   */
  public BitSet[] analyze(
      int i, LegalReach.MoveFilter improves, boolean gmr, boolean smr, boolean seq) {
    int n = adjacency.length;
    int[] opponents = new int[n - 1];
    for (int j = 0, k = 0; j < n; j++) {
      if (j != i) {
        opponents[k++] = j;
      }
    }
    int[][] own = adjacency[i];
    BitSet nash = new BitSet(m);
    nash.set(0, m);
    BitSet gmrOk = (BitSet) nash.clone();
    BitSet smrOk = (BitSet) nash.clone();
    BitSet seqOk = (BitSet) nash.clone();
    // by[s1]: the states s from which s1 is an improving move of i
    int[][] by = predecessors(improves, own, i);
    LegalSearch search = LegalSearch.over(adjacency);
    for (int s1 = 0; s1 < m; s1++) {
      int[] sources = by[s1];
      if (sources.length == 0) {
        continue;
      }
      for (int s : sources) {
        nash.clear(s);
      }
      // R_{N-i}(s1) does not depend on s: one search serves every s that s1 improves on
      if ((gmr && anyOf(gmrOk, sources)) || (smr && anyOf(smrOk, sources))) {
        search.search(s1, opponents, LegalReach.MoveFilter.ALL, null);
        int[] reach = search.reachedStates();
        for (int s : sources) {
          if (gmr && gmrOk.get(s) && !sanctioned(improves, own, i, s, reach, false)) {
            gmrOk.clear(s);
          }
          if (smr && smrOk.get(s) && !sanctioned(improves, own, i, s, reach, true)) {
            smrOk.clear(s);
          }
        }
      }
      if (seq && anyOf(seqOk, sources)) {
        search.search(s1, opponents, improves, null);
        int[] reach = search.reachedStates();
        for (int s : sources) {
          if (seqOk.get(s) && !sanctioned(improves, own, i, s, reach, false)) {
            seqOk.clear(s);
          }
        }
      }
    }
    BitSet[] result = new BitSet[4];
    result[NASH] = nash;
    result[GMR] = gmrOk;
    result[SMR] = smrOk;
    result[SEQ] = seqOk;
    return result;
  }

  /** {@code by[q]}: every s with q ∈ R_i(s) an improvement of s for i, ascending. */
  private int[][] predecessors(LegalReach.MoveFilter improves, int[][] own, int i) {
    int[] count = new int[m];
    for (int s = 0; s < m; s++) {
      for (int q : own[s]) {
        if (improves.allows(i, s, q)) {
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
        if (improves.allows(i, s, q)) {
          by[q][count[q]++] = s;
        }
      }
    }
    return by;
  }

  /**
   * An improving move of {@code i} from {@code s} that has no effective sanction under {@code
   * concept} ({@link #NASH}: any improving move), the lowest-numbered; -1 when {@code s} is stable
   * for {@code i}. One search per improving move: for explaining one verdict, not for analysis.
   */
  public int unsanctioned(int i, int s, LegalReach.MoveFilter improves, int concept) {
    int[][] own = adjacency[i];
    int[] opponents = new int[adjacency.length - 1];
    for (int j = 0, k = 0; j < adjacency.length; j++) {
      if (j != i) {
        opponents[k++] = j;
      }
    }
    LegalSearch search = LegalSearch.over(adjacency);
    LegalReach.MoveFilter filter = concept == SEQ ? improves : LegalReach.MoveFilter.ALL;
    for (int q : java.util.stream.IntStream.of(own[s]).sorted().toArray()) {
      if (!improves.allows(i, s, q)) {
        continue;
      }
      if (concept == NASH) {
        return q;
      }
      search.search(q, opponents, filter, null);
      if (!sanctioned(improves, own, i, s, search.reachedStates(), concept == SMR)) {
        return q;
      }
    }
    return -1;
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
   * Whether some s2 in {@code reach} is an effective sanction against i at s (no improvement of s),
   * and, when {@code inescapable}, one from which i has no improving countermove.
   */
  private static boolean sanctioned(
      LegalReach.MoveFilter improves, int[][] own, int i, int s, int[] reach, boolean inescapable) {
    for (int s2 : reach) {
      if (!improves.allows(i, s, s2) && !(inescapable && escapes(improves, own, i, s, s2))) {
        return true;
      }
    }
    return false;
  }

  /** Whether i has a move from the sanction s2 that is an improvement of s. */
  private static boolean escapes(
      LegalReach.MoveFilter improves, int[][] own, int i, int s, int s2) {
    for (int s3 : own[s2]) {
      if (improves.allows(i, s, s3)) {
        return true;
      }
    }
    return false;
  }
}
