package dev.parley.core.evolution;

import dev.parley.core.graph.GraphModel;
import dev.parley.core.move.Move;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A sequencing deadlock: a state every member of a coalition strictly prefers to a starting state
 * (typically the status quo) that no legal sequence of unilateral improvements reaches from it,
 * because no member will take its own step first — alone, each step leaves its mover no better off.
 * A joint (simultaneous) move by the coalition, each member changing its own options, reaches the
 * target directly or through the unilateral improvements of others that follow.
 *
 * @param from the starting state
 * @param target the state the coalition prefers
 * @param coalition the members, ascending decision-maker indices; a minimal such coalition
 * @param joint the state the joint move reaches
 * @param afterwards a shortest legal sequence of unilateral improvements from {@code joint} to
 *     {@code target} (empty when the joint move reaches it directly)
 * @param members what each member's own step does, alone and after the others'
 */
public record Deadlock(
    int from,
    int target,
    List<Integer> coalition,
    int joint,
    List<Move> afterwards,
    List<Member> members) {

  public Deadlock {
    coalition = List.copyOf(coalition);
    afterwards = List.copyOf(afterwards);
    members = List.copyOf(members);
  }

  /**
   * One member's own part of the joint move: {@code solo} is the state it reaches moving alone from
   * the start (-1 when that is not a legal move, e.g. the state is infeasible), and {@code
   * waitsFor} the other members after whose own step this member's step becomes a unilateral
   * improvement.
   */
  public record Member(int dm, int solo, List<Integer> waitsFor) {
    public Member {
      waitsFor = List.copyOf(waitsFor);
    }
  }

  /**
   * The largest model searched for deadlocks by default: the search looks at every target state and
   * every coalition, each with a reachability pass.
   */
  public static final int DEFAULT_STATE_LIMIT = 20_000;

  /**
   * Every deadlock from {@code from}, by target state, each with its minimal coalitions. A joint
   * move changes each member's options, so a graph-form model (no options) has none: the result is
   * empty.
   */
  public static List<Deadlock> find(GraphModel model, int from) {
    if (model.isGraphForm()) {
      return List.of();
    }
    int n = model.dmCount();
    ReachTree reach = ReachTree.of(model, from, true);
    Map<Integer, ReachTree> fromJoint = new HashMap<>();
    List<Deadlock> out = new ArrayList<>();
    for (int t = 0; t < model.stateCount(); t++) {
      if (t == from || reach.reaches(t)) {
        continue;
      }
      long change = model.space().code(from) ^ model.space().code(t);
      int candidates = 0; // members who both prefer t and have options to change
      for (int d = 0; d < n; d++) {
        if (model.payoff(d, t) > model.payoff(d, from) && (change & model.optionMask(d)) != 0) {
          candidates |= 1 << d;
        }
      }
      List<Integer> subsets = new ArrayList<>();
      for (int h = candidates; h != 0; h = (h - 1) & candidates) {
        if (Integer.bitCount(h) >= 2) {
          subsets.add(h);
        }
      }
      // smallest coalitions first, so that only minimal ones are reported
      subsets.sort(
          (a, b) ->
              Integer.bitCount(a) != Integer.bitCount(b)
                  ? Integer.bitCount(a) - Integer.bitCount(b)
                  : a - b);
      List<Integer> found = new ArrayList<>();
      for (int h : subsets) {
        if (containsFound(found, h)) {
          continue;
        }
        Deadlock d = tryCoalition(model, from, t, h, change, fromJoint);
        if (d != null) {
          found.add(h);
          out.add(d);
        }
      }
    }
    out.sort(
        (a, b) ->
            a.target() != b.target()
                ? Integer.compare(a.target(), b.target())
                : Integer.compare(a.coalition().size(), b.coalition().size()));
    return out;
  }

  private static boolean containsFound(List<Integer> found, int h) {
    for (int f : found) {
      if ((f & h) == f) {
        return true; // a smaller coalition already works: report minimal ones only
      }
    }
    return false;
  }

  private static Deadlock tryCoalition(
      GraphModel model, int from, int t, int h, long change, Map<Integer, ReachTree> cache) {
    long code = model.space().code(from);
    long moved = code;
    List<Member> members = new ArrayList<>();
    List<Integer> coalition = new ArrayList<>();
    for (int d = 0; d < model.dmCount(); d++) {
      if ((h >>> d & 1) == 0) {
        continue;
      }
      coalition.add(d);
      moved ^= change & model.optionMask(d);
    }
    int joint = model.space().indexOf(moved);
    if (joint < 0 || !jointMoveIsLegal(model, from, joint, coalition)) {
      return null;
    }
    List<Move> afterwards = List.of();
    if (joint != t) {
      ReachTree next = cache.computeIfAbsent(joint, j -> ReachTree.of(model, j, true));
      if (!next.reaches(t)) {
        return null;
      }
      afterwards = next.path(t);
    }
    for (int d : coalition) {
      int solo = soloState(model, from, d, change);
      if (solo >= 0 && model.improves(d, from, solo)) {
        return null; // this member would move first on its own: no deadlock
      }
      List<Integer> waitsFor = new ArrayList<>();
      for (int other : coalition) {
        if (other == d) {
          continue;
        }
        int after = soloState(model, from, other, change);
        if (after < 0) {
          continue;
        }
        int both = soloState(model, after, d, change);
        if (both >= 0 && model.improves(d, after, both)) {
          waitsFor.add(other);
        }
      }
      members.add(new Member(d, solo, waitsFor));
    }
    return new Deadlock(from, t, coalition, joint, afterwards, members);
  }

  /** The state after {@code dm} alone sets its options as in the change, or -1 if not a move. */
  static int soloState(GraphModel model, int at, int dm, long change) {
    long part = change & model.optionMask(dm);
    long code = model.space().code(at);
    // set dm's changed options to the target's values (the change flips them relative to 'from';
    // from another start the same option values are wanted, so flip only those that differ)
    int target = model.space().indexOf(code ^ part);
    if (target < 0 || !model.moves().hasMove(dm, at, target)) {
      return -1;
    }
    return target;
  }

  /** Each member's part of the joint move respects reversibility. */
  private static boolean jointMoveIsLegal(
      GraphModel model, int from, int joint, List<Integer> coalition) {
    long a = model.space().code(from);
    long b = model.space().code(joint);
    for (int d : coalition) {
      long part = (a ^ b) & model.optionMask(d);
      // legal iff dm could make exactly this change from 'from' if the state were feasible:
      // reversibility only, which OptionMoves encodes; check via the option directions
      if (!model.conflict().canChange(d, a, part)) {
        return false;
      }
    }
    return true;
  }
}
