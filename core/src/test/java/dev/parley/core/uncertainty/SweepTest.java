package dev.parley.core.uncertainty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.core.RandomModels;
import dev.parley.core.graph.GraphModel;
import dev.parley.core.inverse.Permutations;
import dev.parley.core.inverse.PreferenceSpace;
import dev.parley.core.stability.Concept;
import dev.parley.core.stability.StabilityEngine;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.Test;

class SweepTest {
  private static final List<Concept> CONCEPTS = List.of(Concept.NASH, Concept.SEQ, Concept.GMR);

  private static GraphModel model() {
    for (long seed = 30; ; seed++) {
      GraphModel g = RandomModels.model(seed);
      if (g.stateCount() >= 6 && g.stateCount() <= 10 && g.dmCount() >= 2) {
        boolean tiers = true;
        for (int d = 0; d < 2; d++) {
          tiers &= PreferenceSpace.tiers(g, d).length >= 4;
        }
        if (tiers) {
          return g;
        }
      }
    }
  }

  @Test
  void linearExtensionsAreCountedListedAndSampledWithinTheConstraints() {
    List<int[]> before = List.of(new int[] {0, 2}, new int[] {1, 2}, new int[] {3, 4});
    LinearExtensions e = new LinearExtensions(5, before);
    List<int[]> all = e.all(1000);
    // brute force: permutations of 5 respecting the constraints
    int count = 0;
    int[] a = {0, 1, 2, 3, 4};
    do {
      if (respects(a, before)) {
        count++;
      }
    } while (Permutations.next(a));
    final int brute = count;
    assertThat(all).hasSize(brute);
    assertThat(e.count()).isEqualTo(brute);
    Map<String, Integer> seen = new HashMap<>();
    SplittableRandom rng = new SplittableRandom(1);
    for (int k = 0; k < 4000; k++) {
      int[] o = e.sample(rng);
      assertThat(respects(o, before)).isTrue();
      seen.merge(java.util.Arrays.toString(o), 1, Integer::sum);
    }
    assertThat(seen).hasSize(brute); // every admissible order turns up
    seen.values().forEach(v -> assertThat(v).isBetween(4000 / brute / 2, 4000 / brute * 2));
    assertThatThrownBy(() -> new LinearExtensions(3, List.of(new int[] {0, 1}, new int[] {1, 0})))
        .hasMessageContaining("cycle");
  }

  @Test
  void enumeratedSharesAreExactWeightedAverages() {
    GraphModel g = model();
    int[][] tiers = PreferenceSpace.tiers(g, 0);
    List<Scenario> scenarios = new ArrayList<>();
    scenarios.add(new Scenario("as modelled", 3, Map.of()));
    int[] reversed = new int[g.stateCount()];
    for (int s = 0; s < g.stateCount(); s++) {
      reversed[s] = 100 - g.payoff(0, s);
    }
    scenarios.add(new Scenario("reversed", 1, Map.of(0, new Scenario.Alternative.Given(reversed))));
    scenarios.add(
        new Scenario(
            "top three open", 2, Map.of(1, new Scenario.Alternative.AnyRanking(0, 2, List.of()))));
    Sweep.Result r =
        Sweep.run(
            g,
            scenarios,
            new Sweep.Options(CONCEPTS, 100, 1, Sweep.Options.DEFAULT_ENUMERATE_LIMIT));
    assertThat(r.exact()).isTrue();
    assertThat(r.profiles()).isEqualTo(1 + 1 + 6);
    // by hand
    double[][] expect = new double[CONCEPTS.size()][g.stateCount()];
    add(expect, g, payoffs(g, null, -1), 3.0 / 6);
    add(expect, g, payoffs(g, reversed, 0), 1.0 / 6);
    PreferenceSpace space = PreferenceSpace.fixed(g).withRanking(1, 0, 2);
    int[] o = {0, 1, 2};
    do {
      int[][] orders = space.identity();
      orders[1] = o.clone();
      add(expect, g, space.payoffs(orders), 2.0 / 6 / 6);
    } while (Permutations.next(o));
    for (int c = 0; c < CONCEPTS.size(); c++) {
      for (int s = 0; s < g.stateCount(); s++) {
        assertThat(r.share()[c][s])
            .isCloseTo(expect[c][s], org.assertj.core.data.Offset.offset(1e-12));
        assertThat(r.low()[c][s]).isEqualTo(r.share()[c][s]);
      }
    }
    assertThat(r.scenarios()).hasSize(3);
    assertThat(r.scenarios().get(0).probability()).isEqualTo(0.5);
    assertThat(tiers.length).isGreaterThanOrEqualTo(4);
  }

