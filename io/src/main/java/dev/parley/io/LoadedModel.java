package dev.parley.io;

import dev.parley.core.attitude.DeclaredAttitudes;
import dev.parley.core.drama.CardTable;
import dev.parley.core.graph.GraphModel;
import dev.parley.core.hypergame.Perception;
import dev.parley.core.model.Conflict;
import dev.parley.core.move.MoveGraph;
import dev.parley.core.probability.ProbabilitySpec;
import dev.parley.core.state.StateSpace;
import dev.parley.core.strength.StrengthSpec;
import java.util.List;

/**
 * A model read from a file: the conflict, its feasible states, every decision maker's payoffs (all
 * validated), and where each part is written in the file.
 */
public final class LoadedModel {
  private final Conflict conflict;
  private final StateSpace space;
  private final int[][] payoffs;
  private final MoveGraph moves;
  private final SourceMap sourceMap;
  private final List<Perception> perceptions;
  private final CardTable drama;
  private final DeclaredAttitudes attitudes;
  private final ProbabilitySpec probabilities;
  private final StrengthSpec strength;
  private volatile GraphModel graph;
  private Timeline timeline;

  LoadedModel(
      Conflict conflict,
      StateSpace space,
      int[][] payoffs,
      MoveGraph moves,
      SourceMap sourceMap,
      List<Perception> perceptions,
      CardTable drama,
      DeclaredAttitudes attitudes,
      ProbabilitySpec probabilities,
      StrengthSpec strength) {
    this.attitudes = attitudes;
    this.probabilities = probabilities;
    this.strength = strength;
    this.perceptions = List.copyOf(perceptions);
    this.drama = drama;
    this.conflict = conflict;
    this.space = space;
    this.payoffs = payoffs;
    this.moves = moves;
    this.sourceMap = sourceMap;
  }

  /**
   * What decision makers perceive differently from the model ({@code perceives:}, docs/semantics.md
   * §6), in model order of their holders; empty when nobody does.
   */
  public List<Perception> perceptions() {
    return perceptions;
  }

  /**
   * The card table ({@code drama:}, docs/semantics.md §5.2): positions, threatened future, doubts;
   * null when the model has none.
   */
  public CardTable drama() {
    return drama;
  }

  /**
   * The later phases and rounds ({@code timeline:}, docs/semantics.md §7), each a whole model; null
   * when the model has none.
   */
  public Timeline timeline() {
    return timeline;
  }

  void timeline(Timeline t) {
    this.timeline = t;
  }

  /**
   * The attitudes the model declares ({@code attitudes:}, docs/semantics.md §3.4, §5.3); null when
   * it has none.
   */
  public DeclaredAttitudes attitudes() {
    return attitudes;
  }

  /**
   * The probabilistic preferences ({@code probabilities:} and {@code threshold:} under preferences,
   * {@code probabilityThreshold:}; docs/semantics.md §5.5); null when the model states none.
   */
  public ProbabilitySpec probabilities() {
    return probabilities;
  }

  /**
   * The strength of preference ({@code greatly:} and {@code greatGap:} under the preferences,
   * docs/semantics.md §5.4); null when the model declares none.
   */
  public StrengthSpec strength() {
    return strength;
  }

  public Conflict conflict() {
    return conflict;
  }

  /** The feasible states, in standard order (index + 1 is the state number). */
  public StateSpace space() {
    return space;
  }

  /** Maps model paths (as in core's {@code ModelException}) to lines and columns of the file. */
  public SourceMap sourceMap() {
    return sourceMap;
  }

  /** The file name the model was read from, as used in diagnostics. */
  public String fileName() {
    return sourceMap.file();
  }

  /** The payoff of decision maker {@code dm} at state {@code state}: higher is better. */
  public int payoff(int dm, int state) {
    return payoffs[dm][state];
  }

  /** The graph model for analysis, built on first use from the already resolved payoffs. */
  public GraphModel graphModel() {
    GraphModel g = graph;
    if (g == null) {
      int[][] copy = new int[payoffs.length][];
      for (int d = 0; d < copy.length; d++) {
        copy[d] = payoffs[d].clone();
      }
      g = new GraphModel(conflict, space, moves, copy);
      graph = g;
    }
    return g;
  }
}
