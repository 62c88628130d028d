package dev.parley.core.move;

import dev.parley.core.model.Conflict;
import dev.parley.core.model.ModelException;
import dev.parley.core.model.MoveEdits;
import dev.parley.core.model.MoveSpec;
import dev.parley.core.model.OptionPackage;
import dev.parley.core.model.StatePattern;
import dev.parley.core.state.StateSpace;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The moves of a conflict as its model defines them:
 *
 * <ol>
 *   <li>option form: the moves of {@link OptionMoves}, less each decision maker's forbidden moves,
 *       plus its added moves (each changes only that decision maker's own options);
 *   <li>graph form: exactly the moves each decision maker lists;
 *   <li>plus, for every {@link OptionPackage}, the joint move that takes all its options at once
 *       from each state where none is taken (and the result is feasible), as a common move of every
 *       owner.
 * </ol>
 *
 * Problems are reported with model paths such as {@code decisionMakers[0].addMoves[2].to[1]}.
 */
public final class ModelMoves {
  private ModelMoves() {}

  /**
   * The move graph of {@code conflict} over {@code space}.
   *
   * @throws ModelException when a listed move names no single state, goes nowhere, belongs to
   *     another decision maker, is listed twice, adds a move that exists or forbids one that does
   *     not
   */
  public static MoveGraph build(Conflict conflict, StateSpace space) {
    return build(conflict, space, null);
  }

  /**
   * As {@link #build(Conflict, StateSpace)}; {@code payoffs} ({@code [dm][state]}) decide where a
   * package by consent may be made (every owner strictly prefers its result). With null payoffs
   * every package move is added, as for imposed packages.
   */
  public static MoveGraph build(Conflict conflict, StateSpace space, int[][] payoffs) {
    int n = conflict.dmCount();
    int m = space.size();
    MoveGraph base = conflict.isGraphForm() ? null : OptionMoves.build(conflict, space);
    if (!conflict.hasMoveEdits() && conflict.packages().isEmpty() && base != null) {
      return base;
    }
    List<ModelException.Problem> problems = new ArrayList<>();
    List<Map<Integer, Set<Integer>>> added = new ArrayList<>();
    List<Set<Long>> forbidden = new ArrayList<>();
    for (int d = 0; d < n; d++) {
      Map<Integer, Set<Integer>> add = new HashMap<>();
      Set<Long> forbid = new HashSet<>();
      MoveEdits e = conflict.moveEdits(d);
      String prefix = "decisionMakers[" + d + "].";
      String who = "'" + conflict.decisionMakers().get(d).id() + "'";
      String addKey = conflict.isGraphForm() ? "moves" : "addMoves";
      for (int k = 0; k < e.add().size(); k++) {
        String path = prefix + addKey + "[" + k + "]";
        for (int[] arc : arcs(e.add().get(k), space, conflict, path, problems)) {
          String at = path + toPath(e.add().get(k), arc[2]);
          if (base != null && !ownMove(conflict, space, d, arc, at, problems)) {
            continue;
          }
          if (base != null && base.hasMove(d, arc[0], arc[1])) {
            problems.add(
                new ModelException.Problem(
                    at,
                    who
                        + " can already move from "
                        + fromTo(conflict, space, arc)
                        + " by changing its options",
                    "remove the entry from 'addMoves'"));
            continue;
          }
          if (!add.computeIfAbsent(arc[0], x -> new HashSet<>()).add(arc[1])) {
            problems.add(
                new ModelException.Problem(
                    at,
                    "the move from " + fromTo(conflict, space, arc) + " is listed twice for " + who,
                    "list each move once"));
          }
        }
      }
      for (int k = 0; k < e.forbid().size(); k++) {
        String path = prefix + "forbidMoves[" + k + "]";
        for (int[] arc : arcs(e.forbid().get(k), space, conflict, path, problems)) {
          String at = path + toPath(e.forbid().get(k), arc[2]);
          if (base == null || !ownMove(conflict, space, d, arc, at, problems)) {
            continue;
          }
          if (!base.hasMove(d, arc[0], arc[1])) {
            problems.add(
                new ModelException.Problem(
                    at,
                    who
                        + " cannot move from "
                        + fromTo(conflict, space, arc)
                        + " anyway (reversibility or infeasibility rules out the move)",
                    "remove the entry from 'forbidMoves'"));
          } else if (!forbid.add((long) arc[0] * m + arc[1])) {
            problems.add(
                new ModelException.Problem(
                    at, "the move is forbidden twice", "list each forbidden move once"));
          }
        }
      }
      added.add(add);
      forbidden.add(forbid);
    }
    if (!problems.isEmpty()) {
      throw new ModelException(problems);
    }
    for (OptionPackage p : conflict.packages()) {
      long mask = p.mask();
      Set<Integer> owners = new HashSet<>();
      p.options().forEach(t -> owners.add(conflict.owner(t)));
      for (int s = 0; s < m; s++) {
        long code = space.code(s);
        if ((code & mask) != 0) {
          continue;
        }
        int t = space.indexOf(code | mask);
        if (t < 0) {
          continue;
        }
        if (!p.imposed() && payoffs != null && !allPrefer(payoffs, owners, t, s)) {
          continue; // by consent: some owner does not gain, so the joint move is not made
        }
        for (int d : owners) {
          added.get(d).computeIfAbsent(s, x -> new HashSet<>()).add(t);
        }
      }
    }
    int[][] offsets = new int[n][];
    int[][] targets = new int[n][];
    for (int d = 0; d < n; d++) {
      int[] off = new int[m + 1];
      int[] tgt =
          new int[(int) Math.max(16, base == null ? 16 : Math.min(base.moveCount(d), 1 << 28))];
      int count = 0;
      Map<Integer, Set<Integer>> add = added.get(d);
      Set<Long> forbid = forbidden.get(d);
      for (int s = 0; s < m; s++) {
        int[] own = base == null ? new int[0] : base.moves(d, s);
        Set<Integer> extra = add.getOrDefault(s, Set.of());
        int[] row = new int[own.length + extra.size()];
        int len = 0;
        for (int t : own) {
          if (!forbid.contains((long) s * m + t)) {
            row[len++] = t;
          }
        }
        for (int t : extra) {
          row[len++] = t;
        }
        Arrays.sort(row, 0, len);
        if (count + len > tgt.length) {
          tgt = Arrays.copyOf(tgt, Math.max(count + len, 2 * tgt.length));
        }
        int before = count;
        for (int i = 0; i < len; i++) {
          if (count == before || tgt[count - 1] != row[i]) {
            tgt[count++] = row[i];
          }
        }
        off[s + 1] = count;
      }
      offsets[d] = off;
      targets[d] = Arrays.copyOf(tgt, count);
    }
    return MoveGraph.explicit(m, offsets, targets);
  }

  /** The path suffix of target {@code j} of a spec: {@code .to[j]}, or {@code .to} for one. */
  private static String toPath(MoveSpec spec, int j) {
    return spec.to().size() == 1 ? ".to" : ".to[" + j + "]";
  }

  /** Each (from, to, index of to) of a spec whose states resolve; problems for the others. */
  private static List<int[]> arcs(
      MoveSpec spec,
      StateSpace space,
      Conflict conflict,
      String path,
      List<ModelException.Problem> problems) {
    List<int[]> out = new ArrayList<>();
    int from = single(spec.from(), space, conflict, path + ".from", problems);
    for (int j = 0; j < spec.to().size(); j++) {
      String at = path + toPath(spec, j);
      int to = single(spec.to().get(j), space, conflict, at, problems);
      if (from < 0 || to < 0) {
        continue;
      }
      if (from == to) {
        problems.add(
            new ModelException.Problem(
                at,
                "the move from " + label(conflict, space, from) + " leads back to the same state",
                "a move changes the state; remove this entry"));
        continue;
      }
      out.add(new int[] {from, to, j});
    }
    return out;
  }

  /** Whether the arc changes only options of {@code dm}; a problem otherwise. */
  private static boolean ownMove(
      Conflict conflict,
      StateSpace space,
      int dm,
      int[] arc,
      String at,
      List<ModelException.Problem> problems) {
    long change = space.code(arc[0]) ^ space.code(arc[1]);
    long others = change & ~conflict.optionMask(dm);
    if (others == 0) {
      return true;
    }
    int t = Long.numberOfTrailingZeros(others);
    int owner = conflict.owner(t);
    problems.add(
        new ModelException.Problem(
            at,
            "the move from "
                + fromTo(conflict, space, arc)
                + " changes option '"
                + conflict.options().get(t).id()
                + "', which '"
                + conflict.decisionMakers().get(owner).id()
                + "' controls",
            "a decision maker's move changes only its own options; list it under '"
                + conflict.decisionMakers().get(owner).id()
                + "' or use a package for a joint move"));
    return false;
  }

  private static int single(
      StatePattern p,
      StateSpace space,
      Conflict conflict,
      String path,
      List<ModelException.Problem> problems) {
    int[] states = space.matching(p);
    if (states.length == 1) {
      return states[0];
    }
    String text = space.isGraphForm() ? "the state" : "'" + p.toYnd(space.optionCount()) + "'";
    problems.add(
        new ModelException.Problem(
            path,
            states.length == 0
                ? text + " is not a feasible state"
                : text + " matches " + states.length + " feasible states",
            "a move goes from one feasible state to another; name each state exactly"));
    return -1;
  }

  /** "state 3 (YNN)", or in graph form "state 3 (deal)". */
  /** "state 1 (NN) to state 2 (YN)": the ends of a move {@code arc}, in words. */
  private static String fromTo(Conflict conflict, StateSpace space, int[] arc) {
    return label(conflict, space, arc[0]) + " to " + label(conflict, space, arc[1]);
  }

  static String label(Conflict conflict, StateSpace space, int s) {
    String name = space.isGraphForm() ? conflict.namedStates().get(s).id() : space.yn(s);
    return "state " + StateSpace.number(s) + " (" + name + ")";
  }

  private static boolean allPrefer(int[][] payoffs, Set<Integer> owners, int to, int from) {
    for (int d : owners) {
      if (payoffs[d][to] <= payoffs[d][from]) {
        return false;
      }
    }
    return true;
  }
}