  /**
   * Above {@link Sweep#CHECK_LIMIT} states each profile goes through the stability engine, and more
   * samples than one window ({@link Sweep#CHUNKS_PER_WINDOW}) are counted window by window: sampled
   * and enumerated sweeps still give the same result on one thread and on four.
   */
  @Test
  void largeModelsGiveTheSameResultWhateverTheNumberOfThreads() throws Exception {
    GraphModel g =
        GraphModel.of(
            dev.parley.core.synthetic.SyntheticModels.generate(
                    dev.parley.core.synthetic.SyntheticModels.Spec.of(3, 10, 4))
                .conflict());
    assertThat(g.stateCount()).isGreaterThan(Sweep.CHECK_LIMIT);
    int tiers = PreferenceSpace.tiers(g, 0).length;
    List<Scenario> scenarios =
        List.of(
            new Scenario("as modelled", 1, Map.of()),
            new Scenario(
                "D1 open",
                2,
                Map.of(0, new Scenario.Alternative.AnyRanking(0, tiers - 1, List.of()))),
            new Scenario(
                "D2 open", 1, Map.of(1, new Scenario.Alternative.AnyRanking(0, 2, List.of()))));
    int samples = Sweep.CHUNKS_PER_WINDOW * 64 + 70;
    Sweep.Options o = new Sweep.Options(CONCEPTS, samples, 9, 0);
    Sweep.Result one = new ForkJoinPool(1).submit(() -> Sweep.run(g, scenarios, o)).get();
    Sweep.Result four = new ForkJoinPool(4).submit(() -> Sweep.run(g, scenarios, o)).get();
    assertThat(one.exact()).isFalse();
    assertThat(one.share()).isDeepEqualTo(four.share());
    assertThat(one.low()).isDeepEqualTo(four.low());
    for (int si = 0; si < scenarios.size(); si++) {
      assertThat(one.scenarios().get(si).share()).isDeepEqualTo(four.scenarios().get(si).share());
    }
    assertThat(one.scenarios().stream().mapToLong(Sweep.ScenarioShare::profiles).sum())
        .isEqualTo(samples);
    // not vacuous: the shares vary between 0 and 1, and D1's scenario moves them
    long between = 0;
    for (int c = 0; c < CONCEPTS.size(); c++) {
      for (int s = 0; s < g.stateCount(); s++) {
        if (one.share()[c][s] > 0 && one.share()[c][s] < 1) {
          between++;
        }
      }
    }
    assertThat(between).isGreaterThan(5);
    // the enumerated sweep too, over more profiles than one window (any order of D1's top seven
    // tie groups: 5,040 profiles)
    assertThat(tiers).isGreaterThanOrEqualTo(7);
    List<Scenario> many =
        List.of(
            scenarios.get(0),
            new Scenario(
                "D1 top seven",
                1,
                Map.of(0, new Scenario.Alternative.AnyRanking(0, 6, List.of()))));
    Sweep.Options e = new Sweep.Options(CONCEPTS, 10, 9, Sweep.Options.DEFAULT_ENUMERATE_LIMIT);
    Sweep.Result e1 = new ForkJoinPool(1).submit(() -> Sweep.run(g, many, e)).get();
    Sweep.Result e4 = new ForkJoinPool(4).submit(() -> Sweep.run(g, many, e)).get();
    assertThat(e1.exact()).isTrue();
    assertThat(e1.profiles()).isEqualTo(5041).isGreaterThan(Sweep.CHUNKS_PER_WINDOW * 64);
    assertThat(e1.share()).isDeepEqualTo(e4.share());
    for (int si = 0; si < many.size(); si++) {
      assertThat(e1.scenarios().get(si).share()).isDeepEqualTo(e4.scenarios().get(si).share());
    }
  }

