package dev.parley.io;

import static dev.parley.io.TestModels.bad;
import static dev.parley.io.TestModels.errors;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.graph.GraphModel;
import dev.parley.core.stability.Concept;
import dev.parley.core.stability.StabilityEngine;
import dev.parley.core.stability.StabilityResult;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Graph form, move edits and packages in model files: the graph-form Elmira example analyses like
 * the option form, the published status quo analysis of Elmira is reproduced, and bad input is
 * reported in place.
 */
class GraphFormTest {
  private static final EnumSet<Concept> GRAPH_CONCEPTS =
      EnumSet.of(Concept.NASH, Concept.GMR, Concept.SMR, Concept.SEQ);

  @Test
  void elmiraInGraphFormAnalysesLikeTheOptionForm() throws Exception {
    LoadedModel option = ModelReader.read(TestFiles.example("elmira.yaml"));
    LoadedModel graph = ModelReader.read(TestFiles.example("elmira-graph.yaml"));
    GraphModel a = option.graphModel();
    GraphModel b = graph.graphModel();
    assertThat(b.isGraphForm()).isTrue();
    assertThat(graph.conflict().optionCount()).isZero();
    assertThat(b.stateCount()).isEqualTo(12);
    for (int d = 0; d < 3; d++) {
      for (int s = 0; s < 12; s++) {
        assertThat(b.moves().moves(d, s))
            .as("moves of %d from %d", d, s + 1)
            .isEqualTo(a.moves().moves(d, s));
        for (int t = 0; t < 12; t++) {
          assertThat(Integer.compare(b.payoff(d, s), b.payoff(d, t)))
              .isEqualTo(Integer.compare(a.payoff(d, s), a.payoff(d, t)));
        }
      }
    }
    assertThat(graph.space().matching(graph.conflict().statusQuo()))
        .isEqualTo(option.space().matching(option.conflict().statusQuo()));
    StabilityResult ra = new StabilityEngine().analyze(a, GRAPH_CONCEPTS);
    StabilityResult rb = new StabilityEngine().analyze(b, GRAPH_CONCEPTS);
    for (Concept c : GRAPH_CONCEPTS) {
      for (int d = 0; d < 3; d++) {
        assertThat(rb.stableFor(c, d)).as("%s for %d", c, d).isEqualTo(ra.stableFor(c, d));
      }
    }
    assertThat(StateRefs.resolve("insistWhileDelaying", graph)).isEqualTo(6);
    assertThat(StateRefs.resolve("7", graph)).isEqualTo(6);
    assertThat(StateRefs.reference(9, graph.conflict(), graph.space()))
        .isEqualTo("modifiedAcceptedInsist");
  }

  private static final String EDITS =
      """
      decisionMakers:
        - id: US
          options: [{id: sign}, {id: aid, reversibility: forward}]
          preferences: {statements: [sign]}
          forbidMoves:
            - {from: NNN, to: YNN}
          addMoves:
            - {from: NYN, to: NNN, note: aid can be cut off after all}
        - id: RU
          options: [{id: attack}]
          preferences: {statements: [attack]}
      packages:
        - {options: [sign, attack], note: the deal}
      states:
        - {id: calm, options: NNN}
      statusQuo: calm
      """;

  @Test
  void moveEditsAndPackagesLoadAndRoundTrip() throws Exception {
    LoadedModel lm = ModelReader.read(EDITS, "e.yaml", Format.YAML);
    GraphModel g = lm.graphModel();
    int nnn = lm.space().indexOf(0);
    assertThat(g.moves().hasMove(0, nnn, lm.space().indexOf(1))).isFalse(); // forbidden
    assertThat(g.moves().hasMove(0, lm.space().indexOf(2), nnn)).isTrue(); // added
    int joint = lm.space().indexOf(1 | 4);
    assertThat(g.moves().hasMove(0, nnn, joint)).isTrue(); // package, for both owners
    assertThat(g.moves().hasMove(1, nnn, joint)).isTrue();
    for (Format f : List.of(Format.YAML, Format.JSON)) {
      String text = ModelWriter.write(lm.conflict(), f);
      LoadedModel back = ModelReader.read(text, "back." + f.name().toLowerCase(), f);
      assertThat(back.conflict().packages()).isEqualTo(lm.conflict().packages());
      for (int d = 0; d < 2; d++) {
        assertThat(back.conflict().moveEdits(d)).isEqualTo(lm.conflict().moveEdits(d));
        for (int s = 0; s < g.stateCount(); s++) {
          assertThat(back.graphModel().moves().moves(d, s)).isEqualTo(g.moves().moves(d, s));
        }
      }
    }
    assertThat(ModelWriter.write(lm.conflict(), Format.YAML))
        .contains("forbidMoves:\n      - {from: calm, to: YNN}")
        .contains("packages:\n  - options: [sign, attack]\n    note: the deal");
  }

  @Test
  void graphFormRoundTrips() throws Exception {
    LoadedModel lm = ModelReader.read(TestFiles.example("elmira-graph.yaml"));
    for (Format f : List.of(Format.YAML, Format.JSON)) {
      String text = ModelWriter.write(lm.conflict(), f);
      LoadedModel back = ModelReader.read(text, "back." + f.name().toLowerCase(), f);
      RoundTripTest.assertSameModel(back, lm);
      for (int d = 0; d < 3; d++) {
        assertThat(back.conflict().moveEdits(d)).isEqualTo(lm.conflict().moveEdits(d));
      }
    }
  }

