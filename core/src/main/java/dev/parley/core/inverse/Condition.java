package dev.parley.core.inverse;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * A condition on preferences: a Boolean combination of {@link Atom}s. Built through {@link #and},
 * {@link #or} and {@link #atom}, which simplify as they go: constants are folded, nested
 * conjunctions and disjunctions are flattened, duplicates dropped, and a disjunct (conjunct) whose
 * atoms include those of another is absorbed.
 */
public sealed interface Condition
    permits Condition.Const, Condition.Lit, Condition.All, Condition.Any {

  Condition TRUE = new Const(true);
  Condition FALSE = new Const(false);

  /** A constant. */
  record Const(boolean value) implements Condition {}

  /** One atom. */
  record Lit(Atom atom) implements Condition {}

  /** Every part holds (at least two parts). */
  record All(List<Condition> parts) implements Condition {}

  /** Some part holds (at least two parts). */
  record Any(List<Condition> parts) implements Condition {}

  static Condition atom(Atom a) {
    Boolean t = a.trivial();
    return t == null ? new Lit(a) : t ? TRUE : FALSE;
  }

  static Condition and(List<Condition> parts) {
    return combine(parts, true);
  }

  static Condition or(List<Condition> parts) {
    return combine(parts, false);
  }

  static Condition and(Condition... parts) {
    return and(List.of(parts));
  }

  static Condition or(Condition... parts) {
    return or(List.of(parts));
  }

  private static Condition combine(List<Condition> parts, boolean conjunction) {
    Set<Condition> flat = new LinkedHashSet<>();
    for (Condition c : parts) {
      if (c instanceof Const k) {
        if (k.value() != conjunction) {
          return k; // false in a conjunction, true in a disjunction
        }
        continue;
      }
      if (conjunction && c instanceof All a) {
        flat.addAll(a.parts());
      } else if (!conjunction && c instanceof Any a) {
        flat.addAll(a.parts());
      } else {
        flat.add(c);
      }
    }
    List<Condition> kept = absorb(new ArrayList<>(flat), conjunction);
    if (kept.isEmpty()) {
      return conjunction ? TRUE : FALSE;
    }
    if (kept.size() == 1) {
      return kept.get(0);
    }
    return conjunction ? new All(List.copyOf(kept)) : new Any(List.copyOf(kept));
  }

  /**
   * Absorption: in a disjunction, a conjunction whose parts include all parts of another disjunct
   * (an atom, or a smaller conjunction) adds nothing; dually in a conjunction.
   */
  private static List<Condition> absorb(List<Condition> items, boolean conjunction) {
    if (items.size() < 2 || items.size() > 2000) {
      return items;
    }
    List<Set<Condition>> sets = new ArrayList<>();
    for (Condition c : items) {
      sets.add(partsOf(c, !conjunction));
    }
    boolean[] absorbed = TargetConditions.absorbed(sets);
    List<Condition> out = new ArrayList<>();
    for (int x = 0; x < items.size(); x++) {
      if (!absorbed[x]) {
        out.add(items.get(x));
      }
    }
    return out;
  }

  /**
   * The parts of {@code c} seen as a conjunction (or disjunction): itself when it is another kind.
   */
  private static Set<Condition> partsOf(Condition c, boolean conjunction) {
    if (conjunction && c instanceof All a) {
      return new LinkedHashSet<>(a.parts());
    }
    if (!conjunction && c instanceof Any a) {
      return new LinkedHashSet<>(a.parts());
    }
    return Set.of(c);
  }

  /** Whether the condition holds under {@code payoffs[dm][state]}. */
  default boolean holds(int[][] payoffs) {
    return eval(a -> a.holds(payoffs));
  }

  /** Evaluates with a truth value per atom. */
  default boolean eval(java.util.function.Predicate<Atom> atoms) {
    if (this instanceof Const k) {
      return k.value();
    }
    if (this instanceof Lit l) {
      return atoms.test(l.atom());
    }
    if (this instanceof All a) {
      for (Condition c : a.parts()) {
        if (!c.eval(atoms)) {
          return false;
        }
      }
      return true;
    }
    for (Condition c : ((Any) this).parts()) {
      if (c.eval(atoms)) {
        return true;
      }
    }
    return false;
  }

  /** The same condition with every atom replaced by what {@code f} gives for it (simplified). */
  default Condition substitute(Function<Atom, Condition> f) {
    if (this instanceof Const) {
      return this;
    }
    if (this instanceof Lit l) {
      return f.apply(l.atom());
    }
    List<Condition> parts = new ArrayList<>();
    boolean all = this instanceof All;
    for (Condition c : all ? ((All) this).parts() : ((Any) this).parts()) {
      parts.add(c.substitute(f));
    }
    return all ? and(parts) : or(parts);
  }

  /** The negation, pushed down to the atoms. */
  default Condition not() {
    if (this instanceof Const k) {
      return k.value() ? FALSE : TRUE;
    }
    if (this instanceof Lit l) {
      return atom(l.atom().negate());
    }
    List<Condition> parts = new ArrayList<>();
    boolean all = this instanceof All;
    for (Condition c : all ? ((All) this).parts() : ((Any) this).parts()) {
      parts.add(c.not());
    }
    return all ? or(parts) : and(parts);
  }

  /** Every distinct atom, in order of first appearance. */
  default Set<Atom> atoms() {
    Set<Atom> out = new LinkedHashSet<>();
    collect(this, out);
    return out;
  }

  private static void collect(Condition c, Set<Atom> out) {
    if (c instanceof Lit l) {
      out.add(l.atom());
    } else if (c instanceof All a) {
      a.parts().forEach(p -> collect(p, out));
    } else if (c instanceof Any a) {
      a.parts().forEach(p -> collect(p, out));
    }
  }

  /** The number of atom occurrences (a measure of size). */
  default int size() {
    if (this instanceof Lit) {
      return 1;
    }
    if (this instanceof Const) {
      return 0;
    }
    int n = 0;
    for (Condition c : this instanceof All a ? a.parts() : ((Any) this).parts()) {
      n += c.size();
    }
    return n;
  }
}