  @Test
  void samplesAreTheSameWhateverTheNumberOfThreads() throws Exception {
    GraphModel g = model();
    List<Scenario> scenarios =
        List.of(
            new Scenario(
                "any top four", 1, Map.of(0, new Scenario.Alternative.AnyRanking(0, 3, List.of()))),
            new Scenario(
                "any, first above second",
                2,
                Map.of(
                    1,
                    new Scenario.Alternative.AnyRanking(
                        0,
                        PreferenceSpace.tiers(g, 1).length - 1,
                        List.of(
                            new int[] {
                              PreferenceSpace.tiers(g, 1)[0][0], PreferenceSpace.tiers(g, 1)[1][0]
                            })))));
    Sweep.Options o = new Sweep.Options(CONCEPTS, 150, 42, 0);
    Sweep.Result one = new ForkJoinPool(1).submit(() -> Sweep.run(g, scenarios, o)).get();
    Sweep.Result four = new ForkJoinPool(4).submit(() -> Sweep.run(g, scenarios, o)).get();
    Sweep.Result again = Sweep.run(g, scenarios, o);
    assertThat(one.exact()).isFalse();
    assertThat(one.share()).isDeepEqualTo(four.share());
    assertThat(one.share()).isDeepEqualTo(again.share());
    assertThat(one.low()).isDeepEqualTo(four.low());
    Sweep.Result other = Sweep.run(g, scenarios, new Sweep.Options(CONCEPTS, 150, 43, 0));
    assertThat(other.share()).isNotEqualTo(one.share());
    for (int c = 0; c < CONCEPTS.size(); c++) {
      for (int s = 0; s < g.stateCount(); s++) {
        assertThat(one.low()[c][s]).isLessThanOrEqualTo(one.share()[c][s]);
        assertThat(one.high()[c][s]).isGreaterThanOrEqualTo(one.share()[c][s]);
      }
    }
    long draws = one.scenarios().stream().mapToLong(Sweep.ScenarioShare::profiles).sum();
    assertThat(draws).isEqualTo(150);
  }

  @Test
  void wilsonIntervalHasTheTextbookValues() {
    double[] w = Sweep.wilson(50, 100);
    assertThat(w[0]).isCloseTo(0.4038, org.assertj.core.data.Offset.offset(1e-4));
    assertThat(w[1]).isCloseTo(0.5962, org.assertj.core.data.Offset.offset(1e-4));
    double[] zero = Sweep.wilson(0, 20);
    assertThat(zero[0]).isEqualTo(0);
    assertThat(zero[1]).isCloseTo(0.1611, org.assertj.core.data.Offset.offset(1e-4));
  }

  private static int[][] payoffs(GraphModel g, int[] replace, int dm) {
    int[][] p = new int[g.dmCount()][];
    for (int d = 0; d < p.length; d++) {
      p[d] = d == dm ? replace : g.payoffs(d);
    }
    return p;
  }

  private static void add(double[][] acc, GraphModel g, int[][] p, double w) {
    var r = new StabilityEngine().analyze(g.withPayoffs(p), EnumSet.copyOf(CONCEPTS));
    for (int c = 0; c < CONCEPTS.size(); c++) {
      var eq = r.equilibria(CONCEPTS.get(c));
      for (int s = eq.nextSetBit(0); s >= 0; s = eq.nextSetBit(s + 1)) {
        acc[c][s] += w;
      }
    }
  }

  private static boolean respects(int[] order, List<int[]> before) {
    int[] pos = new int[order.length];
    for (int p = 0; p < order.length; p++) {
      pos[order[p]] = p;
    }
    for (int[] c : before) {
      if (pos[c[0]] > pos[c[1]]) {
        return false;
      }
    }
    return true;
  }
}
