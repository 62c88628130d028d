package dev.parley.core.strength;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.RandomModels;
import dev.parley.core.graph.GraphModel;
import dev.parley.core.stability.Concept;
import dev.parley.core.stability.StabilityResult;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The laws of docs/semantics.md §5.4 on seeded random models. */
class StrengthPropertiesTest {
  static final int MODELS = 200;

  /** With no great preference, strong X = Nash and weak X = X minus Nash. */
  @Test
  void noGreatPreferenceGivesNash() {
    int beyondNash = 0;
    for (long seed = 1; seed <= MODELS; seed++) {
      RandomStrength r = new RandomStrength(seed);
      StrengthResult res = new StrengthEngine().analyze(r.model, Strength.none(r.model));
      StabilityResult std = res.standard();
      for (int i = 0; i < r.model.dmCount(); i++) {
        BitSet nash = std.stableFor(Concept.NASH, i);
        for (Concept c : StrengthEngine.CONCEPTS) {
          assertThat(res.strongFor(c, i)).as("seed %d strong %s", seed, c).isEqualTo(nash);
          BitSet minus = std.stableFor(c, i);
          minus.andNot(nash);
          assertThat(res.weakFor(c, i)).as("seed %d weak %s", seed, c).isEqualTo(minus);
          beyondNash += minus.cardinality();
        }
      }
    }
    assertThat(beyondNash).as("states stable beyond Nash").isPositive();
  }

  /**
   * With strict preferences in option form and every strict preference great, strong X = X: the
   * opponents can never bring the focal decision maker back to s, so "not better" is "worse", and
   * "worse" is "greatly worse".
   */
  @Test
  void everyStrictPreferenceGreatGivesTheStandardConcepts() {
    int beyondNash = 0;
    for (long seed = 1; seed <= MODELS; seed++) {
      GraphModel model = strict(RandomModels.model(seed), seed);
      int n = model.dmCount();
      double[] gaps = new double[n];
      double[][] values = new double[n][];
      List<List<int[]>> pairs = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        gaps[i] = 1;
        values[i] = Arrays.stream(model.payoffs(i)).asDoubleStream().toArray();
        pairs.add(List.of());
      }
      StrengthResult res =
          new StrengthEngine().analyze(model, Strength.declared(model, pairs, gaps, values));
      for (Concept c : StrengthEngine.CONCEPTS) {
        for (int i = 0; i < n; i++) {
          assertThat(res.strongFor(c, i))
              .as("seed %d %s DM %d", seed, c, i)
              .isEqualTo(res.standard().stableFor(c, i));
          assertThat(res.weakFor(c, i).isEmpty()).isTrue();
          BitSet b = res.standard().stableFor(c, i);
          b.andNot(res.standard().stableFor(Concept.NASH, i));
          beyondNash += b.cardinality();
        }
      }
    }
    assertThat(beyondNash).as("strongly stable states beyond Nash").isPositive();
  }

  /** Nash ⊆ strong X ⊆ X; strong SMR and strong SEQ ⊆ strong GMR; more great pairs, more strong. */
  @Test
  void inclusions() {
    int grew = 0;
    for (long seed = 1; seed <= MODELS; seed++) {
      RandomStrength r = new RandomStrength(seed);
      StrengthResult res = new StrengthEngine().analyze(r.model, r.strength());
      List<List<int[]>> more = new ArrayList<>();
      for (int i = 0; i < r.model.dmCount(); i++) {
        List<int[]> ps = new ArrayList<>(r.pairs.get(i));
        int[] p = r.model.payoffs(i);
        for (int a = 0; a < p.length; a++) {
          for (int b = 0; b < p.length; b++) {
            if (p[a] > p[b] + 1 || (p[a] > p[b] && (a + b + seed) % 3 == 0)) {
              ps.add(new int[] {a, b});
            }
          }
        }
        more.add(ps);
      }
      StrengthResult bigger =
          new StrengthEngine().analyze(r.model, Strength.declared(r.model, more, r.gaps, r.values));
      for (int i = 0; i < r.model.dmCount(); i++) {
        BitSet nash = res.standard().stableFor(Concept.NASH, i);
        for (Concept c : StrengthEngine.CONCEPTS) {
          assertThat(subset(nash, res.strongFor(c, i))).isTrue();
          assertThat(subset(res.strongFor(c, i), res.standard().stableFor(c, i))).isTrue();
          assertThat(subset(res.strongFor(c, i), bigger.strongFor(c, i))).isTrue();
          if (!res.strongFor(c, i).equals(bigger.strongFor(c, i))) {
            grew++;
          }
        }
        BitSet gmr = res.strongFor(Concept.GMR, i);
        assertThat(subset(res.strongFor(Concept.SMR, i), gmr)).isTrue();
        assertThat(subset(res.strongFor(Concept.SEQ, i), gmr)).isTrue();
      }
    }
    assertThat(grew).as("verdicts that more great pairs strengthen").isPositive();
  }

  private static boolean subset(BitSet a, BitSet b) {
    BitSet x = (BitSet) a.clone();
    x.andNot(b);
    return x.isEmpty();
  }

  /** The same model with strict payoffs: each decision maker's ranks broken by a random order. */
  private static GraphModel strict(GraphModel model, long seed) {
    Random rnd = new Random(seed * 17 + 3);
    int m = model.stateCount();
    int[][] p = new int[model.dmCount()][];
    for (int i = 0; i < p.length; i++) {
      int[] old = model.payoffs(i);
      double[] noise = new double[m];
      Integer[] order = new Integer[m];
      for (int s = 0; s < m; s++) {
        noise[s] = rnd.nextDouble();
        order[s] = s;
      }
      Arrays.sort(
          order,
          (x, y) ->
              old[x] != old[y]
                  ? Integer.compare(old[x], old[y])
                  : Double.compare(noise[x], noise[y]));
      p[i] = new int[m];
      for (int k = 0; k < m; k++) {
        p[i][order[k]] = k;
      }
    }
    return model.withPayoffs(p);
  }
}
