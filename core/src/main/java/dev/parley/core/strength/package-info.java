/**
 * Strength of preference (docs/semantics.md §1.8 and §5.4; Hamouda, Kilgour &amp; Hipel 2004,
 * 2006): which strict preferences a decision maker holds greatly rather than mildly ({@link
 * dev.parley.core.strength.StrengthSpec} as written, {@link dev.parley.core.strength.Strength}
 * resolved to states), and strong and weak stability under Nash, GMR, SMR and SEQ ({@link
 * dev.parley.core.strength.StrengthEngine}, {@link dev.parley.core.strength.StrengthResult}).
 */
package dev.parley.core.strength;
