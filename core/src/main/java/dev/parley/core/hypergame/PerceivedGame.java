package dev.parley.core.hypergame;

import dev.parley.core.graph.GraphModel;
import dev.parley.core.model.Conflict;
import dev.parley.core.model.ModelException;
import dev.parley.core.model.PreferenceSpec;
import dev.parley.core.model.StatePattern;
import dev.parley.core.move.ModelMoves;
import dev.parley.core.move.MoveGraph;
import dev.parley.core.preference.PreferenceResolver;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Map;

/**
 * One decision maker's perceived game (docs/semantics.md §6): the true model with the holder's
 * beliefs about the others' payoffs and without the states it cannot see. The holder's own payoffs
 * are always the true ones. States keep their true indices; a hidden state keeps its index but no
 * arc of anyone leads to or from it, and every decision maker's payoff there is above all others,
 * so a simultaneous combination (SIM) that lands on it never sanctions: it is infeasible for the
 * holder.
 */
public final class PerceivedGame {
  private final GraphModel truth;
  private final int holder;
  private final int[][] believed;
  private final BitSet hidden;
  private final List<BitSet> groups;
  private final int[] groupOf;
  private final GraphModel game;
  private final List<Misbelief> misbeliefs;

  private PerceivedGame(
      GraphModel truth, int holder, int[][] believed, BitSet hidden, List<BitSet> groups) {
    this.truth = truth;
    this.holder = holder;
    this.believed = believed;
    this.hidden = (BitSet) hidden.clone();
    this.groupOf = new int[truth.stateCount()];
    Arrays.fill(groupOf, -1);
    List<BitSet> seen = new ArrayList<>();
    for (BitSet g : groups) {
      BitSet visible = (BitSet) g.clone();
      visible.andNot(hidden);
      if (visible.cardinality() < 2) {
        continue; // a group with one visible state tells nothing apart
      }
      for (int s = visible.nextSetBit(0); s >= 0; s = visible.nextSetBit(s + 1)) {
        if (groupOf[s] >= 0) {
          throw new IllegalArgumentException("state " + (s + 1) + " is in two groups");
        }
        groupOf[s] = seen.size();
      }
      seen.add(visible);
    }
    this.groups = List.copyOf(seen);
    int n = truth.dmCount();
    int m = truth.stateCount();
    int[][] payoffs = new int[n][];
    int top = Integer.MIN_VALUE;
    for (int d = 0; d < n; d++) {
      payoffs[d] = d == holder || believed[d] == null ? truth.payoffs(d) : believed[d];
      for (int v : payoffs[d]) {
        top = Math.max(top, v);
      }
    }
    List<Misbelief> mbs = new ArrayList<>();
    for (int d = 0; d < n; d++) {
      if (d != holder && believed[d] != null && !sameOrder(believed[d], truth.payoffs(d))) {
        mbs.add(new Misbelief.Preference(d));
      }
    }
    if (!hidden.isEmpty()) {
      mbs.add(new Misbelief.BlindSpot(hidden));
      for (int d = 0; d < n; d++) {
        payoffs[d] = payoffs[d].clone();
        for (int s = hidden.nextSetBit(0); s >= 0; s = hidden.nextSetBit(s + 1)) {
          payoffs[d][s] = top + 1;
        }
      }
    }
    boolean same = mbs.isEmpty();
    if (!this.groups.isEmpty()) {
      mbs.add(new Misbelief.Confusion(this.groups));
    }
    this.misbeliefs = List.copyOf(mbs);
    if (same) {
      this.game = truth;
    } else {
      Conflict conflict = perceivedConflict(truth.conflict(), holder, believed, !hidden.isEmpty());
      boolean consent = conflict.packages().stream().anyMatch(p -> !p.imposed());
      MoveGraph moves =
          consent ? ModelMoves.build(conflict, truth.space(), payoffs) : truth.moves();
      this.game =
          new GraphModel(
              conflict,
              truth.space(),
              hidden.isEmpty() ? moves : new HiddenMoves(moves, hidden),
              payoffs);
    }
    assert m == game.stateCount();
  }

