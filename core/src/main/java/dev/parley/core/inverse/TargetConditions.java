package dev.parley.core.inverse;

import dev.parley.core.graph.GraphModel;
import dev.parley.core.move.Move;
import dev.parley.core.stability.Concept;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The inverse form of a stability concept at a target state s* (docs/semantics.md §3.3): the
 * conditions that the preferences must satisfy for s* to be stable for each decision maker, written
 * out move by move.
 *
 * <p>For decision maker i, every move s* → q in R_i(s*) gives one {@link Clause}: either i does not
 * prefer q to s* (q ≾_i s*, so the move is no improvement), or one of the clause's {@link
 * Sanction}s applies. s* is stable for i iff <em>every</em> clause holds: an AND over i's moves, as
 * the definition says (GMCR+'s inverse solver let the last move's verdict overwrite the others).
 *
 * <ul>
 *   <li>Nash: no sanction.
 *   <li>GMR: one sanction per state s2 in R_{N−i}(q): s2 ≾_i s*.
 *   <li>SMR: as GMR, and every s3 in R_i(s2) satisfies s3 ≾_i s* (no escape).
 *   <li>SEQ: one sanction per legal sequence of the opponents' moves from q (no (state, last mover)
 *       pair repeated): each step must be a strict improvement for its mover, from the state it
 *       leaves, and the end state s2 ≾_i s*. Sequences that repeat a pair only add conditions, so
 *       leaving them out is exact.
 *   <li>SIM: one sanction per combination of the opponents' simultaneous moves from s* (each stays
 *       or moves, at least one moving) whose combined state c is feasible: each move must be a
 *       strict improvement from s* for its mover, and c ≾_i s*.
 *   <li>SEQ+SIM: the SEQ and SIM sanctions together.
 * </ul>
 *
 * A sanction whose conditions include those of another is dropped (it can never be the one that
 * matters). Only the opponents' preferences enter the SEQ and SIM sanctions besides i's: those
 * concepts couple the decision makers.
 */
public final class TargetConditions {
  /** The most sanctions written out for one move; beyond it {@link TooLarge} is thrown. */
  public static final int MAX_SANCTIONS = 20_000;

  /** One way the opponents can answer a move. */
  public record Sanction(boolean simultaneous, List<Move> steps, int end, int[] noEscape) {
    public Sanction {
      steps = List.copyOf(steps);
      noEscape = noEscape.clone();
    }

    /** The sanction's conditions for focal decision maker {@code i} at target {@code t}. */
    public Condition condition(int i, int t) {
      List<Condition> parts = new ArrayList<>();
      for (Move mv : steps) {
        parts.add(Condition.atom(Atom.strict(mv.mover(), mv.to(), mv.from())));
      }
      parts.add(Condition.atom(Atom.weak(i, t, end)));
      for (int y : noEscape) {
        parts.add(Condition.atom(Atom.weak(i, t, y)));
      }
      return Condition.and(parts);
    }
  }

  /** The condition from one move {@code target → move} of decision maker {@code dm}. */
  public record Clause(int dm, int target, int move, List<Sanction> sanctions) {
    public Clause {
      sanctions = List.copyOf(sanctions);
    }

    /** {@code move ≾_dm target}: the move is no improvement. */
    public Atom noImprovement() {
      return Atom.weak(dm, target, move);
    }

    public Condition condition() {
      List<Condition> parts = new ArrayList<>();
      parts.add(Condition.atom(noImprovement()));
      for (Sanction s : sanctions) {
        parts.add(s.condition(dm, target));
      }
      return Condition.or(parts);
    }
  }

  /** Thrown when the conditions are too many to write out. */
  public static final class TooLarge extends RuntimeException {
    private static final long serialVersionUID = 1L;

    TooLarge(String message) {
      super(message);
    }
  }

  private final GraphModel model;
  private final int target;
  private final Concept concept;
  private final List<List<Clause>> clauses;

  private TargetConditions(
      GraphModel model, int target, Concept concept, List<List<Clause>> clauses) {
    this.model = model;
    this.target = target;
    this.concept = concept;
    this.clauses = clauses;
  }

  /** The conditions for {@code target} to be stable for each decision maker under {@code c}. */
  public static TargetConditions of(GraphModel model, int target, Concept c) {
    return of(new TargetCheck(model, target), c);
  }

  /** As {@link #of(GraphModel, int, Concept)}, reusing a check's precomputed moves and reach. */
  public static TargetConditions of(TargetCheck check, Concept c) {
    return of(check, c, MAX_SANCTIONS);
  }

