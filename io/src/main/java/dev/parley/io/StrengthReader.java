package dev.parley.io;

import dev.parley.core.model.Provenance;
import dev.parley.core.model.StatePattern;
import dev.parley.core.state.StateSpace;
import dev.parley.core.strength.GreatPreference;
import dev.parley.core.strength.StrengthSpec;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the strength of preference under each decision maker's {@code preferences:}
 * (docs/model-format.md, docs/semantics.md §5.4): {@code greatly:}, a list of {@code {better:
 * STATE, worse: STATE}} pairs with provenance, and {@code greatGap:}, a payoff gap from which a
 * preference is great (payoff preferences only). One reader for the whole model: it collects each
 * decision maker's declarations in turn, resolves them once the states are known and checks them
 * against the payoffs.
 */
final class StrengthReader extends PartReader {
  static final List<String> PAIR_KEYS = List.of("better", "worse", "source", "quote", "note");

  private record PairDraft(
      RefReader.Ref better, RefReader.Ref worse, Node node, Provenance provenance) {}

  private record PartyDraft(String dm, List<PairDraft> pairs, Double gap) {}

  private final List<PartyDraft> parties = new ArrayList<>();
  private final List<List<GreatPreference>> resolved = new ArrayList<>();
  private boolean any;

  StrengthReader(Scope scope, RefReader refs) {
    super(scope, refs);
  }

  /** The declarations of the next decision maker (called {@code dm}) under {@code prefs}. */
  void read(Node prefs, String dm) {
    if (!(prefs instanceof Node.MapNode m) || !(m.has("greatly") || m.has("greatGap"))) {
      parties.add(new PartyDraft(dm, List.of(), null));
      return;
    }
    any = true;
    Double gap = null;
    Node g = m.get("greatGap");
    if (g != null) {
      gap =
          number(
              g,
              "'greatGap' in the preferences of " + dm,
              "write the smallest payoff difference that counts as a great preference");
      if (gap != null && !(gap > 0)) {
        scope.problems.at(
            g,
            "'greatGap' in the preferences of "
                + dm
                + " is "
                + (gap == Math.rint(gap) ? String.valueOf(gap.longValue()) : String.valueOf(gap))
                + ", not above zero",
            "write the smallest payoff difference that counts as a great preference, e.g."
                + " 'greatGap: 3'");
        gap = null;
      } else if (gap != null && !m.has("payoffs")) {
        scope.problems.at(
            g,
            "'greatGap' in the preferences of " + dm + " needs 'payoffs:', and they give none",
            "give the preferences as payoffs, or list the great preferences under 'greatly:'");
        gap = null;
      }
    }
    List<PairDraft> pairs = new ArrayList<>();
    Node gl = m.get("greatly");
    Node.ListNode l =
        gl == null ? null : scope.fields.list(gl, "'greatly' in the preferences of " + dm);
    for (int k = 0; l != null && k < l.items().size(); k++) {
      String label = "great preference " + (k + 1) + " of " + dm;
      Node.MapNode e = entry(l.items().get(k), label, PAIR_KEYS);
      if (e == null) {
        continue;
      }
      String hint = "name the state " + dm + " prefers greatly: " + RefReader.FORMS;
      Node b = scope.fields.required(e, "better", "in " + label, hint);
      Node w =
          scope.fields.required(
              e,
              "worse",
              "in " + label,
              "name the state it finds greatly worse: " + RefReader.FORMS);
      RefReader.Ref rb = b == null ? null : refs.read(b, "'better' of " + label);
      RefReader.Ref rw = w == null ? null : refs.read(w, "'worse' of " + label);
      if (rb != null && rw != null) {
        pairs.add(new PairDraft(rb, rw, e, scope.provenance(e, "in " + label)));
      }
    }
    parties.add(new PartyDraft(dm, pairs, gap));
  }

  /** Resolves every state reference (problems reported at their place). */
  void resolve(StateSpace space) {
    for (PartyDraft d : parties) {
      List<GreatPreference> out = new ArrayList<>();
      for (int k = 0; k < d.pairs().size(); k++) {
        PairDraft p = d.pairs().get(k);
        StatePattern b = refs.resolve(p.better(), space);
        StatePattern w = refs.resolve(p.worse(), space);
        if (b == null || w == null) {
          continue;
        }
        boolean ok = true;
        for (StatePattern x : new StatePattern[] {b, w}) {
          if (space.matching(x).length == 0) {
            scope.problems.at(
                p.node(),
                "great preference "
                    + (k + 1)
                    + " of "
                    + d.dm()
                    + ": '"
                    + x.toYnd(space.optionCount())
                    + "' matches no feasible state",
                "name feasible states; 'parley analyze' lists them in its states table");
            ok = false;
          }
        }
        if (ok) {
          out.add(new GreatPreference(b, w, p.provenance()));
        }
      }
      resolved.add(out);
    }
  }

  /**
   * The strength of preference checked against the resolved payoffs: a great preference must be a
   * strict one for every pair of states it names. Null when the model declares none (or after
   * reporting).
   */
  StrengthSpec check(int[][] payoffs, StateSpace space) {
    if (!any || resolved.size() != parties.size()) {
      return null;
    }
    List<StrengthSpec.Party> out = new ArrayList<>();
    boolean ok = true;
    for (int d = 0; d < parties.size(); d++) {
      PartyDraft draft = parties.get(d);
      List<GreatPreference> ps = resolved.get(d);
      for (int k = 0; k < ps.size(); k++) {
        int[] better = space.matching(ps.get(k).better());
        int[] worse = space.matching(ps.get(k).worse());
        int lowBetter = Integer.MAX_VALUE;
        int highWorse = Integer.MIN_VALUE;
        for (int b : better) {
          lowBetter = Math.min(lowBetter, payoffs[d][b]);
        }
        for (int w : worse) {
          highWorse = Math.max(highWorse, payoffs[d][w]);
        }
        if (lowBetter <= highWorse) {
          scope.problems.at(
              draft.pairs().get(k).node(),
              "great preference "
                  + (k + 1)
                  + " of "
                  + draft.dm()
                  + ": its preferences do not rank every 'better' state above every 'worse' one",
              "a great preference must also be a strict one: swap 'better' and 'worse', or name"
                  + " states its preferences rank apart");
          ok = false;
        }
      }
      out.add(new StrengthSpec.Party(ps, draft.gap()));
    }
    return ok ? new StrengthSpec(out) : null;
  }
}
