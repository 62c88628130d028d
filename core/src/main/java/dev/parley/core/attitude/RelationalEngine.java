package dev.parley.core.attitude;

import dev.parley.core.graph.GraphModel;
import dev.parley.core.reach.LegalSearch;
import dev.parley.core.reach.RelationStability;
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
 * RGMR and RSMR; the relational-improvement filter for RSEQ) in {@link RelationStability}, the
 * template the probabilistic concepts share: "effective" depends on s and on several decision
 * makers' payoffs, so it searches once from each s1 that is a relational improvement from
 * somewhere, and scans that reach for every s it improves on. Decision makers are analysed in
 * parallel; the result does not depend on the number of threads.
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
    int m = model.stateCount();
    int kind =
        switch (concept) {
          case RNASH -> RelationStability.NASH;
          case RGMR -> RelationStability.GMR;
          case RSMR -> RelationStability.SMR;
          case RSEQ -> RelationStability.SEQ;
        };
    return new RelationStability(LegalSearch.adjacency(model.moves()), m)
        .unsanctioned(dm, s, rel.moveFilter(), kind);
  }

  private static BitSet[] analyzeDm(
      RelationalPreference rel,
      int[][][] adjacency,
      int m,
      int i,
      Set<RelationalConcept> concepts) {
    BitSet[] r =
        new RelationStability(adjacency, m)
            .analyze(
                i,
                rel.moveFilter(),
                concepts.contains(RelationalConcept.RGMR),
                concepts.contains(RelationalConcept.RSMR),
                concepts.contains(RelationalConcept.RSEQ));
    BitSet[] result = new BitSet[RelationalConcept.values().length];
    result[RelationalConcept.RNASH.ordinal()] = r[RelationStability.NASH];
    result[RelationalConcept.RGMR.ordinal()] = r[RelationStability.GMR];
    result[RelationalConcept.RSMR.ordinal()] = r[RelationStability.SMR];
    result[RelationalConcept.RSEQ.ordinal()] = r[RelationStability.SEQ];
    return result;
  }
}
