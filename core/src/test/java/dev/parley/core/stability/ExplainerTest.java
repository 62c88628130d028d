package dev.parley.core.stability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.RandomModels;
import dev.parley.core.graph.GraphModel;
import dev.parley.core.move.Move;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every explanation agrees with the engine's verdict, and every sanction it reports is a real one:
 * a legal sequence of opponents' moves (their improvements, for SEQ), or simultaneous improvements
 * (SIM), ending no better for the focal decision maker.
 */
class ExplainerTest {
  static LongStream seeds() {
    return RandomModels.seeds(200);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void explanationsMatchVerdictsAndSanctionsAreReal(long seed) {
    GraphModel g = RandomModels.model(seed);
    StabilityResult r = new StabilityEngine().analyze(g, EnumSet.allOf(Concept.class));
    ReferenceSolver.Literal lit = ReferenceSolver.literal(g);
    Explainer explainer = new Explainer(g);
    for (Concept c : Concept.values()) {
      for (int i = 0; i < g.dmCount(); i++) {
        for (int s = 0; s < g.stateCount(); s++) {
          String where = "seed " + seed + " " + c + " dm " + i + " state " + (s + 1);
          Explanation e = explainer.explain(c, i, s);
          assertThat(e.stable()).as(where).isEqualTo(r.isStable(c, i, s));
          assertThat(targets(e)).as(where).isEqualTo(lit.improvements(i, s));
          for (Explanation.Improvement imp : e.improvements()) {
            if (imp.sanctioned()) {
              checkSanction(g, lit, c, i, s, imp, where + " → " + (imp.target() + 1));
            }
          }
        }
      }
    }
  }

  private static int cut;

  /**
   * A briefing's shortened explanation of a stable verdict is the complete one cut after its first
   * {@code most} improvements, the rest counted; the random models do cut some.
   */
  @ParameterizedTest
  @MethodSource("seeds")
  void aShortenedExplanationIsTheCompleteOneCut(long seed) {
    GraphModel g = RandomModels.model(seed);
    StabilityResult r = new StabilityEngine().analyze(g, EnumSet.allOf(Concept.class));
    Explainer explainer = new Explainer(g);
    for (Concept c : Concept.values()) {
      for (int i = 0; i < g.dmCount(); i++) {
        for (int s = 0; s < g.stateCount(); s++) {
          if (!r.isStable(c, i, s)) {
            continue;
          }
          Explanation full = explainer.explain(c, i, s);
          for (int most = 0; most <= 2; most++) {
            Explanation cut = explainer.explainStable(c, i, s, most);
            int k = Math.min(most, full.improvements().size());
            assertThat(cut.improvements()).isEqualTo(full.improvements().subList(0, k));
            assertThat(cut.unexplained()).isEqualTo(full.improvements().size() - k);
            assertThat(cut.stable()).isTrue();
            if (cut.unexplained() > 0) {
              ExplainerTest.cut++;
            }
          }
        }
      }
    }
  }

  @org.junit.jupiter.api.AfterAll
  static void someExplanationsWereCut() {
    assertThat(cut).as("shortened explanations that left improvements out").isGreaterThan(100);
  }

  @org.junit.jupiter.api.Test
  void aShortenedExplanationOfAnUnstableVerdictIsRefused() {
    for (long seed = 1; seed < 50; seed++) {
      GraphModel g = RandomModels.model(seed);
      StabilityResult r = new StabilityEngine().analyze(g, EnumSet.of(Concept.NASH));
      for (int s = 0; s < g.stateCount(); s++) {
        if (!r.isStable(Concept.NASH, 0, s)) {
          int state = s;
          org.assertj.core.api.Assertions.assertThatThrownBy(
                  () -> new Explainer(g).explainStable(Concept.NASH, 0, state, 3))
              .isInstanceOf(IllegalArgumentException.class)
              .hasMessageContaining("not stable");
          return;
        }
      }
    }
    throw new AssertionError("no random model has a state unstable under Nash");
  }

  private static Set<Integer> targets(Explanation e) {
    Set<Integer> t = new HashSet<>();
    e.improvements().forEach(i -> t.add(i.target()));
    return t;
  }

  private static void checkSanction(
      GraphModel g,
      ReferenceSolver.Literal lit,
      Concept c,
      int i,
      int s,
      Explanation.Improvement imp,
      String where) {
    Explanation.Sanction san = imp.sanction();
    assertThat(c).as(where).isNotEqualTo(Concept.NASH);
    assertThat(lit.notBetter(i, san.end(), s)).as(where + " end no better").isTrue();
    List<Move> moves = san.moves();
    assertThat(moves).as(where).isNotEmpty();
    if (san.simultaneous()) {
      assertThat(c).isIn(Concept.SIM, Concept.SEQSIM);
      Set<Integer> movers = new HashSet<>();
      long code = g.space().code(imp.target());
      for (Move m : moves) {
        assertThat(m.mover()).as(where).isNotEqualTo(i);
        assertThat(movers.add(m.mover())).as(where + " one move each").isTrue();
        assertThat(m.from()).isEqualTo(s);
        assertThat(lit.improvements(m.mover(), s)).as(where).contains(m.to());
        code ^= g.space().code(m.to()) ^ g.space().code(s);
      }
      assertThat(g.space().indexOf(code)).as(where + " combined state").isEqualTo(san.end());
      return;
    }
    int at = imp.target();
    int last = i;
    for (Move m : moves) {
      assertThat(m.from()).as(where).isEqualTo(at);
      assertThat(m.mover()).as(where + " opponents only").isNotEqualTo(i);
      assertThat(m.mover()).as(where + " no one moves twice in a row").isNotEqualTo(last);
      assertThat(lit.moves(m.mover(), at)).as(where).contains(m.to());
      if (c == Concept.SEQ || c == Concept.SEQSIM) {
        assertThat(lit.prefers(m.mover(), m.to(), at)).as(where + " credible step").isTrue();
      }
      at = m.to();
      last = m.mover();
    }
    assertThat(at).isEqualTo(san.end());
    if (c == Concept.SMR) {
      for (int s3 : lit.moves(i, at)) {
        assertThat(lit.notBetter(i, s3, s)).as(where + " no escape").isTrue();
      }
    }
  }
}
