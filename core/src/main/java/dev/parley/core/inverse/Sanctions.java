package dev.parley.core.inverse;

import dev.parley.core.stability.Concept;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The sanctions of {@link CertificateSearch}: whether a move from the target has one under SEQ, SIM
 * or SEQ+SIM at the search's current profile, the pairs of tie groups of the one found, and, when
 * there is none, the pairs that keep every sanction away (docs/semantics.md §3.3).
 */
final class Sanctions {
  private final TargetCheck check;
  private final Concept concept;
  private final int n;
  private final int t;
  private final PreferenceSpace.Variation[] var;
  private final int[][] tierOf;
  private final int[][] own;
  private final int[][] opponents;
  private final boolean[][] occupied;
  private final int[][] pay;
  private final int[] moveBase;

  /** {@code slicePos[d][s]}: the slice position of s's tie group, −1 outside; null when fixed. */
  private final int[][] slicePos;

  // per move (moveBase[i] + k): the simultaneous combinations, listed on first use
  private final int[][][] comboCache;
  private final boolean[] comboListed;
  // per move: for each combination, its opponents' moves as bits (null when they are over 64)
  private final long[][] comboMask;

  // the legal search's scratch: per state 2 * epoch (one node) or 2 * epoch + 1 (two) and the
  // first node's mover; per node, in the order made, its state, mover and parent node
  private final int[] mark;
  private final int[] firstMover;
  private final int[] parent;
  private final int[] qState;
  private final int[] qMover;
  private int epoch;

  /** The pairs of the last sanction found, {@code raw[0..rawCount)}. */
  long[] raw = new long[16];

  int rawCount;

  // the certificate being collected: pair (d, a, gap) stamped with the collection's number
  private final int[][] pairStamp;
  private int stamp;
  private long[] pairs = new long[64];
  private int pairCount;

  /** The swaps left: pairs further apart are not collected. */
  int rem;

  /**
   * Over the search's arrays, which it changes as it goes: {@code pay} (the payoffs of σ), {@code
   * occupied} (the slice positions σ's blocks cover); {@code tierOf[d][s]} is s's tie group in d's
   * current ranking, {@code moveBase[i]} the index of i's first move in a list of all moves.
   */
  Sanctions(
      TargetCheck check,
      Concept concept,
      PreferenceSpace.Variation[] var,
      int[][] tierOf,
      int[][] own,
      int[][] opponents,
      boolean[][] occupied,
      int[][] pay,
      int[] moveBase,
      int moveTotal) {
    this.check = check;
    this.concept = concept;
    this.n = var.length;
    this.t = check.target();
    this.var = var;
    this.tierOf = tierOf;
    this.own = own;
    this.opponents = opponents;
    this.occupied = occupied;
    this.pay = pay;
    this.moveBase = moveBase;
    int m = check.model().stateCount();
    this.comboCache = new int[moveTotal][][];
    this.comboListed = new boolean[moveTotal];
    this.mark = new int[m];
    this.firstMover = new int[m];
    this.parent = new int[2 * m + 1];
    this.qState = new int[2 * m + 1];
    this.qMover = new int[2 * m + 1];
    this.pairStamp = new int[n][];
    this.slicePos = new int[n][];
    this.comboMask = new long[moveTotal][];
    for (int d = 0; d < n; d++) {
      if (var[d] != null) {
        int from = var[d].from();
        int size = var[d].size();
        slicePos[d] = new int[m];
        for (int x = 0; x < m; x++) {
          int p = tierOf[d][x] - from;
          slicePos[d][x] = p >= 0 && p < size ? p : -1;
        }
      }
    }
    for (int d = 0; d < n; d++) {
      if (var[d] != null) {
        pairStamp[d] = new int[var[d].size() * CertificateSearch.MAX_BOUND];
      }
    }
  }

