package dev.parley.core.uncertainty;

import dev.parley.core.graph.GraphModel;
import dev.parley.core.move.MoveGraph;
import dev.parley.core.reach.LegalReach;
import dev.parley.core.reach.LegalSearch;
import dev.parley.core.stability.Concept;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Stability with unknown preferences (docs/semantics.md §1.8): each of Nash, GMR, SMR and SEQ in
 * the four variants a–d of Li, Hipel, Kilgour &amp; Fang (2004).
 *
 * <p>For focal decision maker i at state s, q is <em>better</em> (q ≻_i s), <em>not better</em> (q
 * ≾_i s) or <em>unknown</em> (q U_i s). The variants differ in the moves i considers and in the
 * states that count as sanctions:
 *
 * <table>
 *   <caption>variants</caption>
 *   <tr><th>variant</th><th>moves considered</th><th>sanctions</th></tr>
 *   <tr><td>a</td><td>better or unknown</td><td>not better</td></tr>
 *   <tr><td>b</td><td>better or unknown</td><td>not better or unknown</td></tr>
 *   <tr><td>c</td><td>better</td><td>not better or unknown</td></tr>
 *   <tr><td>d</td><td>better (standard when nothing is unknown)</td><td>not better</td></tr>
 * </table>
 *
 * <ul>
 *   <li>Nash_x: no move considered.
 *   <li>GMR_x: every considered move q has some s2 in R_{N−i}(q) that is a sanction.
 *   <li>SMR_x: as GMR_x, and every s3 in R_i(s2) is a sanction too (the same substitution applied
 *       to the countermove test).
 *   <li>SEQ_x: as GMR_x, with s2 reached by legal sequences of the opponents' own "better or
 *       unknown" steps, each measured from the state its mover leaves (docs/semantics.md §1.8: the
 *       opponents' sequences use their own R^{+,U} steps), in every variant.
 * </ul>
 *
 * With no unknown pair, all four variants equal the standard concept. Per-state searches: meant for
 * models of up to a few thousand states.
 */
public final class UnknownStability {
  /** The four variants. */
  public enum Variant {
    A,
    B,
    C,
    D;

    /**
     * Whether the focal decision maker also considers moves to states of unknown preference (a, b).
     */
    public boolean unknownMoves() {
      return this == A || this == B;
    }

    /** Whether states of unknown preference count as sanctions (b, c). */
    public boolean unknownSanctions() {
      return this == B || this == C;
    }

    public String id() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** The concepts offered with unknown preference. */
  public static final List<Concept> CONCEPTS =
      List.of(Concept.NASH, Concept.GMR, Concept.SMR, Concept.SEQ);

  /** Per concept and variant, the states stable for each decision maker. */
  public record Result(GraphModel model, Map<Concept, Map<Variant, BitSet[]>> stable) {
    public BitSet stableFor(Concept c, Variant v, int dm) {
      return (BitSet) stable.get(c).get(v)[dm].clone();
    }

    public BitSet equilibria(Concept c, Variant v) {
      BitSet[] s = stable.get(c).get(v);
      BitSet eq = (BitSet) s[0].clone();
      for (int d = 1; d < s.length; d++) {
        eq.and(s[d]);
      }
      return eq;
    }
  }

  private static final int BETTER = 1;
  private static final int NOT_BETTER = 0;
  private static final int UNKNOWN = 2;

  private final GraphModel model;
  private final UnknownPreferences unknown;
  private final int n;
  private final int m;
  private final BitSet[][] reachAll;
  private final BitSet[][] reachCredible;
  private LegalSearch search;

  private UnknownStability(GraphModel model, UnknownPreferences unknown) {
    this.model = model;
    this.unknown = unknown;
    this.n = model.dmCount();
    this.m = model.stateCount();
    this.reachAll = new BitSet[n][m];
    this.reachCredible = new BitSet[n][m];
  }

  public static Result analyze(GraphModel model, UnknownPreferences unknown) {
    if (unknown.dmCount() != model.dmCount()) {
      throw new IllegalArgumentException("unknown preferences for another number of parties");
    }
    return new UnknownStability(model, unknown).run();
  }

  /** q compared with s by decision maker i. */
  private int relation(int i, int q, int s) {
    if (q != s && unknown.unknown(i, q, s)) {
      return UNKNOWN;
    }
    return model.payoff(i, q) > model.payoff(i, s) ? BETTER : NOT_BETTER;
  }

  private Result run() {
    Map<Concept, Map<Variant, BitSet[]>> out = new EnumMap<>(Concept.class);
    for (Concept c : CONCEPTS) {
      Map<Variant, BitSet[]> byVariant = new EnumMap<>(Variant.class);
      for (Variant v : Variant.values()) {
        BitSet[] sets = new BitSet[n];
        for (int i = 0; i < n; i++) {
          sets[i] = new BitSet(m);
        }
        byVariant.put(v, sets);
      }
      out.put(c, byVariant);
    }
    MoveGraph g = model.moves();
    for (int i = 0; i < n; i++) {
      for (int s = 0; s < m; s++) {
        int[] moves = g.moves(i, s);
        for (Variant v : Variant.values()) {
          BitSet sanction = new BitSet(m);
          for (int x = 0; x < m; x++) {
            int r = relation(i, x, s);
            if (r == NOT_BETTER || (r == UNKNOWN && v.unknownSanctions())) {
              sanction.set(x);
            }
          }
          boolean nash = true;
          boolean gmr = true;
          boolean smr = true;
          boolean seq = true;
          for (int q : moves) {
            int r = relation(i, q, s);
            if (!(r == BETTER || (r == UNKNOWN && v.unknownMoves()))) {
              continue;
            }
            nash = false;
            BitSet all = reach(i, q, false);
            if (!all.intersects(sanction)) {
              gmr = false;
              smr = false;
            } else if (smr) {
              boolean found = false;
              for (int x = all.nextSetBit(0); x >= 0 && !found; x = all.nextSetBit(x + 1)) {
                if (!sanction.get(x)) {
                  continue;
                }
                boolean escape = false;
                for (int y : g.moves(i, x)) {
                  if (!sanction.get(y)) {
                    escape = true;
                    break;
                  }
                }
                found = !escape;
              }
              smr = found;
            }
            if (seq && !reach(i, q, true).intersects(sanction)) {
              seq = false;
            }
          }
          set(out, Concept.NASH, v, i, s, nash);
          set(out, Concept.GMR, v, i, s, gmr);
          set(out, Concept.SMR, v, i, s, smr);
          set(out, Concept.SEQ, v, i, s, seq);
        }
      }
    }
    return new Result(model, out);
  }

  private static void set(
      Map<Concept, Map<Variant, BitSet[]>> out, Concept c, Variant v, int i, int s, boolean b) {
    if (b) {
      out.get(c).get(v)[i].set(s);
    }
  }

  /**
   * R_{N−i}(q) by legal sequences (no decision maker twice in a row), of all moves or of the
   * opponents' "better or unknown" steps; memoized.
   */
  private BitSet reach(int i, int q, boolean credible) {
    BitSet[][] memo = credible ? reachCredible : reachAll;
    if (memo[i][q] != null) {
      return memo[i][q];
    }
    if (search == null) {
      search = LegalSearch.over(model.moves());
    }
    search.search(
        q,
        model.opponents(i),
        credible ? (j, x, y) -> relation(j, y, x) != NOT_BETTER : LegalReach.MoveFilter.ALL,
        null);
    BitSet out = search.reached();
    memo[i][q] = out;
    return out;
  }
}
