package dev.parley.core.model;

import dev.parley.core.statement.Formula;
import java.util.ArrayList;
import java.util.List;

/**
 * A rule that removes states: every state in which {@code infeasibleWhen} is true is infeasible.
 * The input conveniences of GMCR II / GMCR+ compile to such a formula here.
 */
public record Infeasibility(
    Kind kind, List<Integer> options, Formula infeasibleWhen, Provenance provenance) {

  /** How the analyst wrote the rule; kept for display and export. */
  public enum Kind {
    PATTERN("pattern"),
    MUTUALLY_EXCLUSIVE("mutuallyExclusive"),
    AT_LEAST_ONE("atLeastOne"),
    EXACTLY_ONE("exactlyOne"),
    REQUIRES("requires"),
    FORMULA("when"),
    /** A decision right (docs/semantics.md §8): the act needs the consent option. */
    CONSENT("consent"),
    /** A decision right: the act and the veto option exclude each other. */
    VETO("veto");

    private final String key;

    Kind(String key) {
      this.key = key;
    }

    /** The model-file key. */
    public String key() {
      return key;
    }
  }

  public Infeasibility {
    options = List.copyOf(options);
    if (provenance == null) {
      provenance = Provenance.NONE;
    }
  }

  /** Options fixed by a pattern: {@code values[t]} applies to {@code options[t]}. */
  public static Infeasibility pattern(List<Integer> options, List<Boolean> values, Provenance p) {
    List<Formula> lits = new ArrayList<>();
    for (int t = 0; t < options.size(); t++) {
      Formula lit = new Formula.Taken(options.get(t));
      lits.add(values.get(t) ? lit : new Formula.Not(lit));
    }
    return new Infeasibility(Kind.PATTERN, options, Formula.and(lits), p);
  }

  /** At most one of the options may be taken. */
  public static Infeasibility mutuallyExclusive(List<Integer> options, Provenance p) {
    List<Formula> pairs = new ArrayList<>();
    for (int a = 0; a < options.size(); a++) {
      for (int b = a + 1; b < options.size(); b++) {
        pairs.add(
            new Formula.And(
                List.of(new Formula.Taken(options.get(a)), new Formula.Taken(options.get(b)))));
      }
    }
    Formula f = pairs.isEmpty() ? new Formula.Constant(false) : Formula.or(pairs);
    return new Infeasibility(Kind.MUTUALLY_EXCLUSIVE, options, f, p);
  }

  /** At least one of the options must be taken. */
  public static Infeasibility atLeastOne(List<Integer> options, Provenance p) {
    List<Formula> none = new ArrayList<>();
    for (int o : options) {
      none.add(new Formula.Not(new Formula.Taken(o)));
    }
    return new Infeasibility(Kind.AT_LEAST_ONE, options, Formula.and(none), p);
  }

  /** Exactly one of the options must be taken. */
  public static Infeasibility exactlyOne(List<Integer> options, Provenance p) {
    Formula twoOrMore = mutuallyExclusive(options, p).infeasibleWhen();
    Formula none = atLeastOne(options, p).infeasibleWhen();
    return new Infeasibility(Kind.EXACTLY_ONE, options, Formula.or(List.of(twoOrMore, none)), p);
  }

  /** Option {@code a} may be taken only if {@code b} is taken. */
  public static Infeasibility requires(int a, int b, Provenance p) {
    return requires(List.of(a, b), p);
  }

  /**
   * The first option may be taken only if every other listed option is taken: infeasible where it
   * is taken and some other is not ({@code requires: [a, b, c]}: a needs both b and c).
   */
  public static Infeasibility requires(List<Integer> options, Provenance p) {
    if (options.size() < 2) {
      throw new IllegalArgumentException("requires names an option and what it needs");
    }
    List<Formula> missing = new ArrayList<>();
    for (int t : options.subList(1, options.size())) {
      missing.add(new Formula.Not(new Formula.Taken(t)));
    }
    Formula f =
        new Formula.And(
            List.of(
                new Formula.Taken(options.get(0)),
                missing.size() == 1 ? missing.get(0) : new Formula.Or(missing)));
    return new Infeasibility(Kind.REQUIRES, options, f, p);
  }

  /**
   * A consent right (docs/semantics.md §8): option {@code act} may be taken only while option
   * {@code consent}, the consenting party's, is taken. Options: the act, then the consent.
   */
  public static Infeasibility consent(int act, int consent, Provenance p) {
    Formula f =
        new Formula.And(
            List.of(new Formula.Taken(act), new Formula.Not(new Formula.Taken(consent))));
    return new Infeasibility(Kind.CONSENT, List.of(act, consent), f, p);
  }

  /**
   * A veto right (docs/semantics.md §8): option {@code act} cannot be taken while option {@code
   * veto}, the vetoing party's, is taken, nor the veto cast once the act is taken. Options: the
   * act, then the veto.
   */
  public static Infeasibility veto(int act, int veto, Provenance p) {
    Formula f = new Formula.And(List.of(new Formula.Taken(act), new Formula.Taken(veto)));
    return new Infeasibility(Kind.VETO, List.of(act, veto), f, p);
  }

  /** Whether this rule is a decision right rather than a fact about the options. */
  public boolean isRight() {
    return kind == Kind.CONSENT || kind == Kind.VETO;
  }

  /** Every state satisfying {@code formula} is infeasible. */
  public static Infeasibility formula(Formula formula, Provenance p) {
    List<Integer> opts = new ArrayList<>();
    long s = formula.support();
    for (int t = 0; t < 64; t++) {
      if ((s >>> t & 1L) != 0) {
        opts.add(t);
      }
    }
    return new Infeasibility(Kind.FORMULA, opts, formula, p);
  }
}
