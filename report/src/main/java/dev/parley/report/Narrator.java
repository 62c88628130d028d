package dev.parley.report;

import dev.parley.core.graph.GraphModel;
import dev.parley.core.model.Conflict;
import dev.parley.core.model.DecisionMaker;
import dev.parley.core.model.NamedState;
import dev.parley.core.model.Option;
import dev.parley.core.model.OptionPackage;
import dev.parley.core.move.Move;
import dev.parley.core.stability.Explanation;
import dev.parley.core.state.StateSpace;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.stream.Collectors;

/** Puts states, moves and verdicts into plain words. */
public final class Narrator {
  private final GraphModel model;
  private final Conflict conflict;
  private final String[] stateNames;

  public Narrator(GraphModel model) {
    this.model = model;
    this.conflict = model.conflict();
    this.stateNames = new String[model.stateCount()];
    StateSpace space = model.space();
    for (NamedState ns : conflict.namedStates()) {
      int[] match = space.matching(ns.pattern());
      if (match.length == 1 && stateNames[match[0]] == null) {
        stateNames[match[0]] = ns.id();
      }
    }
  }

  /** The analyst's name for a state, or null. */
  public String name(int state) {
    return stateNames[state];
  }

  /** Above this many options a state is described by its Y/N string instead of in words. */
  public static final int WORDS_OPTION_LIMIT = 8;

  /**
   * "state 14 (deal)" for a named state; "state 8 (a US guarantee is signed, the war goes on)" for
   * another, its description built from the options ({@link #phrase}); above {@link
   * #WORDS_OPTION_LIMIT} options, "state 8 (YNYN…)". Never the number alone.
   */
  public String label(int state) {
    return "state " + StateSpace.number(state) + " (" + plain(state) + ")";
  }

  /** {@link #label} of a named state; the bare "state 8" of another (for lists and tables). */
  public String shortLabel(int state) {
    String n = stateNames[state];
    return "state " + StateSpace.number(state) + (n == null ? "" : " (" + n + ")");
  }

  /** A decision maker as it stands inside a sentence, with its article: "the United States". */
  public String dm(int dm) {
    return English.the(conflict.decisionMakers().get(dm).name());
  }

  /** "the United States'", "Russia's". */
  public String dmPossessive(int dm) {
    return English.possessive(conflict.decisionMakers().get(dm).name());
  }

  /**
   * A state in words, quoted, with its number: "‘deal’ (state 14)" for a named state, "‘a US
   * guarantee is signed, the war goes on’ (state 5)" for another. Never a number alone.
   */
  public String words(int state) {
    return "‘" + plain(state) + "’ (state " + StateSpace.number(state) + ")";
  }

  /** The name of a state, or its description in words built from the options, unquoted. */
  public String plain(int state) {
    String n = stateNames[state];
    if (n != null) {
      return n;
    }
    if (!model.isGraphForm() && conflict.optionCount() > WORDS_OPTION_LIMIT) {
      return model.space().yn(state);
    }
    return phrase(state);
  }

  /**
   * A state described in words from the options' phrases ({@code taken}/{@code notTaken}); an
   * option without phrases becomes a clause ("Ukraine withdraws from …", "Russia does not …"). In
   * graph form, the state's description or id.
   */
  public String phrase(int state) {
    if (model.isGraphForm()) {
      NamedState ns = conflict.namedStates().get(state);
      return ns.description() == null || ns.description().isBlank()
          ? ns.id()
          : English.oneLine(ns.description());
    }
    List<String> parts = new ArrayList<>();
    for (int d = 0; d < conflict.dmCount(); d++) {
      List<String> does = new ArrayList<>();
      List<String> doesNot = new ArrayList<>();
      for (int t = 0; t < conflict.optionCount(); t++) {
        if (conflict.owner(t) != d) {
          continue;
        }
        Option o = conflict.options().get(t);
        boolean on = model.space().isTaken(state, t);
        if (o.taken() != null || o.notTaken() != null) {
          String p = on ? o.taken() : o.notTaken();
          if (p != null) {
            flush(parts, d, does, doesNot);
            parts.add(p);
          }
        } else {
          (on ? does : doesNot).add(lowerFirst(English.oneLine(o.name())));
        }
      }
      flush(parts, d, does, doesNot);
    }
    return parts.isEmpty() ? "no option taken" : String.join(", ", parts);
  }

