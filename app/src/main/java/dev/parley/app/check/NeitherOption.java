package dev.parley.app.check;

import dev.parley.core.model.Infeasibility;
import dev.parley.core.state.StateSpace;
import dev.parley.report.English;
import java.util.ArrayList;
import java.util.List;

/**
 * Rule 4: a {@code mutuallyExclusive} rule over two or more options all owned by one decision
 * maker, with no {@code atLeastOne} or {@code exactlyOne} rule over all of them, leaves feasible
 * states in which that party takes none of them. Often the options are meant as alternatives of
 * which exactly one holds ("accept" or "fight on"), and those states are contradictions.
 */
final class NeitherOption {
  /** The most states named in a finding. */
  static final int NAMED = 3;

  private NeitherOption() {}

  static void run(Context c) {
    if (c.model.isGraphForm()) {
      return;
    }
    List<Infeasibility> rules = c.conflict.infeasibilities();
    StateSpace space = c.model.space();
    for (int r = 0; r < rules.size(); r++) {
      Infeasibility rule = rules.get(r);
      List<Integer> opts = rule.options();
      if (rule.kind() != Infeasibility.Kind.MUTUALLY_EXCLUSIVE || opts.size() < 2) {
        continue;
      }
      int owner = c.conflict.owner(opts.get(0));
      if (opts.stream().anyMatch(t -> c.conflict.owner(t) != owner) || covered(rules, opts)) {
        continue;
      }
      long mask = 0;
      for (int t : opts) {
        mask |= 1L << t;
      }
      List<String> named = new ArrayList<>();
      int count = 0;
      for (int s = 0; s < space.size(); s++) {
        if ((space.code(s) & mask) == 0) {
          if (count < NAMED) {
            named.add(c.narrator.shortLabel(s));
          }
          count++;
        }
      }
      if (count == 0) {
        continue;
      }
      c.add(
          Finding.Kind.NEITHER_OPTION,
          owner,
          -1,
          "infeasible[" + r + "]",
          message(c, owner, opts, count, named));
    }
  }

  /** Whether an atLeastOne or exactlyOne rule names every one of {@code opts}. */
  private static boolean covered(List<Infeasibility> rules, List<Integer> opts) {
    for (Infeasibility other : rules) {
      if ((other.kind() == Infeasibility.Kind.AT_LEAST_ONE
              || other.kind() == Infeasibility.Kind.EXACTLY_ONE)
          && other.options().containsAll(opts)) {
        return true;
      }
    }
    return false;
  }

  private static String message(
      Context c, int owner, List<Integer> opts, int count, List<String> named) {
    List<String> names = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    for (int t : opts) {
      names.add(English.quoteShort(c.optionName(t)));
      ids.add(c.optionId(t));
    }
    String none =
        opts.size() == 2
            ? "neither " + names.get(0) + " nor " + names.get(1)
            : "none of " + English.list(names, "or");
    return count
        + (count == 1 ? " feasible state has " : " feasible states have ")
        + c.name(owner)
        + " take "
        + none
        + " ("
        + String.join(", ", named)
        + (count > named.size() ? ", …" : "")
        + "): `mutuallyExclusive: ["
        + String.join(", ", ids)
        + "]` rules out "
        + (opts.size() == 2 ? "both" : "two or more")
        + " at once, but not "
        + (opts.size() == 2 ? "neither" : "none")
        + "; if exactly one must hold, use `exactlyOne: ["
        + String.join(", ", ids)
        + "]`"
        + (opts.size() == 2 ? " or a single option" : "")
        + ".";
  }
}
