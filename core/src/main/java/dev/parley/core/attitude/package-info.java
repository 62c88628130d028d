/**
 * Attitudes in the graph model (docs/semantics.md §3.4 and §5.3; Inohara, Hipel &amp; Walker 2007;
 * Walker, Hipel &amp; Inohara 2012): each decision maker's attitude +1, 0 or -1 towards every
 * decision maker, itself included ({@link dev.parley.core.attitude.Attitudes}), the relational
 * preference they induce ({@link dev.parley.core.attitude.RelationalPreference}) and the relational
 * stability concepts RNash, RGMR, RSMR and RSEQ ({@link
 * dev.parley.core.attitude.RelationalConcept}), computed by {@link
 * dev.parley.core.attitude.RelationalEngine} with the legal-sequence search of {@code
 * reach.LegalSearch}.
 *
 * <p>Model files declare attitudes under {@code attitudes:} ({@link
 * dev.parley.core.attitude.DeclaredAttitudes}); {@code parley analyze --concept rseq}, the
 * briefing, the REST API and the workbench show the relational equilibria.
 */
package dev.parley.core.attitude;
