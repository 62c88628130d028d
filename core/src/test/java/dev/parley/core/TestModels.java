package dev.parley.core;

import dev.parley.core.model.Conflict;
import dev.parley.core.model.DecisionMaker;
import dev.parley.core.model.Infeasibility;
import dev.parley.core.model.Option;
import dev.parley.core.model.PreferenceSpec;
import dev.parley.core.model.Reversibility;
import dev.parley.core.model.StatePattern;
import dev.parley.core.state.StateSpace;
import dev.parley.core.statement.StatementParser;
import java.util.ArrayList;
import java.util.List;

/** Small helpers to write conflicts by hand in tests. */
public final class TestModels {
  private TestModels() {}

  public static Option option(String id) {
    return new Option(id, null, null, Reversibility.BOTH, null);
  }

  public static Option option(String id, Reversibility r) {
    return new Option(id, null, null, r, null);
  }

  public static DecisionMaker dm(String id, Option... options) {
    return new DecisionMaker(id, null, null, List.of(options), null);
  }

  /** An infeasibility pattern in Y/N/- text, option 1 first, as GMCR+ writes it. */
  public static Infeasibility pattern(String ynd) {
    List<Integer> options = new ArrayList<>();
    List<Boolean> values = new ArrayList<>();
    for (int t = 0; t < ynd.length(); t++) {
      char c = ynd.charAt(t);
      if (c != '-') {
        options.add(t);
        values.add(c == 'Y');
      }
    }
    return Infeasibility.pattern(options, values, null);
  }

  /**
   * Prioritized statements, most important first, written with 1-based option numbers as in GMCR+
   * ({@code "-1 & 3"}, {@code "2 if 3"}).
   */
  public static PreferenceSpec.Prioritization statements(int optionCount, String... texts) {
    List<PreferenceSpec.Statement> out = new ArrayList<>();
    for (String text : texts) {
      out.add(
          new PreferenceSpec.Statement(
              StatementParser.parse(
                  text,
                  w -> {
                    if (!w.chars().allMatch(Character::isDigit)) {
                      return -1;
                    }
                    int k = Integer.parseInt(w);
                    return k >= 1 && k <= optionCount ? k - 1 : -1;
                  }),
              text,
              null));
    }
    return new PreferenceSpec.Prioritization(out);
  }

  /** A full state in Y/N text, option 1 first. */
  public static StatePattern state(String yn) {
    StatePattern p = StatePattern.parseYnd(yn, yn.length());
    if (p == null || p.mask() != (1L << yn.length()) - 1) {
      throw new IllegalArgumentException("not a full Y/N state: " + yn);
    }
    return p;
  }

  /**
   * A direct ranking, most preferred first; each tier lists states in Y/N text, several in one tier
   * for a tie group.
   */
  public static PreferenceSpec.DirectRanking ranking(List<List<String>> tiers) {
    List<List<StatePattern>> out = new ArrayList<>();
    for (List<String> tier : tiers) {
      List<StatePattern> t = new ArrayList<>();
      for (String yn : tier) {
        t.add(StatePattern.parseYnd(yn, yn.length()));
      }
      out.add(t);
    }
    return new PreferenceSpec.DirectRanking(out);
  }

  /**
   * Elmira (gmcr-py option form): MoE, Uniroyal and the Local Government, their five options and
   * the four infeasible patterns that leave 12 states; the preferences are the caller's.
   */
  public static Conflict.Builder elmira() {
    return Conflict.builder()
        .decisionMaker(dm("MoE", option("Modify", Reversibility.FORWARD)))
        .decisionMaker(
            dm(
                "Uniroyal",
                option("Delay", Reversibility.BACKWARD),
                option("Accept"),
                option("Abandon", Reversibility.FORWARD)))
        .decisionMaker(dm("Local Government", option("Insist")))
        .infeasibility(pattern("-YY--"))
        .infeasibility(pattern("-Y-Y-"))
        .infeasibility(pattern("--YY-"))
        .infeasibility(pattern("-NNN-"));
  }

  /** A with options a1, a2 and B with b1: three options, eight states; preferences to add. */
  public static Conflict.Builder aAndB() {
    return Conflict.builder()
        .decisionMaker(dm("A", option("a1"), option("a2")))
        .decisionMaker(dm("B", option("b1")));
  }

  /** The codes of the states, in state order. */
  public static List<Long> codes(StateSpace space) {
    List<Long> out = new ArrayList<>();
    for (int s = 0; s < space.size(); s++) {
      out.add(space.code(s));
    }
    return out;
  }
}