  /**
   * As {@link #of(TargetCheck, Concept)}, writing out at most {@code limit} sanctions per move
   * (beyond it {@link TooLarge} is thrown): a briefing asks for few, to stay fast.
   */
  public static TargetConditions of(TargetCheck check, Concept c, int limit) {
    GraphModel model = check.model();
    int target = check.target();
    List<List<Clause>> all = new ArrayList<>();
    for (int i = 0; i < model.dmCount(); i++) {
      List<Clause> list = new ArrayList<>();
      int[] own = check.ownMoves(i);
      for (int k = 0; k < own.length; k++) {
        int q = own[k];
        List<Sanction> sanctions = new ArrayList<>();
        switch (c) {
          case NASH -> {}
          case GMR -> {
            for (int x : check.opponentsReach(i, k)) {
              sanctions.add(new Sanction(false, List.of(), x, new int[0]));
            }
          }
          case SMR -> {
            for (int x : check.opponentsReach(i, k)) {
              sanctions.add(new Sanction(false, List.of(), x, check.moves(i, x)));
            }
          }
          case SEQ -> sanctions.addAll(sequences(check, i, q, limit));
          case SIM -> sanctions.addAll(simultaneous(check, i, q, limit));
          case SEQSIM -> {
            sanctions.addAll(sequences(check, i, q, limit));
            sanctions.addAll(simultaneous(check, i, q, limit));
          }
        }
        list.add(new Clause(i, target, q, prune(sanctions, i, target, q)));
      }
      all.add(List.copyOf(list));
    }
    return new TargetConditions(model, target, c, List.copyOf(all));
  }

  public GraphModel model() {
    return model;
  }

  public int target() {
    return target;
  }

  public Concept concept() {
    return concept;
  }

  /** The clauses of decision maker {@code i}, one per move from the target. */
  public List<Clause> clauses(int i) {
    return clauses.get(i);
  }

  /** The condition for the target to be stable for {@code i}. */
  public Condition stable(int i) {
    List<Condition> parts = new ArrayList<>();
    for (Clause cl : clauses.get(i)) {
      parts.add(cl.condition());
    }
    return Condition.and(parts);
  }

  /** The condition for the target to be an equilibrium. */
  public Condition equilibrium() {
    List<Condition> parts = new ArrayList<>();
    for (int i = 0; i < clauses.size(); i++) {
      parts.add(stable(i));
    }
    return Condition.and(parts);
  }

  /**
   * The comparisons the target's stability depends on under the given payoffs: atoms that hold now
   * and whose reversal alone (every other comparison as it is) would break the equilibrium. Empty
   * when the target is not an equilibrium now.
   */
  public List<Atom> critical(int[][] payoffs) {
    Condition eq = equilibrium();
    List<Atom> out = new ArrayList<>();
    if (!eq.holds(payoffs)) {
      return out;
    }
    for (Atom a : eq.atoms()) {
      if (!a.holds(payoffs)) {
        continue;
      }
      boolean still = eq.eval(x -> x.equals(a) ? false : x.holds(payoffs));
      if (!still) {
        out.add(a);
      }
    }
    return out;
  }

  // ---- SEQ: legal sequences of the opponents' moves -------------------------------------------

  private static List<Sanction> sequences(TargetCheck check, int i, int q, int limit) {
    int n = check.model().dmCount();
    int m = check.model().stateCount();
    List<Sanction> out = new ArrayList<>();
    boolean[] onPath = new boolean[m * n];
    List<Move> path = new ArrayList<>();
    onPath[q * n + i] = true;
    dfs(check, i, q, i, onPath, path, out, limit);
    return out;
  }

  private static void dfs(
      TargetCheck check,
      int i,
      int x,
      int last,
      boolean[] onPath,
      List<Move> path,
      List<Sanction> out,
      int limit) {
    int n = check.model().dmCount();
    for (int j : check.opponentsOf(i)) {
      if (j == last) {
        continue;
      }
      for (int y : check.moves(j, x)) {
        int node = y * n + j;
        if (onPath[node]) {
          continue;
        }
        onPath[node] = true;
        path.add(new Move(j, x, y));
        requireRoom(out, limit, "sanctioning sequences from one move", "SEQ");
        out.add(new Sanction(false, path, y, new int[0]));
        dfs(check, i, y, j, onPath, path, out, limit);
        path.remove(path.size() - 1);
        onPath[node] = false;
      }
    }
  }

  // ---- SIM: simultaneous moves from the target ------------------------------------------------

  private static List<Sanction> simultaneous(TargetCheck check, int i, int q, int limit) {
    GraphModel model = check.model();
    int[] opp = check.opponentsOf(i);
    int[][] targets = check.simTargets(i);
    long[][] deltas = check.simDeltas(i);
    List<Sanction> out = new ArrayList<>();
    int[] choice = new int[opp.length];
    simDfs(
        model,
        check.target(),
        opp,
        targets,
        deltas,
        0,
        model.space().code(q),
        false,
        choice,
        out,
        limit);
    return out;
  }