  /**
   * The conflict of the perceived game: the preferences of every decision maker whose payoffs are
   * believed (all of them when states are hidden) read as plain payoffs, so that nothing derives
   * facts from statements that no longer give those payoffs (e.g. the options SIM must vary).
   */
  private static Conflict perceivedConflict(
      Conflict conflict, int holder, int[][] believed, boolean anyHidden) {
    List<PreferenceSpec> prefs = new ArrayList<>(conflict.preferences());
    for (int d = 0; d < prefs.size(); d++) {
      if (anyHidden || (d != holder && believed[d] != null)) {
        prefs.set(d, new PreferenceSpec.Payoffs(List.of()));
      }
    }
    return conflict.toBuilder().preferences(prefs).build();
  }

  /**
   * The perceived game of {@code holder}: {@code believed[d]} are the payoffs the holder believes
   * {@code d} has over the true states (null: the truth; the holder's own entry is ignored).
   */
  public static PerceivedGame of(GraphModel truth, int holder, int[][] believed, BitSet hidden) {
    return of(truth, holder, believed, hidden, List.of());
  }

  /**
   * As {@link #of(GraphModel, int, int[][], BitSet)}, with groups of true states the holder cannot
   * tell apart (hidden members are dropped; a group left with one state is ignored).
   *
   * @throws IllegalArgumentException when a visible state is in two groups
   */
  public static PerceivedGame of(
      GraphModel truth, int holder, int[][] believed, BitSet hidden, List<BitSet> groups) {
    int[][] b = new int[truth.dmCount()][];
    for (int d = 0; d < b.length; d++) {
      b[d] = d == holder || believed == null || believed[d] == null ? null : believed[d].clone();
    }
    return new PerceivedGame(truth, holder, b, hidden, groups);
  }

  /**
   * The perceived game a {@link Perception} describes, its preferences resolved over the model's
   * states.
   *
   * @throws ModelException when a believed ranking or payoff list misses or repeats states; paths
   *     read {@code decisionMakers[h].perceives.preferences.<id>...}
   */
  public static PerceivedGame of(GraphModel truth, Perception p) {
    Conflict conflict = truth.conflict();
    int[][] believed = new int[truth.dmCount()][];
    List<ModelException.Problem> problems = new ArrayList<>();
    for (Map.Entry<Integer, PreferenceSpec> e : p.preferences().entrySet()) {
      int d = e.getKey();
      try {
        believed[d] = PreferenceResolver.resolve(e.getValue(), d, conflict, truth.space());
      } catch (ModelException ex) {
        String from = "decisionMakers[" + d + "].preferences";
        String to =
            "decisionMakers["
                + p.holder()
                + "].perceives.preferences."
                + conflict.decisionMakers().get(d).id();
        for (ModelException.Problem q : ex.problems()) {
          String path =
              q.path() != null && q.path().startsWith(from)
                  ? to + q.path().substring(from.length())
                  : q.path();
          problems.add(new ModelException.Problem(path, q.message(), q.hint()));
        }
      }
    }
    List<BitSet> groups = new ArrayList<>();
    BitSet hidden = hiddenStates(truth, p);
    BitSet taken = new BitSet();
    for (int k = 0; k < p.indistinct().size(); k++) {
      BitSet g = new BitSet();
      for (StatePattern pattern : p.indistinct().get(k)) {
        for (int s : truth.space().matching(pattern)) {
          g.set(s);
        }
      }
      g.andNot(hidden);
      String path = "decisionMakers[" + p.holder() + "].perceives.indistinct[" + k + "]";
      if (g.intersects(taken)) {
        problems.add(
            new ModelException.Problem(
                path,
                "a state is in two groups of states that cannot be told apart",
                "join the two groups into one, or take the state out of one"));
      } else if (g.cardinality() < 2) {
        problems.add(
            new ModelException.Problem(
                path,
                "the group matches " + g.cardinality() + " visible state(s), not two or more",
                "name at least two feasible states the decision maker can see"));
      }
      taken.or(g);
      groups.add(g);
    }
    if (!problems.isEmpty()) {
      throw new ModelException(problems);
    }
    return new PerceivedGame(truth, p.holder(), believed, hidden, groups);
  }

