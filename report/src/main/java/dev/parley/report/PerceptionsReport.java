package dev.parley.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parley.core.graph.GraphModel;
import dev.parley.core.hypergame.HypergameClass;
import dev.parley.core.hypergame.HypergameResult;
import dev.parley.core.hypergame.Misbelief;
import dev.parley.core.hypergame.Mistake;
import dev.parley.core.stability.Concept;
import dev.parley.core.state.StateSpace;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * What each decision maker believes (docs/semantics.md §6), in words and as JSON: each one's view
 * and the states it believes stable, the hypergame equilibria with their classes, and the states
 * that hold only because someone is mistaken (or fail because of a mistake), with who is mistaken
 * about what.
 */
public final class PerceptionsReport {
  /** At most this many states are listed in one sentence. */
  static final int MOST_STATES = 12;

  private final HypergameResult result;
  private final List<Concept> concepts;
  private final String modelFile;
  private final GraphModel model;
  private final Narrator narrator;

  public PerceptionsReport(HypergameResult result, List<Concept> concepts, String modelFile) {
    this.result = result;
    this.concepts = List.copyOf(concepts);
    this.modelFile = modelFile;
    this.model = result.truth();
    this.narrator = new Narrator(model);
  }

  /** The report as text or Markdown. */
  public String render(Doc.Style style) {
    return Doc.report(
        "What each side believes: " + model.conflict().title(),
        d -> appendTo(d, 3),
        modelFile,
        style);
  }

  /** The sections, headed at {@code level}, for the command's report and the briefing. */
  public void appendTo(Doc doc, int level) {
    if (!result.hasMisperceptions()) {
      doc.para(
          "Every decision maker sees the conflict as the model does, so the hypergame equilibria"
              + " are the ordinary equilibria (docs/semantics.md §6).");
    } else {
      doc.para(
          "Each decision maker analyses a game of its own: its true preferences, the others'"
              + " preferences as it believes them, and only the states it can see. A hypergame"
              + " equilibrium is a state every decision maker sees and believes stable for itself"
              + " in its own game. HT: also a true equilibrium; H: it holds only because someone"
              + " is mistaken; T: a true equilibrium that a mistaken belief or a blind spot"
              + " unsettles.");
    }
    for (int d = 0; d < model.dmCount(); d++) {
      doc.heading(level, "What " + narrator.dm(d) + " believes");
      doc.bullets(beliefs(d));
    }
    doc.heading(level, "Hypergame equilibria");
    List<String> eq = new ArrayList<>();
    for (Concept c : concepts) {
      List<String> items = new ArrayList<>();
      BitSet h = result.hypergameEquilibria(c);
      h.or(result.trueEquilibria(c));
      h.stream()
          .limit(MOST_STATES)
          .forEach(s -> items.add(narrator.label(s) + " " + result.classOf(c, s)));
      eq.add(
          c.label()
              + ": "
              + (items.isEmpty() ? "none" : English.list(items))
              + (h.cardinality() > MOST_STATES
                  ? ", and " + (h.cardinality() - MOST_STATES) + " more"
                  : "")
              + ".");
    }
    doc.bullets(eq);
    List<String> mistaken = mistakes(HypergameClass.H);
    doc.heading(level, "Stable only because someone is mistaken");
    doc.bullets(mistaken.isEmpty() ? List.of("No state, under any concept analysed.") : mistaken);
    List<String> unsettled = mistakes(HypergameClass.T);
    if (!unsettled.isEmpty()) {
      doc.heading(level, "True equilibria that a mistake unsettles");
      doc.bullets(unsettled);
    }
  }

