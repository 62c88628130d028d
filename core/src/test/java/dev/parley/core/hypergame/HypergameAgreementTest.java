package dev.parley.core.hypergame;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.RandomModels;
import dev.parley.core.graph.GraphModel;
import dev.parley.core.model.Conflict;
import dev.parley.core.progress.Progress;
import dev.parley.core.stability.Concept;
import dev.parley.core.stability.StabilityEngine;
import dev.parley.core.stability.StabilityResult;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The hypergame analysis agrees with the literal reference ({@link HypergameReference}) state by
 * state on seeded random models with random beliefs and blind spots, for Nash, GMR, SMR, SEQ, SIM
 * and SEQ+SIM; and the random perceptions are not vacuous.
 */
class HypergameAgreementTest {
  static final int SEEDS = 300;
  static final EnumSet<Concept> ALL = EnumSet.allOf(Concept.class);

  /** Models where a belief changed some decision maker's own verdict in its game. */
  static final AtomicInteger BELIEF_MATTERED = new AtomicInteger();

  /** Models where hiding states changed a verdict at a visible state. */
  static final AtomicInteger HIDDEN_MATTERED = new AtomicInteger();

  /** Models with at least one state of class H, and of class T. */
  static final AtomicInteger WITH_H = new AtomicInteger();

  static final AtomicInteger WITH_T = new AtomicInteger();

  /** Models where a group of states the holder cannot tell apart changed its own verdict. */
  static final AtomicInteger GROUPS_MATTERED = new AtomicInteger();

  /**
   * The holder's verdict by the definition (docs/semantics.md §6): stable where every visible state
   * of the group it cannot tell {@code s} from is stable in its game.
   */
  static boolean judged(HypergameReference ref, List<BitSet> groups, Concept c, int i, int s) {
    for (BitSet g : groups) {
      if (g.get(s)) {
        for (int t = g.nextSetBit(0); t >= 0; t = g.nextSetBit(t + 1)) {
          if (ref.sees(t) && !ref.isStable(c, i, t)) {
            return false;
          }
        }
        return true;
      }
    }
    return ref.isStable(c, i, s);
  }

  /** Random disjoint groups of two or three states, for about a third of the holders. */
  static List<BitSet> randomGroups(GraphModel truth, Random rnd) {
    List<BitSet> groups = new ArrayList<>();
    if (rnd.nextInt(3) != 0) {
      return groups;
    }
    BitSet used = new BitSet();
    int m = truth.stateCount();
    for (int k = 0; k < 1 + rnd.nextInt(3); k++) {
      BitSet g = new BitSet();
      for (int j = 0; j < 2 + rnd.nextInt(2); j++) {
        int s = rnd.nextInt(m);
        if (!used.get(s)) {
          g.set(s);
        }
      }
      if (g.cardinality() >= 2) {
        used.or(g);
        groups.add(g);
      }
    }
    return groups;
  }

  /** Random beliefs and blind spots for every decision maker of {@code truth}. */
  static List<PerceivedGame> randomGames(GraphModel truth, Random rnd) {
    int n = truth.dmCount();
    int m = truth.stateCount();
    List<PerceivedGame> games = new ArrayList<>();
    for (int h = 0; h < n; h++) {
      int[][] believed = new int[n][];
      for (int d = 0; d < n; d++) {
        if (d != h && rnd.nextInt(3) > 0) {
          believed[d] = new int[m];
          boolean perturb = rnd.nextBoolean();
          for (int s = 0; s < m; s++) {
            // either a few swaps of the truth or a fresh random ranking with ties
            believed[d][s] = perturb ? truth.payoff(d, s) * 4 : rnd.nextInt(4);
          }
          if (perturb && m > 1) {
            int a = rnd.nextInt(m);
            int b = rnd.nextInt(m);
            int t = believed[d][a];
            believed[d][a] = believed[d][b];
            believed[d][b] = t;
          }
        }
      }
      BitSet hidden = new BitSet();
      if (rnd.nextInt(3) == 0) {
        for (int s = 0; s < m; s++) {
          if (rnd.nextInt(6) == 0) {
            hidden.set(s);
          }
        }
      }
      if (rnd.nextInt(4) == 0) {
        int t = rnd.nextInt(truth.conflict().optionCount());
        hidden.or(
            PerceivedGame.hiddenStates(truth, new Perception(h, Map.of(), List.of(t), List.of())));
      }
      games.add(PerceivedGame.of(truth, h, believed, hidden, randomGroups(truth, rnd)));
    }
    return games;
  }

