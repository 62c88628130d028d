package dev.parley.core;

import dev.parley.core.model.DecisionMaker;
import dev.parley.core.model.Infeasibility;
import dev.parley.core.model.Option;
import dev.parley.core.model.PreferenceSpec;
import dev.parley.core.model.Reversibility;
import dev.parley.core.model.StatePattern;
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
}
