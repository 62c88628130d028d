package dev.parley.report;

import dev.parley.core.evolution.Movers;
import dev.parley.core.graph.GraphModel;
import dev.parley.core.model.Conflict;
import dev.parley.core.move.Move;
import java.util.ArrayList;
import java.util.List;

/** Names movers (decision makers or blocks of them) and puts evolution steps into words. */
public final class Movement {
  private final GraphModel model;
  private final Conflict conflict;
  private final Movers movers;
  private final Narrator narrator;

  public Movement(Movers movers, Narrator narrator) {
    this.model = movers.model();
    this.conflict = model.conflict();
    this.movers = movers;
    this.narrator = narrator;
  }

  /** "Local Government", or "Ontario Ministry of the Environment + Uniroyal Chemical Ltd.". */
  public String name(int mover) {
    List<String> names = new ArrayList<>();
    movers.members(mover).forEach(d -> names.add(narrator.dm(d)));
    return String.join(" + ", names);
  }

  /** As {@link #name}, without articles, for a label: "United States + Ukraine". */
  public String label(int mover) {
    List<String> names = new ArrayList<>();
    movers.members(mover).forEach(d -> names.add(conflict.decisionMakers().get(d).name()));
    return String.join(" + ", names);
  }

  /** "LG", or "MoE+Uniroyal". */
  public String id(int mover) {
    List<String> ids = new ArrayList<>();
    movers.members(mover).forEach(d -> ids.add(conflict.decisionMakers().get(d).id()));
    return String.join("+", ids);
  }

  /** One step in words, with the state it reaches. */
  public String step(Move st) {
    String text;
    if (!movers.isBlock(st.mover())) {
      text = narrator.move(new Move(movers.members(st.mover()).get(0), st.from(), st.to()));
    } else if (model.isGraphForm()) {
      text = name(st.mover()) + " move";
    } else {
      text = name(st.mover()) + " jointly " + changes(st.from(), st.to());
    }
    return text + " (→ " + narrator.label(st.to()) + ")";
  }

  /** Steps in words: "A …, then B …". */
  public String steps(List<Move> steps) {
    List<String> parts = new ArrayList<>();
    steps.forEach(s -> parts.add(step(s)));
    return String.join(", then ", parts);
  }

  /** "take up “a” and drop “b”" for every option that differs. */
  private String changes(int from, int to) {
    long a = model.space().code(from);
    long b = model.space().code(to);
    List<String> taken = new ArrayList<>();
    List<String> dropped = new ArrayList<>();
    for (int t = 0; t < conflict.optionCount(); t++) {
      long bit = 1L << t;
      if (((a ^ b) & bit) != 0) {
        ((b & bit) != 0 ? taken : dropped).add("“" + conflict.options().get(t).name() + "”");
      }
    }
    List<String> parts = new ArrayList<>();
    if (!taken.isEmpty()) {
      parts.add("take up " + String.join(" and ", taken));
    }
    if (!dropped.isEmpty()) {
      parts.add("drop " + String.join(" and ", dropped));
    }
    return String.join(" and ", parts);
  }
}
