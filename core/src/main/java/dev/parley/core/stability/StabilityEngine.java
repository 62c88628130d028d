package dev.parley.core.stability;

import dev.parley.core.graph.GraphModel;
import dev.parley.core.move.MoveGraph;
import dev.parley.core.progress.Progress;
import dev.parley.core.reach.GroupLayout;
import dev.parley.core.reach.LegalReach;
import java.util.BitSet;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * The fast stability engine. Every concept reduces to a minimum of a per-state value over a
 * reachable set (docs/architecture.md): with {@code p} the focal decision maker's payoffs and
 * {@code s1} a unilateral improvement from {@code s},
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
    if (Verdicts.needSim(concepts)) {
      SimultaneousSanctions.requireOptionForm(model);
    }
    int n = model.dmCount();
    BitSet[][] perDm = new BitSet[n][];
    boolean optionForm = GroupLayout.supports(model.moves());
    Steps steps = new Steps(progress, optionForm ? 1 + n * Steps.perDm(concepts) : n);
    GroupLayout[] layouts = null;
    if (optionForm) {
      layouts = GroupLayout.ofDecisionMakers(model.moves(), model::payoffs);
      steps.done("stability: moves of every decision maker laid out");
    }
    GroupLayout[] laid = layouts;
    IntStream.range(0, n)
        .parallel()
        .forEach(
            i -> {
              progress.check();
              if (laid != null) {
                perDm[i] = analyzeOptionDm(model, laid, i, concepts, steps);
              } else {
                perDm[i] = analyzeDm(model, i, concepts);
                steps.done("stability: " + dmName(model, i));
              }
            });
    return new StabilityResult(model, Verdicts.collate(perDm, concepts), "engine");
  }

  /**
   * One decision maker of an option-form model, read off the group layouts: its unilateral
   * improvements from a state are the tiers above the state's payoff in the pattern runs of its
   * group that contain the state's pattern ({@link GroupLayout}), so every check that holds for all
   * improvements at once (Nash, GMR, SMR, SEQ) is decided per tier, from the largest opponents'
   * minimum over the tiers above. Only SIM and SEQ+SIM visit improvements one by one.
   */
  private static BitSet[] analyzeOptionDm(
      GraphModel model, GroupLayout[] layouts, int i, Set<Concept> concepts, Steps steps) {
    Progress progress = steps.progress;
    String who = dmName(model, i);
    int m = model.stateCount();
    GroupLayout own = layouts[i];
    boolean needSim = Verdicts.needSim(concepts);
    boolean needSeqSim = concepts.contains(Concept.SEQSIM);

    Minima minima = minima(model, layouts, i, concepts, progress, steps::done);
    int[] gmrMin = minima.gmr();
    int[] smrMin = minima.smr();
    int[] seqMin = minima.seq();
    SimultaneousSanctions sim = needSim ? new SimultaneousSanctions(model, i, layouts) : null;

    BitSet[] result = Verdicts.empty(concepts, m);
    // per tier: the largest minimum over its states, then over the rest of its run above it
    int[][] mins = {gmrMin, smrMin, seqMin};
    int[][] suffix = new int[3][16];
    for (int g = 0, groups = own.groupCount(); g < groups; g++) {
      if ((g & 0xffff) == 0) {
        progress.check();
      }
      int t0 = own.firstTier(g);
      int t1 = own.endTier(g);
      int tiers = t1 - t0;
      if (suffix[0].length < tiers) {
        suffix = new int[3][Math.max(tiers, 2 * suffix[0].length)];
      }
      for (int c = 0; c < 3; c++) {
        int[] min = mins[c];
        if (min == null) {
          continue;
        }
        int[] suf = suffix[c];
        for (int t = t1 - 1; t >= t0; t--) {
          int worst = Integer.MIN_VALUE;
          for (int q = own.tierStart(t), e = own.tierEnd(t); q < e; q++) {
            worst = Math.max(worst, min[own.member(q)]);
          }
          if (own.tierHasNext(t)) {
            worst = Math.max(worst, suf[t + 1 - t0]);
          }
          suf[t - t0] = worst;
        }
      }
      for (int t = t0; t < t1; t++) {
        int v = own.tierValue(t);
        // the improvements start at the first tier above v of each run containing t's pattern
        int first = own.succStart(t);
        int end = own.succEnd(t);
        boolean nash = first == end;
        boolean gmr = true;
        boolean smr = true;
        boolean seq = true;
        for (int a = first; a < end; a++) {
          int u = own.succ(a) - t0;
          gmr &= gmrMin == null || suffix[0][u] <= v;
          smr &= smrMin == null || suffix[1][u] <= v;
          seq &= seqMin == null || suffix[2][u] <= v;
        }
        for (int q = own.tierStart(t), e = own.tierEnd(t); q < e; q++) {
          int s = own.member(q);
          Verdicts.set(result, Concept.NASH, s, nash);
          Verdicts.set(result, Concept.GMR, s, gmr);
          Verdicts.set(result, Concept.SMR, s, smr);
          Verdicts.set(result, Concept.SEQ, s, seq);
          if (sim == null) {
            continue;
          }
          boolean simOk = true;
          boolean seqSim = true;
          improvements:
          for (int a = first; a < end; a++) {
            for (int u = own.succ(a); ; u++) {
              for (int r = own.tierStart(u), re = own.tierEnd(u); r < re; r++) {
                int s1 = own.member(r);
                boolean seqSanctioned = seqMin != null && seqMin[s1] <= v;
                if ((simOk || !seqSanctioned) && !sim.sanctioned(s, s1)) {
                  simOk = false;
                  if (!seqSanctioned) {
                    seqSim = false; // neither SEQ- nor SIM-sanctioned
                  }
                }
                if (!simOk && (!needSeqSim || !seqSim)) {
                  break improvements;
                }
              }
              if (!own.tierHasNext(u)) {
                break;
              }
            }
          }
          Verdicts.set(result, Concept.SIM, s, simOk);
          Verdicts.set(result, Concept.SEQSIM, s, seqSim);
        }
      }
    }
    steps.done("stability: " + who + (needSim ? " (with SIM)" : "") + " decided");
    return result;
  }

  /**
   * The opponents' sanction minima against decision maker {@code i}, for every state s1 (the table
   * of docs/architecture.md): {@code gmr[s1]} = min p_i over R_{N−i}(s1) ∪ {s1}; {@code smr[s1]} =
   * the same minimum of max(p_i(x), max p_i over R_i(x)); {@code seq[s1]} = min p_i over
   * R⁺_{N−i}(s1) ∪ {s1}. Each is null when {@code concepts} needs none. s1 is sanctioned against s
   * when the minimum is at most a bound for s ({@code p_i(s)}; docs/semantics.md §5.4 uses
   * another).
   *
   * @param layouts the option-form layouts of every decision maker, or null (any move graph)
   * @param done told the name of each pass as it ends
   */
  public static Minima minima(
      GraphModel model,
      GroupLayout[] layouts,
      int i,
      Set<Concept> concepts,
      Progress progress,
      java.util.function.Consumer<String> done) {
    int[] p = model.payoffs(i);
    int[] opponents = model.opponents(i);
    boolean needSmr = concepts.contains(Concept.SMR);
    int[] gmrMin = null;
    int[] smrMin = null;
    if (concepts.contains(Concept.GMR) || needSmr) {
      int[][] values =
          !needSmr
              ? new int[][] {p}
              : new int[][] {
                p,
                layouts != null
                    ? escapeValue(layouts[i], model.stateCount())
                    : escapeValue(model.moves(), i, p)
              };
      int[][] mins =
          layouts != null
              ? LegalReach.minOverClosure(model, layouts, opponents, false, progress, values)
              : LegalReach.minOverClosure(model, opponents, false, values);
      gmrMin = mins[0];
      smrMin = needSmr ? mins[1] : null;
      done.accept(
          "stability: " + (needSmr ? "GMR/SMR" : "GMR") + " sanctions against " + dmName(model, i));
    }
    int[] seqMin = null;
    if (Verdicts.needSeq(concepts)) {
      seqMin =
          (layouts != null
                  ? LegalReach.minOverClosure(model, layouts, opponents, true, progress, p)
                  : LegalReach.minOverClosure(model, opponents, true, p))
              [0];
      done.accept("stability: SEQ sanctions against " + dmName(model, i));
    }
    return new Minima(gmrMin, smrMin, seqMin);
  }

  /** The minima of {@link #minima}; a component is null when not computed. */
  public record Minima(int[] gmr, int[] smr, int[] seq) {}

  /** Progress in steps: the layouts, then each decision maker's passes. Thread-safe. */
  private static final class Steps {
    final Progress progress;
    private final long total;
    private final java.util.concurrent.atomic.AtomicLong done =
        new java.util.concurrent.atomic.AtomicLong();

    Steps(Progress progress, long total) {
      this.progress = progress;
      this.total = total;
      progress.report("stability", 0, total);
    }

    /** The passes of one decision maker: GMR/SMR, SEQ, and the decision per state. */
    static int perDm(Set<Concept> concepts) {
      int passes = 1;
      if (concepts.contains(Concept.GMR) || concepts.contains(Concept.SMR)) {
        passes++;
      }
      if (Verdicts.needSeq(concepts)) {
        passes++;
      }
      return passes;
    }

    void done(String phase) {
      progress.report(phase, done.incrementAndGet(), total);
      progress.check();
    }
  }

  private static String dmName(GraphModel model, int i) {
    return model.conflict().decisionMakers().get(i).id();
  }

  /**
   * For SMR, from the layout: the best the focal decision maker can make of state x, staying or
   * moving on once: the highest payoff over the runs of x's group whose pattern contains x's.
   */
  private static int[] escapeValue(GroupLayout own, int m) {
    int[] esc = new int[m];
    for (int g = 0, groups = own.groupCount(); g < groups; g++) {
      int t0 = own.firstTier(g);
      int t1 = own.endTier(g);
      for (int t = t0; t < t1; t++) {
        int pattern = own.tierPattern(t);
        int best = Integer.MIN_VALUE;
        for (int u = t0; u < t1; u++) {
          // the last tier of a run holds its highest value
          if (!own.tierHasNext(u) && (own.tierPattern(u) & pattern) == pattern) {
            best = Math.max(best, own.tierValue(u));
          }
        }
        for (int q = own.tierStart(t), e = own.tierEnd(t); q < e; q++) {
          esc[own.member(q)] = best;
        }
      }
    }
    return esc;
  }

  private static BitSet[] analyzeDm(GraphModel model, int i, Set<Concept> concepts) {
    MoveGraph g = model.moves();
    int m = model.stateCount();
    int[] p = model.payoffs(i);
    boolean needSim = Verdicts.needSim(concepts);

    Minima minima = minima(model, null, i, concepts, Progress.NONE, phase -> {});
    int[] gmrMin = minima.gmr();
    int[] smrMin = minima.smr();
    int[] seqMin = minima.seq();
    SimultaneousSanctions sim = needSim ? new SimultaneousSanctions(model, i) : null;

    BitSet[] result = Verdicts.empty(concepts, m);
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
      Verdicts.set(result, s, nash, gmr, smr, seq, simOk, seqSim);
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
}
