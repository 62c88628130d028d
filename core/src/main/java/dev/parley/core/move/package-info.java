/**
 * Moves and legal sequences (docs/semantics.md §1.1–1.3): the move graph ({@link
 * dev.parley.core.move.MoveGraph}, explicit or computed from option codes), the model's moves
 * ({@link dev.parley.core.move.ModelMoves}), aggregates over coalition reachability for all states
 * at once ({@link dev.parley.core.move.LegalReach}), the one breadth-first search over legal
 * sequences from one state ({@link dev.parley.core.move.LegalSearch}) and the one record of a move
 * ({@link dev.parley.core.move.Move}).
 *
 * <p>{@code LegalSearch} is the only per-state search over (state, last mover) pairs in core: the
 * sanctions of {@code stability.Explainer} and {@code coalition.CoalitionExplainer}, coalition and
 * block reach, status quo paths ({@code evolution.Evolution}, {@code evolution.ReachTree}), the
 * mediator's {@code inverse.TargetCheck} and {@code uncertainty.UnknownStability} all call it. It
 * keeps at most two nodes per state, which changes nothing it finds (see its documentation), and is
 * compared with an enumeration of every legal sequence in {@code LegalSearchTest}.
 *
 * <p>{@code Move(mover, from, to)} serves every analysis that names movers by index: decision
 * makers in stability, explanations, deadlocks and the mediator's conditions; the movers of a
 * status quo analysis (decision makers or blocks) in {@code evolution}, where "is it an
 * improvement" is asked of {@code Movers.improves(Move)} rather than stored. Coalition analysis
 * names its movers by their members ({@code coalition.JointMove}; its package says why).
 */
package dev.parley.core.move;