  /** The view of decision maker {@code d}, and the states it believes stable. */
  private List<String> beliefs(int d) {
    List<String> out = new ArrayList<>();
    List<Misbelief> mbs = result.game(d).misbeliefs();
    String who = English.capital(narrator.dm(d));
    if (mbs.isEmpty()) {
      out.add(who + " sees the conflict as the model does.");
    }
    for (Misbelief mb : mbs) {
      if (mb instanceof Misbelief.Preference p) {
        out.add(
            who
                + " misjudges "
                + narrator.dmPossessive(p.about())
                + " preferences: it believes them other than the model gives them.");
      } else if (mb instanceof Misbelief.Confusion c) {
        out.add(
            who
                + " "
                + cannotTell(c)
                + ": it judges such states alike, stable only where every one of them is.");
      } else if (mb instanceof Misbelief.BlindSpot b) {
        out.add(
            who
                + " cannot see "
                + states(b.states())
                + ": nobody's moves to or from "
                + (b.states().cardinality() == 1 ? "it" : "them")
                + " exist in its game.");
      }
    }
    for (Concept c : concepts) {
      BitSet all = result.believedEquilibria(c, d);
      BitSet wrong = new BitSet();
      for (int s = 0; s < model.stateCount(); s++) {
        if (result.sees(d, s) && result.differs(c, d, s)) {
          wrong.set(s);
        }
      }
      String line =
          "Under "
              + c.label()
              + ", "
              + narrator.dm(d)
              + " believes "
              + (all.isEmpty() ? "no state" : states(all))
              + " stable for everyone.";
      if (!wrong.isEmpty()) {
        line += " Its verdict on its own stability is wrong at " + states(wrong) + ".";
      }
      if (!result.game(d).misbeliefs().isEmpty()) {
        BitSet truly = result.trueEquilibria(c);
        BitSet extra = (BitSet) all.clone();
        extra.andNot(truly);
        BitSet missed = (BitSet) truly.clone();
        missed.andNot(all);
        List<String> diff = new ArrayList<>();
        if (!extra.isEmpty()) {
          diff.add("counts " + states(extra) + " stable, which " + isAre(extra) + " not");
        }
        if (!missed.isEmpty()) {
          diff.add("misses " + states(missed) + ", which " + isAre(missed) + " stable");
        }
        line +=
            diff.isEmpty()
                ? " That is the true picture."
                : " Against the true equilibria, it " + String.join(", and it ", diff) + ".";
      }
      out.add(line);
    }
    return out;
  }

  /** One sentence per (concept, state) of class {@code kind}, naming who is mistaken about what. */
  private List<String> mistakes(HypergameClass kind) {
    List<String> out = new ArrayList<>();
    for (Concept c : concepts) {
      for (int s = 0; s < model.stateCount(); s++) {
        if (result.classOf(c, s) != kind) {
          continue;
        }
        List<String> clauses = new ArrayList<>();
        for (Mistake m : result.mistakes(c, s)) {
          if (kind == HypergameClass.H && !m.believesStable()) {
            continue;
          }
          clauses.add(clause(m));
        }
        String head =
            kind == HypergameClass.H
                ? "Under " + c.label() + ", " + narrator.label(s) + " holds only because "
                : "Under " + c.label() + ", " + narrator.label(s) + " is a true equilibrium, but ";
        out.add(head + joined(clauses) + ".");
      }
    }
    return out;
  }

  /** "the United States wrongly believes it stable for itself, as it misjudges Russia's ...". */
  private String clause(Mistake m) {
    String who = narrator.dm(m.holder());
    String what =
        !m.seesState()
            ? who + " cannot see it"
            : m.believesStable()
                ? who + " wrongly believes it stable for itself"
                : who + " wrongly believes it unstable for itself";
    List<Misbelief> why = m.decisive().isEmpty() ? m.all() : m.decisive();
    if (!m.seesState() || why.isEmpty()) {
      return what;
    }
    List<String> reasons = new ArrayList<>();
    for (Misbelief mb : why) {
      reasons.add(
          mb instanceof Misbelief.Preference p
              ? "misjudges " + narrator.dmPossessive(p.about()) + " preferences"
              : mb instanceof Misbelief.Confusion c
                  ? cannotTell(c)
                  : "cannot see " + states(((Misbelief.BlindSpot) mb).states()));
    }
    return what
        + (m.decisive().isEmpty()
            ? ", as it " + English.list(reasons) + " (together)"
            : ", as it " + English.list(reasons, "and"));
  }

  /** Clauses that may hold commas: "a", "a; and b", "a; b; and c". */
  static String joined(List<String> clauses) {
    int n = clauses.size();
    return n <= 1
        ? String.join("", clauses)
        : String.join("; ", clauses.subList(0, n - 1)) + "; and " + clauses.get(n - 1);
  }

  /**
   * "cannot tell state 1 (crash) and state 2 (p1Swerves) apart"; for several groups "cannot tell
   * apart the states within each of these groups: (…); (…)".
   */
  private String cannotTell(Misbelief.Confusion c) {
    List<BitSet> gs = c.groups();
    if (gs.size() == 1) {
      return "cannot tell " + states(gs.get(0)) + " apart";
    }
    List<String> parts = new ArrayList<>();
    gs.forEach(g -> parts.add("(" + states(g) + ")"));
    return "cannot tell apart the states within each of these groups: " + String.join("; ", parts);
  }

