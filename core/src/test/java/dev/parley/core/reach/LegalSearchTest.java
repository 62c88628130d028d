package dev.parley.core.reach;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.EachSeed;
import dev.parley.core.RandomModels;
import dev.parley.core.graph.GraphModel;
import dev.parley.core.move.Move;
import dev.parley.core.stability.ReferenceSolver;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The one legal search against the definition: on seeded random move graphs (arbitrary arcs in
 * arbitrary order, common moves, random movers in random order, three kinds of filter) and on
 * random option-form models, from every state, the states it reaches are {@link
 * ReferenceSolver#legalReach} and the path to each is the first legal sequence to it when every
 * legal sequence is enumerated by length and then lexicographically ({@link
 * ReferenceSolver#firstSequences}); with a stop predicate it stops at the first such sequence that
 * ends in a goal. Arrays and the hash table agree. The models exercised what the
 * two-nodes-per-state pruning skips (states with three or more (state, last mover) pairs) and paths
 * of two moves or more.
 */
class LegalSearchTest {
  private static final long BUDGET = 2_000_000;

  private static int models;
  private static int prunedModels;
  private static int longPathModels;
  private static int goalsFound;
  private static int tableGrown;

  static LongStream seeds() {
    return LongStream.rangeClosed(1, 300);
  }

  static LongStream modelSeeds() {
    return RandomModels.seedsWhere(150, seed -> RandomModels.model(seed).stateCount() <= 16);
  }

  @EachSeed
  void randomGraphsMatchTheEnumeratedSequences(long seed) {
    Random rnd = new Random(seed * 0x2545F4914F6CDD1DL + 3);
    int n = 2 + rnd.nextInt(4);
    int m = 2 + rnd.nextInt(8);
    int[][][] moves = randomArcs(rnd, n, m, 0.1 + 0.5 * rnd.nextDouble());
    int[][] payoffs = new int[n][m];
    for (int[] p : payoffs) {
      for (int x = 0; x < m; x++) {
        p[x] = rnd.nextInt(m);
      }
    }
    List<Integer> order = new ArrayList<>();
    for (int j = 0; j < n; j++) {
      order.add(j);
    }
    Collections.shuffle(order, rnd);
    int[] movers =
        order.subList(0, n - rnd.nextInt(2)).stream().mapToInt(Integer::intValue).toArray();
    List<LegalReach.MoveFilter> filters =
        List.of(
            LegalReach.MoveFilter.ALL,
            LegalSearch.improvements(payoffs),
            (j, x, y) -> (7 * x + 3 * y + j) % 4 != 0);
    check(seed, moves, movers, filters, rnd);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("modelSeeds")
  void optionFormModelsMatchTheEnumeratedSequences(long seed) {
    GraphModel g = RandomModels.model(seed);
    Random rnd = new Random(seed);
    int focal = rnd.nextInt(g.dmCount());
    int[] opponents = new int[g.dmCount() - 1];
    for (int d = 0, k = 0; d < g.dmCount(); d++) {
      if (d != focal) {
        opponents[k++] = d;
      }
    }
    int[][][] moves = LegalSearch.adjacency(g.moves());
    List<LegalReach.MoveFilter> filters = List.of(LegalReach.MoveFilter.ALL, g.improvements());
    check(seed, moves, opponents, filters, rnd);
  }

  static LongStream largerSeeds() {
    return LongStream.rangeClosed(1, 150);
  }

  /** Larger graphs: arrays, hash table (which grows) and the reference reach agree. */
  @ParameterizedTest(name = "seed {0}")
  @MethodSource("largerSeeds")
  void arraysAndTheHashTableAgreeOnLargerGraphs(long seed) {
    Random rnd = new Random(seed * 31 + 11);
    int n = 2 + rnd.nextInt(4);
    int m = 20 + rnd.nextInt(100);
    int[][][] moves = randomArcs(rnd, n, m, 1.5 / m + rnd.nextDouble() * 4.0 / m);
    int[] movers = new int[n];
    for (int j = 0; j < n; j++) {
      movers[j] = j;
    }
    LegalSearch dense = LegalSearch.over(moves);
    LegalSearch sparse = LegalSearch.sparse(m, (p, x) -> moves[p][x]);
    Set<Integer> coalition = asSet(movers);
    boolean grown = false;
    for (int s = 0; s < m; s += 1 + rnd.nextInt(5)) {
      dense.search(s, movers, LegalReach.MoveFilter.ALL, null);
      sparse.search(s, movers, LegalReach.MoveFilter.ALL, null);
      BitSet reach = ReferenceSolver.legalReach(moves, coalition, s);
      assertThat(dense.reached()).as("seed %d from %d", seed, s).isEqualTo(reach);
      assertThat(sparse.reached()).as("seed %d from %d", seed, s).isEqualTo(reach);
      assertThat(sparse.reachedStates()).isEqualTo(dense.reachedStates());
      for (int x = 0; x < m; x++) {
        int a = dense.firstNode(x);
        int b = sparse.firstNode(x);
        assertThat(b < 0).isEqualTo(a < 0);
        if (a >= 0) {
          assertThat(sparse.path(b))
              .as("seed %d from %d to %d", seed, s, x)
              .isEqualTo(dense.path(a));
        }
      }
      grown |= reach.cardinality() > 16;
      int[] states = dense.reachedStates();
      dense.trim(); // a trimmed search answers the same
      assertThat(dense.reached()).isEqualTo(reach);
      assertThat(dense.reachedStates()).isEqualTo(states);
      int goal = rnd.nextInt(m);
      int a = dense.search(s, movers, LegalReach.MoveFilter.ALL, x -> x == goal);
      int b = sparse.search(s, movers, LegalReach.MoveFilter.ALL, x -> x == goal);
      assertThat(b < 0).isEqualTo(a < 0);
      if (a >= 0) {
        assertThat(sparse.path(b)).isEqualTo(dense.path(a));
      }
    }
    if (grown) {
      tableGrown++;
    }
  }

  private static void check(
      long seed, int[][][] moves, int[] movers, List<LegalReach.MoveFilter> filters, Random rnd) {
    int m = moves[0].length;
    LegalSearch dense = LegalSearch.over(moves);
    LegalSearch sparse = LegalSearch.sparse(m, (p, x) -> moves[p][x]);
    boolean pruned = false;
    boolean longPath = false;
    for (int f = 0; f < filters.size(); f++) {
      LegalReach.MoveFilter filter = filters.get(f);
      int[][][] steps = filtered(moves, filter);
      for (int s = 0; s < m; s++) {
        String where = "seed " + seed + ", filter " + f + ", from " + s;
        ReferenceSolver.FirstSequences ref =
            ReferenceSolver.firstSequences(steps, movers, s, BUDGET);
        BitSet reach = ReferenceSolver.legalReach(steps, asSet(movers), s);
        BitSet goals = new BitSet();
        for (int x = 0; x < m; x++) {
          if (rnd.nextInt(3) == 0) {
            goals.set(x);
          }
        }
        int expected = -1;
        for (int x = goals.nextSetBit(0); x >= 0; x = goals.nextSetBit(x + 1)) {
          if (ref.rank()[x] >= 0 && (expected < 0 || ref.rank()[x] < ref.rank()[expected])) {
            expected = x;
          }
        }
        for (LegalSearch search : List.of(dense, sparse)) {
          assertThat(search.search(s, movers, filter, null)).as(where).isEqualTo(-1);
          assertThat(search.reached()).as(where).isEqualTo(reach);
          assertThat(search.reachedStates()).as(where).isEqualTo(reach.stream().toArray());
          assertThat(search.nodes()).as(where + ": two nodes per state").isLessThanOrEqualTo(2 * m);
          for (int x = 0; x < m; x++) {
            List<int[]> literal = ref.first().get(x);
            int node = search.firstNode(x);
            assertThat(node >= 0).as(where + " reaches " + x).isEqualTo(literal != null);
            assertThat(search.reaches(x)).isEqualTo(literal != null);
            if (node >= 0) {
              assertThat(search.state(node)).isEqualTo(x);
              assertThat(search.path(node)).as(where + " to " + x).isEqualTo(asMoves(literal));
              longPath |= literal.size() >= 2;
            }
          }
          int found = search.search(s, movers, filter, goals::get);
          if (expected < 0) {
            assertThat(found).as(where + " stops nowhere").isEqualTo(-1);
          } else {
            assertThat(search.state(found)).as(where + " stops at").isEqualTo(expected);
            assertThat(search.path(found)).as(where).isEqualTo(asMoves(ref.first().get(expected)));
            goalsFound++;
          }
        }
        pruned |= maxPairsPerState(steps, movers, s) >= 3;
      }
    }
    models++;
    if (pruned) {
      prunedModels++;
    }
    if (longPath) {
      longPathModels++;
    }
  }

  /** Random arcs {@code [j][x]}, targets in random order, with a few common moves. */
  private static int[][][] randomArcs(Random rnd, int n, int m, double density) {
    List<List<List<Integer>>> arcs = new ArrayList<>();
    for (int j = 0; j < n; j++) {
      List<List<Integer>> rows = new ArrayList<>();
      for (int x = 0; x < m; x++) {
        List<Integer> row = new ArrayList<>();
        for (int y = 0; y < m; y++) {
          if (y != x && rnd.nextDouble() < density) {
            row.add(y);
          }
        }
        Collections.shuffle(row, rnd);
        rows.add(row);
      }
      arcs.add(rows);
    }
    for (int c = rnd.nextInt(4); c > 0; c--) {
      int a = rnd.nextInt(n);
      int b = rnd.nextInt(n);
      int x = rnd.nextInt(m);
      List<Integer> from = arcs.get(a).get(x);
      if (a != b && !from.isEmpty() && !arcs.get(b).get(x).contains(from.get(0))) {
        arcs.get(b).get(x).add(from.get(0));
      }
    }
    int[][][] out = new int[n][m][];
    for (int j = 0; j < n; j++) {
      for (int x = 0; x < m; x++) {
        out[j][x] = arcs.get(j).get(x).stream().mapToInt(Integer::intValue).toArray();
      }
    }
    return out;
  }

  /** The arcs the filter allows, in the same order. */
  private static int[][][] filtered(int[][][] moves, LegalReach.MoveFilter filter) {
    int[][][] out = new int[moves.length][moves[0].length][];
    for (int j = 0; j < moves.length; j++) {
      for (int x = 0; x < moves[j].length; x++) {
        int jj = j;
        int xx = x;
        out[j][x] =
            java.util.Arrays.stream(moves[j][x]).filter(y -> filter.allows(jj, xx, y)).toArray();
      }
    }
    return out;
  }

  /**
   * The most (state, last mover) pairs of one state that legal sequences from s reach, by a plain
   * breadth-first search over all pairs: three or more where the pruning skips some.
   */
  private static int maxPairsPerState(int[][][] steps, int[] movers, int s) {
    int n = steps.length;
    int m = steps[0].length;
    boolean[] seen = new boolean[m * n];
    List<int[]> queue = new ArrayList<>();
    queue.add(new int[] {s, -1});
    for (int head = 0; head < queue.size(); head++) {
      int x = queue.get(head)[0];
      int last = queue.get(head)[1];
      for (int j : movers) {
        if (j == last) {
          continue;
        }
        for (int y : steps[j][x]) {
          if (!seen[y * n + j]) {
            seen[y * n + j] = true;
            queue.add(new int[] {y, j});
          }
        }
      }
    }
    int most = 0;
    for (int x = 0; x < m; x++) {
      int pairs = 0;
      for (int j = 0; j < n; j++) {
        pairs += seen[x * n + j] ? 1 : 0;
      }
      most = Math.max(most, pairs);
    }
    return most;
  }

  private static List<Move> asMoves(List<int[]> triples) {
    List<Move> out = new ArrayList<>();
    for (int[] t : triples) {
      out.add(new Move(t[0], t[1], t[2]));
    }
    return out;
  }

  private static Set<Integer> asSet(int[] movers) {
    Set<Integer> out = new LinkedHashSet<>();
    for (int j : movers) {
      out.add(j);
    }
    return out;
  }

  @AfterAll
  static void theModelsExercisedTheCase() {
    System.out.printf(
        "LegalSearchTest: %d models, pruning skipped nodes in %d, paths of two moves or more in %d;"
            + " %d searches stopped at a goal; %d larger graphs grew the hash table%n",
        models, prunedModels, longPathModels, goalsFound, tableGrown);
    assertThat(models).as("models").isGreaterThan(400);
    assertThat(prunedModels).as("models where the pruning skipped nodes").isGreaterThan(100);
    assertThat(longPathModels).as("models with paths of two moves or more").isGreaterThan(200);
    assertThat(goalsFound).as("searches stopped by a goal").isGreaterThan(1000);
    assertThat(tableGrown).as("larger graphs whose hash table grew").isGreaterThan(100);
  }
}
