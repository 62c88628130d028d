package dev.parley.core.drama;

import dev.parley.core.graph.GraphModel;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The dilemmas of a card table, literally by the definitions of docs/semantics.md §5.2: every
 * assignment of one reading to each stated position is enumerated, each condition is evaluated on
 * it with quantifiers over every state, and a dilemma holds "under every reading" when it holds in
 * every assignment that fits its phase and "under some" when in at least one. Slow; tests only.
 */
final class DramaReference {
  /** What the reference finds for one (kind, X, Y): whether it holds somewhere, and everywhere. */
  record Verdict(boolean some, boolean every) {}

  /** The key of a dilemma: its kind, the party facing it, the other party (-1 for positioning). */
  record Key(DilemmaKind kind, int faced, int toward) {}

  private final GraphModel model;
  private final CardTable table;
  private final int n;
  private final int m;
  private final int t;
  private final List<List<Integer>> readings = new ArrayList<>();

  DramaReference(GraphModel model, CardTable table) {
    this.model = model;
    this.table = table;
    this.n = model.dmCount();
    this.m = model.stateCount();
    int found = -1;
    for (int s = 0; s < m; s++) {
      if (table.threatened().matches(model.space().code(s))) {
        found = s;
      }
    }
    this.t = found;
    for (int d = 0; d < n; d++) {
      Position p = table.position(d);
      readings.add(p == null ? null : readingsOf(p));
    }
  }

  /** The readings of {@code p}: states it matches that no state it matches beats for its holder. */
  List<Integer> readingsOf(Position p) {
    List<Integer> out = new ArrayList<>();
    for (int s = 0; s < m; s++) {
      if (!p.future().matches(model.space().code(s))) {
        continue;
      }
      boolean best = true;
      for (int s2 = 0; s2 < m; s2++) {
        if (p.future().matches(model.space().code(s2)) && prefers(p.holder(), s2, s)) {
          best = false;
        }
      }
      if (best) {
        out.add(s);
      }
    }
    return out;
  }

  int threatened() {
    return t;
  }

  List<Integer> readings(int party) {
    return readings.get(party);
  }

  private boolean prefers(int judge, int better, int worse) {
    return model.payoff(judge, better) > model.payoff(judge, worse);
  }

  /** Some state {@code x} reaches from {@code s} by its own move and strictly prefers. */
  private boolean canGain(int x, int s) {
    for (int f = 0; f < m; f++) {
      if (f != s && model.moves().hasMove(x, s, f) && prefers(x, f, s)) {
        return true;
      }
    }
    return false;
  }

  /** Whether X and Y propose a common future: some reading of X's position is one of Y's. */
  boolean atCommitment(int x, int y) {
    if (readings.get(x) == null || readings.get(y) == null) {
      return false;
    }
    for (int a : readings.get(x)) {
      if (readings.get(y).contains(a)) {
        return true;
      }
    }
    return false;
  }

  /** Every dilemma the definitions give, with its verdicts. */
  Map<Key, Verdict> dilemmas() {
    Map<Key, Verdict> out = new java.util.LinkedHashMap<>();
    List<int[]> assignments = assignments();
    for (int x = 0; x < n; x++) {
      boolean crisisSomewhere = false;
      for (int y = 0; y < n; y++) {
        if (y == x) {
          continue;
        }
        if (atCommitment(x, y)) {
          put(out, assignments, DilemmaKind.COOPERATION, x, y);
          put(out, assignments, DilemmaKind.TRUST, x, y);
        } else {
          crisisSomewhere = true;
          put(out, assignments, DilemmaKind.PERSUASION, x, y);
          put(out, assignments, DilemmaKind.REJECTION, x, y);
          put(out, assignments, DilemmaKind.THREAT, x, y);
        }
      }
      if (crisisSomewhere && readings.get(x) != null) {
        put(out, assignments, DilemmaKind.POSITIONING, x, -1);
      }
    }
    return out;
  }

  private void put(Map<Key, Verdict> out, List<int[]> assignments, DilemmaKind kind, int x, int y) {
    boolean some = false;
    boolean every = true;
    boolean any = false;
    for (int[] a : assignments) {
      Boolean h = holds(kind, x, y, a);
      if (h == null) {
        continue; // the assignment does not fit the phase, or a position is missing
      }
      any = true;
      some |= h;
      every &= h;
    }
    if (any && some) {
      out.put(new Key(kind, x, y), new Verdict(true, every));
    }
  }

  /**
   * Whether the condition holds under assignment {@code a} (a reading per party, -1 for none); null
   * when it is not tested there.
   */
  private Boolean holds(DilemmaKind kind, int x, int y, int[] a) {
    switch (kind) {
      case PERSUASION:
        return a[x] < 0 ? null : prefers(y, t, a[x]);
      case REJECTION:
        return a[y] < 0 ? null : prefers(x, a[y], t);
      case THREAT:
        return canGain(x, t) || table.doubt(y, x, Doubt.About.THREAT) != null;
      case POSITIONING:
        {
          for (int z = 0; z < n; z++) {
            if (z != x && a[z] >= 0 && prefers(x, a[z], a[x])) {
              return true;
            }
          }
          for (int f = 0; f < m; f++) {
            boolean acceptable = true;
            for (int o = 0; o < n; o++) {
              if (o != x && model.payoff(o, f) < model.payoff(o, t)) {
                acceptable = false;
              }
            }
            if (acceptable && prefers(x, f, a[x])) {
              return true;
            }
          }
          return false;
        }
      case COOPERATION:
        return a[x] != a[y] ? null : canGain(x, a[x]);
      case TRUST:
        return a[x] != a[y]
            ? null
            : canGain(y, a[x]) || table.doubt(x, y, Doubt.About.AGREEMENT) != null;
      default:
        throw new AssertionError(kind);
    }
  }

  /** Every assignment of one reading to each party with a position (-1 for the others). */
  private List<int[]> assignments() {
    List<int[]> out = new ArrayList<>();
    out.add(new int[n]);
    java.util.Arrays.fill(out.get(0), -1);
    for (int d = 0; d < n; d++) {
      List<Integer> r = readings.get(d);
      if (r == null) {
        continue;
      }
      List<int[]> next = new ArrayList<>();
      for (int[] a : out) {
        for (int s : r) {
          int[] b = a.clone();
          b[d] = s;
          next.add(b);
        }
      }
      out = next;
    }
    return out;
  }

  /** The engine's dilemmas in the reference's terms. */
  static Map<Key, Verdict> of(DramaResult r) {
    Map<Key, Verdict> out = new java.util.LinkedHashMap<>();
    for (Dilemma d : r.dilemmas()) {
      Verdict previous =
          out.put(new Key(d.kind(), d.faced(), d.toward()), new Verdict(true, d.everyReading()));
      if (previous != null) {
        throw new AssertionError("the engine reports " + d + " twice");
      }
    }
    return out;
  }

  /** How many of each kind a result has (for the non-vacuity counts). */
  static Map<DilemmaKind, Integer> counts(Map<Key, Verdict> ds) {
    Map<DilemmaKind, Integer> c = new EnumMap<>(DilemmaKind.class);
    ds.keySet().forEach(k -> c.merge(k.kind(), 1, Integer::sum));
    return c;
  }
}
