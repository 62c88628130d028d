package dev.parley.core.foresight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.core.graph.GraphModel;
import dev.parley.core.model.Conflict;
import dev.parley.core.model.DecisionMaker;
import dev.parley.core.model.Option;
import dev.parley.core.model.PreferenceSpec;
import dev.parley.core.model.Reversibility;
import dev.parley.core.model.StatePattern;
import dev.parley.core.stability.Concept;
import dev.parley.core.stability.StabilityEngine;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class LimitedMoveTest {

  static LongStream seeds() {
    return LongStream.range(0, 150);
  }

  /** A random two-party conflict with 1–2 options each and random payoffs (ties when asked). */
  static GraphModel random(long seed, boolean ties) {
    Random r = new Random(seed);
    Conflict.Builder b = Conflict.builder().title("random " + seed);
    int k = 0;
    for (int d = 0; d < 2; d++) {
      List<Option> opts = new ArrayList<>();
      int n = 1 + r.nextInt(2);
      for (int o = 0; o < n; o++) {
        Reversibility rev = Reversibility.values()[r.nextInt(4) == 0 ? 1 + r.nextInt(2) : 0];
        opts.add(new Option("o" + k++, null, null, rev, null));
      }
      b.decisionMaker(new DecisionMaker("D" + d, null, null, opts, null));
    }
    int states = 1 << k;
    for (int d = 0; d < 2; d++) {
      List<PreferenceSpec.Payoffs.Entry> entries = new ArrayList<>();
      List<Integer> values = new ArrayList<>();
      for (int s = 0; s < states; s++) {
        values.add(ties ? r.nextInt(Math.max(2, states / 2)) : s);
      }
      if (!ties) {
        java.util.Collections.shuffle(values, r);
      }
      for (int s = 0; s < states; s++) {
        entries.add(new PreferenceSpec.Payoffs.Entry(StatePattern.exact(s, k), values.get(s)));
      }
      b.preference(new PreferenceSpec.Payoffs(entries));
    }
    return GraphModel.of(b.build());
  }

  /** Literal G_h with every tie resolution enumerated (exponential; tiny models only). */
  static Set<Integer> outcomes(GraphModel g, int h, int i, int s) {
    if (h == 0) {
      return Set.of(s);
    }
    int j = 1 - i;
    int[] moves = g.moves().moves(i, s);
    List<List<Integer>> options = new ArrayList<>();
    for (int q : moves) {
      options.add(new ArrayList<>(outcomes(g, h - 1, j, q)));
    }
    Set<Integer> result = new HashSet<>();
    enumerate(g, i, s, options, 0, new int[moves.length], result);
    return result;
  }

  private static void enumerate(
      GraphModel g,
      int i,
      int s,
      List<List<Integer>> options,
      int k,
      int[] pick,
      Set<Integer> out) {
    if (k == options.size()) {
      int best = Integer.MIN_VALUE;
      for (int q = 0; q < pick.length; q++) {
        if (g.payoff(i, pick[q]) > g.payoff(i, s)) {
          best = Math.max(best, g.payoff(i, pick[q]));
        }
      }
      if (best == Integer.MIN_VALUE) {
        out.add(s);
        return;
      }
      for (int q = 0; q < pick.length; q++) {
        if (g.payoff(i, pick[q]) == best) {
          out.add(pick[q]);
        }
      }
      return;
    }
    for (int o : options.get(k)) {
      pick[k] = o;
      enumerate(g, i, s, options, k + 1, pick, out);
    }
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void agreesWithTheLiteralRecursion(long seed) {
    GraphModel g = random(seed, seed % 2 == 0);
    int maxH = 4;
    LimitedMove.Verdicts[] v = new LimitedMove(g).horizons(maxH);
    for (int h = 1; h <= maxH; h++) {
      for (int i = 0; i < 2; i++) {
        for (int s = 0; s < g.stateCount(); s++) {
          Set<Integer> o = outcomes(g, h, i, s);
          String where = "seed " + seed + " h " + h + " dm " + i + " state " + (s + 1);
          assertThat(v[h - 1].stableUnderSome()[i].get(s)).as(where).isEqualTo(o.contains(s));
          assertThat(v[h - 1].stableUnderEvery()[i].get(s))
              .as(where)
              .isEqualTo(o.equals(Set.of(s)));
        }
      }
    }
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void l1IsNashAndStrictL2IsInsideGmrAndSeq(long seed) {
    GraphModel g = random(seed, false);
    var stab = new StabilityEngine().analyze(g, EnumSet.of(Concept.NASH, Concept.GMR, Concept.SEQ));
    LimitedMove.Verdicts[] v = new LimitedMove(g).horizons(3);
    for (int i = 0; i < 2; i++) {
      assertThat(v[0].stableUnderEvery()[i]).isEqualTo(stab.stableFor(Concept.NASH, i));
      for (int h = 2; h <= 3; h++) {
        BitSet l = (BitSet) v[h - 1].stableUnderEvery()[i].clone();
        l.andNot(stab.stableFor(Concept.GMR, i));
        assertThat(l.isEmpty()).as("L%d ⊆ GMR, seed %d", h, seed).isTrue();
      }
      BitSet l2 = (BitSet) v[1].stableUnderEvery()[i].clone();
      l2.andNot(stab.stableFor(Concept.SEQ, i));
      assertThat(l2.isEmpty()).as("strict L2 ⊆ SEQ, seed %d", seed).isTrue();
    }
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void nonMyopicPartitionsTheStates(long seed) {
    GraphModel g = random(seed, seed % 3 == 0);
    LimitedMove.NonMyopic nm = new LimitedMove(g).nonMyopic();
    for (int i = 0; i < 2; i++) {
      BitSet all = new BitSet();
      all.or(nm.stable()[i]);
      all.or(nm.unstable()[i]);
      all.or(nm.noLimit()[i]);
      assertThat(all.cardinality()).isEqualTo(g.stateCount());
      assertThat(nm.stable()[i].intersects(nm.unstable()[i])).isFalse();
    }
  }

  @org.junit.jupiter.api.Test
  void refusesMoreThanTwoDecisionMakers() {
    Conflict.Builder b = Conflict.builder();
    for (int d = 0; d < 3; d++) {
      b.decisionMaker(
          new DecisionMaker(
              "D" + d, null, null, List.of(new Option("o" + d, null, null, null, null)), null));
      b.preference(
          new PreferenceSpec.Payoffs(
              List.of(new PreferenceSpec.Payoffs.Entry(new StatePattern(0, 0), 1))));
    }
    GraphModel g = GraphModel.of(b.build());
    assertThatThrownBy(() -> new LimitedMove(g)).hasMessageContaining("two decision makers");
  }
}
