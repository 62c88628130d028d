package dev.parley.core.move;

import dev.parley.core.model.GraphModel;
import java.util.Arrays;

/**
 * Minima over R_H(s) ∪ {s} for unfiltered option-form moves, without a graph search.
 *
 * <p>Two facts make the strongly connected components of the coalition's move graph known in
 * advance. (1) A member's moves that change only its reversible options are symmetric, and they
 * join all feasible states that agree everywhere except on those options into one clique. (2) A
 * move that changes an irreversible option strictly increases φ(x) = (forward-only options taken) −
 * (backward-only options taken), which no move decreases. So the components are exactly the classes
 * of union-find over the cliques of (1), and the graph between classes is acyclic, ordered by φ.
 * The minimum for a class is the least value in it and in the classes its irreversible moves reach,
 * computed level by level from the highest φ down.
 *
 * <p>Cost: O(m · |H|) for union-find, plus one pass over the slots that change an irreversible
 * option; O(m) memory.
 */
final class ReversibleClasses {
  private ReversibleClasses() {}

  static int[][] closureMinimum(
      GraphModel model, OptionMoveGraph g, int[] coalition, int[][] values) {
    int m = g.stateCount();
    int k = model.conflict().optionCount();
    long irreversible = g.forward() | g.backward();
    int[] parent = new int[m];
    for (int s = 0; s < m; s++) {
      parent[s] = s;
    }
    for (int d : coalition) {
      long reversible = g.ownMask(d) & ~irreversible;
      if (reversible != 0) {
        group(g, parent, reversible, k);
      }
    }
    int vn = values.length;
    int[][] agg = new int[vn][m];
    for (int v = 0; v < vn; v++) {
      Arrays.fill(agg[v], Integer.MAX_VALUE);
    }
    for (int s = 0; s < m; s++) {
      int r = find(parent, s);
      parent[s] = r;
      for (int v = 0; v < vn; v++) {
        if (values[v][s] < agg[v][r]) {
          agg[v][r] = values[v][s];
        }
      }
    }
    long coalitionIrreversible = 0;
    for (int d : coalition) {
      coalitionIrreversible |= g.ownMask(d) & irreversible;
    }
    if (coalitionIrreversible != 0) {
      propagate(g, coalition, parent, agg, coalitionIrreversible);
    }
    int[][] result = new int[vn][m];
    for (int v = 0; v < vn; v++) {
      for (int s = 0; s < m; s++) {
        result[v][s] = agg[v][parent[s]];
      }
    }
    return result;
  }

  /** Unions all feasible states that differ only in the options of {@code bits}. */
  private static void group(OptionMoveGraph g, int[] parent, long bits, int k) {
    int m = g.stateCount();
    int restBits = k - Long.bitCount(bits);
    if (restBits <= 26) {
      int[] rep = new int[1 << restBits];
      Arrays.fill(rep, -1);
      for (int s = 0; s < m; s++) {
        int key = (int) remove(g.space().code(s), bits);
        if (rep[key] < 0) {
          rep[key] = s;
        } else {
          union(parent, s, rep[key]);
        }
      }
      return;
    }
    // too many keys for a table: sort (key, state) pairs instead
    long[] pairs = new long[m];
    for (int s = 0; s < m; s++) {
      pairs[s] = remove(g.space().code(s), bits) << 31 | s;
    }
    Arrays.sort(pairs);
    for (int i = 1; i < m; i++) {
      if (pairs[i] >>> 31 == pairs[i - 1] >>> 31) {
        union(parent, (int) (pairs[i] & 0x7fffffffL), (int) (pairs[i - 1] & 0x7fffffffL));
      }
    }
  }

  /** The code with the bits of {@code bits} squeezed out (lower bits keep their places). */
  static long remove(long code, long bits) {
    // remove runs of set bits from the highest down, so lower positions stay valid
    for (long rest = bits; rest != 0; ) {
      int hi = 63 - Long.numberOfLeadingZeros(rest);
      int lo = hi;
      while (lo > 0 && (rest >>> (lo - 1) & 1L) != 0) {
        lo--;
      }
      long low = code & ((1L << lo) - 1);
      code = hi == 63 ? low : low | ((code >>> (hi + 1)) << lo);
      rest &= (1L << lo) - 1;
    }
    return code;
  }

  /**
   * Adds to each class the minima of the classes its irreversible moves reach, from the highest φ
   * level down, so every class reached is final when it is read.
   */
  private static void propagate(
      OptionMoveGraph g, int[] coalition, int[] root, int[][] agg, long irreversibleBits) {
    int m = g.stateCount();
    long fwd = g.forward() & irreversibleBits;
    long back = g.backward() & irreversibleBits;
    int minPhi = -Long.bitCount(back);
    int levels = Long.bitCount(fwd) + Long.bitCount(back) + 1;
    int[] count = new int[levels + 1];
    int[] phi = new int[m];
    for (int s = 0; s < m; s++) {
      long c = g.space().code(s);
      phi[s] = Long.bitCount(c & fwd) - Long.bitCount(c & back) - minPhi;
      count[phi[s] + 1]++;
    }
    for (int l = 0; l < levels; l++) {
      count[l + 1] += count[l];
    }
    int[] order = new int[m];
    int[] fill = Arrays.copyOf(count, levels);
    for (int s = 0; s < m; s++) {
      order[fill[phi[s]]++] = s;
    }
    int vn = agg.length;
    // per member, only the flips that change an irreversible option (the others stay in the class)
    long[][] steps = new long[coalition.length][];
    for (int b = 0; b < coalition.length; b++) {
      long own = g.ownMask(coalition[b]) & irreversibleBits;
      steps[b] =
          java.util.Arrays.stream(g.flips(coalition[b])).filter(f -> (f & own) != 0).toArray();
    }
    dev.parley.core.state.StateSpace space = g.space();
    long forward = g.forward();
    long backward = g.backward();
    for (int l = levels - 1; l >= 0; l--) {
      for (int q = count[l]; q < count[l + 1]; q++) {
        int x = order[q];
        int rx = root[x];
        long code = space.code(x);
        for (long[] memberSteps : steps) {
          for (long f : memberSteps) {
            if (!dev.parley.core.model.Reversibility.allowsFlip(f, code, forward, backward)) {
              continue;
            }
            int y = space.indexOf(code ^ f);
            if (y < 0) {
              continue;
            }
            int ry = root[y];
            for (int v = 0; v < vn; v++) {
              if (agg[v][ry] < agg[v][rx]) {
                agg[v][rx] = agg[v][ry];
              }
            }
          }
        }
      }
    }
  }

  private static int find(int[] parent, int x) {
    int r = x;
    while (parent[r] != r) {
      r = parent[r];
    }
    while (parent[x] != r) {
      int next = parent[x];
      parent[x] = r;
      x = next;
    }
    return r;
  }

  private static void union(int[] parent, int a, int b) {
    int ra = find(parent, a);
    int rb = find(parent, b);
    if (ra != rb) {
      if (ra < rb) {
        parent[rb] = ra;
      } else {
        parent[ra] = rb;
      }
    }
  }
}
