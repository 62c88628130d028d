package dev.parley.core.state;

import dev.parley.core.model.Conflict;
import dev.parley.core.model.Infeasibility;
import dev.parley.core.model.ModelException;
import dev.parley.core.model.StatePattern;
import java.util.Arrays;
import java.util.List;

/**
 * The feasible states of an option-form conflict, with the standard numbering of GMCR II and GMCR+:
 * states sorted by ascending code (option {@code t} weighs {@code 2^t}) and numbered 1..m. Inside
 * Parley a state is its 0-based index; its number is index + 1.
 */
public final class StateSpace {
  /** The largest option count whose 2^k codes are enumerated. */
  public static final int MAX_ENUMERABLE_OPTIONS = 31;

  private final int optionCount;
  private final long[] codes;
  private final boolean graphForm;

  /** Above this many options, codes are found by binary search instead of a rank index. */
  private static final int RANK_INDEX_MAX_OPTIONS = 28;

  /**
   * One bit per candidate code (feasible or not), and the number of feasible codes before each
   * word.
   */
  private final long[] feasibleBits;

  private final int[] rankBefore;

  private StateSpace(int optionCount, long[] codes, boolean graphForm) {
    this.optionCount = optionCount;
    this.codes = codes;
    this.graphForm = graphForm;
    if (!graphForm && optionCount <= RANK_INDEX_MAX_OPTIONS) {
      int words = (int) Math.max(1, (1L << optionCount) >>> 6);
      feasibleBits = new long[words];
      for (long c : codes) {
        feasibleBits[(int) (c >>> 6)] |= 1L << c;
      }
      rankBefore = new int[words];
      int r = 0;
      for (int w = 0; w < words; w++) {
        rankBefore[w] = r;
        r += Long.bitCount(feasibleBits[w]);
      }
    } else {
      feasibleBits = null;
      rankBefore = null;
    }
  }

  /**
   * The states of {@code conflict}: its feasible option codes, or in graph form one synthetic code
   * per listed state.
   */
  public static StateSpace of(Conflict conflict) {
    if (conflict.isGraphForm()) {
      return graphForm(conflict.namedStates().size());
    }
    return of(conflict.optionCount(), conflict.infeasibilities());
  }

  /** The state space of a graph-form model with {@code stateCount} states: codes 0..m-1. */
  public static StateSpace graphForm(int stateCount) {
    if (stateCount < 1) {
      throw new ModelException("states", "a graph-form model lists no state", "list its states");
    }
    long[] codes = new long[stateCount];
    for (int i = 0; i < stateCount; i++) {
      codes[i] = i;
    }
    return new StateSpace(0, codes, true);
  }

  /** The pattern that names exactly state {@code index} of a graph-form model. */
  public static StatePattern graphPattern(int index) {
    return StatePattern.graph(index);
  }

  /**
   * Enumerates every code of {@code optionCount} options that no rule makes infeasible.
   *
   * @throws ModelException when no state is feasible or there are too many options to enumerate
   */
  public static StateSpace of(int optionCount, List<Infeasibility> rules) {
    if (optionCount > MAX_ENUMERABLE_OPTIONS) {
      throw new ModelException(
          "decisionMakers",
          "the model has "
              + optionCount
              + " options, 2^"
              + optionCount
              + " candidate states; at most "
              + MAX_ENUMERABLE_OPTIONS
              + " options can be enumerated",
          "merge options or split the conflict");
    }
    long total = 1L << optionCount;
    FeasibilityTest test = new FeasibilityTest(rules);
    long[] buf = new long[(int) Math.min(total, 1 << 16)];
    int m = 0;
    for (long c = 0; c < total; c++) {
      if (test.feasible(c)) {
        if (m == buf.length) {
          buf = Arrays.copyOf(buf, (int) Math.min(total, 2L * buf.length));
        }
        buf[m++] = c;
      }
    }
    if (m == 0) {
      throw new ModelException(
          "infeasible",
          "no state is feasible: the infeasibility rules remove all "
              + total
              + " combinations of options",
          "check the rules for a contradiction, e.g. 'atLeastOne' over options another rule forbids");
    }
    return new StateSpace(optionCount, m == buf.length ? buf : Arrays.copyOf(buf, m), false);
  }

  /** A state space from explicit, strictly ascending codes. */
  public static StateSpace ofCodes(int optionCount, long[] sortedCodes) {
    for (int i = 1; i < sortedCodes.length; i++) {
      if (sortedCodes[i] <= sortedCodes[i - 1]) {
        throw new IllegalArgumentException("codes must be strictly ascending");
      }
    }
    return new StateSpace(optionCount, sortedCodes.clone(), false);
  }

  /** Whether the states come from a graph-form model (no options; synthetic codes). */
  public boolean isGraphForm() {
    return graphForm;
  }

  /** The pattern matching exactly state {@code index}, in option form or graph form. */
  public StatePattern pattern(int index) {
    return graphForm ? graphPattern(index) : StatePattern.exact(codes[index], optionCount);
  }

  public int size() {
    return codes.length;
  }

  public int optionCount() {
    return optionCount;
  }

  /** The code of state {@code index}. */
  public long code(int index) {
    return codes[index];
  }

  /** The index of a code, or -1 when that code is not a feasible state. */
  public int indexOf(long code) {
    if (feasibleBits != null) {
      if (code < 0 || code >>> optionCount != 0) {
        return -1;
      }
      int w = (int) (code >>> 6);
      long word = feasibleBits[w];
      long bit = 1L << code;
      if ((word & bit) == 0) {
        return -1;
      }
      return rankBefore[w] + Long.bitCount(word & (bit - 1));
    }
    int i = Arrays.binarySearch(codes, code);
    return i < 0 ? -1 : i;
  }

  /** Whether option {@code option} is taken in state {@code index}. */
  public boolean isTaken(int index, int option) {
    return (codes[index] >>> option & 1L) != 0;
  }

  /** The standard (1-based) number of state {@code index}. */
  public static int number(int index) {
    return index + 1;
  }

  /** Y/N text of a state, option 1 first. */
  public String yn(int index) {
    return StatePattern.exact(codes[index], optionCount).toYnd(optionCount);
  }

  /** Indices of all states matching {@code pattern}, ascending. */
  public int[] matching(StatePattern pattern) {
    int n = 0;
    int[] out = new int[16];
    for (int i = 0; i < codes.length; i++) {
      if (pattern.matches(codes[i])) {
        if (n == out.length) {
          out = Arrays.copyOf(out, 2 * n);
        }
        out[n++] = i;
      }
    }
    return Arrays.copyOf(out, n);
  }
}