  @Test
  void engineAgreesWithReferenceStateByState() {
    for (long seed = 1; seed <= SEEDS; seed++) {
      Conflict conflict = RandomModels.conflict(seed);
      GraphModel truth = GraphModel.of(conflict);
      Random rnd = new Random(seed * 31 + 7);
      List<PerceivedGame> games = randomGames(truth, rnd);
      HypergameResult r = Hypergame.analyze(truth, games, ALL, new StabilityEngine(Progress.NONE));
      check(seed, truth, games, r);
    }
  }

  private static void check(
      long seed, GraphModel truth, List<PerceivedGame> games, HypergameResult r) {
    int n = truth.dmCount();
    int m = truth.stateCount();
    List<String> mismatches = new ArrayList<>();
    HypergameReference[] refs = new HypergameReference[n];
    HypergameReference trueRef = new HypergameReference(truth, 0, null, new BitSet());
    boolean beliefMattered = false;
    boolean hiddenMattered = false;
    boolean groupsMattered = false;
    for (int h = 0; h < n; h++) {
      PerceivedGame g = games.get(h);
      int[][] believed = new int[n][];
      for (int d = 0; d < n; d++) {
        believed[d] = d == h ? null : g.model().payoffs(d);
      }
      refs[h] = new HypergameReference(truth, h, believed, g.hidden());
      HypergameReference unhidden = new HypergameReference(truth, h, believed, new BitSet());
      for (Concept c : ALL) {
        for (int s = 0; s < m; s++) {
          if (!refs[h].sees(s)) {
            assertThat(r.sees(h, s)).isFalse();
            continue;
          }
          for (int i = 0; i < n; i++) {
            boolean e = r.perceivedResult(h).isStable(c, i, s);
            boolean ref = refs[h].isStable(c, i, s);
            if (e != ref) {
              mismatches.add(
                  String.format(
                      "seed %d, game of DM %d, %s, DM %d, state %d: engine %s, reference %s",
                      seed, h + 1, c.label(), i + 1, s + 1, e, ref));
            }
          }
          boolean own = refs[h].isStable(c, h, s);
          beliefMattered |= own != trueRef.isStable(c, h, s) && g.hidden().isEmpty();
          hiddenMattered |= !g.hidden().isEmpty() && own != unhidden.isStable(c, h, s);
          boolean judgedOwn = judged(refs[h], g.indistinct(), c, h, s);
          groupsMattered |= judgedOwn != own;
          if (r.perceivedStable(c, h, s) != judgedOwn) {
            mismatches.add(
                String.format(
                    "seed %d, DM %d's own verdict, %s, state %d: engine %s, reference %s",
                    seed, h + 1, c.label(), s + 1, r.perceivedStable(c, h, s), judgedOwn));
          }
        }
        BitSet picture = new BitSet();
        for (int s = 0; s < m; s++) {
          boolean all = refs[h].sees(s);
          for (int i = 0; i < n && all; i++) {
            all = judged(refs[h], g.indistinct(), c, i, s);
          }
          picture.set(s, all);
        }
        if (!r.believedEquilibria(c, h).equals(picture)) {
          mismatches.add(
              String.format(
                  "seed %d, DM %d's picture under %s: engine %s, reference %s",
                  seed, h + 1, c.label(), r.believedEquilibria(c, h), picture));
        }
      }
    }
    // hypergame equilibria and classes, from the definitions
    for (Concept c : ALL) {
      for (int s = 0; s < m; s++) {
        boolean hyper = true;
        boolean trueEq = true;
        for (int h = 0; h < n; h++) {
          hyper &= refs[h].sees(s) && judged(refs[h], games.get(h).indistinct(), c, h, s);
          trueEq &= trueRef.isStable(c, h, s);
        }
        HypergameClass expected =
            hyper && trueEq
                ? HypergameClass.HT
                : hyper ? HypergameClass.H : trueEq ? HypergameClass.T : null;
        if (r.classOf(c, s) != expected) {
          mismatches.add(
              String.format(
                  "seed %d, %s, state %d: class %s, reference %s",
                  seed, c.label(), s + 1, r.classOf(c, s), expected));
        }
        int st = s;
        if (expected == HypergameClass.H) {
          // stable only because someone is mistaken: somebody believes it stable wrongly
          assertThat(r.mistakes(c, s))
              .as("seed %d, %s, state %d", seed, c.label(), s + 1)
              .anyMatch(mk -> mk.believesStable() && !r.trueStable(c, mk.holder(), st));
        }
      }
      if (r.hypergameEquilibria(c).stream().anyMatch(s -> r.classOf(c, s) == HypergameClass.H)) {
        WITH_H.incrementAndGet();
      }
      if (r.trueEquilibria(c).stream().anyMatch(s -> r.classOf(c, s) == HypergameClass.T)) {
        WITH_T.incrementAndGet();
      }
    }
    assertThat(mismatches).as("seed %d: engine versus reference", seed).isEmpty();
    if (beliefMattered) {
      BELIEF_MATTERED.incrementAndGet();
    }
    if (hiddenMattered) {
      HIDDEN_MATTERED.incrementAndGet();
    }
    if (groupsMattered) {
      GROUPS_MATTERED.incrementAndGet();
    }
  }

