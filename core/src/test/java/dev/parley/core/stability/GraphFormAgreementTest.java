package dev.parley.core.stability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.EachSeed;
import dev.parley.core.GraphForms;
import dev.parley.core.graph.GraphModel;
import dev.parley.core.model.Conflict;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterAll;

/**
 * On explicit graphs (graph form: arbitrary moves, which need not compose as option changes do),
 * the engine's stability agrees with the literal reference for every concept, decision maker and
 * state; and the random graphs exercise what makes them different: moves that do not compose, and
 * concepts that disagree.
 */
class GraphFormAgreementTest {
  static final EnumSet<Concept> CONCEPTS =
      EnumSet.of(Concept.NASH, Concept.GMR, Concept.SMR, Concept.SEQ);

  private static int nonComposable;
  private static int separated;

  static LongStream seeds() {
    return LongStream.rangeClosed(1, 300);
  }

  /** A random graph-form conflict: 2 to 12 states, 2 to 4 parties, random moves and payoffs. */
  static Conflict randomGraph(long seed) {
    Random rnd = new Random(seed * 31 + 7);
    int m = 2 + rnd.nextInt(11);
    int n = 2 + rnd.nextInt(3);
    double density = 0.1 + 0.5 * rnd.nextDouble();
    List<String> ids = new ArrayList<>();
    int[][][] moves = new int[n][m][];
    int[][] payoffs = new int[n][m];
    for (int d = 0; d < n; d++) {
      ids.add("D" + (d + 1));
      for (int s = 0; s < m; s++) {
        List<Integer> to = new ArrayList<>();
        for (int t = 0; t < m; t++) {
          if (t != s && rnd.nextDouble() < density) {
            to.add(t);
          }
        }
        moves[d][s] = to.stream().mapToInt(Integer::intValue).toArray();
      }
      for (int s = 0; s < m; s++) {
        payoffs[d][s] = rnd.nextInt(m);
      }
    }
    return GraphForms.of("random graph " + seed, ids, moves, payoffs);
  }

  @EachSeed
  void engineAgreesWithTheReferenceOnExplicitGraphs(long seed) {
    GraphModel g = GraphModel.of(randomGraph(seed));
    assertThat(g.isGraphForm()).isTrue();
    StabilityResult engine = new StabilityEngine().analyze(g, CONCEPTS);
    StabilityResult reference = new ReferenceSolver().analyze(g, CONCEPTS);
    for (Concept c : CONCEPTS) {
      for (int i = 0; i < g.dmCount(); i++) {
        assertThat(engine.stableFor(c, i))
            .as("seed %d, %s, D%d", seed, c.label(), i + 1)
            .isEqualTo(reference.stableFor(c, i));
      }
    }
    if (hasNonComposableMoves(g)) {
      nonComposable++;
    }
    for (int i = 0; i < g.dmCount(); i++) {
      if (!engine.stableFor(Concept.GMR, i).equals(engine.stableFor(Concept.SEQ, i))
          || !engine.stableFor(Concept.GMR, i).equals(engine.stableFor(Concept.SMR, i))) {
        separated++;
        break;
      }
    }
  }

  /** Whether some party has moves x → y → z with z ≠ x and no move x → z. */
  private static boolean hasNonComposableMoves(GraphModel g) {
    for (int d = 0; d < g.dmCount(); d++) {
      for (int x = 0; x < g.stateCount(); x++) {
        for (int y : g.moves().moves(d, x)) {
          for (int z : g.moves().moves(d, y)) {
            if (z != x && !g.moves().hasMove(d, x, z)) {
              return true;
            }
          }
        }
      }
    }
    return false;
  }

  @AfterAll
  static void theGraphsExercisedTheCase() {
    assertThat(nonComposable).as("graphs with moves that do not compose").isGreaterThan(100);
    assertThat(separated).as("graphs where GMR differs from SEQ or SMR").isGreaterThan(50);
  }
}
