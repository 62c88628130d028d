package dev.parley.core.coalition;

import dev.parley.core.graph.GraphModel;
import dev.parley.core.reach.LegalReach;
import dev.parley.core.reach.LegalSearch;
import dev.parley.core.stability.Concept;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;

/**
 * Builds {@link CoalitionExplanation}s, one state at a time. Improvement paths and sequential
 * sanctions are found by breadth-first search over (state, last mover) pairs, so each is a shortest
 * legal sequence. Not thread-safe.
 */
public final class CoalitionExplainer {
  private final GraphModel model;
  private int[][][] adj; // the decision makers' moves, built on first use
  private final Map<CoalitionStructure, BlockGraph> blockGraphs = new HashMap<>();

  public CoalitionExplainer(GraphModel model) {
    this.model = model;
  }

  /** Why {@code state} is or is not stable for coalition {@code h} under {@code concept}. */
  public CoalitionExplanation explain(
      CoalitionConcept concept, Coalition h, int state, Deterrence deterrence) {
    if (adj == null) {
      adj = LegalSearch.adjacency(model.moves());
    }
    CoalitionEngine.PerCoalition pc = new CoalitionEngine.PerCoalition(model, adj, h, deterrence);
    LegalSearch search = LegalSearch.over(adj);
    BitSet imps = pc.improvements(state, false);
    List<CoalitionExplanation.Improvement> out = new ArrayList<>();
    boolean stable = true;
    for (int q = imps.nextSetBit(0); q >= 0; q = imps.nextSetBit(q + 1)) {
      int target = q;
      int node = search.search(state, pc.members, LegalReach.MoveFilter.ALL, x -> x == target);
      List<JointMove> path = moves(search, node, null);
      CoalitionExplanation.Sanction sanction =
          switch (concept) {
            case CNASH -> null;
            case CGMR -> sequential(search, pc, state, q, false, x -> pc.deters(state, x), false);
            case CSEQ -> sequential(search, pc, state, q, true, x -> pc.deters(state, x), false);
            case CSMR ->
                sequential(
                    search, pc, state, q, false, x -> pc.holdsAgainstCounter(state, x), true);
          };
      stable &= sanction != null;
      out.add(new CoalitionExplanation.Improvement(q, path, sanction));
    }
    return new CoalitionExplanation(
        CoalitionExplanation.Kind.COALITION,
        concept.individual(),
        deterrence,
        h,
        state,
        stable,
        out);
  }

  private CoalitionExplanation.Sanction sequential(
      LegalSearch search,
      CoalitionEngine.PerCoalition pc,
      int s,
      int s1,
      boolean improvementsOnly,
      IntPredicate goal,
      boolean counter) {
    int node = search.search(s1, pc.complement, pc.filter(improvementsOnly), goal);
    if (node < 0) {
      return null;
    }
    List<JointMove> moves = moves(search, node, null);
    int end = moves.get(moves.size() - 1).to();
    List<Integer> counterMoves = new ArrayList<>();
    if (counter) {
      pc.reachH(end, true).stream().forEach(counterMoves::add);
    }
    return new CoalitionExplanation.Sanction(
        false, moves, end, deterred(pc.members, s, end), counterMoves);
  }

  /**
   * Why {@code state} is or is not stable for block {@code block} of {@code structure} under the
   * individual concept {@code concept}, with the blocks as players.
   */
  public CoalitionExplanation explain(
      Concept concept, CoalitionStructure structure, int block, int state) {
    BlockGraph bg = blockGraphs.computeIfAbsent(structure, st -> new BlockGraph(model, st));
    int[] others = bg.others(block);
    Coalition self = structure.block(block);
    LegalSearch search = LegalSearch.over(bg.moves);
    StructureEngine.SmrCheck smr =
        concept == Concept.SMR ? new StructureEngine.SmrCheck(bg, block) : null;
    BlockSim sim =
        concept == Concept.SIM || concept == Concept.SEQSIM ? new BlockSim(bg, block) : null;
    IntPredicate deters = x -> bg.deters(block, state, x);
    List<CoalitionExplanation.Improvement> out = new ArrayList<>();
    boolean stable = true;
    for (int s1 : bg.moves(block, state)) {
      if (!bg.improves(block, state, s1)) {
        continue;
      }
      CoalitionExplanation.Sanction sanction =
          switch (concept) {
            case NASH -> null;
            case GMR, SEQ ->
                blockSequential(
                    bg, search, others, block, state, s1, concept == Concept.SEQ, deters, false);
            case SMR ->
                blockSequential(
                    bg, search, others, block, state, s1, false, x -> smr.holds(state, x), true);
            case SIM -> simultaneous(bg, sim, block, state, s1);
            case SEQSIM -> {
              CoalitionExplanation.Sanction seq =
                  blockSequential(bg, search, others, block, state, s1, true, deters, false);
              yield seq != null ? seq : simultaneous(bg, sim, block, state, s1);
            }
          };
      stable &= sanction != null;
      out.add(
          new CoalitionExplanation.Improvement(
              s1, List.of(new JointMove(self, state, s1)), sanction));
    }
    return new CoalitionExplanation(
        CoalitionExplanation.Kind.FIXED_STRUCTURE,
        concept,
        Deterrence.SOME_MEMBER,
        self,
        state,
        stable,
        out);
  }

  private CoalitionExplanation.Sanction blockSequential(
      BlockGraph bg,
      LegalSearch search,
      int[] others,
      int block,
      int s,
      int s1,
      boolean improvementsOnly,
      IntPredicate goal,
      boolean counter) {
    LegalReach.MoveFilter filter = improvementsOnly ? bg::improves : LegalReach.MoveFilter.ALL;
    int node = search.search(s1, others, filter, goal);
    if (node < 0) {
      return null;
    }
    List<JointMove> moves = moves(search, node, bg.structure);
    int end = moves.get(moves.size() - 1).to();
    List<Integer> counterMoves = new ArrayList<>();
    if (counter) {
      for (int y : bg.moves(block, end)) {
        counterMoves.add(y);
      }
    }
    return new CoalitionExplanation.Sanction(
        false, moves, end, deterred(bg.structure.block(block).members(), s, end), counterMoves);
  }

  private CoalitionExplanation.Sanction simultaneous(
      BlockGraph bg, BlockSim sim, int block, int s, int s1) {
    int[] combo = sim.find(s, s1);
    if (combo == null) {
      return null;
    }
    int[] others = sim.others();
    List<JointMove> moves = new ArrayList<>();
    for (int k = 0; k < others.length; k++) {
      if (combo[k] >= 0) {
        moves.add(new JointMove(bg.structure.block(others[k]), s, combo[k]));
      }
    }
    int end = combo[others.length];
    return new CoalitionExplanation.Sanction(
        true, moves, end, deterred(bg.structure.block(block).members(), s, end), List.of());
  }

  /** The path to {@code node} as moves; players are decision makers, or blocks of a structure. */
  private static List<JointMove> moves(LegalSearch search, int node, CoalitionStructure st) {
    return JointMove.of(search.path(node), st == null ? Coalition::singleton : st::block);
  }

  private List<Integer> deterred(int[] members, int s, int end) {
    List<Integer> out = new ArrayList<>();
    for (int k : members) {
      if (model.payoff(k, end) <= model.payoff(k, s)) {
        out.add(k);
      }
    }
    return out;
  }
}
