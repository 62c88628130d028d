/**
 * Stability under uncertain preferences: unknown pairs (docs/semantics.md §1.8, {@link
 * dev.parley.core.uncertainty.UnknownStability}, whose opponents' reach is {@code
 * reach.LegalSearch} with a "better or unknown" filter), and weighted preference scenarios,
 * enumerated or sampled ({@link dev.parley.core.uncertainty.Sweep}).
 */
package dev.parley.core.uncertainty;
