/**
 * The analysed graph model G = (N, S, A_i, payoff_i) ({@link dev.parley.core.graph.GraphModel}):
 * states, moves and payoffs built once from a conflict, read by every analysis above it. It also
 * gives the decision makers' unilateral improvements as a move filter for {@code
 * reach.LegalSearch}.
 */
package dev.parley.core.graph;
