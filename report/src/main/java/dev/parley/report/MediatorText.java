package dev.parley.report;

import dev.parley.core.graph.GraphModel;
import dev.parley.core.inverse.Atom;
import dev.parley.core.inverse.MinimalChange;
import dev.parley.core.inverse.PreferenceSpace;
import dev.parley.core.inverse.TargetConditions;
import dev.parley.core.model.PreferenceSpec;
import dev.parley.core.move.Move;
import dev.parley.core.stability.Concept;
import dev.parley.core.state.StateSpace;
import java.util.ArrayList;
import java.util.List;

/**
 * Puts the mediator's analyses into words: preference conditions, sanctions, preference changes and
 * rankings side by side.
 */
public final class MediatorText {
  /** The most sanctions spelled out per move in text; JSON has them all. */
  static final int SANCTIONS_SHOWN = 5;

  /** The most end states of GMR sanctions listed for one move; the rest are counted. */
  static final int ENDS_SHOWN = 20;

  /** The most states of one tie group written out; the rest are counted. */
  static final int TIER_SHOWN = 12;

  private final GraphModel model;
  private final Narrator narrator;
  private final int[][] current;

  private final Hints hints;

  public MediatorText(GraphModel model) {
    this(model, Hints.NEUTRAL);
  }

  /** With the front end's words for where the reader finds more. */
  public MediatorText(GraphModel model, Hints hints) {
    this.hints = hints;
    this.model = model;
    this.narrator = new Narrator(model);
    this.current = new int[model.dmCount()][];
    for (int d = 0; d < model.dmCount(); d++) {
      current[d] = model.payoffs(d);
    }
  }

  public Narrator narrator() {
    return narrator;
  }

  /** "Russia likes state 8 (deal) at least as much as state 5" / "… prefers state 6 to state 5". */
  public String atom(Atom a) {
    String who = narrator.dm(a.dm());
    return a.strict()
        ? who + " prefers " + narrator.label(a.a()) + " to " + narrator.label(a.b())
        : who + " likes " + narrator.label(a.a()) + " at least as much as " + narrator.label(a.b());
  }

  /** "Russia liking state 8 (deal) at least as much as state 5" / "… preferring state 6 to 5". */
  public String atomGerund(Atom a) {
    String who = narrator.dm(a.dm());
    return a.strict()
        ? who + " preferring " + narrator.label(a.a()) + " to " + narrator.label(a.b())
        : who
            + " liking "
            + narrator.label(a.a())
            + " at least as much as "
            + narrator.label(a.b());
  }

  /** The atom with its truth under the current preferences. */
  public String atomNow(Atom a) {
    return atom(a) + (a.holds(current) ? " (true now)" : " (false now)");
  }

  /** One clause in words: the move, then what deters it. */
  public String clause(TargetConditions.Clause cl, Concept c) {
    int i = cl.dm();
    int t = cl.target();
    String who = narrator.dm(i);
    StringBuilder b = new StringBuilder();
    b.append("If ")
        .append(narrator.move(new Move(i, t, cl.move())))
        .append(" (→ ")
        .append(narrator.label(cl.move()))
        .append("): either ")
        .append(who)
        .append(" does not prefer ")
        .append(narrator.label(cl.move()))
        .append(" to ")
        .append(narrator.label(t))
        .append(cl.noImprovement().holds(current) ? " (true now)" : " (false now)");
    List<TargetConditions.Sanction> ss = cl.sanctions();
    if (ss.isEmpty()) {
      b.append(c == Concept.NASH ? "." : "; nothing else can deter it.");
      return b.toString();
    }
    if (c == Concept.GMR) {
      List<String> ends = new ArrayList<>();
      for (TargetConditions.Sanction s : ss) {
        if (ends.size() == ENDS_SHOWN) {
          // a large model: the states are summarised, the JSON lists every one
          ends.add(
              "or one of "
                  + (ss.size() - ENDS_SHOWN)
                  + " more ("
                  + hints.text(Hint.EVERY_SANCTION)
                  + ")");
          break;
        }
        ends.add(narrator.label(s.end()) + mark(Atom.weak(i, t, s.end())));
      }
      b.append(", or the others can take it on to a state ")
          .append(who)
          .append(" likes no better than ")
          .append(narrator.label(t))
          .append(" — it must like one of these no better: ")
          .append(String.join(", ", ends))
          .append('.');
      return b.toString();
    }
    int shown = 0;
    for (TargetConditions.Sanction s : ss) {
      if (shown == SANCTIONS_SHOWN) {
        b.append("; or one of ")
            .append(ss.size() - shown)
            .append(" more ways (")
            .append(hints.text(Hint.EVERY_SANCTION))
            .append(")");
        break;
      }
      b.append("; or ").append(sanction(s, i, t));
      shown++;
    }
    return b.append('.').toString();
  }