  /** The true states {@code p} hides: matching a hidden pattern, or taking an unaware option. */
  public static BitSet hiddenStates(GraphModel truth, Perception p) {
    BitSet hidden = new BitSet();
    int m = truth.stateCount();
    for (int t : p.unaware()) {
      for (int s = 0; s < m; s++) {
        if ((truth.space().code(s) >>> t & 1L) != 0) {
          hidden.set(s);
        }
      }
    }
    for (StatePattern pattern : p.hidden()) {
      for (int s : truth.space().matching(pattern)) {
        hidden.set(s);
      }
    }
    return hidden;
  }

  /** The same game with one misbelief corrected (a belief set to the truth, or nothing hidden). */
  public PerceivedGame corrected(Misbelief m) {
    int[][] b = new int[believed.length][];
    for (int d = 0; d < b.length; d++) {
      b[d] = believed[d];
    }
    BitSet h = hidden;
    List<BitSet> g = groups;
    if (m instanceof Misbelief.Preference pref) {
      b[pref.about()] = null;
    } else if (m instanceof Misbelief.Confusion) {
      g = List.of();
    } else {
      h = new BitSet();
    }
    return new PerceivedGame(truth, holder, b, h, g);
  }

  /**
   * The holder's verdict on decision maker {@code dm} at {@code state}, given the analysis {@code
   * r} of this game's model: stable where every state the holder cannot tell apart from it is
   * stable for {@code dm} in {@code r} (docs/semantics.md §6).
   */
  public boolean judgesStable(
      dev.parley.core.stability.StabilityResult r,
      dev.parley.core.stability.Concept c,
      int dm,
      int state) {
    int g = groupOf[state];
    if (g < 0) {
      return r.isStable(c, dm, state);
    }
    BitSet members = groups.get(g);
    for (int s = members.nextSetBit(0); s >= 0; s = members.nextSetBit(s + 1)) {
      if (!r.isStable(c, dm, s)) {
        return false;
      }
    }
    return true;
  }

  /** The groups of visible states the holder cannot tell apart (copies). */
  public List<BitSet> indistinct() {
    return groups.stream().map(x -> (BitSet) x.clone()).toList();
  }

  /** Whether this game's model differs from the true model (beliefs or blind spots). */
  public boolean modelDiffers() {
    return game != truth;
  }

  public int holder() {
    return holder;
  }

  /** The graph model of this game, over the true state indices. */
  public GraphModel model() {
    return game;
  }

  public GraphModel truth() {
    return truth;
  }

  /** The states the holder cannot see (a copy). */
  public BitSet hidden() {
    return (BitSet) hidden.clone();
  }

  public boolean sees(int state) {
    return !hidden.get(state);
  }

  /** Where this game differs from the truth; empty when it is the true game. */
  public List<Misbelief> misbeliefs() {
    return misbeliefs;
  }

  /** Whether two payoff vectors order every pair of states the same way. */
  static boolean sameOrder(int[] a, int[] b) {
    return Arrays.equals(denseRanks(a), denseRanks(b));
  }

  private static int[] denseRanks(int[] p) {
    int[] sorted = Arrays.stream(p).distinct().sorted().toArray();
    int[] r = new int[p.length];
    for (int s = 0; s < p.length; s++) {
      r[s] = Arrays.binarySearch(sorted, p[s]);
    }
    return r;
  }

  /** A move graph with every arc to or from a hidden state removed. */
  static final class HiddenMoves extends MoveGraph {
    private final MoveGraph base;
    private final BitSet hidden;

    HiddenMoves(MoveGraph base, BitSet hidden) {
      super(base.stateCount(), base.dmCount());
      this.base = base;
      this.hidden = hidden;
    }

    @Override
    public int slots(int dm, int state) {
      return hidden.get(state) ? 0 : base.slots(dm, state);
    }

    @Override
    public int target(int dm, int state, int slot) {
      int t = base.target(dm, state, slot);
      return t < 0 || hidden.get(t) ? -1 : t;
    }

    @Override
    public boolean hasMove(int dm, int from, int to) {
      return !hidden.get(from) && !hidden.get(to) && base.hasMove(dm, from, to);
    }

    /**
     * Not composable: the fast paths that rely on composability read the option structure of the
     * full state space, so reachability here takes the exact legal-sequence search.
     */
    @Override
    public boolean composable() {
      return false;
    }
  }
}
