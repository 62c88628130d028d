package dev.parley.report;

import dev.parley.core.coalition.Coalition;
import dev.parley.core.coalition.CoalitionExplanation;
import dev.parley.core.coalition.CoalitionGains;
import dev.parley.core.coalition.JointMove;
import dev.parley.core.graph.GraphModel;
import dev.parley.core.move.Move;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Puts coalitions, joint moves and coalition verdicts into plain words. */
public final class CoalitionNarrator {
  private final GraphModel model;
  private final Narrator narrator;
  private final List<String> ids;

  public CoalitionNarrator(GraphModel model, Narrator narrator) {
    this.model = model;
    this.narrator = narrator;
    this.ids = model.conflict().decisionMakers().stream().map(d -> d.id()).toList();
  }

  /** "MoE+Uniroyal": the members' ids. */
  public String id(Coalition h) {
    return h.label(ids);
  }

  /** The members' ids, as a list. */
  public List<String> memberIds(Coalition h) {
    List<String> out = new ArrayList<>();
    for (int d : h.members()) {
      out.add(ids.get(d));
    }
    return out;
  }

  /** "A", "A and B", "A, B and C": the members' names. */
  public String names(Coalition h) {
    List<String> n = new ArrayList<>();
    for (int d : h.members()) {
      n.add(narrator.dm(d));
    }
    return n.size() <= 2
        ? String.join(" and ", n)
        : String.join(", ", n.subList(0, n.size() - 1)) + " and " + n.get(n.size() - 1);
  }

  /**
   * A move in words: one decision maker's as {@link Narrator#move}; a block's joint move as
   * "together, A takes up “x” and B drops “y”".
   */
  public String move(JointMove mv) {
    int[] members = mv.by().members();
    if (members.length == 1) {
      return narrator.move(new Move(members[0], mv.from(), mv.to()));
    }
    return "together, " + jointParts(mv);
  }

  /** What each member of a joint move does: "A takes up “x”, and B drops “y”". */
  private String jointParts(JointMove mv) {
    int[] members = mv.by().members();
    List<String> parts = new ArrayList<>();
    for (int d : members) {
      String step = narrator.step3(mv.from(), mv.to(), d);
      if (!step.isEmpty()) {
        parts.add(narrator.dm(d) + " " + step);
      }
    }
    return String.join(", and ", parts);
  }

  /** A sequence of moves, each with the state it reaches. */
  public String moves(List<JointMove> moves) {
    return moves.stream()
        .map(mv -> move(mv) + " (→ " + narrator.label(mv.to()) + ")")
        .collect(Collectors.joining(", then "));
  }

  /** One coalition gain: "MoE and Uniroyal reach state 10 together: … Neither reaches it alone." */
  public String gain(CoalitionGains.Gain g) {
    String who = names(g.coalition());
    boolean two = g.coalition().size() == 2;
    return who
        + " reach "
        + narrator.label(g.target())
        + " together from "
        + narrator.label(g.from())
        + ": "
        + moves(g.path())
        + ". They "
        + (two ? "both" : "all")
        + " prefer "
        + narrator.label(g.target())
        + " to "
        + narrator.label(g.from())
        + (two ? ", and neither gets there alone" : ", and none of them gets there alone")
        + (g.byImprovements()
            ? " (a sequence of the members' own improvements also gets there)."
            : "; some step on the way does not pay for its mover by itself, so it takes an"
                + " agreement.");
  }

  /** Sentences explaining one coalition verdict, as {@link Narrator#explain} does for a DM. */
  public List<String> explain(CoalitionExplanation e) {
    List<String> out = new ArrayList<>();
    boolean block = e.kind() == CoalitionExplanation.Kind.FIXED_STRUCTURE;
    String who = names(e.coalition());
    boolean single = e.coalition().size() == 1;
    String here = narrator.label(e.state());
    if (e.improvements().isEmpty()) {
      out.add(
          who
              + (single
                  ? " has no unilateral improvement from " + here + "."
                  : block
                      ? " have no joint move from " + here + " that every one of them prefers."
                      : " have no sequence of their moves from "
                          + here
                          + " that ends where every one of them is better off."));
      return out;
    }
    for (CoalitionExplanation.Improvement imp : e.improvements()) {
      StringBuilder s = new StringBuilder();
      s.append(who).append(single ? " could improve: " : " could improve together: ");
      if (block && !single) {
        // the block's one joint move: its members' parts, without "together"
        JointMove mv = imp.path().get(0);
        s.append(jointParts(mv)).append(" (→ ").append(narrator.label(mv.to())).append(")");
      } else {
        s.append(moves(imp.path()));
      }
      s.append(single ? ", which it prefers to " : ", which each of them prefers to ").append(here);
      CoalitionExplanation.Sanction sn = imp.sanction();
      if (sn == null) {
        s.append(". Nothing deters this");
        if (!e.id().equals("nash") && !e.id().equals("cnash")) {
          s.append(" under ").append(e.label());
        }
        s.append(", so ").append(here).append(" is unstable for ").append(who);
        period(s);
      } else {
        String hurt = deterred(e, sn);
        if (sn.simultaneous()) {
          s.append(", but if at the same time ")
              .append(sn.moves().stream().map(this::move).collect(Collectors.joining(" and ")))
              .append(", the result is ")
              .append(narrator.label(sn.end()));
        } else {
          s.append(", but then ")
              .append(moves(sn.moves()))
              .append(", ending at ")
              .append(narrator.label(sn.end()));
        }
        s.append(", which ").append(hurt).append(" no better than ").append(here);
        if (!sn.counterMoves().isEmpty() || e.id().endsWith("smr")) {
          s.append("; from there ")
              .append(single ? "it has" : "they have")
              .append(" no move back above ")
              .append(here)
              .append(single ? "" : " for all of them");
        }
        period(s);
      }
      out.add(s.toString());
    }
    return out;
  }

  /** Ends a sentence, unless it already ends with a full stop (as "Ltd." does). */
  private static void period(StringBuilder s) {
    if (s.charAt(s.length() - 1) != '.') {
      s.append('.');
    }
  }

  private String deterred(CoalitionExplanation e, CoalitionExplanation.Sanction sn) {
    if (e.coalition().size() == 1) {
      return narrator.dm(e.coalition().members()[0]) + " likes";
    }
    List<String> n = sn.deterred().stream().map(narrator::dm).toList();
    String list =
        n.size() <= 2
            ? String.join(" and ", n)
            : String.join(", ", n.subList(0, n.size() - 1)) + " and " + n.get(n.size() - 1);
    return list + (n.size() == 1 ? " likes" : " like");
  }
}
