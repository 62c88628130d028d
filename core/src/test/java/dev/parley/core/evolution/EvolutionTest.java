package dev.parley.core.evolution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.parley.core.EachSeed;
import dev.parley.core.RandomModels;
import dev.parley.core.graph.GraphModel;
import dev.parley.core.model.Conflict;
import dev.parley.core.model.Reversibility;
import dev.parley.core.move.Move;
import dev.parley.core.stability.ReferenceSolver;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.LongStream;

/**
 * Status quo analysis on random models: every reported path is a legal sequence, step by step, and
 * in improvement mode every step improves for its mover; reachability agrees with the literal fixed
 * point of docs/semantics.md §1.3 and with the matrix form of docs/semantics.md §3.1; shortest
 * paths are shortest.
 */
class EvolutionTest {
  static LongStream seeds() {
    return RandomModels.seeds(100);
  }

  @EachSeed
  void individualMovers(long seed) {
    GraphModel model = RandomModels.model(seed);
    Random rnd = new Random(seed);
    for (int trial = 0; trial < 2; trial++) {
      int start = rnd.nextInt(model.stateCount());
      check(seed, Evolution.of(model, start), trial == 0);
    }
  }

  @EachSeed
  void blockMovers(long seed) {
    Conflict conflict = RandomModels.conflict(seed);
    GraphModel model = GraphModel.of(conflict);
    Random rnd = new Random(seed * 31);
    List<Integer> dms = new ArrayList<>();
    for (int d = 0; d < model.dmCount(); d++) {
      dms.add(d);
    }
    Collections.shuffle(dms, rnd);
    int size = 2 + rnd.nextInt(model.dmCount() - 1);
    List<List<Integer>> blocks = List.of(dms.subList(0, size));
    Movers movers = Movers.blocks(model, blocks);
    assertThat(movers.count()).isEqualTo(model.dmCount() - size + 1);
    // a block's moves: its members' moves, and joint changes of their options only
    int block = movers.moverOf(blocks.get(0).get(0));
    long union = 0;
    for (int d : movers.members(block)) {
      union |= model.optionMask(d);
    }
    for (int s = 0; s < model.stateCount(); s++) {
      Set<Integer> own = new HashSet<>();
      for (int d : movers.members(block)) {
        for (int t : model.moves().moves(d, s)) {
          own.add(t);
        }
      }
      for (int t : movers.moves(block, s)) {
        long change = model.space().code(s) ^ model.space().code(t);
        if ((change & ~union) != 0) {
          fail("seed %d: block move %d->%d changes others' options", seed, s, t);
        }
        boolean reversible =
            Reversibility.allowsFlip(
                change,
                model.space().code(s),
                conflict.reversibilityMask(Reversibility.FORWARD),
                conflict.reversibilityMask(Reversibility.BACKWARD));
        if (!reversible && !own.contains(t)) {
          fail("seed %d: block move %d->%d breaks reversibility", seed, s, t);
        }
        own.remove(t);
      }
      assertThat(own).as("seed %d: every member move is a block move from %d", seed, s).isEmpty();
    }
    for (int trial = 0; trial < 2; trial++) {
      check(seed, Evolution.of(movers, rnd.nextInt(model.stateCount())), false);
    }
  }

