/**
 * Drama theory on the option form (docs/semantics.md §4 and §5.2): the card table ({@link
 * dev.parley.core.drama.CardTable}: each party's position, the threatened future, doubts) and the
 * dilemmas each party faces toward each other party, computed from the model's own rankings and
 * moves ({@link dev.parley.core.drama.Dilemmas}), with what the stability analysis says about each.
 */
package dev.parley.core.drama;