  private String mark(Atom a) {
    return a.holds(current) ? " (true now)" : " (false now)";
  }

  private String sanction(TargetConditions.Sanction s, int i, int t) {
    String who = narrator.dm(i);
    StringBuilder b = new StringBuilder();
    if (s.simultaneous()) {
      List<String> parts = new ArrayList<>();
      for (Move mv : s.steps()) {
        parts.add(
            narrator.move(mv)
                + " at the same time ("
                + atom(Atom.strict(mv.mover(), mv.to(), mv.from()))
                + mark(Atom.strict(mv.mover(), mv.to(), mv.from()))
                + ")");
      }
      b.append(String.join(" and ", parts))
          .append(", giving ")
          .append(narrator.label(s.end()))
          .append(", which ")
          .append(who)
          .append(" must like no better than ")
          .append(narrator.label(t))
          .append(mark(Atom.weak(i, t, s.end())));
      return b.toString();
    }
    if (!s.steps().isEmpty()) {
      List<String> parts = new ArrayList<>();
      for (Move mv : s.steps()) {
        Atom step = Atom.strict(mv.mover(), mv.to(), mv.from());
        parts.add(
            narrator.move(mv)
                + " (→ "
                + narrator.label(mv.to())
                + "; "
                + narrator.dm(mv.mover())
                + " must prefer it to "
                + narrator.label(mv.from())
                + mark(step)
                + ")");
      }
      b.append(String.join(", then ", parts)).append(", leaving ").append(who).append(" at ");
    } else {
      b.append("the others take it on to ");
    }
    b.append(narrator.label(s.end()))
        .append(", which it must like no better than ")
        .append(narrator.label(t))
        .append(mark(Atom.weak(i, t, s.end())));
    if (s.noEscape().length > 0) {
      List<String> esc = new ArrayList<>();
      for (int y : s.noEscape()) {
        esc.add(narrator.label(y) + mark(Atom.weak(i, t, y)));
      }
      b.append(", and from which it cannot escape: it must like each of its moves from there no")
          .append(" better either (")
          .append(String.join(", ", esc))
          .append(")");
    }
    return b.toString();
  }

  // ---- rankings and changes -------------------------------------------------------------------

  /** One item of a variation in words: a tier "8 (deal)" or "[3, 5]", or a statement "“…”". */
  public String item(PreferenceSpace.Variation v, int item) {
    if (v.metric() == PreferenceSpace.Metric.STATEMENTS) {
      PreferenceSpec.Prioritization p =
          (PreferenceSpec.Prioritization) model.conflict().preferences().get(v.dm());
      return "“" + p.statements().get(item).text() + "”";
    }
    return tier(v.item(item));
  }

  /** A tier as in rankings: "8 (deal)", "[3, 5]", or "[3, 5, …, … 212 more]" beyond a dozen. */
  public String tier(int[] states) {
    if (states.length == 1) {
      return stateShort(states[0]);
    }
    List<String> parts = new ArrayList<>();
    for (int s : states) {
      if (parts.size() == TIER_SHOWN) {
        // a large model's tie group: the first states, and how many more (the JSON has all)
        parts.add(String.format(java.util.Locale.ROOT, "… %,d more", states.length - TIER_SHOWN));
        break;
      }
      parts.add(stateShort(s));
    }
    return "[" + String.join(", ", parts) + "]";
  }

  /** "8 (deal)" or "8". */
  public String stateShort(int s) {
    String n = narrator.name(s);
    return StateSpace.number(s) + (n == null ? "" : " (" + n + ")");
  }

