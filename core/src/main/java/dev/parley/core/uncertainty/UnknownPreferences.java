package dev.parley.core.uncertainty;

import dev.parley.core.graph.GraphModel;
import dev.parley.core.model.UnknownPair;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Unknown preference (docs/semantics.md §1.8, Li, Hipel, Kilgour &amp; Fang 2004): for each
 * decision maker, the pairs of states whose comparison is unknown (q U_i s). Every other pair is
 * compared by the payoffs. Immutable.
 */
public final class UnknownPreferences {
  private final int stateCount;
  private final List<Set<Long>> pairs;

  private UnknownPreferences(int stateCount, List<Set<Long>> pairs) {
    this.stateCount = stateCount;
    this.pairs = pairs;
  }

  /** No unknown pair. */
  public static UnknownPreferences none(int dmCount, int stateCount) {
    List<Set<Long>> p = new ArrayList<>();
    for (int d = 0; d < dmCount; d++) {
      p.add(Set.of());
    }
    return new UnknownPreferences(stateCount, Collections.unmodifiableList(p));
  }

  /**
   * The unknown pairs a model declares: for each declared pair of patterns, every state of the
   * first with every different state of the second.
   */
  public static UnknownPreferences of(GraphModel model) {
    int n = model.dmCount();
    int m = model.stateCount();
    List<Set<Long>> p = new ArrayList<>();
    for (int d = 0; d < n; d++) {
      Set<Long> s = new HashSet<>();
      for (UnknownPair pair : model.conflict().unknownPairs(d)) {
        for (int x : model.space().matching(pair.a())) {
          for (int y : model.space().matching(pair.b())) {
            if (x != y) {
              s.add((long) Math.min(x, y) * m + Math.max(x, y));
            }
          }
        }
      }
      p.add(Collections.unmodifiableSet(s));
    }
    return new UnknownPreferences(m, Collections.unmodifiableList(p));
  }

  /** The same with the comparison of {@code a} and {@code b} unknown to {@code dm}. */
  public UnknownPreferences with(int dm, int a, int b) {
    if (a == b) {
      throw new IllegalArgumentException("a state is always as good as itself");
    }
    List<Set<Long>> p = new ArrayList<>(pairs);
    Set<Long> s = new HashSet<>(p.get(dm));
    s.add(key(a, b));
    p.set(dm, Collections.unmodifiableSet(s));
    return new UnknownPreferences(stateCount, Collections.unmodifiableList(p));
  }

  /** Whether {@code dm}'s comparison of {@code a} and {@code b} is unknown. */
  public boolean unknown(int dm, int a, int b) {
    return a != b && pairs.get(dm).contains(key(a, b));
  }

  /** The number of unknown pairs of {@code dm}. */
  public int count(int dm) {
    return pairs.get(dm).size();
  }

  /** The unknown pairs of {@code dm}, each {lower, higher} state index, ascending. */
  public List<int[]> pairs(int dm) {
    List<int[]> out = new ArrayList<>();
    for (long k : pairs.get(dm)) {
      out.add(new int[] {(int) (k / stateCount), (int) (k % stateCount)});
    }
    out.sort((x, y) -> x[0] != y[0] ? Integer.compare(x[0], y[0]) : Integer.compare(x[1], y[1]));
    return out;
  }

  public int dmCount() {
    return pairs.size();
  }

  public boolean isEmpty() {
    return pairs.stream().allMatch(Set::isEmpty);
  }

  private long key(int a, int b) {
    int lo = Math.min(a, b);
    int hi = Math.max(a, b);
    return (long) lo * stateCount + hi;
  }
}
