package dev.parley.core.coalition;

import dev.parley.core.evolution.ReachTree;
import dev.parley.core.graph.GraphModel;
import dev.parley.core.reach.LegalReach;
import dev.parley.core.reach.LegalSearch;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;

/**
 * Evolution with coalition moves: the states a coalition H reaches from a state s by a coalition
 * improvement (q ∈ R_H^{++}(s): a legal sequence of the members' moves ending where every member is
 * strictly better off) that no member reaches alone by one of its own unilateral improvements (q ∉
 * R_k^+(s) for every k ∈ H).
 *
 * <p>Elmira: from state 7 MoE modifies the order (7 → 8, which MoE likes less) and Uniroyal then
 * accepts it (8 → 10); both prefer 10 to 7, and neither can move 7 → 10 alone.
 */
public final class CoalitionGains {
  private CoalitionGains() {}

  /**
   * One state a coalition reaches jointly and no member alone.
   *
   * @param path a shortest legal sequence of the members' moves from {@code from} to {@code target}
   * @param byImprovements whether some legal sequence of the members' own unilateral improvements
   *     also reaches the target (then no agreement is needed, only the right order); when false,
   *     some member must make a move that does not pay by itself
   */
  public record Gain(
      Coalition coalition, int from, int target, List<JointMove> path, boolean byImprovements) {
    public Gain {
      path = List.copyOf(path);
    }
  }

  /** The gains of one coalition (at least two members) from {@code from}, by target state. */
  public static List<Gain> of(GraphModel model, int from, Coalition h) {
    if (h.size() < 2) {
      return List.of();
    }
    int[][][] adj = LegalSearch.adjacency(model.moves());
    return gains(model, adj, from, h, null);
  }

  /**
   * The gains of every coalition of two or more members from {@code from}, each target listed only
   * under its minimal coalitions (no smaller coalition reaches it by a coalition improvement),
   * ordered by target state and then by coalition.
   *
   * @throws IllegalArgumentException for more than {@link CoalitionEngine#MAX_DMS} decision makers
   */
  public static List<Gain> find(GraphModel model, int from) {
    CoalitionEngine.checkSize(model);
    int[][][] adj = LegalSearch.adjacency(model.moves());
    List<Gain> out = new ArrayList<>();
    // for each target, the coalitions that reach it by a coalition improvement, smallest first
    List<List<Coalition>> reachedBy = new ArrayList<>();
    for (int s = 0; s < model.stateCount(); s++) {
      reachedBy.add(new ArrayList<>());
    }
    for (Coalition h : Coalition.every(model.dmCount())) {
      if (h.size() < 2) {
        continue;
      }
      CoalitionEngine.PerCoalition pc =
          new CoalitionEngine.PerCoalition(model, adj, h, Deterrence.SOME_MEMBER);
      BitSet imps = pc.improvements(from, false);
      BitSet candidates = new BitSet();
      for (int q = imps.nextSetBit(0); q >= 0; q = imps.nextSetBit(q + 1)) {
        boolean minimal = true;
        for (Coalition g : reachedBy.get(q)) {
          minimal &= !g.isSubsetOf(h);
        }
        reachedBy.get(q).add(h);
        if (minimal) {
          candidates.set(q);
        }
      }
      if (!candidates.isEmpty()) {
        out.addAll(gains(model, adj, from, h, candidates));
      }
    }
    out.sort(Comparator.comparingInt(Gain::target).thenComparing(Gain::coalition));
    return out;
  }

  /**
   * The coalition gains along the evolution from a status quo: from the status quo itself and from
   * every state that legal sequences of unilateral improvements reach from it (docs/semantics.md
   * §3.1), ordered by starting state (the status quo first), then as {@link #find}. Elmira: from
   * the status quo 1 only LG improves (1 → 7); from 7 MoE and Uniroyal together reach 10.
   */
  public static List<Gain> alongEvolution(GraphModel model, int statusQuo) {
    CoalitionEngine.checkSize(model);
    List<Gain> out = new ArrayList<>(find(model, statusQuo));
    BitSet reached = ReachTree.of(model, statusQuo, true).reachable();
    for (int x = reached.nextSetBit(0); x >= 0; x = reached.nextSetBit(x + 1)) {
      if (x != statusQuo) {
        out.addAll(find(model, x));
      }
    }
    return out;
  }

  private static List<Gain> gains(
      GraphModel model, int[][][] adj, int from, Coalition h, BitSet only) {
    CoalitionEngine.PerCoalition pc =
        new CoalitionEngine.PerCoalition(model, adj, h, Deterrence.SOME_MEMBER);
    BitSet imps = pc.improvements(from, false);
    if (only != null) {
      imps.and(only);
    }
    for (int k : pc.members) {
      for (int q : adj[k][from]) {
        if (model.improves(k, from, q)) {
          imps.clear(q); // a member gets there alone
        }
      }
    }
    List<Gain> out = new ArrayList<>();
    if (imps.isEmpty()) {
      return out;
    }
    LegalSearch search = LegalSearch.over(adj);
    search.search(from, pc.members, model::improves, null);
    BitSet byUis = search.reached();
    for (int q = imps.nextSetBit(0); q >= 0; q = imps.nextSetBit(q + 1)) {
      int target = q;
      int node = search.search(from, pc.members, LegalReach.MoveFilter.ALL, x -> x == target);
      List<JointMove> path = JointMove.of(search.path(node), Coalition::singleton);
      out.add(new Gain(h, from, q, path, byUis.get(q)));
    }
    return out;
  }
}