  /**
   * The pairs a change reverses, per decision maker: "Russia ranks 9 (war) above 8 (deal)" — one
   * per swap.
   */
  public List<String> reversals(PreferenceSpace space, int[][] orders) {
    List<String> out = new ArrayList<>();
    for (int d : space.varied()) {
      int[] o = orders[d];
      if (o == null) {
        continue;
      }
      PreferenceSpace.Variation v = space.variation(d);
      int[] pos = new int[o.length];
      for (int p = 0; p < o.length; p++) {
        pos[o[p]] = p;
      }
      List<String> pairs = new ArrayList<>();
      for (int x = 0; x < o.length; x++) {
        for (int y = x + 1; y < o.length; y++) {
          if (pos[y] < pos[x]) {
            pairs.add(item(v, y) + " above " + item(v, x));
          }
        }
      }
      if (!pairs.isEmpty()) {
        out.add(
            narrator.dm(d)
                + (v.metric() == PreferenceSpace.Metric.STATEMENTS ? " puts " : " ranks ")
                + String.join("; ", pairs)
                + " (now the other way round)");
      }
    }
    return out;
  }

  /** A change in one sentence: "2 swaps: Russia ranks …; Ukraine ranks …". */
  public String change(PreferenceSpace space, MinimalChange.Result r) {
    if (r.distance() == 0) {
      return "no change needed";
    }
    return r.distance()
        + (r.distance() == 1 ? " swap: " : " swaps: ")
        + String.join("; ", reversals(space, r.orders()));
  }

  /**
   * Current and changed preferences side by side, one row per position: a header and rows for
   * {@link Doc#table}, covering the decision makers the change touches.
   */
  public List<List<String>> sideBySide(PreferenceSpace space, int[][] orders, List<String> header) {
    List<Integer> changed = new ArrayList<>();
    for (int d : space.varied()) {
      int[] o = orders[d];
      boolean moved = false;
      for (int p = 0; o != null && p < o.length; p++) {
        moved |= o[p] != p;
      }
      if (moved) {
        changed.add(d);
      }
    }
    header.add("position");
    int rows = 0;
    for (int d : changed) {
      String id = model.conflict().decisionMakers().get(d).id();
      header.add(id + " now");
      header.add(id + " changed");
      PreferenceSpace.Variation v = space.variation(d);
      rows =
          Math.max(
              rows, v.metric() == PreferenceSpace.Metric.RANKING ? v.tiers().length : v.size());
    }
    List<List<String>> out = new ArrayList<>();
    for (int p = 0; p < rows; p++) {
      List<String> row = new ArrayList<>();
      row.add(String.valueOf(p + 1));
      for (int d : changed) {
        PreferenceSpace.Variation v = space.variation(d);
        int[] o = orders[d];
        if (v.metric() == PreferenceSpace.Metric.RANKING) {
          if (p >= v.tiers().length) {
            row.add("");
            row.add("");
            continue;
          }
          row.add(tier(v.tiers()[p]));
          boolean in = p >= v.from() && p <= v.to();
          String now = in ? tier(v.tiers()[v.from() + o[p - v.from()]]) : tier(v.tiers()[p]);
          boolean differs = in && o[p - v.from()] != p - v.from();
          row.add(differs ? now + " *" : now);
        } else {
          if (p >= v.size()) {
            row.add("");
            row.add("");
            continue;
          }
          row.add(item(v, p));
          row.add(item(v, o[p]) + (o[p] != p ? " *" : ""));
        }
      }
      out.add(row);
    }
    return out;
  }

  /** Every varied slice of {@code space} in words, joined by "; ", or {@code none} when none is. */
  public String ranges(PreferenceSpace space, String none) {
    List<String> parts = new ArrayList<>();
    for (int d : space.varied()) {
      parts.add(range(space.variation(d)));
    }
    return parts.isEmpty() ? none : String.join("; ", parts);
  }

  /** The slice of a variation in words: "positions 1–5 of Russia's ranking". */
  public String range(PreferenceSpace.Variation v) {
    String who = narrator.dm(v.dm());
    if (v.metric() == PreferenceSpace.Metric.STATEMENTS) {
      return English.possessive(who) + " statement order (" + v.size() + " statements)";
    }
    if (v.from() == 0 && v.to() == v.tiers().length - 1) {
      return English.possessive(who) + " whole ranking (" + v.size() + " tiers)";
    }
    return "positions "
        + (v.from() + 1)
        + "–"
        + (v.to() + 1)
        + " of "
        + English.possessive(who)
        + " ranking";
  }
}
