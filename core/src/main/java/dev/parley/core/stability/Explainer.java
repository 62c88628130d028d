package dev.parley.core.stability;

import dev.parley.core.model.GraphModel;
import dev.parley.core.move.MoveGraph;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Builds {@link Explanation}s for one state at a time. Sequential sanctions are found by a
 * breadth-first search over (state, last mover) pairs, so the reported sanction is a shortest legal
 * sequence of opponents' moves (of their improvements, for SEQ).
 */
public final class Explainer {
  private final GraphModel model;

  public Explainer(GraphModel model) {
    this.model = model;
  }

  public Explanation explain(Concept concept, int dm, int state) {
    MoveGraph g = model.moves();
    int[] p = model.payoffs(dm);
    int ps = p[state];
    List<Explanation.Improvement> improvements = new ArrayList<>();
    boolean stable = true;
    SimultaneousSanctions sim =
        concept == Concept.SIM || concept == Concept.SEQSIM
            ? new SimultaneousSanctions(model, dm)
            : null;
    int[] escape = concept == Concept.SMR ? StabilityEngine.escapeValue(g, dm, p) : null;
    for (int s1 : g.moves(dm, state)) {
      if (p[s1] <= ps) {
        continue;
      }
      Explanation.Sanction sanction;
      switch (concept) {
        case NASH:
          sanction = null;
          break;
        case GMR:
          sanction = sequential(dm, s1, ps, false, null);
          break;
        case SMR:
          sanction = sequential(dm, s1, ps, false, escape);
          break;
        case SEQ:
          sanction = sequential(dm, s1, ps, true, null);
          break;
        case SIM:
          sanction = simultaneous(sim, state, s1);
          break;
        case SEQSIM:
          sanction = sequential(dm, s1, ps, true, null);
          if (sanction == null) {
            sanction = simultaneous(sim, state, s1);
          }
          break;
        default:
          throw new IllegalArgumentException(concept.toString());
      }
      if (sanction == null) {
        stable = false;
      }
      improvements.add(new Explanation.Improvement(s1, sanction));
    }
    return new Explanation(concept, dm, state, stable, improvements);
  }

  private Explanation.Sanction simultaneous(SimultaneousSanctions sim, int s, int s1) {
    int[] combo = sim.findCombination(s, s1);
    if (combo == null) {
      return null;
    }
    List<Move> moves = new ArrayList<>();
    int[] opp = sim.opponents();
    for (int k = 0; k < opp.length; k++) {
      if (combo[k] >= 0) {
        moves.add(new Move(opp[k], s, combo[k]));
      }
    }
    return new Explanation.Sanction(true, moves, combo[opp.length], List.of());
  }

  /**
   * Shortest legal sequence of opponents' moves from {@code s1} to a state no better than the
   * threshold for the focal decision maker (and, with {@code escape}, from which it cannot move
   * above the threshold).
   */
  private Explanation.Sanction sequential(
      int focal, int s1, int threshold, boolean improvementsOnly, int[] escape) {
    MoveGraph g = model.moves();
    int n = model.dmCount();
    int m = model.stateCount();
    int[] p = model.payoffs(focal);
    // node = state * n + last mover; parent pointers for path reconstruction
    int[] parent = new int[m * n];
    Arrays.fill(parent, -2);
    ArrayDeque<Integer> queue = new ArrayDeque<>();
    int startNode = -1;
    // the search starts at s1 where the focal DM just moved
    int root = s1 * n + focal;
    parent[root] = -1;
    queue.add(root);
    while (!queue.isEmpty()) {
      int node = queue.poll();
      int x = node / n;
      int last = node % n;
      if (node != root && p[x] <= threshold && (escape == null || escape[x] <= threshold)) {
        startNode = node;
        break;
      }
      for (int j = 0; j < n; j++) {
        if (j == focal || j == last) {
          continue;
        }
        for (int k = 0, slots = g.slots(j, x); k < slots; k++) {
          int y = g.target(j, x, k);
          if (y < 0) {
            continue;
          }
          if (improvementsOnly && !model.improves(j, x, y)) {
            continue;
          }
          int next = y * n + j;
          if (parent[next] == -2) {
            parent[next] = node;
            queue.add(next);
          }
        }
      }
    }
    if (startNode < 0) {
      return null;
    }
    List<Move> moves = new ArrayList<>();
    for (int node = startNode; parent[node] >= 0; node = parent[node]) {
      moves.add(0, new Move(node % n, parent[node] / n, node / n));
    }
    int end = startNode / n;
    List<Integer> counter = new ArrayList<>();
    if (escape != null) {
      for (int y : g.moves(focal, end)) {
        counter.add(y);
      }
    }
    return new Explanation.Sanction(false, moves, end, counter);
  }
}
