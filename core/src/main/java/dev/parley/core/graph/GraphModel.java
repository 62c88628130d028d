package dev.parley.core.graph;

import dev.parley.core.model.Conflict;
import dev.parley.core.move.ModelMoves;
import dev.parley.core.move.MoveGraph;
import dev.parley.core.preference.PreferenceResolver;
import dev.parley.core.reach.LegalReach;
import dev.parley.core.reach.LegalSearch;
import dev.parley.core.state.StateSpace;

/**
 * The graph model G = (N, S, (A_i), (payoff_i)) that every analysis reads: states as indices
 * 0..m-1, moves per decision maker, and a payoff per decision maker and state (higher is better;
 * equal is a tie). Built once from a {@link Conflict}; immutable.
 *
 * <p>In option form it also keeps the state codes and option masks, which simultaneous sanctioning
 * (SIM) needs. A graph-form model ({@link #isGraphForm()}) has synthetic codes and no options.
 */
public final class GraphModel implements dev.parley.core.move.MovesAndPayoffs {
  private final Conflict conflict;
  private final StateSpace space;
  private final MoveGraph moves;
  private final int[][] payoffs;
  private final long[] optionMasks;

  public GraphModel(Conflict conflict, StateSpace space, MoveGraph moves, int[][] payoffs) {
    this.conflict = conflict;
    this.space = space;
    this.moves = moves;
    this.payoffs = payoffs;
    this.optionMasks = new long[conflict.dmCount()];
    for (int d = 0; d < optionMasks.length; d++) {
      optionMasks[d] = conflict.optionMask(d);
    }
  }

  /**
   * Enumerates states, builds moves (with move edits and packages, see {@link ModelMoves}) and
   * resolves preferences.
   */
  public static GraphModel of(Conflict conflict) {
    StateSpace space = StateSpace.of(conflict);
    int[][] payoffs = PreferenceResolver.resolve(conflict, space);
    return new GraphModel(conflict, space, ModelMoves.build(conflict, space, payoffs), payoffs);
  }

  /**
   * The same states and payoffs for another version of the conflict with the same states (e.g. with
   * packages added or removed); its moves are built again.
   */
  public GraphModel withConflict(Conflict other) {
    return new GraphModel(other, space, ModelMoves.build(other, space, payoffs), payoffs);
  }

  /** Whether the model lists states and moves instead of options. */
  public boolean isGraphForm() {
    return space.isGraphForm();
  }

  /**
   * The same model with other payoffs (same states and moves; the moves of packages by consent
   * follow the new payoffs, since they depend on what the owners prefer).
   */
  public GraphModel withPayoffs(int[][] newPayoffs) {
    // a decision maker whose payoffs change keeps no statements: nothing may derive facts from
    // statements that no longer give its payoffs (SIM's shortcut through the options they mention)
    Conflict c = conflict;
    java.util.List<dev.parley.core.model.PreferenceSpec> prefs =
        new java.util.ArrayList<>(conflict.preferences());
    boolean changed = false;
    for (int d = 0; d < prefs.size() && d < newPayoffs.length; d++) {
      if (!(prefs.get(d) instanceof dev.parley.core.model.PreferenceSpec.Payoffs)
          && !java.util.Arrays.equals(payoffs[d], newPayoffs[d])) {
        prefs.set(d, new dev.parley.core.model.PreferenceSpec.Payoffs(java.util.List.of()));
        changed = true;
      }
    }
    if (changed) {
      c = conflict.toBuilder().preferences(prefs).build();
    }
    boolean consent = conflict.packages().stream().anyMatch(p -> !p.imposed());
    return new GraphModel(
        c, space, consent ? ModelMoves.build(c, space, newPayoffs) : moves, newPayoffs);
  }

  public Conflict conflict() {
    return conflict;
  }

  public StateSpace space() {
    return space;
  }

  public MoveGraph moves() {
    return moves;
  }

  public int dmCount() {
    return payoffs.length;
  }

  /** Every decision maker but {@code dm}, ascending. */
  public int[] opponents(int dm) {
    int n = dmCount();
    int[] o = new int[n - 1];
    for (int d = 0, k = 0; d < n; d++) {
      if (d != dm) {
        o[k++] = d;
      }
    }
    return o;
  }

  public int stateCount() {
    return space.size();
  }

  public int payoff(int dm, int state) {
    return payoffs[dm][state];
  }

  /** The payoff array of {@code dm}; callers must not modify it. */
  public int[] payoffs(int dm) {
    return payoffs[dm];
  }

  /** Bit mask of the options {@code dm} controls. */
  public long optionMask(int dm) {
    return optionMasks[dm];
  }

  /** Whether {@code to} is a unilateral improvement of {@code dm} from {@code from}. */
  public boolean improves(int dm, int from, int to) {
    return payoffs[dm][to] > payoffs[dm][from];
  }

  /**
   * {@link #improves} as a filter for legal searches over decision makers ({@link LegalSearch}
   * tests it in line).
   */
  public LegalReach.MoveFilter improvements() {
    return LegalSearch.improvements(payoffs);
  }
}
