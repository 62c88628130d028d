/**
 * The mediator's questions (docs/mediator.md): a target's verdict under payoffs that change from
 * call to call ({@link dev.parley.core.inverse.TargetCheck}, with the opponents' reach and SEQ's
 * improvement sequences from {@code reach.LegalSearch}, and shared reach in {@link
 * dev.parley.core.inverse.OpponentReach}), the preference conditions of each move ({@link
 * dev.parley.core.inverse.TargetConditions}, whose sanctions list {@code move.Move}s), exact
 * counts, minimal changes, robustness and goal seeking over the preferences that may change.
 */
package dev.parley.core.inverse;