  /**
   * Whether i's move to q has a sanction under the current payoffs; when it has, the pairs of the
   * one found are in {@code raw}. Without one, the pairs that keep every sanction away have gone
   * into the certificate (when {@code collect}).
   */
  boolean sanction(int i, int k, boolean collect) {
    rawCount = 0;
    int q = own[i][k];
    return switch (concept) {
      case SEQ -> seq(i, q, collect);
      case SIM -> sim(i, k, collect);
      case SEQSIM -> seq(i, q, collect) || sim(i, k, collect);
      default -> throw new IllegalStateException(concept.name());
    };
  }

  /**
   * SEQ: a legal sequence of the opponents' improvements from q to a state no better for i. The
   * breadth-first search over (state, last mover) makes at most two nodes per state, the second
   * offering only the first one's last mover, and does not expand a return to q, as {@code
   * LegalSearch} does: the same states and the same moves examined as the unpruned search. Written
   * out rather than run through {@code LegalSearch} with a noting move filter and stop test: those
   * are interface calls in the innermost loop, and cost this search a third more time.
   */
  private boolean seq(int i, int q, boolean collect) {
    if (++epoch == Integer.MAX_VALUE / 2) {
      Arrays.fill(mark, 0);
      epoch = 1;
    }
    int one = 2 * epoch;
    int[] pi = pay[i];
    int ps = pi[t];
    mark[q] = one;
    firstMover[q] = i;
    int tail = 0;
    qState[tail] = q;
    qMover[tail] = i;
    parent[tail++] = -1;
    for (int head = 0; head < tail; head++) {
      int x = qState[head];
      if (x == q && head > 0) {
        continue; // back at q, which let every opponent move
      }
      int last = qMover[head];
      boolean second = head > 0 && firstMover[x] != last;
      for (int j : opponents[i]) {
        if (j == last || (second && j != firstMover[x])) {
          continue;
        }
        int[] pj = pay[j];
        for (int y : check.moves(j, x)) {
          if (pj[y] <= pj[x]) {
            if (collect) {
              add(j, x, y);
            }
            continue;
          }
          int mk = mark[y];
          if (mk < one) {
            mark[y] = one;
            firstMover[y] = j;
          } else if (mk == one && firstMover[y] != j) {
            mark[y] = one + 1;
          } else {
            continue;
          }
          qState[tail] = y;
          qMover[tail] = j;
          parent[tail++] = head;
          if (mk < one && pi[y] <= ps) {
            note(i, y, t);
            for (int at = tail - 1; parent[at] >= 0; at = parent[at]) {
              note(qMover[at], qState[parent[at]], qState[at]);
            }
            return true;
          }
          if (collect && mk < one) {
            add(i, y, t);
          }
        }
      }
    }
    return false;
  }

  /** SIM: the opponents' simultaneous improving moves from the target, combined with q. */
  private boolean sim(int i, int k, boolean collect) {
    int q = own[i][k];
    int[] opp = opponents[i];
    int[][] targets = check.simTargets(i);
    if (collect) {
      for (int o = 0; o < opp.length; o++) {
        int[] pj = pay[opp[o]];
        for (int y : targets[o]) {
          if (pj[y] <= pj[t]) {
            add(opp[o], t, y);
          }
        }
      }
    }
    int[][] combos = combos(i, k);
    if (combos == null) {
      int[] choice = new int[opp.length];
      return simDfs(i, 0, check.model().space().code(q), false, choice, collect);
    }
    // the combinations listed once: each is its state, then (opponent, move) pairs
    int[] pi = pay[i];
    long[] masks = comboMask[moveBase[i] + k];
    long improving = 0;
    if (masks != null) {
      int bit = 0;
      for (int o = 0; o < opp.length; o++) {
        int[] pj = pay[opp[o]];
        for (int y : targets[o]) {
          if (pj[y] > pj[t]) {
            improving |= 1L << bit;
          }
          bit++;
        }
      }
    }
    outer:
    for (int ci = 0; ci < combos.length; ci++) {
      int[] combo = combos[ci];
      if (masks != null) {
        if ((masks[ci] & ~improving) != 0) {
          continue;
        }
      } else {
        for (int x = 1; x < combo.length; x += 2) {
          int[] pj = pay[opp[combo[x]]];
          if (pj[targets[combo[x]][combo[x + 1]]] <= pj[t]) {
            continue outer;
          }
        }
      }
      int c = combo[0];
      if (pi[c] <= pi[t]) {
        note(i, c, t);
        for (int x = 1; x < combo.length; x += 2) {
          note(opp[combo[x]], t, targets[combo[x]][combo[x + 1]]);
        }
        return true;
      }
      if (collect) {
        add(i, c, t);
      }
    }
    return false;
  }

