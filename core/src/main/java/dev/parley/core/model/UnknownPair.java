package dev.parley.core.model;

/**
 * Two states (or groups of states, when a pattern matches several) whose comparison a decision
 * maker's preferences leave unknown (docs/semantics.md §1.8): every pair of one state of {@code a}
 * and a different state of {@code b} is unknown to it.
 */
public record UnknownPair(StatePattern a, StatePattern b) {}
