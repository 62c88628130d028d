package dev.parley.core.hypergame;

/** The standard classes of a state against the true game (docs/semantics.md §6). */
public enum HypergameClass {
  /** A hypergame equilibrium and a true equilibrium. */
  HT,
  /** A hypergame equilibrium only: it holds because someone is mistaken. */
  H,
  /** A true equilibrium only: a mistaken belief or a blind spot unsettles it. */
  T
}
