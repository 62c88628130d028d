package dev.parley.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parley.core.graph.GraphModel;
import dev.parley.core.stability.Concept;
import dev.parley.core.state.StateSpace;
import dev.parley.core.strength.GreatPreference;
import dev.parley.core.strength.StrengthResult;
import dev.parley.core.strength.StrengthSpec;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;

/**
 * Strength of preference (docs/semantics.md §5.4) in words and as JSON: what the model declares
 * great, the strong and the weak equilibria under each concept, and for each weak equilibrium the
 * party deterred only by a mild loss, with the move it would make.
 */
public final class StrengthReport {
  private final StrengthResult result;
  private final GraphModel model;
  private final Narrator narrator;
  private final List<Concept> concepts;

  /** {@code concepts}: the run's concepts, in order; those without a strong version are skipped. */
  public StrengthReport(StrengthResult result, List<Concept> concepts) {
    this.result = result;
    this.model = result.model();
    this.narrator = new Narrator(model);
    this.concepts = concepts.stream().filter(result.concepts()::contains).toList();
  }

  /** The section's paragraphs, lists and table (its heading is the caller's). */
  public void appendTo(Doc doc) {
    doc.para(
        "The model says which preferences are great rather than mild (docs/semantics.md §5.4)."
            + " An equilibrium holds strongly when every sanction that deters a move leaves the"
            + " party that would move greatly worse off; it holds only weakly when some party is"
            + " deterred by a mild loss, or by none, and may move after all if it cares enough.");
    doc.bullets(declarations());
    List<List<String>> rows = new ArrayList<>();
    for (Concept c : concepts) {
      rows.add(
          List.of(c.label(), list(result.strongEquilibria(c)), list(result.weakEquilibria(c))));
    }
    doc.table(List.of("concept", "strong equilibria", "only weak equilibria"), rows);
    List<String> weak = weakSentences();
    if (weak.isEmpty()) {
      doc.para("No equilibrium holds only weakly: every one is a strong equilibrium.");
    } else {
      doc.para("Which equilibria hold only weakly, and why:");
      doc.bullets(weak);
    }
  }

  /** What each decision maker declares great, in words with the quote. */
  List<String> declarations() {
    List<String> out = new ArrayList<>();
    StrengthSpec spec = result.strength().spec();
    if (spec == null) {
      return out;
    }
    for (int d = 0; d < model.dmCount(); d++) {
      StrengthSpec.Party p = spec.party(d);
      for (GreatPreference g : p.greatly()) {
        out.add(
            narrator.dm(d)
                + " greatly prefers "
                + narrator.patternLabel(g.better())
                + " to "
                + narrator.patternLabel(g.worse())
                + ModelAnnex.evidenceSuffix(g.provenance())
                + ".");
      }
      if (p.greatGap() != null) {
        out.add(
            "For "
                + narrator.dm(d)
                + " every payoff difference of "
                + number(p.greatGap())
                + " or more is great.");
      }
    }
    return out;
  }

  /** At most this many weak equilibria per concept are explained, in words and in the JSON. */
  static final int MOST_EXPLAINED = 20;

  /** One sentence per concept and weak equilibrium (the first {@link #MOST_EXPLAINED}). */
  List<String> weakSentences() {
    List<String> out = new ArrayList<>();
    for (Concept c : concepts) {
      BitSet weak = result.weakEquilibria(c);
      if (weak.cardinality() > MOST_EXPLAINED) {
        out.add(
            "Under "
                + c.label()
                + ", "
                + weak.cardinality()
                + " equilibria hold only weakly; the first "
                + MOST_EXPLAINED
                + " follow.");
      }
      for (int s = weak.nextSetBit(0), k = 0;
          s >= 0 && k < MOST_EXPLAINED;
          s = weak.nextSetBit(s + 1), k++) {
        List<String> clauses = new ArrayList<>();
        for (int d = 0; d < model.dmCount(); d++) {
          if (result.isWeak(c, d, s)) {
            clauses.add(clause(c, d, s));
          }
        }
        out.add(
            narrator.words(s)
                + " is an equilibrium under "
                + c.label()
                + " only weakly: "
                + String.join("; ", clauses)
                + ".");
      }
    }
    return out;
  }