  @AfterAll
  static void notVacuous() {
    assertThat(BELIEF_MATTERED.get())
        .as("models where a belief changed a verdict")
        .isGreaterThan(SEEDS / 3);
    assertThat(HIDDEN_MATTERED.get())
        .as("models where a blind spot changed a verdict")
        .isGreaterThan(SEEDS / 3);
    assertThat(GROUPS_MATTERED.get())
        .as("models where states a decision maker cannot tell apart changed its verdict")
        .isGreaterThan(SEEDS / 5);
    assertThat(WITH_H.get())
        .as("(model, concept) pairs with a state of class H")
        .isGreaterThan(SEEDS);
    assertThat(WITH_T.get())
        .as("(model, concept) pairs with a state of class T")
        .isGreaterThan(2 * SEEDS);
  }

  @Test
  void perceptionsEqualToTheModelGiveTheOrdinaryAnalysis() {
    for (long seed = 1; seed <= 100; seed++) {
      Conflict conflict = RandomModels.conflict(seed);
      GraphModel truth = GraphModel.of(conflict);
      int n = truth.dmCount();
      List<Perception> perceptions = new ArrayList<>();
      for (int h = 0; h < n; h++) {
        Map<Integer, dev.parley.core.model.PreferenceSpec> beliefs = new java.util.HashMap<>();
        for (int d = 0; d < n; d++) {
          if (d != h) {
            beliefs.put(d, conflict.preferences().get(d));
          }
        }
        perceptions.add(new Perception(h, beliefs, List.of(), List.of()));
      }
      HypergameResult r = Hypergame.analyze(truth, perceptions, ALL, Progress.NONE);
      StabilityResult plain = new StabilityEngine().analyze(truth, ALL);
      assertThat(r.hasMisperceptions()).isFalse();
      for (Concept c : ALL) {
        assertThat(r.hypergameEquilibria(c)).isEqualTo(plain.equilibria(c));
        assertThat(r.trueEquilibria(c)).isEqualTo(plain.equilibria(c));
        for (int h = 0; h < n; h++) {
          assertThat(r.believedEquilibria(c, h)).isEqualTo(plain.equilibria(c));
          for (int s = 0; s < truth.stateCount(); s++) {
            assertThat(r.perceivedStable(c, h, s)).isEqualTo(plain.isStable(c, h, s));
            assertThat(r.differs(c, h, s)).isFalse();
          }
        }
        for (int s = 0; s < truth.stateCount(); s++) {
          assertThat(r.mistakes(c, s)).isEmpty();
          assertThat(r.classOf(c, s))
              .isEqualTo(plain.equilibria(c).get(s) ? HypergameClass.HT : null);
        }
      }
    }
  }
}