  /**
   * An option pattern in words: the fixed options, each with its phrase or as a clause ("a US
   * guarantee is signed, Russia does not settle"); "any state" when nothing is fixed.
   */
  public String pattern(dev.parley.core.model.StatePattern p) {
    List<String> parts = new ArrayList<>();
    for (int t = 0; t < conflict.optionCount(); t++) {
      long bit = 1L << t;
      if ((p.mask() & bit) == 0) {
        continue;
      }
      Option o = conflict.options().get(t);
      boolean on = (p.value() & bit) != 0;
      String phrase = on ? o.taken() : o.notTaken();
      if (phrase == null) {
        String name = lowerFirst(English.oneLine(o.name()));
        phrase =
            dm(conflict.owner(t)) + " " + (on ? English.thirdPerson(name) : "does not " + name);
      }
      parts.add(phrase);
    }
    return parts.isEmpty() ? "any state" : String.join(", ", parts);
  }

  /** "Insist on …" → "insist on …" inside a sentence; "UN mission" and "NATO …" stay. */
  private static String lowerFirst(String s) {
    if (s.length() > 1
        && Character.isUpperCase(s.charAt(0))
        && Character.isLowerCase(s.charAt(1))) {
      return Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
    return s;
  }

  private void flush(List<String> parts, int d, List<String> does, List<String> doesNot) {
    if (does.isEmpty() && doesNot.isEmpty()) {
      return;
    }
    List<String> clauses = new ArrayList<>();
    if (!does.isEmpty()) {
      clauses.add(English.list(does.stream().map(English::thirdPerson).toList()));
    }
    if (!doesNot.isEmpty()) {
      clauses.add("does not " + English.list(doesNot, "or"));
    }
    parts.add(dm(d) + " " + String.join(" but ", clauses));
    does.clear();
    doesNot.clear();
  }

  /**
   * The options taken in a state, decision maker by decision maker; in graph form, the state's
   * description (or its id).
   */
  public String describe(int state) {
    if (model.isGraphForm()) {
      NamedState ns = conflict.namedStates().get(state);
      String d = ns.description() == null ? ns.id() : ns.description().strip();
      return d.isEmpty() ? ns.id() : Character.toUpperCase(d.charAt(0)) + d.substring(1);
    }
    List<String> parts = new ArrayList<>();
    for (int d = 0; d < conflict.dmCount(); d++) {
      DecisionMaker dm = conflict.decisionMakers().get(d);
      List<String> taken = new ArrayList<>();
      for (int t = 0; t < conflict.optionCount(); t++) {
        if (conflict.owner(t) == d && model.space().isTaken(state, t)) {
          taken.add(conflict.options().get(t).name());
        }
      }
      parts.add(
          dm(d) + ": " + (taken.isEmpty() ? "none of its options" : String.join(", ", taken)));
    }
    return String.join("; ", parts);
  }

  /**
   * What a move changes: "Ukraine takes up “withdraw”" or "... drops “...”"; a joint (package) move
   * "Ukraine takes up, together with United States, “sign” and “withdraw”"; in graph form "Ukraine
   * moves".
   */
  public String move(Move mv) {
    return dm(mv.mover()) + " " + action(mv);
  }

  /** {@link #move} without the mover's name. */
  public String action(Move mv) {
    if (model.isGraphForm()) {
      return "moves";
    }
    long a = model.space().code(mv.from());
    long b = model.space().code(mv.to());
    long change = a ^ b;
    if ((change & ~model.optionMask(mv.mover())) != 0) {
      return jointAction(mv.mover(), a, b);
    }
    return changes(mv.from(), mv.to(), mv.mover(), "takes up “", "drops “");
  }

  /** A move that changes other decision makers' options too (a package, or a block's move). */
  private String jointAction(int mover, long a, long b) {
    List<String> others = new ArrayList<>();
    List<String> taken = new ArrayList<>();
    List<String> dropped = new ArrayList<>();
    for (int t = 0; t < conflict.optionCount(); t++) {
      long bit = 1L << t;
      if (((a ^ b) & bit) != 0) {
        String who = dm(conflict.owner(t));
        if (conflict.owner(t) != mover && !others.contains(who)) {
          others.add(who);
        }
        ((b & bit) != 0 ? taken : dropped).add("“" + conflict.options().get(t).name() + "”");
      }
    }
    List<String> parts = new ArrayList<>();
    if (!taken.isEmpty()) {
      parts.add("takes up " + String.join(" and ", taken));
    }
    if (!dropped.isEmpty()) {
      parts.add("drops " + String.join(" and ", dropped));
    }
    return "together with " + String.join(" and ", others) + " " + String.join(" and ", parts);
  }

  /**
   * What {@code dm} must do to bring its options from their values in {@code from} to those in
   * {@code to}, in the infinitive: "take up “sign”" or "drop “offensive”".
   */
  public String step(int from, int to, int dm) {
    return changes(from, to, dm, "take up “", "drop “");
  }

  /** As {@link #step}, third person: "takes up “sign”". */
  public String step3(int from, int to, int dm) {
    return changes(from, to, dm, "takes up “", "drops “");
  }

  private String changes(int from, int to, int dm, String take, String drop) {
    long a = model.space().code(from);
    long b = model.space().code(to);
    List<String> up = new ArrayList<>();
    List<String> down = new ArrayList<>();
    for (int t = 0; t < conflict.optionCount(); t++) {
      long bit = 1L << t;
      if (conflict.owner(t) == dm && ((a ^ b) & bit) != 0) {
        ((b & bit) != 0 ? up : down).add("“" + conflict.options().get(t).name() + "”");
      }
    }
    List<String> out = new ArrayList<>();
    if (!up.isEmpty()) {
      out.add(take + English.list(up).substring(1));
    }
    if (!down.isEmpty()) {
      out.add(drop + English.list(down).substring(1));
    }
    return String.join(" and ", out);
  }

  /** A sequence of moves, each with the state it reaches. */
  public String moves(List<Move> moves) {
    return moves.stream()
        .map(mv -> move(mv) + " (→ " + label(mv.to()) + ")")
        .collect(Collectors.joining(", then "));
  }

  /** Sentences explaining one verdict, every improvement written out. */
  public List<String> explain(Explanation e) {
    return explain(e, Integer.MAX_VALUE);
  }

  /**
   * Sentences explaining one verdict: the improvements nothing deters in one sentence, then each
   * deterred improvement with its sanction; of each kind at most {@code most} are written out and
   * the rest counted.
   */
  public List<String> explain(Explanation e, int most) {
    List<String> out = new ArrayList<>();
    String who = dm(e.dm());
    String here = label(e.state());
    if (e.improvements().isEmpty()) {
      out.add(
          who
              + " has no unilateral improvement from "
              + here
              + ": every move it can make leaves it no better off.");
      return out;
    }
    List<Explanation.Improvement> free = new ArrayList<>();
    List<Explanation.Improvement> deterred = new ArrayList<>();
    for (Explanation.Improvement imp : e.improvements()) {
      (imp.sanctioned() ? deterred : free).add(imp);
    }
    String under = e.concept().label().equals("Nash") ? "" : " under " + e.concept().label();
    if (free.size() == 1) {
      Explanation.Improvement imp = free.get(0);
      out.add(
          improves(e, imp)
              + ". Nothing deters this"
              + under
              + ", so "
              + here
              + " is unstable for "
              + who
              + '.');
    } else if (free.size() > 1) {
      List<String> ways = new ArrayList<>();
      int listed = shown(free.size(), most);
      for (int k = 0; k < listed; k++) {
        int to = free.get(k).target();
        ways.add(
            model.isGraphForm()
                ? label(to)
                : action(new Move(e.dm(), e.state(), to)) + " (→ " + label(to) + ")");
      }
      if (free.size() > listed) {
        ways.add((free.size() - listed) + (model.isGraphForm() ? " other states" : " other moves"));
      }
      out.add(
          who
              + " could improve in "
              + free.size()
              + " ways that nothing deters"
              + under
              + (model.isGraphForm() ? ", moving to " : ": it ")
              + English.list(ways, "or")
              + "; it prefers each to "
              + here
              + ", so "
              + here
              + " is unstable for "
              + who
              + '.');
    }
    int listed = e.unexplained() > 0 ? deterred.size() : shown(deterred.size(), most);
    for (int k = 0; k < listed; k++) {
      out.add(deterred(e, deterred.get(k)));
    }
    int rest = deterred.size() - listed + e.unexplained();
    if (rest > 0) {
      out.add(
          English.capital(English.possessive(who))
              + (rest == 1 ? " one other improvement is" : " " + rest + " other improvements are")
              + " deterred too"
              + under
              + "; the full explanation of this state gives "
              + (rest == 1 ? "its sanction." : "each one's sanction."));
    }
    return out;
  }

  /**
   * How many of {@code n} items to write out when at most {@code most} are: all, or "and 2 more".
   */
  private static int shown(int n, int most) {
    return most == Integer.MAX_VALUE || n <= most + 1 ? n : most;
  }

  /** "A could improve: takes up “x” (→ state 3, which it prefers to state 1)". */
  private String improves(Explanation e, Explanation.Improvement imp) {
    Move first = new Move(e.dm(), e.state(), imp.target());
    return dm(e.dm())
        + " could improve: "
        + action(first)
        + " (→ "
        + label(imp.target())
        + ", which it prefers to "
        + label(e.state())
        + ")";
  }

  /** One deterred improvement and its sanction. */
  private String deterred(Explanation e, Explanation.Improvement imp) {
    String who = dm(e.dm());
    String here = label(e.state());
    StringBuilder s = new StringBuilder(improves(e, imp));
    Explanation.Sanction sanction = imp.sanction();
    if (sanction.simultaneous()) {
      s.append(", but if at the same time ")
          .append(sanction.moves().stream().map(this::move).collect(Collectors.joining(" and ")))
          .append(", the result is ")
          .append(label(sanction.end()))
          .append(", which ")
          .append(who)
          .append(" likes no better than ")
          .append(here)
          .append('.');
    } else {
      s.append(", but then ").append(moves(sanction.moves())).append(", leaving ").append(who);
      if (sanction.end() == e.state()) {
        s.append(" back at ").append(here);
      } else {
        s.append(" at ")
            .append(label(sanction.end()))
            .append(", which it likes no better than ")
            .append(here);
      }
      if (!sanction.counterMoves().isEmpty()) {
        s.append("; from there it has no move back above ").append(here);
      }
      s.append('.');
    }
    return s.toString();
  }

  /** A package in words: its options, its owners, and whether it is imposed or by consent. */
  public String packageName(OptionPackage p) {
    List<String> opts = new ArrayList<>();
    List<String> owners = new ArrayList<>();
    for (int t : p.options()) {
      opts.add("“" + conflict.options().get(t).name() + "”");
      String who = dm(conflict.owner(t));
      if (!owners.contains(who)) {
        owners.add(who);
      }
    }
    return English.list(opts)
        + " together ("
        + English.list(owners)
        + (p.imposed()
            ? "; imposed: any of them can make the joint move alone)"
            : "; by consent: made only where each of them prefers the result)");
  }

  /** A state pattern in words: the one state it names, or "the states" and its Y/N/- string. */
  public String patternLabel(dev.parley.core.model.StatePattern p) {
    int[] m = model.space().matching(p);
    return m.length == 1 ? label(m[0]) : "the states " + p.toYnd(conflict.optionCount());
  }

  /**
   * Up to 30 of {@code states} by number, each with its name where it has one, then how many more:
   * "8 (deal), 9 (war) and 31 more".
   */
  String numbered(BitSet states) {
    List<String> parts = new ArrayList<>();
    for (int s = states.nextSetBit(0); s >= 0 && parts.size() < 30; s = states.nextSetBit(s + 1)) {
      String n = name(s);
      parts.add(StateSpace.number(s) + (n == null ? "" : " (" + n + ")"));
    }
    return String.join(", ", parts)
        + (states.cardinality() > 30 ? " and " + (states.cardinality() - 30) + " more" : "");
  }
}