  /**
   * US with a withdraw-only option {@code aid}, and RU; {@code usLines} are more keys of US (move
   * edits), {@code topLines} more top-level keys (packages).
   */
  private static String edits(String usLines, String topLines) {
    return """
        decisionMakers:
          - id: US
            options: [{id: sign}, {id: aid, reversibility: backward}]
            preferences: {statements: [sign]}
        """
        + usLines
        + """
          - id: RU
            options: [{id: attack}]
            preferences: {statements: [attack]}
        """
        + topLines;
  }

  /** US's move edits: forbid NNN to NNY and {@code forbidden}, add NNN to {@code added}. */
  private static String moveEdits(String forbidden, String added) {
    return """
            forbidMoves:
              - {from: NNN, to: NNY}
              - %s
            addMoves:
              - {from: NNN, to: %s}
        """
        .formatted(forbidden, added);
  }

  /**
   * Bad graph forms, move edits and packages: every problem is placed; with the references fixed,
   * core's checks are placed too.
   */
  static Stream<Arguments> badModels() {
    return Stream.of(
        bad(
            "graphFormErrorsArePlaced",
            "g.yaml",
            """
            states:
              - {id: a}
              - {id: b, options: {x: true}}
            decisionMakers:
              - id: P
                moves: [{from: a, to: [b, c]}]
                preferences: {ranking: [a, b]}
              - id: Q
                options: [{id: x}]
                moves: [{from: b, to: a}, {from: a, to: a}]
                preferences: {statements: [x]}
            infeasible:
              - atLeastOne: [x]
            """,
            "g.yaml:3:13: 'options' has no place in a graph-form model (decision makers with"
                + " 'moves:') — a graph-form state is named by its id alone",
            "g.yaml:6:31: unknown state 'c' in 'to' of move 1 in 'moves' of 'P' — did you mean"
                + " 'a'? (states: a, b; or write a state number)",
            "g.yaml:9:5: 'options' has no place in a graph-form model (decision makers with"
                + " 'moves:') — a graph-form model lists states and moves, not options: remove"
                + " 'options'",
            "g.yaml:11:31: statements are conditions on options, and a graph-form model has none"
                + " (in the preferences of 'Q') — give a 'ranking:' or 'payoffs:' over the listed"
                + " states",
            "g.yaml:12:1: 'infeasible' has no place in a graph-form model (decision makers with"
                + " 'moves:') — list only the states that can occur under 'states:'"),
        bad(
            "graphFormMovesAreChecked",
            "g.yaml",
            """
            states: [{id: a}, {id: b}]
            decisionMakers:
              - id: P
                moves:
                  - {from: a, to: [b, b]}
                preferences: {ranking: [a, b]}
              - id: Q
                moves:
                  - {from: b, to: b}
                preferences: {payoffs: [{state: a, value: 1}, {state: 2, value: 0}]}
            """,
            "g.yaml:5:27: the move from state 1 (a) to state 2 (b) is listed twice for 'P' —"
                + " list each move once",
            "g.yaml:9:23: the move from state 2 (b) leads back to the same state — a move changes"
                + " the state; remove this entry"),
        bad(
            "badReferencesInMoveEditsAndPackages",
            "e.yaml",
            edits(
                moveEdits("{from: YNN, to: YNY}", "[YNN, nowhere]"),
                """
                packages:
                  - {options: [sign, aid]}
                  - {options: [sign, atack]}
                  - {options: [aid, attack]}
                """),
            "e.yaml:9:31: unknown state 'nowhere' in 'to' of move 1 in 'addMoves' of 'US' —"
                + " name it under 'states:', or write a state id, a Y/N/- string with one letter"
                + " per option, a state number, or {option: true, ...}",
            "e.yaml:15:22: unknown option 'atack' in package 2 — did you mean 'attack'? (options:"
                + " sign, aid, attack)"),
        bad(
            "moveEditsCheckedByTheCore",
            "e.yaml",
            edits(moveEdits("{from: YNN, to: YYN}", "[YNN, NYN]"), ""),
            "e.yaml:6:25: the move from state 1 (NNN) to state 5 (NNY) changes option 'attack',"
                + " which 'RU' controls — a decision maker's move changes only its own options;"
                + " list it under 'RU' or use a package for a joint move",
            "e.yaml:7:25: 'US' cannot move from state 2 (YNN) to state 4 (YYN) anyway"
                + " (reversibility or infeasibility rules out the move) — remove the entry from"
                + " 'forbidMoves'",
            "e.yaml:9:26: 'US' can already move from state 1 (NNN) to state 2 (YNN) by changing"
                + " its options — remove the entry from 'addMoves'"),
        bad(
            "badPackages",
            "e.yaml",
            edits(
                "",
                """
                packages:
                  - {options: [sign, aid]}
                  - {options: [aid, attack]}
                """),
            "e.yaml:9:15: every option of the package belongs to 'US', which can already take"
                + " them together in one move — a package joins options of different decision"
                + " makers",
            "e.yaml:9:22: option 'aid' can only be withdrawn (reversibility backward), so it"
                + " cannot be taken in a package — leave it out of the package or change its"
                + " reversibility",
            "e.yaml:10:16: option 'aid' can only be withdrawn (reversibility backward), so it"
                + " cannot be taken in a package — leave it out of the package or change its"
                + " reversibility"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badModels")
  void badInputIsPlaced(String name, String file, String text, List<String> diagnostics) {
    assertThat(errors(file, text)).containsExactlyElementsOf(diagnostics);
  }
}