  private static void simDfs(
      GraphModel model,
      int target,
      int[] opp,
      int[][] targets,
      long[][] deltas,
      int k,
      long code,
      boolean moved,
      int[] choice,
      List<Sanction> out,
      int limit) {
    if (k == opp.length) {
      if (!moved) {
        return;
      }
      int c = model.space().indexOf(code);
      if (c < 0) {
        return;
      }
      List<Move> steps = new ArrayList<>();
      for (int j = 0; j < opp.length; j++) {
        if (choice[j] >= 0) {
          steps.add(new Move(opp[j], target, targets[j][choice[j]]));
        }
      }
      requireRoom(out, limit, "simultaneous combinations for one move", "SIM");
      out.add(new Sanction(true, steps, c, new int[0]));
      return;
    }
    choice[k] = -1;
    simDfs(model, target, opp, targets, deltas, k + 1, code, moved, choice, out, limit);
    for (int c = 0; c < targets[k].length; c++) {
      choice[k] = c;
      simDfs(
          model,
          target,
          opp,
          targets,
          deltas,
          k + 1,
          code ^ deltas[k][c],
          true,
          choice,
          out,
          limit);
    }
    choice[k] = -1;
  }

  /**
   * Drops sanctions that can never hold, and those whose atoms include all atoms of another
   * sanction or the move's own "no improvement" atom.
   */
  private static List<Sanction> prune(List<Sanction> sanctions, int i, int target, int q) {
    List<Set<Atom>> sets = new ArrayList<>();
    List<Sanction> viable = new ArrayList<>();
    Atom noImprovement = Atom.weak(i, target, q);
    for (Sanction s : sanctions) {
      Condition c = s.condition(i, target);
      if (c instanceof Condition.Const k && !k.value()) {
        continue;
      }
      Set<Atom> atoms = atomSet(s, i, target);
      if (atoms.contains(noImprovement)) {
        continue; // implies that the move is no improvement: adds nothing
      }
      viable.add(s);
      sets.add(atoms);
    }
    if (viable.size() > 3000) {
      return dedupeByAtoms(viable, sets);
    }
    boolean[] absorbed = absorbed(sets);
    List<Sanction> out = new ArrayList<>();
    for (int x = 0; x < viable.size(); x++) {
      if (!absorbed[x]) {
        out.add(viable.get(x));
      }
    }
    return out;
  }

  /**
   * Which sets another absorbs: x is absorbed when some y ≠ x is a subset of it and smaller, or
   * equal and earlier. One-atom sets are looked up by their atom, so the pairs compared are only
   * those of larger sets (the answer is that of comparing every pair, {@link #absorbedByPairs}).
   */
  static <T> boolean[] absorbed(List<? extends Set<T>> sets) {
    java.util.Map<T, Integer> single = new java.util.HashMap<>();
    List<Integer> others = new ArrayList<>();
    for (int y = 0; y < sets.size(); y++) {
      Set<T> sy = sets.get(y);
      if (sy.size() == 1) {
        single.putIfAbsent(sy.iterator().next(), y);
      } else {
        others.add(y);
      }
    }
    boolean[] out = new boolean[sets.size()];
    for (int x = 0; x < sets.size(); x++) {
      Set<T> sx = sets.get(x);
      boolean ab = false;
      for (T a : sx) {
        Integer y = single.get(a);
        if (y != null && y != x && (sx.size() > 1 || y < x)) {
          ab = true;
          break;
        }
      }
      for (int k = 0; k < others.size() && !ab; k++) {
        int y = others.get(k);
        Set<T> sy = sets.get(y);
        ab =
            y != x
                && sy.size() <= sx.size()
                && sx.containsAll(sy)
                && (sx.size() > sy.size() || y < x);
      }
      out[x] = ab;
    }
    return out;
  }

  /** The literal absorption: every pair compared. The reference for {@link #absorbed}. */
  static <T> boolean[] absorbedByPairs(List<? extends Set<T>> sets) {
    boolean[] out = new boolean[sets.size()];
    for (int x = 0; x < sets.size(); x++) {
      Set<T> sx = sets.get(x);
      for (int y = 0; y < sets.size() && !out[x]; y++) {
        if (x != y) {
          Set<T> sy = sets.get(y);
          out[x] = sx.containsAll(sy) && (sx.size() > sy.size() || y < x);
        }
      }
    }
    return out;
  }

  private static List<Sanction> dedupeByAtoms(List<Sanction> viable, List<Set<Atom>> sets) {
    Set<Set<Atom>> seen = new HashSet<>();
    List<Sanction> out = new ArrayList<>();
    for (int x = 0; x < viable.size(); x++) {
      if (seen.add(sets.get(x))) {
        out.add(viable.get(x));
      }
    }
    return out;
  }

  private static Set<Atom> atomSet(Sanction s, int i, int target) {
    Set<Atom> out = new LinkedHashSet<>();
    for (Move mv : s.steps()) {
      out.add(Atom.strict(mv.mover(), mv.to(), mv.from()));
    }
    if (s.end() != target) {
      out.add(Atom.weak(i, target, s.end()));
    }
    for (int y : s.noEscape()) {
      if (y != target) {
        out.add(Atom.weak(i, target, y));
      }
    }
    return out;
  }

  /** Refuses one more sanction once {@code limit} are listed: too many to write the conditions. */
  private static void requireRoom(List<Sanction> out, int limit, String what, String concept) {
    if (out.size() >= limit) {
      throw new TooLarge(
          "more than "
              + String.format(java.util.Locale.ROOT, "%,d", limit)
              + " "
              + what
              + "; the model is too large to write its "
              + concept
              + " conditions out");
    }
  }
}
