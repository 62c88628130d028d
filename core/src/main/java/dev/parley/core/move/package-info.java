/**
 * The representation of moves (docs/semantics.md §1.1): the move graph ({@link
 * dev.parley.core.move.MoveGraph}, explicit in compressed sparse rows or computed from option
 * codes), option-form moves with reversibility and feasibility ({@link
 * dev.parley.core.move.OptionMoves}), the model's moves with edits and packages ({@link
 * dev.parley.core.move.ModelMoves}), the view of a model the reach passes read ({@link
 * dev.parley.core.move.MovesAndPayoffs}) and the one record of a move ({@link
 * dev.parley.core.move.Move}).
 *
 * <p>{@code Move(mover, from, to)} serves every analysis that names movers by index: decision
 * makers in stability, explanations, deadlocks and the mediator's conditions; the movers of a
 * status quo analysis (decision makers or blocks) in {@code evolution}, where "is it an
 * improvement" is asked of {@code Movers.improves(Move)} rather than stored. Coalition analysis
 * names its movers by their members ({@code coalition.JointMove}; its package says why).
 *
 * <p>The engine's passes over moves live in {@code dev.parley.core.reach}, which depends on this
 * package and not the reverse.
 */
package dev.parley.core.move;
