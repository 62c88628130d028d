package dev.parley.core.move;

import static dev.parley.core.TestModels.dm;
import static dev.parley.core.TestModels.option;
import static dev.parley.core.TestModels.state;
import static dev.parley.core.TestModels.statements;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.core.EachSeed;
import dev.parley.core.GraphForms;
import dev.parley.core.RandomModels;
import dev.parley.core.evolution.Deadlock;
import dev.parley.core.evolution.Evolution;
import dev.parley.core.foresight.LimitedMove;
import dev.parley.core.graph.GraphModel;
import dev.parley.core.model.Conflict;
import dev.parley.core.model.ModelException;
import dev.parley.core.model.MoveEdits;
import dev.parley.core.model.MoveSpec;
import dev.parley.core.model.OptionPackage;
import dev.parley.core.model.Reversibility;
import dev.parley.core.model.StatePattern;
import dev.parley.core.stability.Concept;
import dev.parley.core.stability.Explainer;
import dev.parley.core.stability.StabilityEngine;
import dev.parley.core.stability.StabilityResult;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Graph form, move edits and packages: the moves they make, and what the analyses make of them. */
class ModelMovesTest {
  static final EnumSet<Concept> GRAPH_CONCEPTS =
      EnumSet.of(Concept.NASH, Concept.GMR, Concept.SMR, Concept.SEQ);

  static LongStream seeds() {
    return RandomModels.seeds(100);
  }

  /** Every analysis but SIM gives the same answers on the graph form of a model. */
  @EachSeed
  void graphFormAnalysesLikeOptionForm(long seed) {
    GraphModel g = RandomModels.model(seed);
    GraphModel h = GraphModel.of(GraphForms.of(g));
    assertThat(h.isGraphForm()).isTrue();
    assertThat(h.stateCount()).isEqualTo(g.stateCount());
    for (int d = 0; d < g.dmCount(); d++) {
      for (int s = 0; s < g.stateCount(); s++) {
        assertThat(h.moves().moves(d, s)).isEqualTo(g.moves().moves(d, s));
        assertThat(Integer.signum(Integer.compare(h.payoff(d, s), h.payoff(d, 0))))
            .isEqualTo(Integer.signum(Integer.compare(g.payoff(d, s), g.payoff(d, 0))));
      }
    }
    StabilityResult a = new StabilityEngine().analyze(g, GRAPH_CONCEPTS);
    StabilityResult b = new StabilityEngine().analyze(h, GRAPH_CONCEPTS);
    Explainer ea = new Explainer(g);
    Explainer eb = new Explainer(h);
    for (Concept c : GRAPH_CONCEPTS) {
      for (int d = 0; d < g.dmCount(); d++) {
        assertThat(b.stableFor(c, d))
            .as("seed %d %s dm %d", seed, c, d)
            .isEqualTo(a.stableFor(c, d));
        int s = (int) (seed % g.stateCount());
        assertThat(eb.explain(c, d, s)).isEqualTo(ea.explain(c, d, s));
      }
    }
    assertThatThrownBy(() -> new StabilityEngine().analyze(h, EnumSet.of(Concept.SIM)))
        .isInstanceOf(ModelException.class)
        .hasMessageContaining("graph form");
    assertThatThrownBy(() -> new Explainer(h).explain(Concept.SEQSIM, 0, 0))
        .isInstanceOf(ModelException.class);
    assertThat(Evolution.of(h, 0).reachable(true)).isEqualTo(Evolution.of(g, 0).reachable(true));
    assertThat(Deadlock.find(h, 0)).isEmpty();
    if (g.dmCount() == 2) {
      LimitedMove.Verdicts la = new LimitedMove(g).horizon(3);
      LimitedMove.Verdicts lb = new LimitedMove(h).horizon(3);
      assertThat(lb.stableUnderEvery()).isEqualTo(la.stableUnderEvery());
    }
  }

  static int consented;
  static int refused;

  /** Both cases of consent happened across the seeds: joint moves made and joint moves refused. */
  @org.junit.jupiter.api.AfterAll
  static void consentWasExercised() {
    assertThat(consented).as("package moves every owner prefers").isPositive();
    assertThat(refused).as("package moves some owner does not prefer").isPositive();
  }

  /**
   * A package adds its joint move to each owner, from each state where none of it is taken; by
   * consent only where every owner strictly prefers the result, imposed everywhere.
   */
  /** Seeds whose random conflict gives a package across at least two decision makers. */
  static LongStream packageSeeds() {
    return RandomModels.seedsWhere(
        100, seed -> randomPackage(RandomModels.conflict(seed), new Random(seed)) != null);
  }

