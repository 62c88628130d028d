package dev.parley.core.drama;

import dev.parley.core.graph.GraphModel;
import dev.parley.core.stability.Concept;
import dev.parley.core.stability.StabilityResult;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds every dilemma of a card table on a model (docs/semantics.md §5.2). Futures are the model's
 * states, preferences its payoffs, and "changing only one's own options" is a party's unilateral
 * move in the model (so an option declared irreversible cannot be undone). The literal reference,
 * which enumerates every reading of every position, is in the tests.
 */
public final class Dilemmas {
  private final GraphModel model;
  private final CardTable table;
  private final StabilityResult gmcr;
  private final Concept concept;
  private final int n;
  private final int t;
  private final int[][] readings;

  private Dilemmas(GraphModel model, CardTable table, StabilityResult gmcr, Concept concept) {
    this.model = model;
    this.table = table;
    this.gmcr = gmcr;
    this.concept = concept;
    this.n = model.dmCount();
    int[] ts = model.space().matching(table.threatened());
    if (ts.length != 1) {
      throw new IllegalArgumentException(
          "the threatened future matches " + ts.length + " feasible states, not one");
    }
    this.t = ts[0];
    this.readings = new int[n][];
    for (Position p : table.positions()) {
      readings[p.holder()] = readings(model, p);
    }
  }

  /** Dilemmas without stability views. */
  public static DramaResult analyze(GraphModel model, CardTable table) {
    return analyze(model, table, null, null);
  }

  /**
   * Dilemmas, each with what {@code gmcr} says under {@code concept} beside it (both null: no
   * views).
   *
   * @throws IllegalArgumentException when the threatened future does not match exactly one feasible
   *     state or a position matches none (the model reader reports both)
   */
  public static DramaResult analyze(
      GraphModel model, CardTable table, StabilityResult gmcr, Concept concept) {
    if ((gmcr == null) != (concept == null)) {
      throw new IllegalArgumentException("a stability result goes with its concept");
    }
    return new Dilemmas(model, table, gmcr, concept).run();
  }

  /**
   * The readings of a position: the feasible states it matches that its holder ranks highest,
   * ascending.
   */
  public static int[] readings(GraphModel model, Position p) {
    int[] match = model.space().matching(p.future());
    if (match.length == 0) {
      throw new IllegalArgumentException("a position that matches no feasible state");
    }
    int[] pay = model.payoffs(p.holder());
    int best = Integer.MIN_VALUE;
    int count = 0;
    for (int s : match) {
      if (pay[s] > best) {
        best = pay[s];
        count = 1;
      } else if (pay[s] == best) {
        count++;
      }
    }
    int[] out = new int[count];
    int k = 0;
    for (int s : match) {
      if (pay[s] == best) {
        out[k++] = s;
      }
    }
    return out;
  }

  private DramaResult run() {
    int[][][] common = new int[n][n][];
    for (int x = 0; x < n; x++) {
      for (int y = 0; y < n; y++) {
        common[x][y] = x == y ? new int[0] : intersect(readings[x], readings[y]);
      }
    }
    // the futures every party but x weakly prefers to T, and x's best among them
    List<Dilemma> out = new ArrayList<>();
    for (int x = 0; x < n; x++) {
      boolean crisis = false;
      for (int y = 0; y < n; y++) {
        if (y == x) {
          continue;
        }
        if (common[x][y].length > 0) {
          cooperation(x, y, common[x][y], out);
          trust(x, y, common[x][y], out);
        } else {
          crisis = true;
          persuasion(x, y, out);
          rejection(x, y, out);
          threat(x, y, out);
        }
      }
      if (crisis && readings[x] != null) {
        positioning(x, out);
      }
    }
    out.sort(
        java.util.Comparator.comparingInt(Dilemma::faced)
            .thenComparingInt(d -> d.kind() == DilemmaKind.POSITIONING ? n : d.toward())
            .thenComparing(Dilemma::kind));
    return new DramaResult(model, table, t, readings, common, out, concept, gmcr);
  }

  private boolean prefers(int judge, int better, int worse) {
    return model.payoff(judge, better) > model.payoff(judge, worse);
  }

  private Comparison cmp(int judge, int worse, int better) {
    return new Comparison(judge, worse, better, model.moves().hasMove(judge, worse, better));
  }

  private List<GmcrView> views(int party, int... states) {
    List<GmcrView> v = new ArrayList<>();
    if (gmcr != null) {
      for (int s : states) {
        v.add(new GmcrView(concept, party, s, gmcr.isStable(concept, party, s)));
      }
    }
    return v;
  }

  /** Persuasion(X, Y): Y strictly prefers T to X's position. */
  private void persuasion(int x, int y, List<Dilemma> out) {
    if (readings[x] == null) {
      return;
    }
    List<Comparison> because = new ArrayList<>();
    List<Integer> hits = new ArrayList<>();
    for (int r : readings[x]) {
      if (prefers(y, t, r)) {
        because.add(cmp(y, r, t));
        hits.add(r);
      }
    }
    if (!because.isEmpty()) {
      int[] at = hits.stream().mapToInt(Integer::intValue).toArray();
      out.add(
          new Dilemma(
              DilemmaKind.PERSUASION,
              x,
              y,
              hits.size() == readings[x].length,
              because,
              null,
              views(y, at)));
    }
  }