  /** Every property of one evolution. */
  static void check(long seed, Evolution ev, boolean matrixToo) {
    GraphModel model = ev.model();
    Movers movers = ev.movers();
    int m = model.stateCount();
    int k = movers.count();
    for (boolean imp : new boolean[] {false, true}) {
      String mode = imp ? "improvements" : "moves";
      BitSet reach = ev.reachable(imp);
      // the literal fixed point of docs/semantics.md §1.3 over all movers
      int[][][] steps = new int[k][m][];
      for (int j = 0; j < k; j++) {
        for (int x = 0; x < m; x++) {
          int jj = j;
          int xx = x;
          steps[j][x] =
              java.util.Arrays.stream(movers.moves(j, x))
                  .filter(y -> !imp || movers.improves(jj, xx, y))
                  .toArray();
        }
      }
      Set<Integer> all = new HashSet<>();
      for (int j = 0; j < k; j++) {
        all.add(j);
      }
      assertThat(reach)
          .as("seed %d, %s from %d: reachable = the reference", seed, mode, ev.start())
          .isEqualTo(ReferenceSolver.legalReach(steps, all, ev.start()));
      // exactly t steps: the matrix form, and their union is the reachable set (a shortest
      // legal sequence visits each (state, last mover) pair at most once: t <= m k suffices)
      int longest = 1;
      for (int t = 0; t < m; t++) {
        List<Move> p = ev.path(t, imp);
        longest = Math.max(longest, p == null ? 0 : p.size());
      }
      boolean full = m * k <= 160;
      int bound = full ? m * k : longest;
      List<BitSet> layers = ev.exactly(bound, imp);
      assertThat(layers).hasSize(bound);
      if (matrixToo && m <= 24) {
        List<BitSet> matrix = matrixLayers(steps, ev.start(), Math.min(bound, 8));
        assertThat(layers.subList(0, matrix.size()))
            .as("seed %d, %s: exactly-t sets = matrix form", seed, mode)
            .isEqualTo(matrix);
      }
      BitSet union = new BitSet();
      layers.forEach(union::or);
      if (full) {
        assertThat(union).as("seed %d, %s: union of layers", seed, mode).isEqualTo(reach);
      } else {
        BitSet outside = (BitSet) union.clone();
        outside.andNot(reach);
        assertThat(outside.isEmpty())
            .as("seed %d, %s: layers inside the reach %s", seed, mode, outside)
            .isTrue();
      }
      // paths
      for (int t = 0; t < m; t++) {
        List<Move> path = ev.path(t, imp);
        if (t == ev.start()) {
          assertThat(path).isEmpty();
          continue;
        }
        if (!reach.get(t)) {
          if (path != null) {
            fail("seed %d: a path to unreachable %d", seed, t);
          }
          continue;
        }
        assertLegal(seed, movers, ev.start(), t, path, imp);
        int shortest = 1;
        while (!layers.get(shortest - 1).get(t)) {
          shortest++;
        }
        if (path.size() != shortest) {
          fail(
              "seed %d, %s: path to %d has %d steps, shortest %d",
              seed, mode, t, path.size(), shortest);
        }
      }
      // tree: children are exactly the moves of the other movers
      TransitionTree tree = ev.tree(3, imp, 1500);
      if (!tree.truncated()) {
        for (int i = 0; i < tree.nodes().size(); i++) {
          TransitionTree.Node node = tree.nodes().get(i);
          List<Integer> children = tree.children(i);
          int expected = 0;
          if (node.depth() < 3) {
            for (int j = 0; j < k; j++) {
              if (j != node.mover()) {
                expected += steps[j][node.state()].length;
              }
            }
          }
          if (children.size() != expected) {
            fail(
                "seed %d: tree node %d has %d children, not %d",
                seed, i, children.size(), expected);
          }
          List<Move> to = tree.stepsTo(i);
          if (i > 0) {
            assertLegal(seed, movers, ev.start(), node.state(), to, imp);
          }
          boolean seen = node.state() == ev.start();
          for (int q = 0; q + 1 < to.size(); q++) {
            seen |= to.get(q).to() == node.state();
          }
          if (node.revisit() != (i > 0 && seen)) {
            fail("seed %d: tree node %d revisit flag", seed, i);
          }
        }
      }
      // graph: every move (every improvement)
      int arcs = 0;
      for (int j = 0; j < k; j++) {
        for (int x = 0; x < m; x++) {
          arcs += steps[j][x].length;
        }
      }
      TransitionGraph g = ev.graph(imp);
      assertThat(g.arcs()).hasSize(arcs);
      for (Move st : g.arcs()) {
        if (!movers.hasMove(st.mover(), st.from(), st.to()) || imp && !movers.improves(st)) {
          fail("seed %d: graph arc %s", seed, st);
        }
      }
    }
  }

  /** A legal sequence from start to target; in improvement mode each step improves its mover. */
  static void assertLegal(
      long seed, Movers movers, int start, int target, List<Move> path, boolean imp) {
    if (path == null || path.isEmpty()) {
      fail("seed %d: no path to %d", seed, target);
    }
    int at = start;
    int last = -1;
    for (Move st : path) {
      if (st.from() != at || st.mover() == last) {
        fail(
            "seed %d: %s does not continue a legal sequence (at %d, last mover %d)",
            seed, st, at, last);
      }
      if (!movers.hasMove(st.mover(), st.from(), st.to())) {
        fail("seed %d: %s is not a move of its mover", seed, st);
      }
      if (imp) {
        for (int d : movers.members(st.mover())) {
          if (!movers.model().improves(d, st.from(), st.to())) {
            fail("seed %d: %s does not improve for decision maker %d", seed, st, d);
          }
        }
      }
      at = st.to();
      last = st.mover();
    }
    if (at != target) {
      fail("seed %d: the path ends at %d, not %d", seed, at, target);
    }
  }

  /**
   * The matrix form of docs/semantics.md §3.1: M^(1)_i = J_i, M^(t)_i = sign((Σ_{j≠i} M^(t−1)_j) ·
   * J_i); row s0 of Σ_i M^(t)_i is the set reachable in exactly t steps.
   */
  static List<BitSet> matrixLayers(int[][][] steps, int s0, int maxT) {
    int k = steps.length;
    int m = steps[0].length;
    boolean[][][] j = new boolean[k][m][m];
    for (int i = 0; i < k; i++) {
      for (int x = 0; x < m; x++) {
        for (int y : steps[i][x]) {
          j[i][x][y] = true;
        }
      }
    }
    boolean[][][] mt = j;
    List<BitSet> out = new ArrayList<>();
    for (int t = 1; t <= maxT; t++) {
      if (t > 1) {
        boolean[][][] next = new boolean[k][m][m];
        for (int i = 0; i < k; i++) {
          for (int a = 0; a < m; a++) {
            for (int b = 0; b < m; b++) {
              boolean any = false;
              for (int other = 0; other < k && !any; other++) {
                if (other != i && mt[other][a][b]) {
                  any = true;
                }
              }
              if (!any) {
                continue;
              }
              for (int c = 0; c < m; c++) {
                if (j[i][b][c]) {
                  next[i][a][c] = true;
                }
              }
            }
          }
        }
        mt = next;
      }
      BitSet row = new BitSet();
      for (int i = 0; i < k; i++) {
        for (int y = 0; y < m; y++) {
          if (mt[i][s0][y]) {
            row.set(y);
          }
        }
      }
      out.add(row);
    }
    return out;
  }
}