  private static String isAre(BitSet set) {
    return set.cardinality() == 1 ? "is" : "are";
  }

  private String states(BitSet set) {
    List<String> items = new ArrayList<>();
    set.stream().limit(MOST_STATES).forEach(s -> items.add(narrator.label(s)));
    int more = set.cardinality() - items.size();
    return English.list(items) + (more > 0 ? " and " + more + " more states" : "");
  }

  /** The result as JSON text. */
  public String json() {
    ObjectNode root = MediatorJson.root(modelFile);
    root.setAll(tree());
    return MediatorJson.write(root);
  }

  /** The result as a JSON tree (without the version and file). */
  public ObjectNode tree() {
    ObjectNode n = MediatorJson.MAPPER.createObjectNode();
    ArrayNode cs = n.putArray("concepts");
    concepts.forEach(c -> cs.add(c.id()));
    n.put("misperceptions", result.hasMisperceptions());
    ArrayNode dms = n.putArray("decisionMakers");
    for (int d = 0; d < model.dmCount(); d++) {
      ObjectNode o = dms.addObject();
      o.put("id", model.conflict().decisionMakers().get(d).id());
      o.set("hidden", numbers(result.game(d).hidden()));
      ArrayNode mbs = o.putArray("misbeliefs");
      result.game(d).misbeliefs().forEach(mb -> mbs.add(misbelief(mb)));
      ObjectNode per = o.putObject("concepts");
      for (Concept c : concepts) {
        ObjectNode x = per.putObject(c.id());
        x.set("believedEquilibria", numbers(result.believedEquilibria(c, d)));
        BitSet own = new BitSet();
        BitSet wrong = new BitSet();
        for (int s = 0; s < model.stateCount(); s++) {
          if (result.perceivedStable(c, d, s)) {
            own.set(s);
          }
          if (result.sees(d, s) && result.differs(c, d, s)) {
            wrong.set(s);
          }
        }
        x.set("believesStableForItself", numbers(own));
        x.set("stableForItself", numbers(result.trueResult().stableFor(c, d)));
        x.set("wrongAt", numbers(wrong));
      }
    }
    ObjectNode per = n.putObject("equilibria");
    for (Concept c : concepts) {
      ObjectNode x = per.putObject(c.id());
      x.set("hypergame", numbers(result.hypergameEquilibria(c)));
      x.set("true", numbers(result.trueEquilibria(c)));
      ArrayNode classes = x.putArray("classes");
      for (int s = 0; s < model.stateCount(); s++) {
        HypergameClass k = result.classOf(c, s);
        if (k == null) {
          continue;
        }
        ObjectNode e = classes.addObject();
        e.put("state", StateSpace.number(s));
        e.put("class", k.name());
        ArrayNode ms = e.putArray("mistakes");
        for (Mistake m : result.mistakes(c, s)) {
          ObjectNode mo = ms.addObject();
          mo.put("decisionMaker", model.conflict().decisionMakers().get(m.holder()).id());
          mo.put("seesState", m.seesState());
          mo.put("believesStable", m.believesStable());
          ArrayNode dec = mo.putArray("decisive");
          m.decisive().forEach(mb -> dec.add(misbelief(mb)));
        }
      }
    }
    return n;
  }

  private ObjectNode misbelief(Misbelief mb) {
    ObjectNode o = MediatorJson.MAPPER.createObjectNode();
    if (mb instanceof Misbelief.Preference p) {
      o.put("kind", "preferences");
      o.put("about", model.conflict().decisionMakers().get(p.about()).id());
    } else if (mb instanceof Misbelief.Confusion c) {
      o.put("kind", "indistinct");
      ArrayNode gs = o.putArray("groups");
      c.groups().forEach(g -> gs.add(numbers(g)));
    } else {
      o.put("kind", "hidden");
      o.set("states", numbers(((Misbelief.BlindSpot) mb).states()));
    }
    return o;
  }

  /** States as their numbers, for the JSON of the reports. */
  static ArrayNode numbers(BitSet set) {
    ArrayNode a = MediatorJson.MAPPER.createArrayNode();
    set.stream().forEach(s -> a.add(StateSpace.number(s)));
    return a;
  }
}
