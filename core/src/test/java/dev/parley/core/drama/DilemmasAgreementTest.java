package dev.parley.core.drama;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.RandomModels;
import dev.parley.core.graph.GraphModel;
import dev.parley.core.model.Conflict;
import dev.parley.core.model.Provenance;
import dev.parley.core.model.StatePattern;
import dev.parley.core.progress.Progress;
import dev.parley.core.stability.Concept;
import dev.parley.core.stability.StabilityEngine;
import dev.parley.core.stability.StabilityResult;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The dilemma engine agrees with the literal reference ({@link DramaReference}) on seeded random
 * models with random card tables: the same dilemmas, each under every reading or only some; every
 * comparison it gives is strict and its move flag true to the model; every stability view is the
 * engine's verdict. The random tables are not vacuous: each kind, "only under some readings",
 * doubts and stability views that disagree with a dilemma all occur.
 */
class DilemmasAgreementTest {
  static final int SEEDS = 400;
  static final Map<DilemmaKind, Integer> KINDS = new EnumMap<>(DilemmaKind.class);
  static int onlySome;
  static int byDoubt;
  static int commitmentPairs;
  static int viewsStable;
  static int viewsUnstable;

  /** A random card table: positions fixing random options of random states, T, doubts. */
  static CardTable randomTable(GraphModel model, Random rnd) {
    int n = model.dmCount();
    int m = model.stateCount();
    int k = model.conflict().optionCount();
    long all = (1L << k) - 1;
    List<Position> ps = new ArrayList<>();
    // a shared base state makes commitment points common
    long base = model.space().code(rnd.nextInt(m));
    for (int d = 0; d < n; d++) {
      if (rnd.nextInt(5) == 0) {
        continue; // no position
      }
      boolean shared = rnd.nextInt(3) == 0;
      long code = shared ? base : model.space().code(rnd.nextInt(m));
      long mask = shared && rnd.nextBoolean() || rnd.nextInt(4) == 0 ? all : rnd.nextLong() & all;
      ps.add(new Position(d, new StatePattern(mask, code & mask), Provenance.NONE));
    }
    long tcode = model.space().code(rnd.nextInt(m));
    List<Doubt> doubts = new ArrayList<>();
    for (int x = 0; x < n; x++) {
      for (int y = 0; y < n; y++) {
        if (x != y && rnd.nextInt(6) == 0) {
          doubts.add(
              new Doubt(
                  x,
                  y,
                  rnd.nextBoolean() ? Doubt.About.THREAT : Doubt.About.AGREEMENT,
                  Provenance.NONE));
        }
      }
    }
    return new CardTable(ps, StatePattern.exact(tcode, k), Provenance.NONE, doubts);
  }

  @Test
  void engineAgreesWithTheDefinitions() {
    for (long seed = 1; seed <= SEEDS; seed++) {
      Conflict conflict = RandomModels.conflict(seed);
      GraphModel model = GraphModel.of(conflict);
      Random rnd = new Random(seed * 17 + 3);
      CardTable table = randomTable(model, rnd);
      StabilityResult seq =
          new StabilityEngine(Progress.NONE).analyze(model, EnumSet.of(Concept.SEQ));
      DramaResult r = Dilemmas.analyze(model, table, seq, Concept.SEQ);
      DramaReference ref = new DramaReference(model, table);
      assertThat(r.threatened()).isEqualTo(ref.threatened());
      for (int d = 0; d < model.dmCount(); d++) {
        List<Integer> expected = ref.readings(d);
        int[] got = r.readings(d);
        assertThat(got == null ? null : java.util.Arrays.stream(got).boxed().toList())
            .as("seed %d, readings of party %d", seed, d)
            .isEqualTo(expected);
        for (int e = 0; e < model.dmCount(); e++) {
          if (d != e) {
            assertThat(r.atCommitment(d, e)).isEqualTo(ref.atCommitment(d, e));
            commitmentPairs += r.atCommitment(d, e) ? 1 : 0;
          }
        }
      }
      Map<DramaReference.Key, DramaReference.Verdict> expected = ref.dilemmas();
      assertThat(DramaReference.of(r))
          .as("seed %d: engine versus reference", seed)
          .isEqualTo(expected);
      for (int f : r.proposed()) {
        for (int d = 0; d < model.dmCount(); d++) {
          boolean gains = false;
          for (int g = 0; g < model.stateCount(); g++) {
            gains |=
                g != f && model.moves().hasMove(d, f, g) && model.payoff(d, g) > model.payoff(d, f);
          }
          assertThat(r.defections(f).get(d).isEmpty()).isEqualTo(!gains);
        }
      }
      for (Dilemma d : r.dilemmas()) {
        KINDS.merge(d.kind(), 1, Integer::sum);
        onlySome += d.everyReading() ? 0 : 1;
        byDoubt += d.doubt() != null && d.because().isEmpty() ? 1 : 0;
        for (Comparison c : d.because()) {
          assertThat(model.payoff(c.judge(), c.better()))
              .as("seed %d, %s: a strict comparison", seed, d)
              .isGreaterThan(model.payoff(c.judge(), c.worse()));
          assertThat(c.move()).isEqualTo(model.moves().hasMove(c.judge(), c.worse(), c.better()));
        }
        for (GmcrView v : d.gmcr()) {
          assertThat(v.stable()).isEqualTo(seq.isStable(Concept.SEQ, v.party(), v.state()));
          if (v.stable()) {
            viewsStable++;
          } else {
            viewsUnstable++;
          }
        }
      }
    }
  }

  @AfterAll
  static void notVacuous() {
    System.out.printf(
        "kinds %s, only some %d, by doubt %d, commitment pairs %d, views %d/%d%n",
        KINDS, onlySome, byDoubt, commitmentPairs, viewsStable, viewsUnstable);
    for (DilemmaKind k : DilemmaKind.values()) {
      assertThat(KINDS.getOrDefault(k, 0)).as("dilemmas of kind %s", k).isGreaterThan(SEEDS / 10);
    }
    assertThat(onlySome).as("dilemmas under only some readings").isGreaterThan(SEEDS / 10);
    assertThat(byDoubt).as("dilemmas created by a doubt alone").isGreaterThan(SEEDS / 20);
    assertThat(commitmentPairs).as("pairs at a commitment point").isGreaterThan(SEEDS / 5);
    assertThat(viewsStable).as("views where SEQ finds the state stable").isGreaterThan(SEEDS / 10);
    assertThat(viewsUnstable).as("views where SEQ finds it unstable").isGreaterThan(SEEDS / 10);
  }
}
