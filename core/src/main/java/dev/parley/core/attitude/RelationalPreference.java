package dev.parley.core.attitude;

import dev.parley.core.graph.GraphModel;
import dev.parley.core.reach.LegalReach;

/**
 * The relational improvement relation of docs/semantics.md §5.3, from a model's payoffs and the
 * decision makers' attitudes. Decision maker i compares q with s with respect to j by
 *
 * <pre>c_ij(q, s) = e_ij · sign(payoff_j(q) − payoff_j(s)),</pre>
 *
 * and q is a relational improvement of s for i when q ≠ s and c_ij(q, s) ≥ 0 for every j (the
 * default, {@link Reading#WEAK}). The reading of §3.4 that also asks for one strict comparison,
 * c_ij(q, s) &gt; 0 for some j, is offered as {@link Reading#STRICT}.
 */
public final class RelationalPreference {
  /** Which total relational preference counts as an improvement. */
  public enum Reading {
    /** q ≠ s and no comparison negative (§5.3, Parley's default). */
    WEAK,
    /** No comparison negative and at least one positive (§3.4's total relational preference). */
    STRICT
  }

  private final int[][] payoffs;
  private final int[][] e;
  private final Reading reading;

  /** The relation of {@code model}'s payoffs under {@code attitudes}, read as {@code reading}. */
  public RelationalPreference(GraphModel model, Attitudes attitudes, Reading reading) {
    if (attitudes.size() != model.dmCount()) {
      throw new IllegalArgumentException(
          "attitudes for "
              + attitudes.size()
              + " decision makers, but the model has "
              + model.dmCount());
    }
    int n = model.dmCount();
    this.payoffs = new int[n][];
    for (int d = 0; d < n; d++) {
      payoffs[d] = model.payoffs(d);
    }
    this.e = attitudes.matrix();
    this.reading = reading;
  }

  /** The default (weak) relation of §5.3. */
  public RelationalPreference(GraphModel model, Attitudes attitudes) {
    this(model, attitudes, Reading.WEAK);
  }

  public Reading reading() {
    return reading;
  }

  /** c_ij(q, s) = e_ij · sign(payoff_j(q) − payoff_j(s)). */
  public int compare(int i, int j, int q, int s) {
    return e[i][j] * Integer.signum(Integer.compare(payoffs[j][q], payoffs[j][s]));
  }

  /** Whether q is a relational improvement of s for i. */
  public boolean improves(int i, int s, int q) {
    if (q == s) {
      return false;
    }
    boolean strict = false;
    int[] row = e[i];
    for (int j = 0; j < row.length; j++) {
      if (row[j] == 0) {
        continue;
      }
      int c = row[j] * Integer.compare(payoffs[j][q], payoffs[j][s]);
      if (c < 0) {
        return false;
      }
      strict |= c > 0;
    }
    return reading == Reading.WEAK || strict;
  }

  /** The moves that are relational improvements for their mover, from the state they leave. */
  public LegalReach.MoveFilter moveFilter() {
    return (mover, from, to) -> improves(mover, from, to);
  }
}