  /** Why {@code s} is only weakly c-stable for {@code d}. */
  private String clause(Concept c, int d, int s) {
    int move = result.mildMove(c, d, s);
    String who = narrator.dm(d);
    return "the sanctions that deter "
        + narrator.dmPossessive(d)
        + " move to "
        + narrator.words(move)
        + " leave "
        + who
        + (c == Concept.SMR ? ", counting its best reply," : "")
        + (result.mildlyWorse(c, d, s, move)
            ? " only mildly worse off"
            : " no worse off than it is there");
  }

  /** The {@code strength} key of the analysis JSON. */
  public ObjectNode tree() {
    ObjectNode root = MediatorJson.MAPPER.createObjectNode();
    StrengthSpec spec = result.strength().spec();
    if (spec != null) {
      ObjectNode declared = root.putObject("declared");
      for (int d = 0; d < model.dmCount(); d++) {
        StrengthSpec.Party p = spec.party(d);
        if (p.isEmpty()) {
          continue;
        }
        ObjectNode dn = declared.putObject(MediatorJson.dm(model, d));
        if (p.greatGap() != null) {
          dn.put("greatGap", p.greatGap());
        }
        ArrayNode gl = dn.putArray("greatly");
        for (GreatPreference g : p.greatly()) {
          ObjectNode gn = gl.addObject();
          states(gn.putArray("better"), model.space().matching(g.better()));
          states(gn.putArray("worse"), model.space().matching(g.worse()));
          DilemmasJson.provenance(gn, g.provenance());
        }
      }
    }
    ObjectNode cs = root.putObject("concepts");
    for (Concept c : concepts) {
      ObjectNode cn = cs.putObject(c.id());
      states(cn.putArray("strongEquilibria"), result.strongEquilibria(c));
      states(cn.putArray("weakEquilibria"), result.weakEquilibria(c));
      ObjectNode strong = cn.putObject("strongFor");
      ObjectNode weak = cn.putObject("weakFor");
      for (int d = 0; d < model.dmCount(); d++) {
        states(strong.putArray(MediatorJson.dm(model, d)), result.strongFor(c, d));
        states(weak.putArray(MediatorJson.dm(model, d)), result.weakFor(c, d));
      }
    }
    // the first MOST_EXPLAINED weak equilibria of each concept, each with its weak parties
    ArrayNode why = root.putArray("weakly");
    for (Concept c : concepts) {
      BitSet weak = result.weakEquilibria(c);
      for (int s = weak.nextSetBit(0), k = 0;
          s >= 0 && k < MOST_EXPLAINED;
          s = weak.nextSetBit(s + 1), k++) {
        for (int d = 0; d < model.dmCount(); d++) {
          if (result.isWeak(c, d, s)) {
            int move = result.mildMove(c, d, s);
            ObjectNode w = why.addObject();
            w.put("concept", c.id());
            w.put("state", StateSpace.number(s));
            w.put("party", MediatorJson.dm(model, d));
            w.put("move", StateSpace.number(move));
            w.put("mildlyWorse", result.mildlyWorse(c, d, s, move));
            w.put("text", Doc.sentenceCase(clause(c, d, s)) + ".");
          }
        }
      }
    }
    return root;
  }

  private String list(BitSet states) {
    return states.isEmpty() ? "none" : narrator.numbered(states);
  }

  private static void states(ArrayNode a, BitSet states) {
    for (int s = states.nextSetBit(0); s >= 0; s = states.nextSetBit(s + 1)) {
      a.add(StateSpace.number(s));
    }
  }

  private static void states(ArrayNode a, int[] states) {
    for (int s : states) {
      a.add(StateSpace.number(s));
    }
  }

  private static String number(double v) {
    return v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.ROOT, "%s", v);
  }
}
