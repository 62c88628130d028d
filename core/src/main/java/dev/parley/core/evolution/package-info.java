/**
 * Status quo analysis (docs/semantics.md §3.1, docs/evolution.md): reach by legal sequences of
 * moves or improvements, shortest paths, exactly-t sets, the transition tree and graph ({@link
 * dev.parley.core.evolution.Evolution}) over decision makers or blocks of them ({@link
 * dev.parley.core.evolution.Movers}); the briefing's reach ({@link
 * dev.parley.core.evolution.ReachTree}); sequencing deadlocks and the effect of packages. Reach and
 * paths come from {@code reach.LegalSearch}; a step is a {@code move.Move} whose mover is an index
 * of the {@code Movers}, and {@link
 * dev.parley.core.evolution.Movers#improves(dev.parley.core.move.Move)} tells whether it is an
 * improvement.
 */
package dev.parley.core.evolution;
