package dev.parley.core.model;

import java.util.List;

/**
 * A commitment device: options, usually of different decision makers, that can be taken together in
 * one joint move ("sign the guarantee and the withdrawal together"). From every state in which none
 * of them is taken, the move that takes all of them at once (and changes nothing else) is a common
 * move of every owner: it belongs to each owner's move set (common moves, docs/evolution.md),
 * provided the target state is feasible and, unless the package is {@code imposed}, every owner
 * strictly prefers the target to the state it leaves (consent: a joint move needs all its parties).
 * Taking the options one by one stays possible as before.
 *
 * @param options global option indices, at least two, of at least two decision makers
 * @param imposed whether any owner can make the joint move whatever the other owners prefer
 */
public record OptionPackage(List<Integer> options, Provenance provenance, boolean imposed) {
  public OptionPackage {
    options = List.copyOf(options);
    if (provenance == null) {
      provenance = Provenance.NONE;
    }
  }

  /** A package by consent. */
  public OptionPackage(List<Integer> options, Provenance provenance) {
    this(options, provenance, false);
  }

  /** The options as a bit mask of a state code. */
  public long mask() {
    long m = 0;
    for (int t : options) {
      m |= 1L << t;
    }
    return m;
  }
}
