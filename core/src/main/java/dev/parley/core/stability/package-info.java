/**
 * Individual stability (docs/semantics.md §1.4): the concepts ({@link
 * dev.parley.core.stability.Concept}), the fast engine ({@link
 * dev.parley.core.stability.StabilityEngine}) and its result, and explanations ({@link
 * dev.parley.core.stability.Explainer}, {@link dev.parley.core.stability.Explanation}): every
 * improvement with its sanction, a shortest legal sequence of the opponents' moves found by {@code
 * reach.LegalSearch}, or a simultaneous combination ({@link
 * dev.parley.core.stability.SimultaneousSanctions}). Sanctions are lists of {@code move.Move}s, the
 * mover a decision maker.
 */
package dev.parley.core.stability;