  /** The most simultaneous combinations listed per move; beyond, they are searched each time. */
  private static final int MAX_COMBOS = 4096;

  /**
   * Every feasible combination of the opponents' moves from the target (at least one moving) joined
   * with i's k-th move: {state, opponent index, move index, ...}; null when too many.
   */
  private int[][] combos(int i, int k) {
    int index = moveBase[i] + k;
    if (!comboListed[index]) {
      comboListed[index] = true;
      int[][] targets = check.simTargets(i);
      long count = 1;
      for (int[] tk : targets) {
        count *= tk.length + 1;
      }
      if (count <= MAX_COMBOS) {
        List<int[]> out = new ArrayList<>();
        listCombos(i, 0, check.model().space().code(own[i][k]), new int[targets.length], out);
        int[][] list = out.toArray(new int[0][]);
        comboCache[index] = list;
        int[] base = new int[targets.length + 1];
        for (int o = 0; o < targets.length; o++) {
          base[o + 1] = base[o] + targets[o].length;
        }
        if (base[targets.length] <= 64) {
          long[] masks = new long[list.length];
          for (int ci = 0; ci < list.length; ci++) {
            for (int x = 1; x < list[ci].length; x += 2) {
              masks[ci] |= 1L << (base[list[ci][x]] + list[ci][x + 1]);
            }
          }
          comboMask[index] = masks;
        }
      }
    }
    return comboCache[index];
  }

  private void listCombos(int i, int k, long code, int[] choice, List<int[]> out) {
    int[][] targets = check.simTargets(i);
    if (k == targets.length) {
      int c = check.model().space().indexOf(code);
      int moved = 0;
      for (int x : choice) {
        moved += x >= 0 ? 1 : 0;
      }
      if (moved == 0 || c < 0) {
        return;
      }
      int[] combo = new int[1 + 2 * moved];
      combo[0] = c;
      int at = 1;
      for (int j = 0; j < choice.length; j++) {
        if (choice[j] >= 0) {
          combo[at++] = j;
          combo[at++] = choice[j];
        }
      }
      out.add(combo);
      return;
    }
    choice[k] = -1;
    listCombos(i, k + 1, code, choice, out);
    long[] deltas = check.simDeltas(i)[k];
    for (int c = 0; c < deltas.length; c++) {
      choice[k] = c;
      listCombos(i, k + 1, code ^ deltas[c], choice, out);
    }
    choice[k] = -1;
  }

  private boolean simDfs(int i, int k, long code, boolean moved, int[] choice, boolean collect) {
    int[] opp = opponents[i];
    if (k == opp.length) {
      if (!moved) {
        return false;
      }
      int c = check.model().space().indexOf(code);
      if (c < 0) {
        return false;
      }
      if (pay[i][c] <= pay[i][t]) {
        note(i, c, t);
        int[][] targets = check.simTargets(i);
        for (int j = 0; j < opp.length; j++) {
          if (choice[j] >= 0) {
            note(opp[j], t, targets[j][choice[j]]);
          }
        }
        return true;
      }
      if (collect) {
        add(i, c, t);
      }
      return false;
    }
    choice[k] = -1;
    if (simDfs(i, k + 1, code, moved, choice, collect)) {
      return true;
    }
    int[] pj = pay[opp[k]];
    int[] targets = check.simTargets(i)[k];
    long[] deltas = check.simDeltas(i)[k];
    for (int c = 0; c < targets.length; c++) {
      if (pj[targets[c]] > pj[t]) {
        choice[k] = c;
        if (simDfs(i, k + 1, code ^ deltas[c], true, choice, collect)) {
          return true;
        }
      }
    }
    choice[k] = -1;
    return false;
  }

