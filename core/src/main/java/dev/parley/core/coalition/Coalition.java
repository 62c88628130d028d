package dev.parley.core.coalition;

import java.util.ArrayList;
import java.util.List;

/**
 * A non-empty set H of decision makers, as a bit mask of decision-maker indices (bit d set iff
 * decision maker d is a member). Immutable; ordered by size, then by mask, so that singletons come
 * first and {d} precedes {d + 1}.
 */
public record Coalition(long mask) implements Comparable<Coalition> {
  /** The most decision makers a coalition can name (the bits of a {@code long}). */
  public static final int MAX_DMS = 63;

  public Coalition {
    if (mask == 0) {
      throw new IllegalArgumentException("a coalition needs at least one member");
    }
    if (mask < 0) {
      throw new IllegalArgumentException("a coalition has at most " + MAX_DMS + " members");
    }
  }

  /** The coalition of the given decision-maker indices. */
  public static Coalition of(int... members) {
    long m = 0;
    for (int d : members) {
      if (d < 0 || d >= MAX_DMS) {
        throw new IllegalArgumentException("no decision maker " + d);
      }
      m |= 1L << d;
    }
    return new Coalition(m);
  }

  /** {i}. */
  public static Coalition singleton(int dm) {
    return of(dm);
  }

  /** N, every one of {@code dmCount} decision makers. */
  public static Coalition all(int dmCount) {
    return new Coalition(dmCount == MAX_DMS ? Long.MAX_VALUE : (1L << dmCount) - 1);
  }

  /**
   * Every non-empty coalition of {@code dmCount} decision makers, singletons first (the order of
   * {@link #compareTo}).
   */
  public static List<Coalition> every(int dmCount) {
    if (dmCount > 30) {
      throw new IllegalArgumentException("2^" + dmCount + " coalitions are too many to list");
    }
    List<Coalition> out = new ArrayList<>();
    for (long m = 1; m < 1L << dmCount; m++) {
      out.add(new Coalition(m));
    }
    out.sort(null);
    return out;
  }

  public int size() {
    return Long.bitCount(mask);
  }

  public boolean contains(int dm) {
    return dm >= 0 && dm < 64 && (mask >>> dm & 1L) == 1L;
  }

  /** Whether every member of this coalition belongs to {@code other}. */
  public boolean isSubsetOf(Coalition other) {
    return (mask & ~other.mask) == 0;
  }

  /** The members, ascending. */
  public int[] members() {
    int[] out = new int[size()];
    long m = mask;
    for (int k = 0; m != 0; k++) {
      out[k] = Long.numberOfTrailingZeros(m);
      m &= m - 1;
    }
    return out;
  }

  /** The members, ascending, as a list. */
  public List<Integer> memberList() {
    List<Integer> out = new ArrayList<>();
    for (int d : members()) {
      out.add(d);
    }
    return out;
  }

  /** N ∖ H for {@code dmCount} decision makers, ascending; empty when H = N. */
  public int[] complement(int dmCount) {
    long rest = all(dmCount).mask & ~mask;
    int[] out = new int[Long.bitCount(rest)];
    for (int k = 0; rest != 0; k++) {
      out[k] = Long.numberOfTrailingZeros(rest);
      rest &= rest - 1;
    }
    return out;
  }

  /** The members' ids joined by "+", e.g. {@code US+UA}, given every decision maker's id. */
  public String label(List<String> ids) {
    StringBuilder b = new StringBuilder();
    for (int d : members()) {
      if (b.length() > 0) {
        b.append('+');
      }
      b.append(ids.get(d));
    }
    return b.toString();
  }

  @Override
  public int compareTo(Coalition o) {
    int bySize = Integer.compare(size(), o.size());
    if (bySize != 0) {
      return bySize;
    }
    // among equal sizes, the coalition with the lowest differing member first
    long diff = mask ^ o.mask;
    if (diff == 0) {
      return 0;
    }
    long lowest = diff & -diff;
    return (mask & lowest) != 0 ? -1 : 1;
  }
}
