/**
 * The engine's passes over moves (docs/semantics.md §1.3): aggregates over coalition reachability
 * for all states at once ({@link dev.parley.core.reach.LegalReach}, with the decision makers'
 * {@link dev.parley.core.reach.GroupLayout}s, {@link dev.parley.core.reach.ReversibleClasses},
 * {@link dev.parley.core.reach.ImprovementChains} and Tarjan's algorithm in {@link
 * dev.parley.core.reach.SccMinimum}), and the one breadth-first search over legal sequences from
 * one state ({@link dev.parley.core.reach.LegalSearch}).
 *
 * <p>{@code LegalSearch} is the only per-state search over (state, last mover) pairs in core: the
 * sanctions of {@code stability.Explainer} and {@code coalition.CoalitionExplainer}, coalition and
 * block reach, status quo paths ({@code evolution.Evolution}, {@code evolution.ReachTree}), the
 * mediator's {@code inverse.TargetCheck} and {@code uncertainty.UnknownStability} all call it. It
 * keeps at most two nodes per state, which changes nothing it finds (see its documentation), and is
 * compared with an enumeration of every legal sequence in {@code LegalSearchTest}.
 */
package dev.parley.core.reach;
