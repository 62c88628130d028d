package dev.parley.io;

import dev.parley.core.model.Provenance;
import dev.parley.core.model.StatePattern;
import dev.parley.core.probability.Probabilities;
import dev.parley.core.probability.StatedProbability;
import dev.parley.core.state.StateSpace;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the probabilistic preferences (docs/semantics.md §5.5, docs/model-format.md): a decision
 * maker's {@code probabilities:} (a list of {@code {better, worse, p}}) and {@code threshold:}
 * under its {@code preferences:}, and the model's {@code probabilityThreshold:}.
 */
final class ProbabilityReader extends PartReader {
  static final List<String> KEYS = List.of("better", "worse", "p", "source", "quote", "note");

  /** Stated comparisons waiting for the state space. */
  @FunctionalInterface
  interface Draft {
    /** The comparisons with every reference resolved, or null after reporting. */
    List<StatedProbability> resolve(StateSpace space);
  }

  private record Entry(
      RefReader.Ref better, RefReader.Ref worse, double p, Node.MapNode node, Provenance prov) {}

  ProbabilityReader(Scope scope, RefReader refs) {
    super(scope, refs);
  }

  /**
   * The {@code probabilities:} under a {@code preferences:} mapping, for {@code dm} (e.g. {@code
   * 'US'}). Empty when absent; null after reporting.
   */
  Draft read(Node prefs, String dm) {
    if (!(prefs instanceof Node.MapNode pm) || !pm.has("probabilities")) {
      return space -> List.of();
    }
    Node.ListNode l =
        scope.fields.list(pm.get("probabilities"), "'probabilities' in the preferences of " + dm);
    if (l == null) {
      return null;
    }
    List<Entry> entries = new ArrayList<>();
    boolean ok = true;
    for (int k = 0; k < l.items().size(); k++) {
      String label = "probability " + (k + 1) + " of " + dm;
      Node.MapNode m = entry(l.items().get(k), label, KEYS);
      if (m == null) {
        ok = false;
        continue;
      }
      String where = "in " + label;
      String state = "write a state reference: " + RefReader.FORMS;
      Node bn = scope.fields.required(m, "better", where, state);
      Node wn = scope.fields.required(m, "worse", where, state);
      Node pn =
          scope.fields.required(
              m, "p", where, "add 'p: 0.7', the chance that " + dm + " prefers 'better'");
      RefReader.Ref b = bn == null ? null : refs.read(bn, "'better' " + where);
      RefReader.Ref w = wn == null ? null : refs.read(wn, "'worse' " + where);
      Double p = pn == null ? null : number(pn, "'p' " + where, false);
      if (b == null || w == null || p == null) {
        ok = false;
        continue;
      }
      entries.add(new Entry(b, w, p, m, scope.provenance(m, where)));
    }
    if (!ok) {
      return null;
    }
    return space -> resolve(entries, space, dm);
  }

  private List<StatedProbability> resolve(List<Entry> entries, StateSpace space, String dm) {
    List<StatedProbability> out = new ArrayList<>();
    Map<Long, Integer> seen = new HashMap<>(); // (better, worse) state pair -> entry index
    boolean good = true;
    for (int k = 0; k < entries.size(); k++) {
      Entry e = entries.get(k);
      String label = "probability " + (k + 1) + " of " + dm;
      StatePattern b = refs.resolve(e.better(), space);
      StatePattern w = refs.resolve(e.worse(), space);
      if (b == null || w == null) {
        good = false;
        continue;
      }
      int[] bs = space.matching(b);
      int[] ws = space.matching(w);
      if (bs.length == 0 || ws.length == 0) {
        StatePattern none = bs.length == 0 ? b : w;
        scope.problems.at(
            e.node().get(bs.length == 0 ? "better" : "worse"),
            label + ": " + none.toYnd(space.optionCount()) + " matches no feasible state",
            "check its option values against the infeasibility rules");
        good = false;
        continue;
      }
      boolean any = false;
      for (int x : bs) {
        for (int y : ws) {
          if (x == y) {
            continue;
          }
          any = true;
          long pair = (long) x * space.size() + y;
          Integer earlier = seen.put(pair, k);
          Integer reverse = seen.get((long) y * space.size() + x);
          if (earlier != null && earlier != k) {
            scope.problems.at(
                e.node(),
                label + " gives a comparison that probability " + (earlier + 1) + " gives already",
                "keep one probability for each pair of states");
            good = false;
          } else if (reverse != null
              && Probabilities.micro(e.p()) + Probabilities.micro(entries.get(reverse).p())
                  > Probabilities.ONE) {
            scope.problems.at(
                e.node().get("p"),
                label
                    + " and probability "
                    + (reverse + 1)
                    + " compare the same states both ways with chances adding up to more than 1",
                "the chances that "
                    + dm
                    + " prefers each state to the other may add up to at most 1 (the rest is the"
                    + " chance that it is indifferent)");
            good = false;
          }
        }
      }
      if (!any) {
        scope.problems.at(
            e.node(),
            label + " compares a state with itself",
            "name two different states under 'better' and 'worse'");
        good = false;
        continue;
      }
      out.add(new StatedProbability(b, w, e.p(), e.prov()));
    }
    return good ? out : null;
  }

  /**
   * A threshold under {@code key} of {@code m} ({@code subject} names it), or null when absent or
   * after reporting.
   */
  Double threshold(Node m, String key, String subject) {
    if (!(m instanceof Node.MapNode map) || !map.has(key)) {
      return null;
    }
    return number(map.get(key), subject, true);
  }

  /** A probability in [0, 1], or a threshold in [0, 1); null after reporting. */
  private Double number(Node n, String subject, boolean threshold) {
    Double v = null;
    if (n instanceof Node.ScalarNode s) {
      if (s.value() instanceof Long l) {
        v = l.doubleValue();
      } else if (s.value() instanceof Double d) {
        v = d;
      } else if (s.value() instanceof BigInteger big) {
        v = big.doubleValue();
      }
    }
    String range =
        threshold
            ? "write a threshold from 0 up to, but not including, 1 (the default is 0.5): a move"
                + " counts as an improvement when its probability is above it"
            : "write a probability from 0 to 1: the chance that the 'better' state is preferred";
    if (v == null) {
      scope.fields.wrongType(n, subject, "a number", range);
      return null;
    }
    if (!(v >= 0 && (threshold ? v < 1 : v <= 1))) {
      scope.problems.at(
          n,
          subject
              + " is "
              + ((Node.ScalarNode) n).text()
              + ", outside "
              + (threshold ? "[0, 1)" : "[0, 1]"),
          range);
      return null;
    }
    return v;
  }
}
