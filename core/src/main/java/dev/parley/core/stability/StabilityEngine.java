package dev.parley.core.stability;

import dev.parley.core.model.GraphModel;
import dev.parley.core.move.LegalReach;
import dev.parley.core.move.MoveGraph;
import dev.parley.core.progress.Progress;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * The fast stability engine. Every concept reduces to a minimum of a per-state value over a
 * reachable set (DESIGN.md): with {@code p} the focal decision maker's payoffs and {@code s1} a
 * unilateral improvement from {@code s},
 *
 * <ul>
 *   <li>GMR: {@code min p over R_{N-i}(s1) <= p(s)};
 *   <li>SMR: {@code min over R_{N-i}(s1) of max(p(s2), max p over R_i(s2)) <= p(s)};
 *   <li>SEQ: {@code min p over R+_{N-i}(s1) <= p(s)}, reach by the opponents' improvements.
 * </ul>
 *
 * The minima for all states come from one pass of {@link LegalReach} per decision maker, so the
 * cost is linear in the size of the move graph times the number of decision makers. Decision makers
 * are analysed in parallel; the result does not depend on the number of threads.
 */
public final class StabilityEngine implements StabilitySolver {
  private final Progress progress;

  public StabilityEngine() {
    this(Progress.NONE);
  }

  /** An engine that reports to, and can be cancelled through, {@code progress}. */
  public StabilityEngine(Progress progress) {
    this.progress = progress;
  }

  @Override
  public StabilityResult analyze(GraphModel model, Set<Concept> concepts) {
    if (concepts.contains(Concept.SIM) || concepts.contains(Concept.SEQSIM)) {
      SimultaneousSanctions.requireOptionForm(model);
    }
    int n = model.dmCount();
    BitSet[][] perDm = new BitSet[n][];
    java.util.concurrent.atomic.AtomicInteger finished =
        new java.util.concurrent.atomic.AtomicInteger();
    progress.report("stability", 0, n);
    IntStream.range(0, n)
        .parallel()
        .forEach(
            i -> {
              progress.check();
              perDm[i] = analyzeDm(model, i, concepts);
              progress.report("stability", finished.incrementAndGet(), n);
            });
    Map<Concept, BitSet[]> out = new EnumMap<>(Concept.class);
    for (Concept c : concepts) {
      BitSet[] sets = new BitSet[n];
      for (int i = 0; i < n; i++) {
        sets[i] = perDm[i][c.ordinal()];
      }
      out.put(c, sets);
    }
    return new StabilityResult(model, out, "engine");
  }

  private static BitSet[] analyzeDm(GraphModel model, int i, Set<Concept> concepts) {
    MoveGraph g = model.moves();
    int m = model.stateCount();
    int[] p = model.payoffs(i);
    int[] opponents = opponents(model.dmCount(), i);
    boolean needGmr = concepts.contains(Concept.GMR);
    boolean needSmr = concepts.contains(Concept.SMR);
    boolean needSeq = concepts.contains(Concept.SEQ) || concepts.contains(Concept.SEQSIM);
    boolean needSim = concepts.contains(Concept.SIM) || concepts.contains(Concept.SEQSIM);

    int[] gmrMin = null;
    int[] smrMin = null;
    if (needGmr || needSmr) {
      int[][] mins =
          needSmr
              ? LegalReach.minOverClosure(model, opponents, false, p, escapeValue(g, i, p))
              : LegalReach.minOverClosure(model, opponents, false, p);
      gmrMin = mins[0];
      smrMin = needSmr ? mins[1] : null;
    }
    int[] seqMin = null;
    if (needSeq) {
      seqMin = LegalReach.minOverClosure(model, opponents, true, p)[0];
    }
    SimultaneousSanctions sim = needSim ? new SimultaneousSanctions(model, i) : null;

    BitSet[] result = new BitSet[Concept.values().length];
    for (Concept c : concepts) {
      result[c.ordinal()] = new BitSet(m);
    }
    for (int s = 0; s < m; s++) {
      int ps = p[s];
      boolean nash = true;
      boolean gmr = true;
      boolean smr = true;
      boolean seq = true;
      boolean simOk = true;
      boolean seqSim = true;
      for (int k = 0, slots = g.slots(i, s); k < slots; k++) {
        int s1 = g.target(i, s, k);
        if (s1 < 0 || p[s1] <= ps) {
          continue; // no move, or not an improvement
        }
        nash = false;
        if (gmrMin != null && gmrMin[s1] > ps) {
          gmr = false;
        }
        if (smrMin != null && smrMin[s1] > ps) {
          smr = false;
        }
        boolean seqSanctioned = seqMin != null && seqMin[s1] <= ps;
        if (!seqSanctioned) {
          seq = false;
        }
        if (sim != null) {
          boolean simSanctioned = (simOk || !seqSanctioned) && sim.sanctioned(s, s1);
          if (!simSanctioned) {
            simOk = false;
            // a UI neither SEQ- nor SIM-sanctioned breaks SEQ+SIM
            if (!seqSanctioned) {
              seqSim = false;
            }
          }
        }
      }
      set(result, Concept.NASH, s, nash);
      set(result, Concept.GMR, s, gmr);
      set(result, Concept.SMR, s, smr);
      set(result, Concept.SEQ, s, seq);
      set(result, Concept.SIM, s, simOk);
      set(result, Concept.SEQSIM, s, seqSim);
    }
    return result;
  }

  /**
   * For SMR: the best the focal decision maker can make of state x, staying or moving on once:
   * {@code max(p(x), max p over R_i(x))}. A sanction x holds iff this is no better than p(s).
   */
  static int[] escapeValue(MoveGraph g, int i, int[] p) {
    int m = g.stateCount();
    int[] v = new int[m];
    for (int x = 0; x < m; x++) {
      int best = p[x];
      for (int k = 0, slots = g.slots(i, x); k < slots; k++) {
        int y = g.target(i, x, k);
        if (y >= 0 && p[y] > best) {
          best = p[y];
        }
      }
      v[x] = best;
    }
    return v;
  }

  static int[] opponents(int n, int i) {
    int[] o = new int[n - 1];
    for (int d = 0, k = 0; d < n; d++) {
      if (d != i) {
        o[k++] = d;
      }
    }
    return o;
  }

  private static void set(BitSet[] result, Concept c, int s, boolean value) {
    BitSet b = result[c.ordinal()];
    if (b != null && value) {
      b.set(s);
    }
  }
}
