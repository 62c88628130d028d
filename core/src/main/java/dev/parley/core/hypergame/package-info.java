/**
 * Perceived models (first-level hypergames, docs/semantics.md §6): each decision maker analyses a
 * game of its own, the model with its beliefs about the others' preferences and without the states
 * it cannot see; {@link dev.parley.core.hypergame.Hypergame} compares those games with the true one
 * state by state (hypergame equilibria, the classes HT, H and T, and who is mistaken about what).
 */
package dev.parley.core.hypergame;