  /** Rejection(X, Y): X strictly prefers Y's position to T. */
  private void rejection(int x, int y, List<Dilemma> out) {
    if (readings[y] == null) {
      return;
    }
    List<Comparison> because = new ArrayList<>();
    for (int r : readings[y]) {
      if (prefers(x, r, t)) {
        because.add(cmp(x, t, r));
      }
    }
    if (!because.isEmpty()) {
      out.add(
          new Dilemma(
              DilemmaKind.REJECTION,
              x,
              y,
              because.size() == readings[y].length,
              because,
              null,
              List.of()));
    }
  }

  /** Threat(X, Y): X gains by changing its own part of T, or Y doubts X's stated intention. */
  private void threat(int x, int y, List<Dilemma> out) {
    List<Comparison> because = improvements(x, t);
    Doubt doubt = table.doubt(y, x, Doubt.About.THREAT);
    if (!because.isEmpty() || doubt != null) {
      out.add(new Dilemma(DilemmaKind.THREAT, x, y, true, because, doubt, views(x, t)));
    }
  }

  /** X's strict unilateral improvements from {@code s}, as comparisons. */
  private List<Comparison> improvements(int x, int s) {
    return improvements(model, x, s);
  }

  /** {@code x}'s strict unilateral improvements from {@code s} in {@code model}, as comparisons. */
  static List<Comparison> improvements(GraphModel model, int x, int s) {
    List<Comparison> out = new ArrayList<>();
    for (int f : model.moves().moves(x, s)) {
      if (model.payoff(x, f) > model.payoff(x, s)) {
        out.add(new Comparison(x, s, f, true));
      }
    }
    return out;
  }

  /**
   * Positioning(X): X strictly prefers another party's position to its own, or some future that
   * every other party weakly prefers to T is strictly better for X than its own position.
   */
  private void positioning(int x, List<Dilemma> out) {
    // X's best compromise: among the futures every other party weakly prefers to T
    int bestPay = Integer.MIN_VALUE;
    List<Integer> best = new ArrayList<>();
    for (int f = 0; f < model.stateCount(); f++) {
      boolean acceptable = true;
      for (int y = 0; y < n && acceptable; y++) {
        acceptable = y == x || model.payoff(y, f) >= model.payoff(y, t);
      }
      if (acceptable) {
        int p = model.payoff(x, f);
        if (p > bestPay) {
          bestPay = p;
          best.clear();
        }
        if (p == bestPay) {
          best.add(f);
        }
      }
    }
    List<Comparison> because = new ArrayList<>();
    boolean every = true;
    for (int rx : readings[x]) {
      boolean some = false;
      boolean all = false;
      for (int z = 0; z < n; z++) {
        if (z == x || readings[z] == null) {
          continue;
        }
        boolean allZ = true;
        for (int rz : readings[z]) {
          if (prefers(x, rz, rx)) {
            because.add(cmp(x, rx, rz));
            some = true;
          } else {
            allZ = false;
          }
        }
        all |= allZ;
      }
      if (bestPay > model.payoff(x, rx)) {
        for (int f : best) {
          because.add(cmp(x, rx, f));
        }
        some = true;
        all = true;
      }
      every &= all;
    }
    if (!because.isEmpty()) {
      out.add(
          new Dilemma(DilemmaKind.POSITIONING, x, -1, every, distinct(because), null, List.of()));
    }
  }

  /** Co-operation(X) at the futures X shares with Y: X gains by changing its own options. */
  private void cooperation(int x, int y, int[] shared, List<Dilemma> out) {
    List<Comparison> because = new ArrayList<>();
    List<Integer> hits = new ArrayList<>();
    for (int p : shared) {
      List<Comparison> imp = improvements(x, p);
      if (!imp.isEmpty()) {
        because.addAll(imp);
        hits.add(p);
      }
    }
    if (!because.isEmpty()) {
      out.add(
          new Dilemma(
              DilemmaKind.COOPERATION,
              x,
              y,
              hits.size() == shared.length,
              because,
              null,
              views(x, hits.stream().mapToInt(Integer::intValue).toArray())));
    }
  }

  /** Trust(X, Y) at the futures they share: Y faces co-operation there, or X doubts Y. */
  private void trust(int x, int y, int[] shared, List<Dilemma> out) {
    List<Comparison> because = new ArrayList<>();
    int hits = 0;
    for (int p : shared) {
      List<Comparison> imp = improvements(y, p);
      because.addAll(imp);
      hits += imp.isEmpty() ? 0 : 1;
    }
    Doubt doubt = table.doubt(x, y, Doubt.About.AGREEMENT);
    if (!because.isEmpty() || doubt != null) {
      out.add(
          new Dilemma(
              DilemmaKind.TRUST,
              x,
              y,
              doubt != null || hits == shared.length,
              because,
              doubt,
              views(y, shared)));
    }
  }

  private static List<Comparison> distinct(List<Comparison> list) {
    return new ArrayList<>(new java.util.LinkedHashSet<>(list));
  }

  private static int[] intersect(int[] a, int[] b) {
    if (a == null || b == null) {
      return new int[0];
    }
    int i = 0;
    int j = 0;
    int k = 0;
    int[] out = new int[Math.min(a.length, b.length)];
    while (i < a.length && j < b.length) {
      if (a[i] < b[j]) {
        i++;
      } else if (a[i] > b[j]) {
        j++;
      } else {
        out[k++] = a[i];
        i++;
        j++;
      }
    }
    return java.util.Arrays.copyOf(out, k);
  }
}