  /** Options for a random package (not backward-only), or null when they all have one owner. */
  private static List<Integer> randomPackage(Conflict c, Random rnd) {
    List<Integer> candidates = new ArrayList<>();
    for (int t = 0; t < c.optionCount(); t++) {
      if (c.options().get(t).reversibility() != Reversibility.BACKWARD) {
        candidates.add(t);
      }
    }
    java.util.Collections.shuffle(candidates, rnd);
    List<Integer> pkg = new ArrayList<>();
    Set<Integer> owners = new HashSet<>();
    for (int t : candidates) {
      if (pkg.size() < 2 || rnd.nextBoolean()) {
        pkg.add(t);
        owners.add(c.owner(t));
      }
      if (pkg.size() >= 2 && owners.size() >= 2 && rnd.nextBoolean()) {
        break;
      }
    }
    return owners.size() < 2 ? null : pkg;
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("packageSeeds")
  void packagesAreCommonMovesOfTheirOwners(long seed) {
    Conflict c = RandomModels.conflict(seed);
    List<Integer> pkg = randomPackage(c, new Random(seed));
    assertThat(pkg).as("seed %d has a package across decision makers", seed).isNotNull();
    Set<Integer> owners = new HashSet<>();
    pkg.forEach(t -> owners.add(c.owner(t)));
    for (boolean imposed : new boolean[] {true, false}) {
      OptionPackage p = new OptionPackage(pkg, null, imposed);
      GraphModel base = GraphModel.of(c);
      GraphModel with = base.withConflict(c.toBuilder().optionPackage(p).build());
      long mask = p.mask();
      for (int d = 0; d < c.dmCount(); d++) {
        for (int s = 0; s < base.stateCount(); s++) {
          Set<Integer> expected = new HashSet<>();
          Arrays.stream(base.moves().moves(d, s)).forEach(expected::add);
          long code = base.space().code(s);
          if (owners.contains(d) && (code & mask) == 0) {
            int t = base.space().indexOf(code | mask);
            boolean consent = true;
            for (int o : owners) {
              consent &= t >= 0 && base.payoff(o, t) > base.payoff(o, s);
            }
            if (t >= 0 && (imposed || consent)) {
              expected.add(t);
              if (!imposed) {
                consented++;
              }
            } else if (t >= 0) {
              refused++;
            }
          }
          Set<Integer> actual = new HashSet<>();
          Arrays.stream(with.moves().moves(d, s)).forEach(actual::add);
          assertThat(actual)
              .as("seed %d (%s): moves of %d from %d", seed, imposed ? "imposed" : "consent", d, s)
              .isEqualTo(expected);
        }
      }
      // SIM and SEQ+SIM still run; the package is not a simultaneous sanction
      new StabilityEngine().analyze(with, EnumSet.allOf(Concept.class));
    }
  }

  private static Conflict.Builder threeOptions() {
    // A controls a (reversible) and b (forward); B controls c
    return Conflict.builder()
        .decisionMaker(dm("A", option("a"), option("b", Reversibility.FORWARD)))
        .decisionMaker(dm("B", option("c")))
        .preference(statements(3, "1", "2"))
        .preference(statements(3, "3"));
  }

  private static MoveSpec move(String from, String... to) {
    List<StatePattern> ps = new ArrayList<>();
    for (String t : to) {
      ps.add(state(t));
    }
    return new MoveSpec(state(from), ps, null);
  }

  @Test
  void forbiddenAndAddedMoves() {
    GraphModel base = GraphModel.of(threeOptions().build());
    int nnn = base.space().indexOf(0);
    int yyn = base.space().indexOf(3);
    int nyn = base.space().indexOf(2);
    assertThat(base.moves().hasMove(0, nnn, yyn)).isTrue();
    assertThat(base.moves().hasMove(0, yyn, nnn)).isFalse(); // b is forward only
    Conflict c =
        threeOptions()
            .moveEdits(
                0,
                new MoveEdits(
                    List.of(move("NNN", "YYN")), List.of(move("YYN", "NNN"), move("NYN", "NNN"))))
            .build();
    GraphModel g = GraphModel.of(c);
    assertThat(g.moves().hasMove(0, nnn, yyn)).isFalse();
    assertThat(g.moves().hasMove(0, yyn, nnn)).isTrue();
    assertThat(g.moves().hasMove(0, nyn, nnn)).isTrue();
    assertThat(g.moves().moves(1, nnn)).isEqualTo(base.moves().moves(1, nnn));
  }

  @Test
  void badMoveEditsAreReportedWithTheirPaths() {
    Conflict c =
        threeOptions()
            .moveEdits(
                0,
                new MoveEdits(
                    List.of(
                        move("YYN", "YNN"),
                        move("YNN", "YYN"),
                        move("YNN", "YYN"),
                        move("NNN", "NNY")),
                    List.of(move("NNN", "YNN"), move("NNN", "NNN"), move("NYN", "NNN", "NNN"))))
            .build();
    assertThatThrownBy(() -> GraphModel.of(c))
        .isInstanceOfSatisfying(
            ModelException.class,
            e ->
                assertThat(e.problems())
                    .extracting(ModelException.Problem::path)
                    .containsExactly(
                        "decisionMakers[0].addMoves[0].to", // already a move
                        "decisionMakers[0].addMoves[1].to", // leads back
                        "decisionMakers[0].addMoves[2].to[1]", // listed twice
                        "decisionMakers[0].forbidMoves[0].to", // not a move (b is forward only)
                        "decisionMakers[0].forbidMoves[2].to", // forbidden twice
                        "decisionMakers[0].forbidMoves[3].to")); // changes B's option
  }

  @Test
  void packagesAcrossOneDecisionMakerAreRefused() {
    assertThatThrownBy(
            () -> threeOptions().optionPackage(new OptionPackage(List.of(0, 1), null)).build())
        .isInstanceOf(ModelException.class)
        .hasMessageContaining("can already take them together");
    GraphModel g =
        GraphModel.of(threeOptions().optionPackage(new OptionPackage(List.of(1, 2), null)).build());
    int nnn = g.space().indexOf(0);
    int nyy = g.space().indexOf(6);
    assertThat(g.moves().hasMove(0, nnn, nyy)).isTrue();
    assertThat(g.moves().hasMove(1, nnn, nyy)).isTrue();
  }
}
