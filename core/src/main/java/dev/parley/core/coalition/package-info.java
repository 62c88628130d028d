/**
 * Coalition analysis (docs/semantics.md §1.7, docs/coalitions.md): coalition stability per
 * coalition ({@link dev.parley.core.coalition.CoalitionEngine}), fixed coalition structures whose
 * blocks act as one player ({@link dev.parley.core.coalition.StructureEngine}, {@link
 * dev.parley.core.coalition.StructureReach}), coalition gains and explanations. Every search over
 * legal sequences is {@code reach.LegalSearch}, over decision makers or over the blocks of a
 * structure.
 *
 * <p><b>Why {@link dev.parley.core.coalition.JointMove} is not {@code move.Move}.</b> The searches
 * find {@code Move}s of player indices, and {@code JointMove.of} turns each into a move by a {@link
 * dev.parley.core.coalition.Coalition}: the mover is named by its members, not by an index. One
 * {@link dev.parley.core.coalition.CoalitionExplanation} type carries moves by players of two
 * kinds: for a coalition, its members' and the other decision makers' own moves (indices of
 * decision makers); for a fixed structure, the blocks' joint moves (indices of blocks, which mean
 * nothing without the structure, and the explanation holds only the block it explains). {@code
 * CoalitionGains.Gain} and {@code StructureReach} paths travel on their own the same way, and the
 * reports name each mover from the move alone ({@code words.id(move.by())}). With an index, every
 * reader would need to be told which players it indexes, and a block index read as a decision maker
 * would be a silent error; with the coalition, a move says who made it. So the record stays, made
 * from {@code Move}s and sharing their from and to.
 */
package dev.parley.core.coalition;
