package dev.parley.io.gmcr;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.core.model.Infeasibility;
import dev.parley.core.model.Option;
import dev.parley.core.model.Provenance;
import dev.parley.core.model.StatePattern;
import dev.parley.core.statement.Formula;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The infeasibility conditions of a {@code .gmcr} file: literals over options in file order, simple
 * and compound conditions, their checks (range, contradictions), and the Parley rules and state
 * patterns they become.
 */
abstract class GmcrConditions extends GmcrJsonReader {
  /** A literal of a condition as written in the file: option index in file order. */
  record Literal(int option, boolean yes, String path) {}

  /**
   * A condition as written: one member for a simple condition, several for a compound one (a
   * disjunction of conjunctions).
   */
  record Condition(List<List<Literal>> members, boolean compound, String path) {}

  int optionCount;

  /** Global (Parley and GMCR+ grouped) index of each option in file order. */
  int[] newIndex;

  List<Option> options;

  GmcrConditions(String json, String file) {
    super(json, file);
  }

  // ---- conditions -----------------------------------------------------------------------

  Condition condition(JsonNode n, String path) {
    if (n.isArray()) {
      return new Condition(List.of(conjunction(n, path)), false, path);
    }
    if (n.isObject()) {
      JsonNode compound = n.get("compound");
      if (compound != null && !compound.isNull() && !compound.isBoolean()) {
        throw fail(
            path + ".compound",
            "expected true, found " + kind(compound),
            "write \"compound\": true");
      }
      JsonNode members = n.get("members");
      if (members == null || members.isNull()) {
        throw fail(
            path,
            "a compound condition needs 'members'",
            "write {\"compound\": true, \"members\": [[[0, \"Y\"]], [[1, \"N\"]]]}");
      }
      checkArray(members, path + ".members");
      if (members.size() == 0) {
        throw fail(
            path + ".members",
            "a compound condition needs at least one member",
            "add the conditions it joins with OR, or remove it");
      }
      List<List<Literal>> ms = new ArrayList<>();
      for (int k = 0; k < members.size(); k++) {
        String where = path + ".members[" + k + "]";
        if (!members.get(k).isArray()) {
          throw fail(
              where,
              "a member of a compound condition must be a simple condition (an array of"
                  + " [optionIndex, \"Y\"|\"N\"] pairs), found "
                  + kind(members.get(k)),
              "write it as [[0, \"Y\"], [2, \"N\"]]");
        }
        ms.add(conjunction(members.get(k), where));
      }
      return new Condition(ms, true, path);
    }
    throw fail(
        path,
        "expected a condition, found " + kind(n),
        "write a simple condition as [[0, \"Y\"], [2, \"N\"]] or a compound one as"
            + " {\"compound\": true, \"members\": [...]}");
  }

  List<Literal> conjunction(JsonNode n, String path) {
    List<Literal> lits = new ArrayList<>();
    for (int k = 0; k < n.size(); k++) {
      String where = path + "[" + k + "]";
      JsonNode pair = n.get(k);
      if (!pair.isArray() || pair.size() != 2) {
        throw fail(
            where,
            "expected an [optionIndex, \"Y\"|\"N\"] pair, found "
                + (pair.isArray() ? "an array of " + pair.size() : kind(pair)),
            "write it as [0, \"Y\"]");
      }
      int o = integer(pair.get(0), where + "[0]");
      JsonNode v = pair.get(1);
      String s = v.isTextual() ? v.asText() : "";
      boolean yes;
      if (s.equalsIgnoreCase("Y")) {
        yes = true;
      } else if (s.equalsIgnoreCase("N")) {
        yes = false;
      } else {
        throw fail(
            where + "[1]",
            "expected \"Y\" or \"N\", found " + (v.isTextual() ? "'" + s + "'" : kind(v)),
            "write \"Y\" (option taken) or \"N\" (not taken)");
      }
      lits.add(new Literal(o, yes, where + "[0]"));
    }
    return lits;
  }

  Literal firstMissing(Condition c) {
    for (List<Literal> m : c.members()) {
      for (Literal l : m) {
        if (l.option() < 0 || l.option() >= optionCount) {
          return l;
        }
      }
    }
    return null;
  }

  void checkRange(Condition c) {
    Literal l = firstMissing(c);
    if (l != null) {
      throw fail(
          l.path(),
          "option index " + l.option() + " is out of range: there are " + optionCount + " options",
          "use a 0-based index into 'options', 0 to " + (optionCount - 1));
    }
  }

  void checkContradictions(Condition c) {
    for (List<Literal> m : c.members()) {
      Map<Integer, Literal> seen = new HashMap<>();
      for (Literal l : m) {
        Literal before = seen.putIfAbsent(l.option(), l);
        if (before != null && before.yes() != l.yes()) {
          throw fail(
              l.path(),
              "option "
                  + l.option()
                  + " ('"
                  + options.get(newIndex[l.option()]).name()
                  + "') is required to be both Y and N in one condition",
              "keep one of the two pairs");
        }
      }
    }
  }

  /** The members as patterns over global (grouped) option indices. */
  List<StatePattern> patterns(Condition c) {
    List<StatePattern> out = new ArrayList<>();
    for (List<Literal> m : c.members()) {
      long mask = 0;
      long value = 0;
      for (Literal l : m) {
        long bit = 1L << newIndex[l.option()];
        mask |= bit;
        if (l.yes()) {
          value |= bit;
        }
      }
      out.add(new StatePattern(mask, value));
    }
    return out;
  }

  static Formula cube(StatePattern p) {
    List<Formula> lits = new ArrayList<>();
    for (int t = 0; t < 63; t++) {
      if ((p.mask() >>> t & 1L) != 0) {
        Formula lit = new Formula.Taken(t);
        lits.add((p.value() >>> t & 1L) != 0 ? lit : new Formula.Not(lit));
      }
    }
    return lits.isEmpty() ? new Formula.Constant(true) : Formula.and(lits);
  }

  static Formula formula(List<StatePattern> members) {
    List<Formula> cubes = new ArrayList<>();
    for (StatePattern p : members) {
      cubes.add(cube(p));
    }
    return Formula.or(cubes);
  }

  Infeasibility infeasibility(Condition c) {
    List<StatePattern> ps = patterns(c);
    if (!c.compound()) {
      StatePattern p = ps.get(0);
      List<Integer> opts = new ArrayList<>();
      List<Boolean> values = new ArrayList<>();
      for (int t = 0; t < optionCount; t++) {
        if ((p.mask() >>> t & 1L) != 0) {
          opts.add(t);
          values.add((p.value() >>> t & 1L) != 0);
        }
      }
      return Infeasibility.pattern(opts, values, Provenance.NONE);
    }
    return Infeasibility.formula(formula(ps), Provenance.NONE);
  }

  /** The GMCR+ name of a condition, by which duplicates are found. */
  String name(List<StatePattern> ps, boolean compound) {
    if (!compound) {
      return ps.get(0).toYnd(optionCount);
    }
    List<String> all = new ArrayList<>();
    for (StatePattern p : ps) {
      all.add(p.toYnd(optionCount));
    }
    all.sort(null);
    return all.toString();
  }

  // ---- preferences ----------------------------------------------------------------------

}
