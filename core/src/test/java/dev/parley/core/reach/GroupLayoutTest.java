package dev.parley.core.reach;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.EachSeed;
import dev.parley.core.RandomModels;
import dev.parley.core.graph.GraphModel;
import dev.parley.core.move.MoveGraph;
import dev.parley.core.synthetic.SyntheticModels;
import java.util.Arrays;
import java.util.Random;
import java.util.TreeSet;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/**
 * A decision maker's layout describes exactly its moves and its unilateral improvements: for every
 * state, the states of the runs whose pattern contains its own (itself excepted) are R_i(s), and
 * the tiers listed as its successors, with the rest of their runs, are its improvements.
 */
class GroupLayoutTest {
  static LongStream seeds() {
    return RandomModels.seeds(200);
  }

  @EachSeed
  void layoutsDescribeMovesAndImprovementsOfRandomModels(long seed) {
    check(RandomModels.model(seed));
  }

  @Test
  void layoutsDescribeMovesAndImprovementsOfGeneratedModels() {
    // six options per decision maker: groups of up to 64 states, sorted by the quicksort
    check(GraphModel.of(SyntheticModels.generate(SyntheticModels.Spec.of(2, 12, 11)).conflict()));
    check(GraphModel.of(SyntheticModels.generate(SyntheticModels.Spec.of(3, 13, 5)).conflict()));
  }

  private static void check(GraphModel model) {
    MoveGraph g = model.moves();
    for (int d = 0; d < model.dmCount(); d++) {
      int[] p = model.payoffs(d);
      GroupLayout layout = GroupLayout.of(g, model.optionMask(d), p);
      assertThat(layout.stateCount()).isEqualTo(model.stateCount());
      // the order is a permutation and every state sits in the tier the layout says
      int[] seen = new int[model.stateCount()];
      for (int t = 0; t < layout.tierCount(); t++) {
        for (int q = layout.tierStart(t); q < layout.tierEnd(t); q++) {
          int s = layout.member(q);
          seen[s]++;
          assertThat(layout.tierOf(s)).isEqualTo(t);
          assertThat(p[s]).isEqualTo(layout.tierValue(t));
        }
      }
      assertThat(seen).containsOnly(1);
      for (int s = 0; s < model.stateCount(); s++) {
        int t = layout.tierOf(s);
        int group = layout.tierGroup(t);
        TreeSet<Integer> moves = new TreeSet<>();
        for (int u = layout.firstTier(group); u < layout.endTier(group); u++) {
          int pu = layout.tierPattern(u);
          if ((pu & layout.pattern(s)) == layout.pattern(s)) {
            for (int q = layout.tierStart(u); q < layout.tierEnd(u); q++) {
              moves.add(layout.member(q));
            }
          }
        }
        moves.remove(s);
        assertThat(moves)
            .as("moves of DM %d from state %d", d + 1, s + 1)
            .containsExactlyElementsOf(Arrays.stream(g.moves(d, s)).boxed().toList());
        int[] listed = layout.improvements(s);
        TreeSet<Integer> improvements = new TreeSet<>();
        for (int y : listed) {
          assertThat(improvements.add(y)).as("listed once: %d", y + 1).isTrue();
        }
        TreeSet<Integer> expected = new TreeSet<>();
        for (int y : g.moves(d, s)) {
          if (p[y] > p[s]) {
            expected.add(y);
          }
        }
        assertThat(improvements)
            .as("improvements of DM %d from state %d", d + 1, s + 1)
            .isEqualTo(expected);
      }
    }
  }

  @Test
  void sortingKeepsKeysAndStatesTogether() {
    Random rnd = new Random(7);
    for (int round = 0; round < 200; round++) {
      int size = 1 + rnd.nextInt(300);
      int from = rnd.nextInt(5);
      long[] keys = new long[size + 3];
      int[] order = new int[from + size];
      for (int q = 0; q < size; q++) {
        keys[q] = rnd.nextInt(round % 3 == 0 ? 4 : 1000); // many ties, or few
        order[from + q] = (int) keys[q] * 1000 + q;
      }
      GroupLayout.sortPairs(keys, order, from, 0, size);
      for (int q = 0; q < size; q++) {
        if (q > 0) {
          assertThat(keys[q]).isGreaterThanOrEqualTo(keys[q - 1]);
        }
        assertThat(order[from + q] / 1000).isEqualTo((int) keys[q]);
      }
    }
  }
}
