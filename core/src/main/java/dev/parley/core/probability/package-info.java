/**
 * Probabilistic preferences in the graph model (docs/semantics.md §5.5; Rêgo &amp; dos Santos
 * 2015): each comparison carries the probability that a decision maker prefers one state to the
 * other ({@link dev.parley.core.probability.Probabilities}, from the ranking and the comparisons a
 * model states, {@link dev.parley.core.probability.StatedProbability}); a threshold per decision
 * maker ({@link dev.parley.core.probability.Thresholds}) decides which moves count as improvements
 * and which sanctions as effective. {@link dev.parley.core.probability.ProbabilityEngine} computes
 * Nash, GMR, SMR and SEQ at the thresholds and, for each verdict, how far the threshold may move
 * before it flips ({@link dev.parley.core.probability.Margin}).
 */
package dev.parley.core.probability;