  /**
   * Notes a pair of a sanction found (in {@code raw}): the tie groups of x and y in d's ranking,
   * when some change could invert them (d varies, both in its slice, different groups).
   */
  private void note(int d, int x, int y) {
    PreferenceSpace.Variation v = var[d];
    if (v == null) {
      return;
    }
    int a = tierOf[d][x] - v.from();
    int b = tierOf[d][y] - v.from();
    if (a > b) {
      int z = a;
      a = b;
      b = z;
    }
    if (a == b || a < 0 || b >= v.size()) {
      return;
    }
    if (rawCount == raw.length) {
      raw = Arrays.copyOf(raw, rawCount * 2);
    }
    raw[rawCount++] = pair(d, a, b);
  }

  void begin() {
    if (++stamp == Integer.MAX_VALUE) {
      for (int[] s : pairStamp) {
        if (s != null) {
          Arrays.fill(s, 0);
        }
      }
      stamp = 1;
    }
    pairCount = 0;
  }

  /**
   * Notes the pair of the tie groups of x and y in d's ranking, when an extension of σ can invert
   * it within the swaps left: d varies, both groups lie in its slice, no block of σ lies between
   * them or on them, and they are at most that many positions apart.
   */
  void add(int d, int x, int y) {
    int[] pos = slicePos[d];
    if (pos == null) {
      return;
    }
    int a = pos[x];
    int b = pos[y];
    int gap = a > b ? a - b : b - a;
    if (gap == 0 || gap > rem || a < 0 || b < 0) {
      return;
    }
    if (a < b) {
      offer(d, a, b, gap);
    } else {
      offer(d, b, a, gap);
    }
  }

  /** As {@link #add(int, int, int)}, for a pair already in slice positions. */
  void addPair(long pair) {
    int gap = high(pair) - low(pair);
    if (gap <= rem) {
      offer(dm(pair), low(pair), high(pair), gap);
    }
  }

  /** Adds the pair (once per certificate) when no block of σ lies on or between its groups. */
  private void offer(int d, int a, int b, int gap) {
    int slot = a * CertificateSearch.MAX_BOUND + gap - 1;
    if (pairStamp[d][slot] == stamp) {
      return;
    }
    pairStamp[d][slot] = stamp;
    if (!free(occupied[d], a, b)) {
      return;
    }
    if (pairCount == pairs.length) {
      pairs = Arrays.copyOf(pairs, pairCount * 2);
    }
    pairs[pairCount++] = pair(d, a, b);
  }

  long[] end() {
    long[] out = Arrays.copyOf(pairs, pairCount);
    Arrays.sort(out);
    return out;
  }

  /** Whether no position s..e is covered ({@code covered}: one slice's positions in blocks). */
  static boolean free(boolean[] covered, int s, int e) {
    for (int p = s; p <= e; p++) {
      if (covered[p]) {
        return false;
      }
    }
    return true;
  }

  /**
   * A pair of tie groups of d's slice, at slice positions a < b, as one long (sorting pairs sorts
   * them by decision maker, then positions).
   */
  static long pair(int d, int a, int b) {
    return ((long) d << 40) | ((long) a << 20) | b;
  }

  static int dm(long pair) {
    return (int) (pair >>> 40);
  }

  static int low(long pair) {
    return (int) ((pair >>> 20) & 0xFFFFF);
  }

  static int high(long pair) {
    return (int) (pair & 0xFFFFF);
  }

  /**
   * Whether a block of d (its items from slice position s on, {@code at[item − s]} the position
   * each takes) inverts the pair: both groups inside it, the lower one placed after the higher.
   */
  static boolean inverts(long pair, int d, int s, int[] at) {
    int a = low(pair) - s;
    int b = high(pair) - s;
    return dm(pair) == d && a >= 0 && b < at.length && at[a] > at[b];
  }
}
